/**
 * Lists inside a pinpoint chain (`paragraphes 2 et 3`, `los incisos b), c) y d)`, `alinéas a) i) ou ii), ou b) i)`):
 * the separators before each next item and the reader of the items, for `parse-pinpoint.ts`. Split from it (session
 * 18, a pure move).
 */

import { parseMarker, type Marker } from './pin-marker';
import type { Pinpoint } from './types';
import { execAt, LIST_SEPARATOR, MAX_LIST, OWS, sticky, WS } from './patterns';

/** A list separator followed by a number: `paragraphes 2 et 3`, `paragraphs 7, 8 and 9`. */
export const LIST_NEXT_RE = sticky(`${LIST_SEPARATOR}(?=\\d)`);

/** A list separator followed by a letter marker: `los incisos b), c) y d)`, `subparagraphs (a) and (b)`. */
export const LETTER_NEXT_RE = sticky(`${LIST_SEPARATOR}(?=\\(?[a-z]\\))`);

/**
 * A list separator before a clause or a letter with its clause, in a list of clauses (`alinéas a) i) ou ii), ou b) i)`,
 * dev fr-331; `subparagraphs (a)(i) and (ii) and (b)(i)`): `LIST_SEPARATOR`, and also a comma before `ou` / `or` / `o`.
 */
export const CLAUSE_NEXT_RE = sticky(
  `(?:${OWS},${OWS}(?:(?:et|and|y|ou|or|o)${WS})?|${WS}(?:et|and|y|ou|or|o)${WS})(?=\\(?[a-z]{1,5}\\))`,
);

/** One item of a list after a pinpoint word: the pinpoint field it sets, and its span. */
export interface ListItem {
  sets: Pinpoint;
  start: number;
  end: number;
}

/**
 * Reads the rest of a list from `p` (`, 8 and 9`; `, c) y d)`): a separator (`separator`), then a marker that `take`
 * turns into the field it sets, or ends the list (null). Appends to `items`; returns where the list ends.
 */
export function readList(
  text: string,
  p: number,
  separator: RegExp,
  mode: 'number' | 'letter' | 'clause',
  items: ListItem[],
  take: (next: Marker) => Pinpoint | null,
): number {
  for (let i = 0; i < MAX_LIST; i++) {
    const sep = execAt(separator, text, p);
    const q = p + (sep?.[0].length ?? 0);
    // A clause list's item: a letter with its clause (`b) i)`), else a clause alone (`ii)`).
    const lettered = sep && mode === 'clause' ? parseMarker(text, q, 'letter') : null;
    const next = !sep
      ? null
      : mode !== 'clause'
        ? parseMarker(text, q, mode)
        : lettered?.clause !== undefined
          ? lettered
          : parseMarker(text, q, 'roman');
    const sets = next ? take(next) : null;
    if (!sep || !next || !sets) break;
    items.push({ sets, start: p + sep[0].length, end: next.end });
    p = next.end;
  }
  return p;
}
