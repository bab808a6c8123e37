import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../lib/background/handlers';
import { documentUrl } from '../../lib/references/document-link';
import type { CardData } from '../../lib/cards/card-data';
import { computeCitedBy, findCitations } from '../../lib/citations';
import { BODY_NAMES } from '../../lib/references/body-names';
import type { BodyId } from '../../lib/references/document-facts';
import { toCslItems } from '../../lib/export/csl-json';
import { toRis } from '../../lib/export/ris';
import { dispatch } from '../../lib/messaging/server';
import type { SavedReference } from '../../lib/references/saved-types';
import { EXTENSION_SENDER, type SenderInfo } from '../../lib/messaging/sender';
import { createSearchEngine } from '../../lib/search';
import { makeCorpus, makeItem } from '../factories/corpus';
import { makeServices } from '../factories/services';

/**
 * Every key kind the engine learnt from real documents, through every place a key goes: the engine reads it, the
 * hover card describes it (body, label, year, official link), the popup's exact lookup names it, the saved list
 * stores it with its symbol and year, the CSL-JSON and RIS exports type it, and "cited by" finds the corpus item
 * citing it. One row per kind; the expected values are written out, not derived from the code under test.
 */
interface Row {
  kind: string;
  /** How a real text writes it. */
  phrase: string;
  key: string;
  citationKind: 'resolution' | 'symbol';
  body: BodyId;
  /** The card's English label. */
  label: string;
  /** The symbol "Open document" opens. */
  symbol: string;
  year: number | null;
  csl: 'bill' | 'report';
  ris: 'BILL' | 'RPRT';
}

const ROWS: Row[] = [
  {
    kind: 'SC presidential statement',
    phrase: 'presidential statement 2016/10 of the Security Council',
    key: 'S/PRST/2016/10',
    citationKind: 'resolution',
    body: 'sc',
    label: 'Security Council presidential statement 2016/10 (S/PRST/2016/10)',
    symbol: 'S/PRST/2016/10',
    year: 2016,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'SC presidential statement by its symbol',
    phrase: 'S/PRST/2016/10',
    key: 'S/PRST/2016/10',
    citationKind: 'symbol',
    body: 'sc',
    label: 'Security Council presidential statement 2016/10 (S/PRST/2016/10)',
    symbol: 'S/PRST/2016/10',
    year: 2016,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'GA resolution, pre-1976 numbering',
    phrase: 'General Assembly resolution 1386 (XIV)',
    key: 'A/RES/1386(XIV)',
    citationKind: 'resolution',
    body: 'ga',
    label: 'General Assembly resolution 1386 (XIV) (A/RES/1386(XIV))',
    symbol: 'A/RES/1386(XIV)',
    year: 1959,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'GA resolution, pre-1976 numbering with a letter',
    phrase: 'resolution 217 A (III)',
    key: 'A/RES/217A(III)',
    citationKind: 'resolution',
    body: 'ga',
    label: 'General Assembly resolution 217 A (III) (A/RES/217A(III))',
    symbol: 'A/RES/217A(III)',
    year: 1948,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'SC resolution with its year',
    phrase: 'Security Council resolution 2388 (2017)',
    key: 'S/RES/2388(2017)',
    citationKind: 'resolution',
    body: 'sc',
    label: 'Security Council resolution 2388 (2017) (S/RES/2388(2017))',
    symbol: 'S/RES/2388(2017)',
    year: 2017,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'SC resolution without a year',
    phrase: 'Security Council resolution 2331',
    key: 'S/RES/2331',
    citationKind: 'resolution',
    body: 'sc',
    label: 'Security Council resolution 2331 (S/RES/2331)',
    symbol: 'S/RES/2331',
    year: null,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'ECOSOC resolution',
    phrase: 'Economic and Social Council resolution 2005/14',
    key: 'E/RES/2005/14',
    citationKind: 'resolution',
    body: 'ecosoc',
    label: 'Economic and Social Council resolution 2005/14 (E/RES/2005/14)',
    symbol: 'E/RES/2005/14',
    year: 2005,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'ECOSOC decision',
    phrase: 'Economic and Social Council decision 2004/110',
    key: 'E/DEC/2004/110',
    citationKind: 'resolution',
    body: 'ecosoc',
    label: 'Economic and Social Council decision 2004/110 (E/DEC/2004/110)',
    symbol: 'E/DEC/2004/110',
    year: 2004,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'CHR resolution',
    phrase: 'Commission on Human Rights resolution: 2003/28',
    key: 'E/CN.4/RES/2003/28',
    citationKind: 'resolution',
    body: 'chr',
    label: 'Commission on Human Rights resolution 2003/28 (E/CN.4/RES/2003/28)',
    symbol: 'E/CN.4/RES/2003/28',
    year: 2003,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'CHR decision',
    phrase: 'Commission on Human Rights decision 2004/110',
    key: 'E/CN.4/DEC/2004/110',
    citationKind: 'resolution',
    body: 'chr',
    label: 'Commission on Human Rights decision 2004/110 (E/CN.4/DEC/2004/110)',
    symbol: 'E/CN.4/DEC/2004/110',
    year: 2004,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'HRC resolution',
    phrase: 'Human Rights Council resolution 11/3',
    key: 'A/HRC/RES/11/3',
    citationKind: 'resolution',
    body: 'hrc',
    label: 'Human Rights Council resolution 11/3 (A/HRC/RES/11/3)',
    symbol: 'A/HRC/RES/11/3',
    year: null,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'HRC decision',
    phrase: 'Human Rights Council decision 5/101',
    key: 'A/HRC/DEC/5/101',
    citationKind: 'resolution',
    body: 'hrc',
    label: 'Human Rights Council decision 5/101 (A/HRC/DEC/5/101)',
    symbol: 'A/HRC/DEC/5/101',
    year: null,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'GA decision',
    phrase: 'General Assembly decision 62/528',
    key: 'A/DEC/62/528',
    citationKind: 'resolution',
    body: 'ga',
    label: 'General Assembly decision 62/528 (A/DEC/62/528)',
    symbol: 'A/DEC/62/528',
    year: null,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'legal form G.A. Res.',
    phrase: 'G.A. Res. 61/180',
    key: 'A/RES/61/180',
    citationKind: 'resolution',
    body: 'ga',
    label: 'General Assembly resolution 61/180 (A/RES/61/180)',
    symbol: 'A/RES/61/180',
    year: null,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'legal form S.C. Res.',
    phrase: 'S.C. Res. 2467 (2019)',
    key: 'S/RES/2467(2019)',
    citationKind: 'resolution',
    body: 'sc',
    label: 'Security Council resolution 2467 (2019) (S/RES/2467(2019))',
    symbol: 'S/RES/2467(2019)',
    year: 2019,
    csl: 'bill',
    ris: 'BILL',
  },
  {
    kind: 'legal form U.N. Doc.',
    phrase: 'U.N. Doc. A/72/164',
    key: 'A/72/164',
    citationKind: 'symbol',
    body: 'ga',
    label: 'General Assembly document (A/72/164)',
    symbol: 'A/72/164',
    year: null,
    csl: 'report',
    ris: 'RPRT',
  },
];

/** A corpus item citing every row's phrase, so that "cited by" has something to find. */
const CITING = 'I.1';
const citingText = (row: Row) => `Rappelant ${row.phrase}, les États devraient agir.`;

const contentSender: SenderInfo = {
  ...EXTENSION_SENDER,
  from: 'content',
  tabId: 3,
  frameId: 0,
  url: 'https://example.org/',
};
const pageSender = { ...EXTENSION_SENDER, url: 'chrome-extension://renvoi/popup.html' };

function corpusCiting(row: Row) {
  const items = [makeItem(CITING, { text: citingText(row) })];
  return makeCorpus({ citedBy: computeCitedBy(items) });
}

async function cardFor(row: Row): Promise<CardData> {
  const services = makeServices(corpusCiting(row));
  const reply = await dispatch(createHandlers(services), { type: 'cards/for-keys', keys: [row.key] }, contentSender);
  if (!reply.ok) throw new Error(reply.error);
  const card = (reply.value as { cards: Record<string, CardData> }).cards[row.key];
  if (!card) throw new Error(`no card for ${row.key}`);
  return card;
}

async function savedEntry(row: Row): Promise<SavedReference> {
  const handlers = createHandlers(makeServices());
  const reply = await dispatch(
    handlers,
    { type: 'saved/add', key: row.key, kind: row.citationKind, label: '', targets: [] },
    pageSender,
  );
  if (!reply.ok) throw new Error(reply.error);
  return (reply.value as { entry: SavedReference }).entry;
}

describe.each(ROWS)('$kind ($key)', (row) => {
  beforeEach(() => fakeBrowser.reset());

  it('the engine reads it', () => {
    const found = findCitations(`Recalling ${row.phrase}, the States…`);
    expect(found.map((c) => [c.key, c.kind])).toEqual([[row.key, row.citationKind]]);
  });

  it('"cited by" finds the corpus item citing it', () => {
    expect(computeCitedBy([makeItem(CITING, { text: citingText(row) })])).toEqual({ [row.key]: [CITING] });
  });

  it('its card says what it is, whose, and opens the official document; cited by lists the citing item', async () => {
    const card = await cardFor(row);
    expect(card).toMatchObject({
      type: 'external',
      body: BODY_NAMES[row.body],
      linkSymbol: row.symbol,
      citedBy: [{ id: CITING }],
    });
    expect(card.label.en).toBe(row.label);
    expect(documentUrl(row.citationKind, card.linkSymbol, 'https://undocs.org/')).toBe(
      `https://undocs.org/${row.symbol}`,
    );
  });

  it('the popup search names it exactly, then who cites it', () => {
    const result = createSearchEngine(corpusCiting(row)).search(row.phrase);
    expect(result.outside.map((o) => o.key)).toEqual([row.key]);
    expect(result.hits.map((h) => h.id)).toContain(CITING);
  });

  it('the saved list keeps it with its label, symbol and year; CSL-JSON and RIS type it', async () => {
    const entry = await savedEntry(row);
    expect(entry).toMatchObject({ key: row.key, symbol: row.symbol });
    expect(entry.year ?? null).toBe(row.year);
    expect(entry.label).toBe(row.label);
    const options = { lang: 'en' as const, baseUrl: 'https://undocs.org/' };
    const [csl] = toCslItems([entry], options);
    expect(csl).toMatchObject({ type: row.csl, URL: `https://undocs.org/${row.symbol}` });
    if (row.year !== null) expect(csl?.issued).toEqual({ 'date-parts': [[row.year]] });
    expect(toRis([entry], options)).toMatch(new RegExp(`^TY  - ${row.ris}\\r\\n`));
  });
});
