/**
 * Footnote bodies (`<sup>n</sup> text` at a line start) wherever they fall in the body, and their attachment by
 * number: a body may sit in another instrument's block than its marker (page breaks), so position is never used.
 */
import type { Footnote } from '../schema';
import { cleanText } from './clean-text';
import { FOOTNOTE_BODY, problem, type SourceLine } from './lines';
import type { FootnoteBody } from './parse-types';

/** Collects the footnote bodies of the body text; a number printed twice is a problem. */
export function collectFootnotes(lines: SourceLine[]): { bodies: Map<number, FootnoteBody>; problems: string[] } {
  const bodies = new Map<number, FootnoteBody>();
  const problems: string[] = [];
  for (const line of lines) {
    const m = FOOTNOTE_BODY.exec(line.text);
    if (!m) continue;
    const number = Number(m[1]);
    const text = cleanText(m[2] ?? '').text;
    if (bodies.has(number)) problems.push(problem(line.n, `footnote ${number} printed twice`));
    else bodies.set(number, { number, text, line: line.n });
  }
  return { bodies, problems };
}

/** The footnotes for a list of marker numbers; a number without a body is reported at `line`. */
export function attachFootnotes(
  numbers: number[],
  bodies: Map<number, FootnoteBody>,
  line: number,
  problems: string[],
): Footnote[] {
  const out: Footnote[] = [];
  for (const number of numbers) {
    const body = bodies.get(number);
    if (body) out.push({ number, text: body.text });
    else problems.push(problem(line, `footnote marker ${number} has no footnote body`));
  }
  return out;
}
