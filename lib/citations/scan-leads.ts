/**
 * The first three letters a trigger part may start with (`scanner.ts`), as a table read by character code: where a
 * word's first letters are none of a part's, its sticky regex cannot match and is not called. Most calls the first
 * letter let through failed: `Assemblée` tried the symbol, article and pinpoint parts before its body name, `paragraph`
 * the head words' (`presidential statement`), `Conférence` the treaty noun's (`convention`); ~9 000 of the ~35 000
 * part calls of a bench pass (session 45).
 */

import { mayStartWith, spread } from './regex-initials';

/** A table's bit for a pair of first letters that some alternative may start with, whatever the third character. */
const PAIR = 1 << 26;

/** The index (0–25) of an ASCII letter's code unit, either case, else -1 (`| 32`: `A`–`Z` and `a`–`z` only). */
function letterIndex(code: number): number {
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? lower - 97 : -1;
}

/**
 * A test of whether a case-insensitive sticky regex `source` may match at a position, from the three ASCII letters
 * there: for each pair of first letters, a mask of the third letters some alternative of `spread` may start with
 * (`mayStartWith`: a class of letters, a letter a quantifier follows, a group or anything else after a letter answers
 * yes), and `PAIR` when the pair may start one at all. Where the first or second character is no ASCII letter, yes.
 * Always yes for a source with a group that may repeat or be absent (`)*`, `){0,`), which `spread` does not expand (as
 * `initials`).
 */
export function leadTest(source: string): (text: string, at: number) => boolean {
  if (/\)(?:\*|\{0)/.test(source)) return () => true;
  const alternatives = spread(source);
  const masks = new Int32Array(26 * 26);
  const letter = (i: number) => String.fromCharCode(97 + i);
  for (let a = 0; a < 26; a++) {
    const firsts = alternatives.filter((alt) => mayStartWith(alt, letter(a)));
    for (let b = 0; b < 26; b++) {
      const pair = letter(a) + letter(b);
      const pairs = firsts.filter((alt) => mayStartWith(alt, pair));
      if (pairs.length === 0) continue;
      let mask = PAIR;
      for (let c = 0; c < 26; c++) if (pairs.some((alt) => mayStartWith(alt, pair + letter(c)))) mask |= 1 << c;
      masks[a * 26 + b] = mask;
    }
  }
  return (text, at) => {
    const a = letterIndex(text.charCodeAt(at));
    const b = letterIndex(text.charCodeAt(at + 1));
    if (a < 0 || b < 0) return true;
    const mask = masks[a * 26 + b]!;
    const c = letterIndex(text.charCodeAt(at + 2));
    return c < 0 ? mask !== 0 : ((mask >>> c) & 1) === 1;
  };
}
