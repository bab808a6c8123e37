/**
 * Clean display text from a raw markdown fragment: footnote markers become footnote numbers, links keep their label,
 * emphasis loses its asterisks, the misspelt UNODC acronym is normalised, whitespace is collapsed. Anything else
 * (a stray `*`, `<`, `[`) is left in place on purpose so that validation reports it.
 */

/** Display text and the footnote numbers whose markers it carried, in order. */
export interface CleanText {
  text: string;
  footnotes: number[];
}

/** `<sup>12</sup>`: a footnote marker in running text. Digits only, so `<sup>er</sup>` (1er) would stay and be flagged. */
const FOOTNOTE_MARKER = /<sup>(\d+)<\/sup>/g;

/**
 * `[label](#)` or `[label](http://…)`: a markdown link, replaced by its label. The `](` is required, so a bracket in
 * prose (none in this source) is not silently eaten.
 */
const MD_LINK = /\[([^\]\n]+)\]\([^)\s]*\)/g;

/**
 * `*Prie instamment*`, `**bold**`: an emphasis run, replaced by its content. The content may not contain `*`, so an
 * unpaired asterisk (`a)*` list markup that escaped the marker parser) stays and is flagged by validation.
 */
const EMPHASIS = /\*{1,2}([^*\n]+?)\*{1,2}/g;

/**
 * Spelling slips of UNODC's French acronym ONUDC seen in the source: `ONUUDC`, `ONUSUDC`, `ONUSUD`, `ONU DC` and the
 * older `ONUDD`. Word boundaries on both sides, so `ONUDC` itself and words that merely start with `ONU` are untouched;
 * longer alternatives come first so `ONUSUDC` is not read as `ONUSUD` + `C`.
 */
const ONUDC_SLIPS = /\bONU(?:UDC|SUDC|SUD|DD|\sDC)\b/g;

/** Replaces the acronym slips with `ONUDC` (display and search only; the source file is never changed). */
export function normaliseAcronyms(text: string): string {
  return text.replace(ONUDC_SLIPS, 'ONUDC');
}

/** Cleans one raw fragment (one item's joined lines). */
export function cleanText(raw: string): CleanText {
  const footnotes: number[] = [];
  let text = raw.replace(FOOTNOTE_MARKER, (_m, n: string) => {
    footnotes.push(Number(n));
    return '';
  });
  text = text.replace(MD_LINK, '$1');
  text = text.replace(EMPHASIS, '$1');
  text = normaliseAcronyms(text);
  text = text.replace(/\s+/g, ' ').trim();
  return { text, footnotes };
}

/**
 * Markup that must never survive into display text: HTML tags, asterisks, markdown link brackets. Used by validation.
 */
export const LEFTOVER_MARKUP = /<\/?[a-z][^>]*>|<sup|\*|\[|\]\(|\]/i;
