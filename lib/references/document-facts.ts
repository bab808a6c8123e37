import {
  isSymbolShaped,
  parseKey,
  TREATIES,
  type BodyId,
  type InstrumentWord,
  type TreatyPrefix,
} from '../citations/keys';
import type { CitationKind } from '../citations/types';

/**
 * What the key of a citation says about the cited document, without the corpus: the body that issued it, the UN
 * symbol a link can open and the year when the symbol states one. The background adds what only the corpus knows
 * (a COP instrument's session report, a meeting's year) when the reference is saved. The key grammar itself is
 * `lib/citations/keys.ts`; this is a view of its `parseKey` for labels and exports.
 */

export type { BodyId } from '../citations/keys';

/** A treaty as labels name it: its key prefix (`TIP Protocol`). */
export type TreatyName = TreatyPrefix;

export interface DocumentInfo {
  body: BodyId | null;
  /** The symbol a link opens, upper-case; null when the document has none (a CCPCJ resolution named in prose). */
  symbol: string | null;
  year: number | null;
  /**
   * For resolutions, decisions and presidential statements: which, and their number as written (`64/293`,
   * `2331 (2016)`, `317 (VI)`, `4/4`).
   */
  instrument: { type: InstrumentWord; number: string } | null;
  /** For treaty articles: the treaty and the article part of the key (`art. 6(3)(d)`). */
  treaty: { name: TreatyName; article: string } | null;
}

/**
 * Reads a citation key into what it says about the document. `kind` is kept for callers' sake: the key alone decides
 * (a treaty key is a treaty whatever the kind says, and a kind this build does not know changes nothing).
 */
export function documentOf(key: string, _kind?: CitationKind | (string & {})): DocumentInfo {
  const info: DocumentInfo = { body: null, symbol: null, year: null, instrument: null, treaty: null };
  const parsed = parseKey(key);
  switch (parsed.type) {
    case 'treaty': {
      const treaty = TREATIES[parsed.treaty];
      const article = key.slice(treaty.keyPrefix.length + 1);
      return {
        ...info,
        body: 'un',
        symbol: treaty.adoptedBy,
        year: treaty.year,
        treaty: { name: treaty.keyPrefix, article },
      };
    }
    case 'cop':
    case 'named':
      return {
        ...info,
        body: parsed.type === 'cop' ? 'cop' : 'ccpcj',
        instrument: { type: parsed.instrument, number: parsed.number },
      };
    case 'symbol':
      // A malformed key (`Something else`) is no document: the label falls back to the key itself.
      if (!isSymbolShaped(parsed.symbol)) return info;
      return { ...info, body: parsed.body, symbol: parsed.symbol, year: parsed.year, instrument: parsed.instrument };
  }
}
