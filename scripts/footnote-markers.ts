/**
 * Footnote markers glued to the word before them, as a web page's `<sup>12</sup>` reaches a reader once the DOM's
 * text nodes are joined, or a PDF's superscript digits are copied (`the Protocol12,`, `annex¹¹,`): a perturbation of
 * `perturbations.ts`. Only after a word (`resolution 64/29315.` is no such thing), never after an abbreviation's full
 * stop, never inside a labelled citation: a marker follows a citation or a clause, it does not cut a treaty's title.
 */

import { oneIn, rewrite, type LabelSpan, type Perturbed } from './rewrite-map';

/**
 * A full stop that ends an abbreviation rather than a word: `art.`, `para.`, `No.`, `Add.`, `Rev.`, `op. cit.`, `p.`,
 * `cf.`, `e.g.`, `U.N.`, `G.A.` (the text up to the punctuation, its last eight characters). A footnote marker never
 * goes there: `art.12` would be a pinpoint, not a marker.
 */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:arts?|par|paras?|p[áa]rrs?|n[úu]m|nos?|add|rev|corr|vol|cap|chap|sect|secc|pp?|op|cit|ibid|al|etc|cf|res|doc|sess|suppl|supl|mr|mrs|dr|st|e\.g|i\.e|u\.n|g\.a|s\.c)$/iu;

/** A word of three letters or more just before `i` (the footnote marker is glued to a word, not to a number). */
const WORD_BEFORE = /\p{L}{3}$/u;

/**
 * Where a footnote marker goes: before a `,` `.` `;` `:` that follows a word of three letters or more and precedes
 * white space or the end, not after an abbreviation's full stop, not strictly inside a labelled citation, one such
 * place in three (hashed).
 */
function footnotePlaces(text: string, labels: readonly LabelSpan[]): Set<number> {
  const places = new Set<number>();
  for (let i = 3; i < text.length; i++) {
    if (!/[,.;:]/.test(text[i]!) || !/^(?:\s|$)/.test(text.slice(i + 1, i + 2))) continue;
    if (!WORD_BEFORE.test(text.slice(i - 3, i)) || !oneIn(3, i, 4)) continue;
    if (text[i] === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 8), i))) continue;
    if (labels.some((l) => i > l.start && i < l.end)) continue;
    places.add(i);
  }
  return places;
}

/** A footnote number of one or two digits for place `i` (1–9 or 10–49, hashed), in `digits`. */
function footnoteNumber(i: number, digits: readonly string[]): string {
  const n = oneIn(2, i, 5) ? 1 + ((Math.imul(i, 0x2545f491) >>> 0) % 9) : 10 + ((Math.imul(i, 0x9e3779b1) >>> 0) % 40);
  return [...String(n)].map((d) => digits[Number(d)]!).join('');
}

const ASCII_DIGITS = [...'0123456789'];
/** Superscript digits: ⁰ U+2070, ¹ U+00B9, ² U+00B2, ³ U+00B3, ⁴–⁹ U+2074–U+2079. */
const SUPERSCRIPT_DIGITS = [...'\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079'];

/** Footnote markers glued to the word before them, written with `digits`. */
const footnoteWith =
  (digits: readonly string[]) =>
  (text: string, labels: readonly LabelSpan[] = []): Perturbed => {
    const places = footnotePlaces(text, labels);
    return rewrite(
      text,
      (ch) => ch,
      (i) => (places.has(i) ? footnoteNumber(i, digits) : ''),
    );
  };

/**
 * A web page's footnote references (`<sup>12</sup>`) once the DOM's text nodes are joined: the number glued to the
 * word before it (`the Protocol12, and`, `annex3.`).
 */
export const footnote = footnoteWith(ASCII_DIGITS);

/** A PDF's footnote references copied as superscript digits (`the Protocol¹², and`). */
export const footnoteSup = footnoteWith(SUPERSCRIPT_DIGITS);
