/**
 * The corpus id grammar of `schema.ts`, read back: `IV.45.b` is inside `IV.45` and `IV`; `5/2:8.c` inside `5/2:8`
 * and `5/2`. One copy for the background's card building, the popup's search and the hover card's sections. Pure.
 */

/** `x` is `id` itself or sits inside it. */
export const isWithin = (x: string, id: string): boolean =>
  x === id || x.startsWith(`${id}.`) || x.startsWith(`${id}:`);

/** `a` and `b` are the same item or one encloses the other (a theme listing `IV.45` covers `IV.45.b`, and back). */
export const overlaps = (a: string, b: string): boolean => isWithin(a, b) || isWithin(b, a);
