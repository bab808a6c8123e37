/**
 * Card data for a batch of citation keys, read from the corpus database. Background only (imports `lib/db`); the
 * content script receives the result through `cards/for-keys` and keeps it.
 */

import type { Item, Session, Theme } from '../../../corpus/schema';
import { createResolverData } from '../../citations';
import type { CitationKind } from '../../citations/types';
import type { RenvoiDatabase } from '../../db/database';
import { citedBy, getBySymbol, getInstrument, getMeeting } from '../../db/queries';
import { BODY_NAMES, TREATY_NAMES } from '../../references/body-names';
import { parseKey, TREATIES } from '../../citations/keys';
import { documentOf } from '../../references/document-facts';
import { referenceLabel, type LabelInput } from '../../references/label';
import { isWithin } from '../../../corpus/ids';
import { resolverToWire, type ResolverWire } from '../../cards/resolver-wire';
import { TREATY_ARTICLES } from './treaty-articles';
import { themeNameIn } from '../../text/vocabulary/theme-names';
import type { Bilingual, CardData, CardInstrument, CardTheme, CitingItem } from '../../cards/card-data';

/** "Cited by" lists stop here; a card is a glance, the popup's search has the rest. */
export const MAX_CITED_BY = 40;

/** Facts read once per batch and shared by every key in it. */
interface BatchContext {
  db: RenvoiDatabase;
  themes: Theme[];
  sessions: Session[];
  instrumentKinds: Map<string, 'decision' | 'resolution'>;
}

type CardContent = CardData extends infer C
  ? C extends unknown
    ? Omit<C, 'label' | 'linkSymbol' | 'citedBy'>
    : never
  : never;

/** Themes listing items inside one of `docIds`, with those items; index order kept. */
function themesWithin(themes: readonly Theme[], docIds: readonly string[]): CardTheme[] {
  const out: CardTheme[] = [];
  for (const theme of themes) {
    const itemIds = theme.itemIds.filter((id) => docIds.some((doc) => isWithin(id, doc) && id !== doc));
    if (itemIds.length === 0) continue;
    // The English name travels with the French one; the content script picks by the interface language.
    const en = themeNameIn('en', theme.id, theme.name);
    out.push({ id: theme.id, name: theme.name, ...(en !== theme.name ? { en } : {}), itemIds });
  }
  return out;
}

async function citingItems(ctx: BatchContext, key: string): Promise<CitingItem[]> {
  const ids = (await citedBy(ctx.db, key)).slice(0, MAX_CITED_BY);
  const items = await ctx.db.items.bulkGet(ids);
  return items
    .filter((item): item is Item => item !== undefined)
    .map(({ id, kind, parentId, reportParagraph, text }) => ({
      id,
      kind,
      parentId,
      parentKind: kind === 'recommendation' ? 'meeting' : (ctx.instrumentKinds.get(parentId) ?? 'decision'),
      reportParagraph,
      text,
    }));
}

/** The citation kind a key belongs to, as far as labels care. */
function kindOfKey(key: string): CitationKind {
  const info = parseKey(key);
  if (info.type === 'treaty') return 'treaty';
  if (info.type === 'cop') return 'cop-instrument';
  return info.type === 'named' || info.instrument ? 'resolution' : 'symbol';
}

/** What the corpus says about a key's document. Unknown or malformed keys are `external`, never an error. */
async function cardContent(ctx: BatchContext, key: string): Promise<CardContent> {
  const info = parseKey(key);
  if (info.type === 'treaty') {
    return {
      type: 'treaty',
      treaty: TREATY_NAMES[TREATIES[info.treaty].keyPrefix],
      title: TREATY_ARTICLES[info.treaty][info.article - 1] ?? null,
    };
  }
  if (info.type === 'cop') {
    const view = await getInstrument(ctx.db, info.number);
    if (view) {
      return {
        type: 'instrument',
        instrument: view.instrument,
        session: view.session,
        items: view.items,
        themes: themesWithin(ctx.themes, [view.instrument.id]),
      };
    }
    // Not in the corpus (decision 4/1): the session report that publishes it, when the corpus knows the session.
    const session = ctx.sessions.find((s) => s.ordinal === info.session);
    return { type: 'external', body: BODY_NAMES.cop, reportSymbol: session?.reportSymbol ?? null };
  }
  const match = await getBySymbol(ctx.db, key);
  if (match?.type === 'meeting') {
    const view = await getMeeting(ctx.db, match.meeting.id);
    return {
      type: 'meeting',
      meeting: match.meeting,
      items: view?.items ?? [],
      themes: themesWithin(ctx.themes, [match.meeting.id]),
    };
  }
  if (match?.type === 'session') {
    const { session } = match;
    const views = await Promise.all(session.instrumentIds.map((id) => getInstrument(ctx.db, id)));
    const instruments: CardInstrument[] = views
      .filter((view) => view !== null)
      .map((view) => ({ instrument: view.instrument, items: view.items }));
    return { type: 'session', session, instruments, themes: themesWithin(ctx.themes, session.instrumentIds) };
  }
  const body = documentOf(key, 'symbol').body;
  return { type: 'external', body: body ? BODY_NAMES[body] : null, reportSymbol: null };
}

/** The label facts the content adds to what the key states (year, publishing report). */
function labelInput(key: string, content: CardContent): LabelInput {
  const input: LabelInput = { key, kind: kindOfKey(key) };
  switch (content.type) {
    case 'meeting':
      return { ...input, year: content.meeting.year, isReport: true };
    case 'session':
      return { ...input, year: content.session.year, isReport: true };
    case 'instrument':
      return { ...input, year: content.instrument.year, symbol: content.instrument.reportSymbol };
    case 'external':
      return content.reportSymbol ? { ...input, symbol: content.reportSymbol } : input;
    default:
      return input;
  }
}

/** The symbol "Open document" opens: a COP instrument's report, else the key's own symbol; none for treaties. */
function linkSymbol(key: string, content: CardContent): string | null {
  if (content.type === 'instrument') return content.instrument.reportSymbol;
  if (content.type === 'external' && content.reportSymbol) return content.reportSymbol;
  if (content.type === 'treaty') return null;
  return documentOf(key, kindOfKey(key)).symbol;
}

async function buildCard(ctx: BatchContext, key: string): Promise<CardData> {
  const [content, cited] = await Promise.all([cardContent(ctx, key), citingItems(ctx, key)]);
  const input = labelInput(key, content);
  const label: Bilingual = { en: referenceLabel(input, 'en'), fr: referenceLabel(input, 'fr') };
  return { ...content, label, linkSymbol: linkSymbol(key, content), citedBy: cited } as CardData;
}

/** Card data for every key (duplicates answered once). The database must be seeded. */
export async function buildCards(db: RenvoiDatabase, keys: readonly string[]): Promise<Record<string, CardData>> {
  const [themes, sessions, instruments] = await Promise.all([
    db.themes.toArray(),
    db.sessions.toArray(),
    db.instruments.toArray(),
  ]);
  const instrumentKinds = new Map(instruments.map((i) => [i.id, i.kind]));
  const ctx: BatchContext = { db, themes, sessions, instrumentKinds };
  const unique = [...new Set(keys)];
  const cards = await Promise.all(unique.map((key) => buildCard(ctx, key)));
  return Object.fromEntries(unique.map((key, i) => [key, cards[i]!]));
}

/** The engine's resolver data for the content script, from the seeded database. */
export async function buildResolverWire(db: RenvoiDatabase): Promise<ResolverWire> {
  const [meetings, sessions, instruments, items] = await Promise.all([
    db.meetings.toArray(),
    db.sessions.toArray(),
    db.instruments.toArray(),
    db.items.toArray(),
  ]);
  // The corpus order (meetings by ordinal, items by line), so meetings of one year are listed as the build lists them.
  meetings.sort((a, b) => a.ordinal - b.ordinal);
  items.sort((a, b) => a.line - b.line);
  return resolverToWire(createResolverData({ meetings, sessions, instruments, items }));
}
