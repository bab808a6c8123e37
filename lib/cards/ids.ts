/**
 * Corpus id helpers the card needs on both sides (the content script cannot import `lib/db`). Same grammar as
 * `corpus/schema.ts`: `IV.45.b` is inside `IV.45` and `IV`; `5/2:8.c` inside `5/2:8` and `5/2`.
 */

/** `x` is `id` itself or sits inside it. */
export const isWithin = (x: string, id: string): boolean =>
  x === id || x.startsWith(`${id}.`) || x.startsWith(`${id}:`);

/** `a` and `b` are the same item or one encloses the other (a theme listing `IV.45` covers `IV.45.b`, and back). */
export const overlaps = (a: string, b: string): boolean => isWithin(a, b) || isWithin(b, a);
