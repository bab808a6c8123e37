/**
 * Where the sentence around a bare article starts and ends, in bounded windows (`bare-article.ts`): end punctuation,
 * a table bar, a semicolon or `, and` / `, y` / `, et` (a list item's end), reading forward; a blank line, a bar, a
 * semicolon or end punctuation before a capital, reading back.
 */

/** How far a bare article looks for its sentence's treaty noun, each way. */
const SENTENCE_REACH = 250;

/**
 * A full stop before a space or the end, except the dot of an abbreviated pinpoint word before its figure (`de l’art. 12
 * ou du par. 1 de l’art. 13 de la présente Convention`, a Swiss RS page, dev fr-330; `para. 2`, `párr. 3`, `No. 5`,
 * `al. 1`): those words never end a clause before a number, so a clause that goes on past them reaches its treaty.
 */
export const ABBREVIATION_DOT = `\\.(?=\\s|$)(?!(?<=\\b(?:[Aa]rts?|[Pp]ar|[Pp]aras?|[Pp][áa]rrs?|[Nn]o|[Aa]l)\\.)\\s{1,4}\\d)`;

/**
 * End punctuation before a space, a line break, a table bar, a semicolon or a comma and a conjunction: where a
 * sentence ends (reading forward). A semicolon or `, y` / `, and` / `, et` ends a list item (`Véase: Convención …, art.
 * 4; Protocolo …, art. 1, y Convenio del Consejo de Europa …`): the next item's treaty is not the article's.
 */
// Not the dot of `art.` / `arts.` before its number (`La protection des témoins (art. 24) et l'assistance aux victimes
// (art. 25) demeurent les dispositions de la Convention…`, probe p8fres-057: the noun after both is the first's too);
// the other pinpoint words' dots (`para. 3`, `No. 5`) still end it here, as real dev en-124 needs.
export const SENTENCE_END_RE = /[\n|;]|[.!?](?=\s|$)(?!(?<=\b[Aa]rts?\.)\s{1,4}\d)|, (?:y|and|et) /;

/**
 * The same for an article coordinated with the next one (`article 2 (b) and article 3, paragraph 1 (b), of the United
 * Nations\nConvention…`, dev en-170): one clause whose treaty comes after the second article, so a single line break
 * (a PDF's) does not end it; a blank line does. Nor does the dot of an abbreviated pinpoint word before its number
 * (`ABBREVIATION_DOT`).
 */
export const CLAUSE_END_RE = new RegExp(`\\n\\s*\\n|[|;]|[!?](?=\\s|$)|${ABBREVIATION_DOT}|, (?:y|and|et) `);

/**
 * Where a whole sentence ends, reading forward: a blank line, a table bar, end punctuation (not the dot of an
 * abbreviated pinpoint word before its number); not a semicolon nor `, and` (a clause's end), nor a single line break
 * (a PDF's). What a bare article read by the focus alone looks through for another treaty named later in its sentence
 * (`focus-article.ts`).
 */
export const WHOLE_SENTENCE_END_RE = new RegExp(`\\n[ \\t]*\\n|\\||[!?](?=\\s|$)|${ABBREVIATION_DOT}`);

/**
 * Where sentences end, reading back: a blank line, a table bar, a semicolon (a list item's end), end punctuation before
 * a space. Not a single line break (extracted PDF text breaks lines inside sentences), not the dot of `art.`, `No.`,
 * `para.`, nor any dot with a number or a lower-case word after it (an abbreviation: `cap. 1, art. 2`, `cf. the
 * Protocol`, `p. 12`).
 */
const SENTENCE_END_BACK_RE =
  /\n[ \t]*\n|[|;]|(?<!\b(?:[Aa]rts?|[Nn]o|[Pp]aras?|[Pp][áa]rr))[.!?](?=\s)(?!\s{1,4}[\da-zà-ÿ])/g;

/** Where the sentence that goes on at `from` ends, looking no further than `SENTENCE_REACH` (so linear overall). */
export function sentenceEnd(text: string, from: number, end = SENTENCE_END_RE): number {
  const window = text.slice(from, from + SENTENCE_REACH + 1);
  const m = end.exec(window);
  return from + (m ? m.index : Math.min(window.length, SENTENCE_REACH));
}

/** Where the sentence that holds `to` starts, looking no further back than `SENTENCE_REACH`. */
export function sentenceStart(text: string, to: number): number {
  const from = Math.max(0, to - SENTENCE_REACH);
  const window = text.slice(from, to);
  let start = 0;
  SENTENCE_END_BACK_RE.lastIndex = 0;
  for (let m = SENTENCE_END_BACK_RE.exec(window); m; m = SENTENCE_END_BACK_RE.exec(window)) {
    start = m.index + m[0].length;
  }
  return from + start;
}
