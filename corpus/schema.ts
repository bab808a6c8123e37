/**
 * The typed corpus: what the parser produces from the compendium, what the build bundles as `corpus.json`, what
 * `npm run corpus -- dump` prints and what the background seeds into IndexedDB.
 *
 * Ids and field names are a stable contract (cards, search, saved references and exports keep them).
 *
 * Id grammar:
 * - Working Group meeting: its roman ordinal, `I` … `IX`.
 * - Recommendation: `<meeting>.<number>[.<letter>[.<roman>]]` — `IV.45`, `IV.45.b`, `IV.46.j.iv`.
 * - COP session: `COP1` … `COP5`.
 * - COP instrument: its number, `1/5`, `2/3`, `3/3`, `4/4`, `5/2`.
 * - COP paragraph: `<instrument>:<path>` — `1/5:b`, `1/5:b.iii`, `4/4:o.ii`, `5/2:8`, `5/2:8.c`; preambular
 *   paragraph n: `5/2:pp.n`.
 */

export const CORPUS_SCHEMA_VERSION = 1;

/** A footnote of the source, attached to the item whose text carries its marker. */
export interface Footnote {
  /** The footnote number as printed in the source. */
  number: number;
  /** Clean display text of the footnote body. */
  text: string;
}

/** A meeting of the Working Group on Trafficking in Persons (Part A). */
export interface Meeting {
  /** Roman ordinal: `I` … `IX`. */
  id: string;
  ordinal: number;
  /** Heading words as in the source, e.g. `Quatrième réunion`. */
  title: string;
  /** Dates as written in the source heading, e.g. `10 au 12 octobre 2011`. */
  dates: string;
  /** ISO dates of the first and last day. */
  startDate: string;
  endDate: string;
  year: number;
  /** Where it met (`Vienne`). */
  place: string;
  /** Report symbol from the index, upper-case (`CTOC/COP/WG.4/2011/8`); null for meeting III. */
  reportSymbol: string | null;
  /**
   * Report paragraph = compendium recommendation number + offset (letters and romans carry over). 0 for the 2019
   * report, which numbers like the compendium; null when the meeting has no recommendations of its own.
   */
  paragraphOffset: number | null;
  /** A note printed instead of recommendations (meeting III), clean text. */
  note: string | null;
  /** Ids of the top-level recommendations, in order. */
  itemIds: string[];
}

/** A session of the Conference of the Parties to UNTOC (Part B). */
export interface Session {
  /** `COP1` … `COP5`. */
  id: string;
  ordinal: number;
  /** Heading words, e.g. `Cinquième session de la Conférence des Parties`. */
  title: string;
  year: number;
  /** Symbol of the session report, upper-case (`CTOC/COP/2010/17`). */
  reportSymbol: string;
  /** Ids of the instruments adopted at this session that the compendium reproduces. */
  instrumentIds: string[];
}

/** A COP decision or resolution. */
export interface Instrument {
  /** `4/4`, `5/2`. */
  id: string;
  kind: 'decision' | 'resolution';
  sessionId: string;
  year: number;
  /** The session report that publishes it (instruments have no symbol of their own). */
  reportSymbol: string;
  /** Title as printed after `Décision n/m` (clean text). */
  title: string;
  /** The opening line (`La Conférence des Parties … :`), clean text. */
  chapeau: string;
  /** Footnotes whose markers are in the chapeau (decisions 3/3 and 4/4 carry some). Added by the parser. */
  chapeauFootnotes?: Footnote[];
  /** Ids of the top-level paragraphs in order: preambular first (`5/2:pp.1` …), then operative. */
  itemIds: string[];
}

export type ItemKind = 'recommendation' | 'preambular' | 'operative';

/** One recommendation or one paragraph of an instrument, at any level of the hierarchy. */
export interface Item {
  /** See the id grammar at the top of this file. */
  id: string;
  kind: ItemKind;
  /** Meeting id for recommendations, instrument id for COP paragraphs. */
  parentId: string;
  /** Enclosing item for lettered / roman sub-items; null at the top level. */
  parentItemId: string | null;
  /** Child item ids, in order. */
  childIds: string[];
  /** The marker as printed: `45.`, `b)`, `iv)`; for preambular paragraphs their ordinal `11`. */
  marker: string;
  /**
   * 1-based depth in the hierarchy: 1 top level, 2 sub-item, 3 sub-sub-item. For recommendations and resolution 5/2
   * that is 1 numbered, 2 lettered, 3 roman; decisions 1/5–4/4 have lettered top-level paragraphs (level 1) and roman
   * sub-paragraphs (level 2); preambular paragraphs are level 1.
   */
  level: number;
  /** Display text: one paragraph, markup and footnote markers removed, faithful to the source wording. */
  text: string;
  /** Footnotes whose markers are in this item's text. */
  footnotes: Footnote[];
  /**
   * For recommendations: the paragraph of the meeting report where it appears (`49`, `49.b`), derived from the
   * meeting's offset; null when the meeting has none. For COP paragraphs: the path (`8.c`; `pp.11` for a preambular
   * paragraph).
   */
  reportParagraph: string | null;
  /** 1-based line in `corpus/sources/004_baebc0e19c1535a4.txt` where the item starts. */
  line: number;
}

/** A theme of the thematic index. */
export interface Theme {
  /** Stable slug of the French name, e.g. `cooperation-internationale`. */
  id: string;
  /** Exact French name as printed in the index (without `(suite)`). */
  name: string;
  /** Ids of the items (recommendations and COP paragraphs) the index lists under it, ranges expanded, in index order. */
  itemIds: string[];
}

/** The whole bundled corpus. */
export interface Corpus {
  schemaVersion: typeof CORPUS_SCHEMA_VERSION;
  /** Content hash of everything below (hex), changes whenever the data changes. */
  version: string;
  source: {
    file: string;
    title: string;
    publisher: string;
    year: number;
    language: 'fr';
  };
  meetings: Meeting[];
  sessions: Session[];
  instruments: Instrument[];
  items: Item[];
  themes: Theme[];
  /**
   * Citation key (as the citation engine produces it: `A/RES/64/293`, `COP decision 4/4`, `TIP Protocol art. 6`)
   * → ids of the corpus items whose text cites it. Filled by the corpus build using the citation engine.
   */
  citedBy: Record<string, string[]>;
}
