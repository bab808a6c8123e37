import type { CitationKind } from '../citations/types';

/**
 * What the key of a citation says about the cited document, without the corpus: the body that issued it, the UN
 * symbol a link can open and the year when the symbol states one. The background adds what only the corpus knows
 * (a COP instrument's session report, a meeting's year) when the reference is saved.
 */

/** Bodies that issue the documents Renvoi cites. `un` stands for the treaties (adopted by the United Nations). */
export type BodyId = 'wg' | 'cop' | 'ga' | 'sc' | 'hrc' | 'ecosoc' | 'chr' | 'ccpcj' | 'un';

export type TreatyName = 'UNTOC' | 'TIP Protocol' | 'Migrants Protocol' | 'Firearms Protocol';

export interface DocumentInfo {
  body: BodyId | null;
  /** The symbol a link opens, upper-case; null when the document has none (a CCPCJ resolution named in prose). */
  symbol: string | null;
  year: number | null;
  /** For resolutions and decisions: which, and their number (`64/293`, `2331 (2016)`, `4/4`). */
  instrument: { type: 'resolution' | 'decision'; number: string } | null;
  /** For treaty articles: the treaty and the article part of the key (`art. 6(3)(d)`). */
  treaty: { name: TreatyName; article: string } | null;
}

/** Symbol prefixes, most specific first, and the body that issues documents under them. */
const SYMBOL_BODIES: readonly [prefix: string, body: BodyId][] = [
  ['CTOC/COP/WG.4/', 'wg'],
  ['CTOC/COP/', 'cop'],
  ['A/HRC/', 'hrc'],
  ['A/', 'ga'],
  ['S/', 'sc'],
  ['E/CN.4/', 'chr'],
  ['E/CN.15/', 'ccpcj'],
  ['E/', 'ecosoc'],
];

/** The Palermo instruments were adopted by General Assembly resolutions 55/25 (2000) and 55/255 (2001). */
const TREATIES: Record<TreatyName, { symbol: string; year: number }> = {
  UNTOC: { symbol: 'A/RES/55/25', year: 2000 },
  'TIP Protocol': { symbol: 'A/RES/55/25', year: 2000 },
  'Migrants Protocol': { symbol: 'A/RES/55/25', year: 2000 },
  'Firearms Protocol': { symbol: 'A/RES/55/255', year: 2001 },
};

// A four-digit year standing as one part of a symbol (`CTOC/COP/WG.4/2011/8`) or in brackets (`S/RES/2331(2016)`).
const SYMBOL_YEAR = /(?:\/|\()((?:19|20)\d\d)(?=\/|\)|$)/;
// `…/RES/<number>` or `…/DEC/<number>` at the end of a symbol: `A/RES/64/293`, `S/RES/2331(2016)`, `E/RES/2004/45`.
const SYMBOL_INSTRUMENT = /\/(RES|DEC)\/([\d/]+(?:\(\d{4}\))?)$/;
// Keys of prose-named instruments without a symbol: `COP decision 4/4`, `CCPCJ resolution 19/4`.
const NAMED_INSTRUMENT = /^(COP|CCPCJ) (decision|resolution) (\d+\/\d+)$/;
// Treaty keys: `<treaty> art. <n>[(<p>)…]`, e.g. `TIP Protocol art. 6(3)(d)`.
const TREATY_KEY = /^(UNTOC|TIP Protocol|Migrants Protocol|Firearms Protocol) (art\. .+)$/;

const bodyOfSymbol = (symbol: string): BodyId | null =>
  SYMBOL_BODIES.find(([prefix]) => symbol.startsWith(prefix))?.[1] ?? null;

/**
 * Reads a citation key (see lib/citations/types.ts) into what it says about the document. A kind this build does
 * not know (a saved entry from a newer build) is read like a symbol.
 */
export function documentOf(key: string, kind: CitationKind | (string & {})): DocumentInfo {
  const info: DocumentInfo = { body: null, symbol: null, year: null, instrument: null, treaty: null };
  if (kind === 'treaty') {
    const match = TREATY_KEY.exec(key);
    if (!match) return info;
    const name = match[1] as TreatyName;
    return { ...info, body: 'un', ...TREATIES[name], treaty: { name, article: match[2]! } };
  }
  const named = NAMED_INSTRUMENT.exec(key);
  if (named) {
    return {
      ...info,
      body: named[1] === 'COP' ? 'cop' : 'ccpcj',
      instrument: { type: named[2] as 'decision' | 'resolution', number: named[3]! },
    };
  }
  // Everything else is keyed by its symbol.
  const symbol = key.toUpperCase();
  const year = SYMBOL_YEAR.exec(symbol)?.[1];
  const instrument = SYMBOL_INSTRUMENT.exec(symbol);
  return {
    ...info,
    body: bodyOfSymbol(symbol),
    symbol,
    year: year ? Number(year) : null,
    instrument: instrument
      ? {
          type: instrument[1] === 'RES' ? 'resolution' : 'decision',
          // `2331(2016)` is written `2331 (2016)` in prose.
          number: instrument[2]!.replace('(', ' ('),
        }
      : null,
  };
}
