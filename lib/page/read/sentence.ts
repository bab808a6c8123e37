/**
 * The sentence around a citation, for the "where it was seen" of a saved reference. Pure.
 */

/** Longest context kept (the saved list accepts at most 1000 characters). */
export const MAX_CONTEXT = 1000;

/**
 * A sentence end: `.`, `!`, `?`, `;` or `…` followed by whitespace, or a line break. Used both backwards (the last one
 * before the citation) and forwards (the first one after it).
 */
const SENTENCE_END = /[.!?;…](?=\s)|\n/g;

/** The sentence of `text` holding `[start, end)`, whitespace collapsed, cut to `max` characters around the citation. */
export function sentenceAround(text: string, start: number, end: number, max = MAX_CONTEXT): string {
  const re = new RegExp(SENTENCE_END);
  let from = 0;
  for (let m = re.exec(text); m && m.index < start; m = re.exec(text)) from = m.index + 1;
  re.lastIndex = end;
  const after = re.exec(text);
  let to = after ? after.index + 1 : text.length;
  if (to - from > max) {
    // Too long: keep `max` characters centred on the citation, inside the sentence.
    const half = Math.max(0, Math.floor((max - (end - start)) / 2));
    from = Math.max(from, Math.min(start - half, to - max));
    to = Math.min(to, from + max);
  }
  // Any run of white space (line breaks of the page source included) reads as one space.
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
