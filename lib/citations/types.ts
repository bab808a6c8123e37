/**
 * Public types of the citation engine. Pure data: no DOM, no browser API, no database.
 *
 * Keys (the `key` field) are stable strings used across the extension (cards, `corpus.citedBy`, saved references):
 * - `symbol`: the UN document symbol, upper-cased, spaces removed — `CTOC/COP/WG.4/2011/8`, `E/CN.15/2019/L.3/REV.1`,
 *   `S/RES/2331(2016)`.
 * - `cop-instrument`: `COP decision 4/4`, `COP resolution 5/2` (Conference of the Parties to UNTOC).
 * - `resolution` (resolutions and decisions of other bodies), keyed by their symbol when they have one:
 *   General Assembly `A/RES/64/293` (`A/DEC/…` for decisions), Security Council `S/RES/2331(2016)`, Human Rights
 *   Council `A/HRC/RES/44/4`, Economic and Social Council `E/RES/2004/45`, Commission on Human Rights
 *   `E/CN.4/RES/2004/45`; the Commission on Crime Prevention and Criminal Justice has no such series in the corpus's
 *   sources, so `CCPCJ resolution 19/4` / `CCPCJ decision 19/4`.
 * - `treaty`: `<treaty> art. <n>[(<paragraph>)][(<subparagraph>)][(<clause>)]` with treaty `UNTOC`, `TIP Protocol`,
 *   `Migrants Protocol` or `Firearms Protocol` — `UNTOC art. 33(2)(c)`, `TIP Protocol art. 6(3)(d)`,
 *   `Migrants Protocol art. 6`.
 */

/**
 * What was cited:
 * - `symbol`: a UN document symbol written out (`CTOC/COP/2010/17`, `A/RES/64/293`), or a Working Group report named
 *   by its year ("paragraphe 17 du rapport de la réunion de 2009"), keyed by its symbol;
 * - `cop-instrument`: a decision or resolution of the Conference of the Parties to UNTOC (`décision 4/4`);
 * - `resolution`: a resolution or decision of another body named in prose (`résolution 55/25 de l'Assemblée générale`,
 *   `resolution 2331 (2016)`);
 * - `treaty`: an article of UNTOC or of one of its Protocols (`l'article 6 dudit Protocole`).
 */
export type CitationKind = 'symbol' | 'cop-instrument' | 'resolution' | 'treaty';

/** Every kind, in a fixed order (reports, evaluation). */
export const CITATION_KINDS: readonly CitationKind[] = ['symbol', 'cop-instrument', 'resolution', 'treaty'];

/**
 * Where inside the cited document. Only the fields the text states are present.
 * - Treaties: `article`, then `paragraph` / `subparagraph` / `clause` of that article (also in the key).
 * - Reports and instruments: `paragraph` (operative or report paragraph), `subparagraph` (letter), `clause` (roman),
 *   `preambular: true` when the paragraph is a preambular one (`alinéa 11 du préambule`), `annex` (roman, upper-case).
 * Letters and romans are lower-case without brackets (`c`, `iv`).
 */
export interface Pinpoint {
  article?: number;
  paragraph?: number;
  preambular?: true;
  subparagraph?: string;
  clause?: string;
  annex?: string;
}

/** One citation found in a text. */
export interface Citation {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the first character in the input. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  kind: CitationKind;
  /** Stable key of the cited document (see the top of this file). */
  key: string;
  /** True when the cited document (meeting report, session report, COP instrument) is in the corpus. */
  inCorpus: boolean;
  pinpoint?: Pinpoint;
  /**
   * Corpus ids the citation points to, most specific first-found: a recommendation (`V.41`) or instrument paragraph
   * (`5/2:8.c`) when the pinpoint resolves, else the nearest existing enclosing item, else the whole document
   * (meeting `IV`, session `COP5`, instrument `5/2`). Empty when not in the corpus.
   */
  targets: string[];
}

/** A citation found in a list of text segments (one per DOM text node), with positions in segment coordinates. */
export interface SegmentCitation extends Citation {
  /** Index of the segment holding the first character. */
  startSegment: number;
  /** Offset of the first character inside that segment. */
  startOffset: number;
  /** Index of the segment holding the last character. */
  endSegment: number;
  /** Offset just past the last character inside `endSegment` (so `segments[endSegment].slice(0, endOffset)`). */
  endOffset: number;
}
