/**
 * The offset map of a perturbation (`perturbations.ts`): a text rewritten character by character, where each original
 * character went, and a label's span carried through. Text inserted between two characters belongs to the character
 * after it, so a span keeps what was inserted inside it and leaves out what was inserted at its edges (`mapSpan`).
 */

/** A perturbed text and where each original character went. */
export interface Perturbed {
  text: string;
  /**
   * `starts[i]`: where the original character `i`'s own output begins in `text` (after any text inserted before it);
   * `starts[n]` (n, the original's length) is `text.length`.
   */
  starts: number[];
  /** `ends[i]`: where the original character `i`'s own output ends (before any text inserted after it). */
  ends: number[];
}

/**
 * A labelled citation's place in the original text, `[start, end)`, with its label's kind and key when the caller has
 * them (a perturbation that rewrites a citation's written form, `citation-forms.ts`, reads them).
 */
export interface LabelSpan {
  start: number;
  end: number;
  kind?: string;
  key?: string;
}

/**
 * Rewrites `text` code unit by code unit: `replace(ch, i)` is what the character becomes, `insert(i)` what is put
 * just before it (and after the previous one).
 */
export function rewrite(
  text: string,
  replace: (ch: string, i: number) => string,
  insert: (i: number) => string = () => '',
): Perturbed {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const before = insert(i);
    const own = replace(text[i]!, i);
    parts.push(before, own);
    length += before.length;
    starts.push(length);
    length += own.length;
    ends.push(length);
  }
  starts.push(length);
  return { text: parts.join(''), starts, ends };
}

/** The span of the perturbed text that holds the original `[start, end)`: its first character to its last. */
export function mapSpan(p: Perturbed, start: number, end: number): { start: number; end: number } {
  const from = p.starts[start]!;
  return { start: from, end: end > start ? p.ends[end - 1]! : from };
}

/** A deterministic "one in `n`" choice for position `i` (a small integer hash, so a perturbation needs no seed). */
export function oneIn(n: number, i: number, salt: number): boolean {
  let h = Math.imul(i ^ salt, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return ((h ^ (h >>> 13)) >>> 0) % n === 0;
}
