/**
 * Gates before sticky regexes that read a separator (an optional comma, then spaces and line breaks: `WS`, `OWS`) and
 * then one of a few words (`du système des Nations Unies`, `susvisée`, `paragraph`): the regex is run only where the
 * text after the separator starts with one of the words' leading letters (`leadingLetters`). On prose most such calls
 * fail (after `article 5` comes `de la Convention`, not `paragraph 2`), and a regex call, even a failing one, costs more
 * than this walk over a few characters (session 34: a tenth of an engine pass went to calls that never matched on the
 * benchmark's prose). The gate only answers no where the regex cannot match, so the output is the same.
 */

import { leadingLetters } from './regex-initials';

/** Characters of the word read after the separator: longer than any leading letters of the gated patterns. */
const WORD_LENGTH = 16;

/** A separator's longest run of spaces and line breaks (`WS`'s bound) and one more, so a longer run reads no word. */
const MAX_SPACES = 17;

/** The lower-case text after an optional comma and the spaces and line breaks at `pos` (up to `WORD_LENGTH`). */
export function wordAfterSpace(text: string, pos: number): string {
  const at = pastSpaces(text, text.charCodeAt(pos) === 44 ? pos + 1 : pos); // after a comma
  return text.slice(at, at + WORD_LENGTH).toLowerCase();
}

/** Past the spaces and line breaks at `i` (at most `MAX_SPACES`). */
function pastSpaces(text: string, i: number): number {
  const end = Math.min(text.length, i + MAX_SPACES);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10) break;
    i++;
  }
  return i;
}

/**
 * A gate for a regex reading a separator and then `words` (the source of what follows the separator): true where a
 * match may start at `pos`. Always true when the words' leading letters are not plain to see (`leadingLetters` null:
 * an alternative starting with a class, an accented letter or an optional letter).
 */
export function wordGate(words: string): (text: string, pos: number) => boolean {
  const leads = leadingLetters(words);
  if (leads === null) return () => true;
  return (text, pos) => {
    const word = wordAfterSpace(text, pos);
    for (const lead of leads) if (word.startsWith(lead)) return true;
    return false;
  };
}

/**
 * A gate for a regex reading a separator and then a word starting with one of `initials` (lower case; a sign such as
 * `¶` too): for patterns whose alternatives `leadingLetters` cannot read (a lookbehind, a sign), written by hand.
 */
export function initialGate(initials: string): (text: string, pos: number) => boolean {
  return (text, pos) => {
    const first = wordAfterSpace(text, pos).charAt(0);
    return first !== '' && initials.includes(first);
  };
}

/** `DATE_AFTER`'s connectors before the day's digits (`en date du` is let through the gate on its `en`). */
const DATE_CONNECTORS = ['dated', 'del', 'du', 'de', 'of'];

/**
 * Whether `DATE_AFTER` may match at `pos`: a connector after the separator and, but for `en date du`, a digit after its
 * spaces. Lists and gaps ask it between every two numbers, where `de la`, `et` or `and` mostly stand, and a walk over a
 * few characters costs less than the regex call (session 34). Flag `i`: the words compared in lower case.
 */
export function mayBeDateAfter(text: string, pos: number): boolean {
  const from = text.charCodeAt(pos) === 44 ? pos + 1 : pos; // a comma
  const at = pastSpaces(text, from);
  if (at === from) return false;
  const word = text.slice(at, at + 5).toLowerCase();
  if (word.startsWith('en')) return true;
  for (const connector of DATE_CONNECTORS) {
    if (!word.startsWith(connector)) continue;
    const after = at + connector.length;
    const day = pastSpaces(text, after);
    const c = text.charCodeAt(day);
    if (day > after && c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The code of the character after the run of digits at `pos` (one more than `max` digits: a digit's code), NaN at the
 * text's end: where a regex needs a sign right after a number (`1386, XIV`'s comma), this test spares its call.
 */
export function codeAfterDigits(text: string, pos: number, max: number): number {
  let i = pos;
  while (i <= pos + max && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return text.charCodeAt(i);
}
