/**
 * PDF text as the citation engine needs it. A PDF has no paragraphs, only positioned lines: a line end is a soft wrap
 * (`CTOC/COP/WG.4/`⏎`2011/8`, `réso-`⏎`lution`), and its characters come raw from the font's encoding (ligatures such
 * as `ﬁ`, decomposed accents, look-alike slashes). Both readers of a PDF — the text layer in the page and the
 * whole-document index from `getTextContent()` — go through these functions, so both see the same text. Every
 * change keeps an offset map back to the original characters (same shape as `Collapsed` in `lib/page/read/collapse.ts`).
 * Pure: no DOM, no pdf.js.
 */

import { collapseWhitespace } from '../page/read/collapse';
import { LIGATURES } from '../text/ligatures';

/** Text with a map back to the original: `offsets[i]` is the original offset of `text[i]`, `offsets[text.length]`
 * the original's length; absent when nothing changed. */
export interface Mapped {
  text: string;
  offsets?: number[];
}

/** Characters drawn like a slash that the engine must read as `/`: division slash, fraction slash, fullwidth solidus. */
const SLASHES = new Set(['\u2215', '\u2044', '\uFF0F']);

/**
 * What needs work: a ligature, a look-alike slash, or a combining mark (U+0300–036F, the accents that NFD text keeps
 * apart from their letter). Text without any of them is returned as is, without a map.
 */
const NEEDS_WORK = /[\uFB00-\uFB06\u2215\u2044\uFF0F]|[\u0300-\u036F]/;

/** A base character followed by its combining marks: the unit NFC composes. */
const CLUSTER = /[\s\S][\u0300-\u036F]*/gu;

/**
 * Ligatures to letters, look-alike slashes to `/`, decomposed accents composed (NFC), with the offset map. A ligature
 * gives several letters that all map to its one original offset; a composed letter maps to its base character.
 */
export function normalizePdfText(raw: string): Mapped {
  if (!NEEDS_WORK.test(raw)) return { text: raw };
  let text = '';
  const offsets: number[] = [];
  for (const m of raw.matchAll(CLUSTER)) {
    const cluster = m[0];
    const at = m.index;
    let out: string;
    if (cluster.length === 1) out = LIGATURES[cluster] ?? (SLASHES.has(cluster) ? '/' : cluster);
    else out = cluster.normalize('NFC');
    if (out.length === cluster.length) {
      // One for one (or a cluster that does not compose): keep each character's own offset.
      for (let i = 0; i < out.length; i++) offsets.push(at + i);
    } else {
      for (let i = 0; i < out.length; i++) offsets.push(at);
    }
    text += out;
  }
  offsets.push(raw.length);
  return { text, offsets };
}

/** A lowercase letter (any script) — the start of a hyphenated word's second half. */
const LOWER = /^\p{Ll}/u;
/** Any letter — what comes before a hyphen that splits a word. */
const LETTER = /\p{L}$/u;
/** White space at an end of a line. */
const SPACE_END = /\s$/u;
const SPACE_START = /^\s/u;

/** How two lines meet: the text between them, and whether the first line's final hyphen is dropped. */
export interface LineJoin {
  join: '' | ' ';
  dropHyphen: boolean;
}

/**
 * The join of a line ending with `before` to the next line starting with `after` (the rule of pdf-notes §4.3):
 * - a slash on either side: a document symbol continues (`CTOC/COP/WG.4/`⏎`2011/8`) → nothing between;
 * - a hyphen after a letter, then a lowercase letter: a word hyphenated at the line end (`réso-`⏎`lution`) → the
 *   hyphen goes; other hyphens are real (`A/RES/64-`⏎`293`, `Covid-`⏎`19`) and stay, joined without a space;
 * - white space already on either side → nothing more;
 * - otherwise the line end reads as a space.
 */
export function lineJoin(before: string, after: string): LineJoin {
  if (before.length === 0 || after.length === 0) return { join: '', dropHyphen: false };
  if (before.endsWith('/') || after.startsWith('/')) return { join: '', dropHyphen: false };
  if (before.endsWith('-')) {
    const word = LETTER.test(before.slice(0, -1)) && LOWER.test(after);
    return { join: '', dropHyphen: word };
  }
  if (SPACE_END.test(before) || SPACE_START.test(after)) return { join: '', dropHyphen: false };
  return { join: ' ', dropHyphen: false };
}

/** One text item as pdf.js's `getTextContent()` gives it (marked-content items have no `str`). */
export interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
  /** Set on marked-content items (`beginMarkedContent`…), which carry no text. */
  type?: string;
}

/**
 * A page's text from its text items, as the text layer shows it read by `lib/pdf/text-layer-runs.ts`: the items'
 * strings in order, line ends joined by `lineJoin`, everything normalised. The whole-document index uses this, so
 * its citations are the ones the marks find once the page is rendered.
 */
export function pageText(items: readonly PdfTextItem[]): string {
  let text = '';
  let pendingEol = false;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    // As the DOM reader sees a span: white space collapsed as displayed, then normalised.
    const str = normalizePdfText(collapseWhitespace(item.str).text).text;
    if (pendingEol && str.length > 0) {
      const { join, dropHyphen } = lineJoin(text, str);
      if (dropHyphen) text = text.slice(0, -1);
      text += join;
      pendingEol = false;
    }
    text += str;
    if (item.hasEOL) pendingEol = true;
  }
  return text;
}
