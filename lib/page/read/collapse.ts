/**
 * Page text as the reader sees it: HTML source wraps and indents lines ("résolution 64/293 de l'Assemblée⏎
 * ␣␣␣␣␣␣␣␣générale"), and the browser shows each run of spaces, tabs and line breaks as one space. The engine reads
 * the collapsed text; `offsets` maps each of its positions back to the DOM text node, so marks land on the right
 * characters. Pure.
 */

/** A run of collapsible white space (ASCII only: a no-break space is meant, and kept) that is not a single space. */
const COLLAPSIBLE = /[\t\n\f\r ]{2,}|[\t\n\f\r]/;
const COLLAPSIBLE_ALL = new RegExp(COLLAPSIBLE.source, 'g');

export interface Collapsed {
  text: string;
  /**
   * `offsets[i]` is the offset in the original of `text[i]`, and `offsets[text.length]` the original's length;
   * absent when nothing was collapsed (positions are then the same).
   */
  offsets?: number[];
}

export function collapseWhitespace(raw: string): Collapsed {
  if (!COLLAPSIBLE.test(raw)) return { text: raw };
  const offsets: number[] = [];
  let text = '';
  let last = 0;
  for (const m of raw.matchAll(COLLAPSIBLE_ALL)) {
    for (let i = last; i < m.index; i++) offsets.push(i);
    text += raw.slice(last, m.index);
    offsets.push(m.index);
    text += ' ';
    last = m.index + m[0].length;
  }
  for (let i = last; i < raw.length; i++) offsets.push(i);
  text += raw.slice(last);
  offsets.push(raw.length);
  return { text, offsets };
}

/** The original offset of position `offset` of a collapsed text (an end offset may be `text.length`). */
export function originalOffset(collapsed: Collapsed, offset: number): number {
  return collapsed.offsets ? (collapsed.offsets[offset] ?? offset) : offset;
}
