import { documentOf } from '../references/document-facts';
import { referenceLabel } from '../references/label';
import type { Lang } from '../references/lang';
import type { RenvoiDatabase } from '../db/database';
import { getBySymbol } from '../db/queries';
import type { DocumentFacts } from '../db/saved';
import type { SaveRequest } from '../references/saved-types';

/**
 * What the corpus adds to a reference being saved: the symbol a link opens (a COP instrument's session report), the
 * year, and a label for Save buttons that sent none. Best effort: a corpus that is missing or still seeding gives
 * the facts the key alone states, and the save goes ahead.
 */
export async function documentFacts(
  db: RenvoiDatabase,
  request: Pick<SaveRequest, 'key' | 'kind'>,
  lang: Lang,
  corpusReady: () => Promise<unknown>,
): Promise<DocumentFacts> {
  const info = documentOf(request.key, request.kind);
  let symbol = info.symbol;
  let year = info.year;
  let isReport = false;
  try {
    await corpusReady();
    if (request.kind === 'cop-instrument' && info.instrument) {
      const instrument = await db.instruments.get(info.instrument.number);
      if (instrument) ({ reportSymbol: symbol, year } = instrument);
    } else if (info.symbol && !info.instrument) {
      const match = await getBySymbol(db, info.symbol);
      if (match) {
        year = match.type === 'meeting' ? match.meeting.year : match.session.year;
        isReport = true;
      }
    }
  } catch (error) {
    console.warn('Renvoi: corpus facts unavailable for a saved reference', error);
  }
  const facts: DocumentFacts = { label: referenceLabel({ ...request, symbol, year, isReport }, lang) };
  if (symbol) facts.symbol = symbol;
  if (year) facts.year = year;
  return facts;
}
