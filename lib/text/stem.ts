/**
 * A very light French stem for matching inflections, not a linguistic stemmer: one final `s` or `x` (plural), then
 * final `e`s (feminine, and the `é` of participles once folded) are dropped, so `migrants`, `migrante` and
 * `migrantes` share `migrant`, and `force`, `forces`, `forcee`, `forcees` share `forc`. Words shorter than four
 * letters are their own stem. Pure; expects a folded word.
 */
export function lightStem(word: string): string {
  if (word.length < 4) return word;
  let stem = word;
  if (/[sx]$/.test(stem)) stem = stem.slice(0, -1);
  while (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}
