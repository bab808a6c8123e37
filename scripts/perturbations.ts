/**
 * Meaning-preserving perturbations of a text: what extraction, typing and typography do to real documents (a PDF
 * copy's justified double spaces and line breaks, a French page's no-break spaces, a CMS's soft hyphens, a keyboard's
 * straight apostrophe). A reader reads each perturbed text as the original; `scripts/eval-robustness.ts` scores the
 * citation engine on the labelled passages after each one, its labels mapped through the edit.
 *
 * Each perturbation is a pure, deterministic function of the text (no randomness: a "one in four" choice hashes the
 * position), returning the perturbed text and an offset map. The map follows UTF-16 code units, as the engine's
 * spans do. Text a perturbation inserts between two characters belongs to the character after it, so a span keeps
 * what was inserted inside it and leaves out what was inserted at its edges (`mapSpan`).
 *
 * Case is not perturbed: a capital is a signal the engine reads (`Article 6` after a treaty's name, a document's
 * heading line), so upper- or lower-casing a whole text changes what it says.
 */

import type { LabelSpan, Perturbed } from './rewrite-map';
import { oneIn, rewrite } from './rewrite-map';
import { footnote, footnoteSup } from './footnote-markers';

export { mapSpan, rewrite, type LabelSpan, type Perturbed } from './rewrite-map';

/** A named perturbation and what it stands for. */
export interface Perturbation {
  name: string;
  /** The real-world source of the perturbation, for the table's reader. */
  what: string;
  /**
   * The perturbed text. `labels`, the passage's labelled citations, for a perturbation that must keep out of them
   * (a footnote marker follows a citation, it does not cut one) or rewrite inside them (`citation-forms.ts`, which also
   * reads `lang`, the passage's language); the others ignore them.
   */
  perturb: (text: string, labels?: readonly LabelSpan[], lang?: string) => Perturbed;
  /**
   * What it changes, the engine's reading (`lib/citations/reading-text.ts`) takes away again: spaces, line ends,
   * invisible characters, accents stored apart, footnote markers glued to a word. The tests hold the engine and its gate to the original on these.
   */
  readAway?: true;
}

const DIGIT = /\d/;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * A point inside a long word where a hyphenation hint may go: between two lowercase letters with at least four
 * letters on each side (`réso|lution`, `Conven|tion`), never at a word's edge, a digit or a capital.
 */
function insideLongWord(text: string, i: number): boolean {
  if (i < 4 || i > text.length - 4) return false;
  if (!LOWER.test(text[i - 1]!) || !LOWER.test(text[i]!)) return false;
  for (let k = i - 4; k < i + 4; k++) if (!LETTER.test(text[k]!)) return false;
  return true;
}

/** Replaces every space with `by`. */
const spacesAs = (by: string) => (text: string) => rewrite(text, (ch) => (ch === ' ' ? by : ch));

/** A PDF copy of justified text: every space doubled (`Article  6  (3)  of  the  Protocol`, dev en-466). */
export const doubleSpace = spacesAs('  ');

/** French and Spanish web typography: a no-break space U+00A0 beside a digit (`article 6`, `n° 3`, `64/293 de`). */
export function nbspDigit(text: string): Perturbed {
  const byDigit = (i: number) => DIGIT.test(text[i - 1] ?? '') || DIGIT.test(text[i + 1] ?? '');
  return rewrite(text, (ch, i) => (ch === ' ' && byDigit(i) ? '\u00a0' : ch));
}

/** A page whose every space is a no-break space U+00A0 (word processors' HTML, some CMSs). */
export const nbspAll = spacesAs('\u00a0');

/**
 * French typography's narrow no-break space U+202F: before `;`, `:`, `!`, `?` and `»`, after `«`, and beside a
 * digit (`n° 3`, thousands groups).
 */
export function narrowNbsp(text: string): Perturbed {
  const narrow = (i: number) => /[;:!?»\d]/.test(text[i + 1] ?? '') || /[«\d]/.test(text[i - 1] ?? '');
  return rewrite(text, (ch, i) => (ch === ' ' && narrow(i) ? '\u202f' : ch));
}

/** Text copied out of a table or a tabbed layout: one space in four a tab. */
export function tab(text: string): Perturbed {
  return rewrite(text, (ch, i) => (ch === ' ' && oneIn(4, i, 1) ? '\t' : ch));
}

/** A Windows file: every line feed a CR LF. */
export function crlf(text: string): Perturbed {
  return rewrite(text, (ch) => (ch === '\n' ? '\r\n' : ch));
}

/** A page's hyphenation hints (HTML `&shy;`): a soft hyphen U+00AD at one in five points inside long words. */
export function softHyphen(text: string): Perturbed {
  return rewrite(
    text,
    (ch) => ch,
    (i) => (insideLongWord(text, i) && oneIn(5, i, 2) ? '\u00ad' : ''),
  );
}

/**
 * A page's line-break hints: a zero-width space U+200B after every slash (long symbols and URLs,
 * `A/\u200bRES/\u200b64/\u200b293`) and at one in five points inside long words.
 */
export function zeroWidth(text: string): Perturbed {
  const hint = (i: number) => text[i - 1] === '/' || (insideLongWord(text, i) && oneIn(5, i, 3));
  return rewrite(
    text,
    (ch) => ch,
    (i) => (hint(i) ? '\u200b' : ''),
  );
}

/** Another keyboard or word processor: the straight apostrophe and the typographic one swapped (`l'article`). */
export function apostrophe(text: string): Perturbed {
  return rewrite(text, (ch) => (ch === "'" ? '\u2019' : ch === '\u2019' ? "'" : ch));
}

/** Plain text typed or exported without typographic quotes: curly quotes and guillemets straight. */
export function straightQuotes(text: string): Perturbed {
  return rewrite(text, (ch) => (/[\u2018\u2019]/.test(ch) ? "'" : /[\u201c\u201d«»]/.test(ch) ? '"' : ch));
}

/**
 * Where a text set in lines `width` characters wide breaks: the last space at or before each line's width (or, in a
 * longer word, the first space after it) becomes a line break. With `hyphenate`, a word of eight letters or more that
 * straddles the width is cut there instead, at least three letters on each side, with a hyphen and a line break
 * (`réso-`⏎`lution`). Returns the breaks by index: the spaces that become a line break and the cuts.
 */
function lineBreaks(text: string, width: number, hyphenate: boolean): { spaces: Set<number>; cuts: Set<number> } {
  const spaces = new Set<number>();
  const cuts = new Set<number>();
  let line = 0; // where the current line starts
  while (line < text.length) {
    const nl = text.indexOf('\n', line);
    const end = nl < 0 ? text.length : nl;
    if (end - line <= width) {
      line = end + 1;
      continue;
    }
    const at = line + width;
    if (hyphenate) {
      let ws = at;
      while (ws > line && LETTER.test(text[ws - 1]!)) ws--;
      let we = at;
      while (we < end && LETTER.test(text[we]!)) we++;
      if (we - ws >= 8 && at - ws >= 3 && we - at >= 3) {
        cuts.add(at);
        line = at;
        continue;
      }
    }
    let space = text.lastIndexOf(' ', at);
    if (space <= line) space = text.indexOf(' ', at);
    if (space < 0 || space >= end) {
      line = end + 1;
      continue;
    }
    spaces.add(space);
    line = space + 1;
  }
  return { spaces, cuts };
}

/** Text set in lines (a PDF copy, an e-mail): a line break where a space was, every `width` characters or so. */
const wrap =
  (width: number, hyphenate = false) =>
  (text: string) => {
    const { spaces, cuts } = lineBreaks(text, width, hyphenate);
    return rewrite(
      text,
      (ch, i) => (spaces.has(i) ? '\n' : ch),
      (i) => (cuts.has(i) ? '-\n' : ''),
    );
  };

/** A PDF's lines of about 60 characters. */
export const wrap60 = wrap(60);

/** A two-column PDF's lines of about 45 characters. */
export const wrap45 = wrap(45);

/** A hyphenated PDF's lines of about 60 characters: a long word at a line's end cut with a hyphen. */
export const wrapHyphen = wrap(60, true);

/** Accents lost (an old encoding, a keyboard without them): `resolucion`, `decision`, `resolution`. */
export function noAccents(text: string): Perturbed {
  return rewrite(text, (ch) => ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/**
 * Accents stored apart from their letters (NFD: `e` + U+0301), as macOS copies text and some PDF text layers hold it;
 * a reader sees the same letters.
 */
export function decomposed(text: string): Perturbed {
  return rewrite(text, (ch) => ch.normalize('NFD'));
}

/** A typesetter's dashes: every hyphen-minus an en dash U+2013 (`paras. 29–32`, `A/RES/ES–10/19`). */
export function enDash(text: string): Perturbed {
  return rewrite(text, (ch) => (ch === '-' ? '\u2013' : ch));
}

/** Every perturbation, in the table's order. */
export const PERTURBATIONS: readonly Perturbation[] = [
  { name: 'double-space', what: 'PDF justification', perturb: doubleSpace, readAway: true },
  { name: 'nbsp-digit', what: 'no-break space beside a digit', perturb: nbspDigit, readAway: true },
  { name: 'nbsp-all', what: 'every space a no-break space', perturb: nbspAll, readAway: true },
  { name: 'narrow-nbsp', what: 'French narrow no-break space', perturb: narrowNbsp, readAway: true },
  { name: 'tab', what: 'one space in four a tab', perturb: tab, readAway: true },
  { name: 'crlf', what: 'Windows line ends', perturb: crlf, readAway: true },
  { name: 'soft-hyphen', what: 'HTML &shy; inside long words', perturb: softHyphen, readAway: true },
  { name: 'zero-width', what: 'zero-width space after slashes, in words', perturb: zeroWidth, readAway: true },
  { name: 'apostrophe', what: "' and ’ swapped", perturb: apostrophe },
  { name: 'straight-quotes', what: 'curly quotes and guillemets straight', perturb: straightQuotes },
  { name: 'wrap-60', what: 'line break for a space, 60 columns', perturb: wrap60 },
  { name: 'wrap-45', what: 'line break for a space, 45 columns', perturb: wrap45 },
  { name: 'wrap-hyphen', what: 'long word cut with a hyphen at a line end', perturb: wrapHyphen },
  { name: 'decomposed', what: 'accents stored apart (NFD)', perturb: decomposed, readAway: true },
  { name: 'no-accents', what: 'accents lost', perturb: noAccents },
  { name: 'en-dash', what: 'hyphens typeset as en dashes', perturb: enDash },
  { name: 'footnote', what: 'footnote number glued to a word', perturb: footnote, readAway: true },
  { name: 'footnote-sup', what: 'superscript footnote number', perturb: footnoteSup, readAway: true },
];
