/**
 * Markup left as text by a web page or an ePaper's text layer (`artículo 6 <strong>de</strong>l pres<strong>en</strong>te<br
 * />\n\nProtocolo`, dev es-048): a window of the text read without its tags, with the way back to the text's offsets.
 * The treaty's titles read markup between words already (`TITLE_SEP`); this reads it inside words too (`de` + `l`).
 */

/**
 * A simple tag: opening, closing or self-closing, no attributes (`<strong>`, `</em>`, `<br />`, `<br/>`). Tags with
 * attributes are links and images, not the formatting an ePaper puts inside words.
 */
const TAG = /<\/?[a-z]{1,10}\s?\/?>/g;

/** A tag within the next few characters: the only case worth reading twice. */
const TAG_NEAR = /^[^<>\n]{0,8}<\/?[a-z]{1,10}\s?\/?>/;

/** How much text after the article the markup-free reading covers (a connector and a full title). */
const WINDOW = 400;

/**
 * A closing tag right before an opening one (`of</strong><strong>this`, dev en-402: an ePaper that bolds each word):
 * a word boundary, read as a space on a second reading when the first, tags simply removed, finds nothing.
 */
const TAG_PAIR = /<\/[a-z]{1,10}><[a-z]{1,10}>/;
const PAIR_AT = /^<\/[a-z]{1,10}><[a-z]{1,10}>/;

/** The text from `from` on, without tags (`text`), and each of its characters' offsets in the original (`at`). */
export interface Unmarked {
  text: string;
  at: number[];
}

/**
 * The window of `text` from `from` with its tags removed, or null when no tag comes right after `from` (most texts:
 * nothing is copied). Bounded by `WINDOW`, so the engine stays linear.
 */
export function unmarkedAfter(text: string, from: number, pairSpaced = false): Unmarked | null {
  if (!TAG_NEAR.test(text.slice(from, from + 24))) return null;
  const window = text.slice(from, from + WINDOW);
  let out = '';
  const at: number[] = [];
  let last = 0;
  TAG.lastIndex = 0;
  const keep = (to: number): void => {
    for (let i = last; i < to; i++) {
      out += window[i];
      at.push(from + i);
    }
  };
  for (let m = TAG.exec(window); m; m = TAG.exec(window)) {
    keep(m.index);
    last = m.index + m[0].length;
    // `</strong><strong>` between two words: one space, at the closing tag's offset.
    const pair = pairSpaced && m[0].startsWith('</') ? PAIR_AT.exec(window.slice(m.index, m.index + 24)) : null;
    if (pair) {
      out += ' ';
      at.push(from + m.index);
      last = m.index + pair[0].length;
      TAG.lastIndex = last;
    }
  }
  keep(window.length);
  at.push(from + window.length);
  return { text: out, at };
}

/**
 * What `read` finds at the start of the window after `from` read without its markup, with its end mapped back to the
 * text (the span runs to the last character read, not past a closing tag); null when no tag comes right after `from`.
 */
export function readUnmarked<T extends { end: number }>(
  text: string,
  from: number,
  read: (window: string) => T | null,
): T | null {
  for (const spaced of [false, true]) {
    if (spaced && !TAG_PAIR.test(text.slice(from, from + WINDOW))) return null;
    const u = unmarkedAfter(text, from, spaced);
    if (!u) return null;
    const inner = read(u.text);
    if (inner && inner.end > 0) return { ...inner, end: (u.at[inner.end - 1] ?? from) + 1 };
  }
  return null;
}
