/**
 * List markers at the start of a body line, in every markup the conversion produced: `12. text`, `*a)* text`,
 * `a) text`, `  - a) text`, `- a)* text` (closing asterisk only), `- iv)* text`. Whether `i)` / `v)` is a letter or a
 * roman numeral is not decided here (markup does not tell): see `outline.ts`.
 */
import { isLetter, isRoman } from './numbering';

/** A marker found at the start of a line and the text after it. */
export type LineMarker =
  { kind: 'number'; value: number; rest: string } | { kind: 'alpha'; value: string; rest: string };

/**
 * `45. text`: 1–3 digits, a dot and at least one space. The required space keeps `2009.` or `F.09.V.11` (never at a
 * line start here anyway) from being read as markers.
 */
const NUMBER_MARKER = /^\s*(\d{1,3})\.\s+(\S.*)$/;

/**
 * `*a)* text`, `a) text`, `- a) text`, `- a)* text`, `- iv)* text`: optional indentation and `- ` bullet, optional
 * opening `*`, 1–4 lower-case letters, `)`, optional closing `*`, then a space. The `)` is required, so a continuation
 * line beginning with a word is never taken; the value must be one letter or a roman numeral (checked below), so a
 * line starting `et) …` would not be taken either.
 */
const ALPHA_MARKER = /^\s*(?:-\s+)?\*?([a-z]{1,4})\)\*?\s+(\S.*)$/;

/** Reads the marker at the start of a body line, or null for a continuation line. */
export function readMarker(text: string): LineMarker | null {
  const num = NUMBER_MARKER.exec(text);
  if (num) return { kind: 'number', value: Number(num[1]), rest: num[2] ?? '' };
  const alpha = ALPHA_MARKER.exec(text);
  if (alpha) {
    const value = alpha[1] ?? '';
    if (isLetter(value) || isRoman(value)) return { kind: 'alpha', value, rest: alpha[2] ?? '' };
  }
  return null;
}

/**
 * ` *a)* `, ` *b)* ` inside a line: lettered sub-items written inline in one paragraph (meeting IX, rec. 17). Only the
 * italic form counts: a plain `alinéa a) de l'article 3` in prose is a citation, not a sub-item.
 */
const INLINE_ALPHA = /\s\*([a-z])\)\*\s/g;

/**
 * Splits a paragraph whose lettered sub-items are inline (`… futures : *a)* x ; *b)* y ; … et *h)* z`) into its head
 * and the sub-items, only when the inline letters run a, b, c … without a gap; otherwise returns null.
 */
export function splitInlineItems(text: string): { head: string; items: { letter: string; text: string }[] } | null {
  const hits = [...text.matchAll(INLINE_ALPHA)];
  if (hits.length < 2 || hits[0]?.[1] !== 'a') return null;
  for (let i = 0; i < hits.length; i++) {
    if (hits[i]?.[1] !== String.fromCharCode(97 + i)) return null;
  }
  const head = text.slice(0, hits[0].index).trim();
  const items = hits.map((hit, i) => {
    const start = hit.index + hit[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    // `… international ; et *h)* …`: the final `et` joins the list, it is not part of item g.
    return {
      letter: hit[1] ?? '',
      text: text
        .slice(start, end)
        .trim()
        .replace(/;\s+et$/, ';'),
    };
  });
  return { head, items };
}
