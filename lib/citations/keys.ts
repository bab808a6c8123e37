/**
 * The citation key grammar, in one place: `formatKey` writes keys, `parseKey` reads them back, with one table of
 * treaties and one of bodies. Keys are the contract between the engine, cards, search, the saved list, exports and
 * "cited by"; nothing outside `lib/citations/` parses a key.
 *
 * Grammar (see also `lib/citations/README.md`):
 * - COP instrument: `COP decision 4/4`, `COP resolution 5/2`;
 * - CCPCJ instrument (no symbol series): `CCPCJ resolution 19/4`, `CCPCJ decision 19/1`;
 * - treaty article: `<treaty> art. <n>[(<paragraph>)][(<letter>)][(<roman>)]` — `UNTOC art. 33(2)(c)`,
 *   `TIP Protocol art. 3(a)`;
 * - everything else is a document symbol, upper-case, spaces removed: `A/RES/64/293`, `S/RES/2331(2016)`,
 *   `S/RES/2331`, `S/PRST/2015/25`, `A/RES/317(VI)`, `A/RES/217A(III)`, `E/DEC/16(LVI)`, `A/HRC/DEC/5/101`,
 *   `E/CN.4/RES/2004/45`, `A/51/49(VOL.I)`, `A/64/440/CORR.1`, `CTOC/COP/WG.4/2011/8`.
 */

/** A treaty whose articles are cited: UNTOC and its three Protocols. */
export type TreatyId = 'UNTOC' | 'TIP' | 'MIG' | 'FIRE';

/** A body that issues the documents Renvoi cites. `wg` is the COP's Working Group; `un` stands for the treaties. */
export type BodyId = 'wg' | 'cop' | 'ga' | 'sc' | 'hrc' | 'ecosoc' | 'chr' | 'ccpcj' | 'un';

/** The treaties: key prefix, the General Assembly resolution that adopted them, its year, and their article count. */
export const TREATIES = {
  UNTOC: { keyPrefix: 'UNTOC', adoptedBy: 'A/RES/55/25', year: 2000, articles: 41 },
  TIP: { keyPrefix: 'TIP Protocol', adoptedBy: 'A/RES/55/25', year: 2000, articles: 20 },
  MIG: { keyPrefix: 'Migrants Protocol', adoptedBy: 'A/RES/55/25', year: 2000, articles: 25 },
  FIRE: { keyPrefix: 'Firearms Protocol', adoptedBy: 'A/RES/55/255', year: 2001, articles: 21 },
} as const satisfies Record<TreatyId, { keyPrefix: string; adoptedBy: string; year: number; articles: number }>;

/** Whether `treaty` has an article `n` (they run from 1 to its count): a number outside is another text's. */
export const hasArticle = (treaty: TreatyId, n: number): boolean => n >= 1 && n <= TREATIES[treaty].articles;

/**
 * The last letter of the articles lettered right under the article, with no paragraphs: the definitions (UNTOC article
 * 2 (a)–(j), the Protocols' article 3: TIP and Migrants (a)–(d), Firearms (a)–(f)), UNTOC's obstruction of justice
 * (23 (a)–(b)), the TIP Protocol's purposes (2 (a)–(c)), both Protocols' security of documents (12 (a)–(b)), the Firearms
 * Protocol's record-keeping, deactivation and security measures (7 (a)–(b), 9 (a)–(c), 11 (a)–(b)). Other articles
 * letter their paragraphs, whose letters are not bounded here.
 */
const LAST_LETTER: Readonly<Record<TreatyId, Readonly<Record<number, string>>>> = {
  UNTOC: { 2: 'j', 23: 'b' },
  TIP: { 2: 'c', 3: 'd', 12: 'b' },
  MIG: { 3: 'd', 12: 'b' },
  FIRE: { 3: 'f', 7: 'b', 9: 'c', 11: 'b' },
};

/**
 * The treaties whose `LAST_LETTER` lists every article lettered right under it: UNTOC's text letters only article 2
 * and article 23 at that level; its other articles are one paragraph or numbered paragraphs (article 18: paragraphs
 * 1–30), so `art. 18 b)` is another convention's (UNCAC's trading in influence, dev fr-346; session 19). The TIP and
 * Migrants Protocols likewise (session 32: `Article 4(e)` after the Council of Europe Convention's `Article 4(a)` is
 * that Convention's definition of a victim, probe p8en-043; the TIP Protocol's article 4 is one paragraph). The
 * Firearms Protocol's other articles are not listed (not bounded).
 */
const LETTERS_LISTED: ReadonlySet<TreatyId> = new Set<TreatyId>(['UNTOC', 'TIP', 'MIG']);

/**
 * Whether `treaty`'s article `n` has the letter `letter` right under it (any letter of an article not in `LAST_LETTER`,
 * but for `LETTERS_LISTED`): `article 3(e)` of the TIP Protocol, or French `article 3e` (the ordinal), is no letter of
 * ours (session 19).
 */
export const hasLetter = (treaty: TreatyId, n: number, letter: string): boolean => {
  const last = LAST_LETTER[treaty][n];
  return last === undefined ? !LETTERS_LISTED.has(treaty) : letter <= last;
};

/** A treaty's key prefix (`TIP Protocol`). */
export type TreatyPrefix = (typeof TREATIES)[TreatyId]['keyPrefix'];

/** Symbol prefixes, most specific first, and the body that issues documents under them. */
export const SYMBOL_BODIES: readonly (readonly [prefix: string, body: BodyId])[] = [
  ['CTOC/COP/WG.4/', 'wg'],
  ['CTOC/COP/', 'cop'],
  ['A/HRC/', 'hrc'],
  ['A/', 'ga'],
  ['S/', 'sc'],
  ['E/CN.4/', 'chr'],
  ['E/CN.15/', 'ccpcj'],
  ['E/', 'ecosoc'],
];

/** What a resolution-like symbol is: a resolution, a decision or a presidential statement. */
export type InstrumentWord = 'resolution' | 'decision' | 'presidential-statement';

export type ParsedKey =
  /** A decision or resolution of the COP to UNTOC; `session` is its first number. */
  | { type: 'cop'; instrument: 'decision' | 'resolution'; number: string; session: number }
  /** A CCPCJ decision or resolution named in prose (the series has no symbol of its own). */
  | { type: 'named'; body: 'ccpcj'; instrument: 'decision' | 'resolution'; number: string; session: number }
  /** An article of UNTOC or one of its Protocols, with the pinpoint the key carries. */
  | { type: 'treaty'; treaty: TreatyId; article: number; paragraph?: number; subparagraph?: string; clause?: string }
  /**
   * A document symbol (also anything malformed): its body and year when the symbol states them, and for resolutions,
   * decisions and presidential statements their number as written in prose (`64/293`, `2331 (2016)`, `317 (VI)`).
   */
  | {
      type: 'symbol';
      symbol: string;
      body: BodyId | null;
      year: number | null;
      instrument: { type: InstrumentWord; number: string } | null;
    };

// `COP decision 4/4`, `CCPCJ resolution 19/4`. Groups: body, instrument word, session, number.
const NAMED_KEY = /^(COP|CCPCJ) (decision|resolution) (\d{1,4})\/(\d{1,4})$/;
// `UNTOC art. 33(2)(c)`. Groups: prefix, article, paragraph, letter, roman.
const TREATY_KEY =
  /^(UNTOC|TIP Protocol|Migrants Protocol|Firearms Protocol) art\. (\d{1,3})(?:\((\d{1,3})\))?(?:\(([a-z])\))?(?:\(([ivx]{1,6})\))?$/;
// A four-digit year standing as one part of a symbol (`CTOC/COP/WG.4/2011/8`) or in brackets (`S/RES/2331(2016)`).
const SYMBOL_YEAR = /(?:\/|\()((?:19|20)\d\d)(?=\/|\)|$)/;
// `…/RES/…`, `…/DEC/…`, `S/PRST/…` at the end of a symbol. Groups: word, number, letter + roman, SC year.
const SYMBOL_INSTRUMENT =
  /\/(RES|DEC|PRST)\/(\d{1,4}(?:\/\d{1,4})?)(?:([A-F])?\(((?:E?S-)?[IVXL]{1,7}|ORG-\d\d)\)|\(((?:19|20)\d\d)\))?$/;

/** The treaty of a key prefix (`TIP Protocol` → `TIP`). */
export const TREATY_BY_PREFIX = new Map<string, TreatyId>(
  (Object.keys(TREATIES) as TreatyId[]).map((id) => [TREATIES[id].keyPrefix, id]),
);

/** Whether a key has the shape of a UN document symbol (a series, a slash, no spaces): what a link can open. */
export const isSymbolShaped = (key: string): boolean => /^[A-Z][A-Z0-9.-]*\/[^\s]+$/.test(key);

/**
 * The body issuing documents under a symbol. A search by index, not a `find` with a destructuring closure: the engine's
 * readers of each text (`keyBody` in `own-heading.ts`) have it compiled into them, where the closure and the iterator
 * protocol made their optimised compiles bigger (session 47).
 */
export function bodyOfSymbol(symbol: string): BodyId | null {
  for (let i = 0; i < SYMBOL_BODIES.length; i++) {
    const entry = SYMBOL_BODIES[i];
    if (entry && symbol.startsWith(entry[0])) return entry[1];
  }
  return null;
}

/** Value of a roman session number (`XIV` → 14); 0 when it is not one. */
function romanSession(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i] ?? ''] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function parseSymbolKey(symbol: string): ParsedKey {
  let year: number | null = Number(SYMBOL_YEAR.exec(symbol)?.[1] ?? '') || null;
  const m = SYMBOL_INSTRUMENT.exec(symbol);
  // Before 1976 the Assembly numbered by regular session, one a year from 1946: `1386 (XIV)` is of 1959.
  if (year === null && m?.[4] !== undefined && /^[IVXL]+$/.test(m[4]) && symbol.startsWith('A/'))
    year = 1945 + romanSession(m[4]) || null;
  let instrument: { type: InstrumentWord; number: string } | null = null;
  if (m) {
    const type: InstrumentWord = m[1] === 'RES' ? 'resolution' : m[1] === 'DEC' ? 'decision' : 'presidential-statement';
    let number = m[2] ?? '';
    // As written in prose: `2331 (2016)`, `317 (VI)`, `217 A (III)`.
    if (m[5] !== undefined) number += ` (${m[5]})`;
    else if (m[4] !== undefined) number += `${m[3] !== undefined ? ` ${m[3]}` : ''} (${m[4]})`;
    instrument = { type, number };
  }
  return { type: 'symbol', symbol, body: bodyOfSymbol(symbol), year, instrument };
}

/** Reads a citation key. Never throws: anything that is not a COP, CCPCJ or treaty key is read as a symbol. */
export function parseKey(key: string): ParsedKey {
  const named = NAMED_KEY.exec(key);
  if (named) {
    const instrument = named[2] === 'decision' ? 'decision' : 'resolution';
    const number = `${named[3]}/${named[4]}`;
    const session = Number(named[3]);
    return named[1] === 'COP'
      ? { type: 'cop', instrument, number, session }
      : { type: 'named', body: 'ccpcj', instrument, number, session };
  }
  const treaty = TREATY_KEY.exec(key);
  const treatyId = treaty ? TREATY_BY_PREFIX.get(treaty[1] ?? '') : undefined;
  if (treaty && treatyId) {
    const parsed: ParsedKey = { type: 'treaty', treaty: treatyId, article: Number(treaty[2]) };
    if (treaty[3] !== undefined) parsed.paragraph = Number(treaty[3]);
    if (treaty[4] !== undefined) parsed.subparagraph = treaty[4];
    if (treaty[5] !== undefined) parsed.clause = treaty[5];
    return parsed;
  }
  return parseSymbolKey(key);
}

/** Writes a key back (`formatKey(parseKey(key)) === key` for every well-formed key). */
export function formatKey(parsed: ParsedKey): string {
  switch (parsed.type) {
    case 'cop':
      return `COP ${parsed.instrument} ${parsed.number}`;
    case 'named':
      return `CCPCJ ${parsed.instrument} ${parsed.number}`;
    case 'treaty':
      return treatyKey(parsed.treaty, parsed);
    case 'symbol':
      return parsed.symbol;
  }
}

/** Treaty key: `UNTOC art. 33(2)(c)`. */
export function treatyKey(
  id: TreatyId,
  pin: { article?: number; paragraph?: number; subparagraph?: string; clause?: string },
): string {
  let key = `${TREATIES[id].keyPrefix} art. ${pin.article}`;
  if (pin.paragraph !== undefined) key += `(${pin.paragraph})`;
  if (pin.subparagraph !== undefined) key += `(${pin.subparagraph})`;
  if (pin.clause !== undefined) key += `(${pin.clause})`;
  return key;
}

/** The article part of a treaty key, as labels print it (`art. 6(3)(d)`). */
export function treatyArticleText(parsed: Extract<ParsedKey, { type: 'treaty' }>): string {
  return treatyKey(parsed.treaty, parsed).slice(TREATIES[parsed.treaty].keyPrefix.length + 1);
}
