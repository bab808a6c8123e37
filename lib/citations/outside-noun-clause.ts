/**
 * A body outside the table named by a noun and its complement as the subject of the clause that cites a bare
 * instrument without a possessive: `The Commission on Narcotic Drugs, in resolution 62/4, encouraged…` (probe
 * p22en-060), `The Commission on the Status of Women adopted resolution 62/4`, `La Commission des stupéfiants a adopté
 * la résolution 62/4`, `la Comisión de Estupefacientes, en la resolución 62/4`. The instrument is that body's, not the
 * Assembly's its number fits: no card (`outside-bodies.ts`, which reads the possessive forms, `in its`).
 */

import { allMatches, perText } from './patterns';
import { textBodies } from './sentence-bodies';

/** A weekday or a month (English): a date after `on` / `of`, not a body's complement. */
const WEEKDAY_OR_MONTH =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|' +
  'September|October|November|December)(?![a-z])';

/**
 * A determiner ending the slice before a noun (`The `, `la `, `(the `), at a word start: the noun starts the body's
 * name. A test on the few characters before each noun found, not a lookbehind at every character of the text.
 */
const DETERMINER_BEFORE = /(?:^|[\s(])(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l)\s{1,4}$/;

/** What ends the clause at the head word: `, in` / `, dans la` / `, en la`, or an adoption verb and a determiner. */
const CLAUSE_END =
  `(?:,\\s{1,4}(?:in|dans|en)(?:\\s{1,4}(?:la|le|el|l['’]))?` +
  `|\\s{1,4}(?:adopted|approved|passed|a\\s{1,4}adopt[ée]|adopta|aprob[óo]|adopt[óo])(?:\\s{1,4}(?:the|la|le|el|l['’]))?)\\s{0,4}$`;

/**
 * A reader for `nouns` (regex source of the body nouns, case-sensitive: `Commission|Comisi[óo]n|…`): whether such a
 * noun, its complement (a preposition, maybe an article, a capitalised or French / Spanish lower-case name without
 * punctuation, up to 60 characters) and `CLAUSE_END` stand right before the head word at `head`, naming no body of ours
 * (`The Commission on Crime Prevention and Criminal Justice adopted resolution 26/3` is ours: `textBodies`).
 */
export function nounClauseReader(nouns: string): (text: string, head: number) => boolean {
  // Where each noun with a preposition after it starts, once per text (most texts have none: no clause is read). Right
  // after a determiner (`The Commission on…`, `la Comisión de…`; `DETERMINER_BEFORE`), so never the last word of a
  // longer name (`The Security Council on Tuesday adopted`, probe pr-en-021: ours). Not a weekday or month after `on` /
  // `of` (`The Council on Tuesday adopted`: a date, not a complement).
  const nounAndPreposition = `(?:${nouns})\\s{1,4}(?:on|of|for|de|des|du|del|sur|pour|para)\\s`;
  const NOUN_RE = new RegExp(`${nounAndPreposition}(?!${WEEKDAY_OR_MONTH})`, 'g');
  const startsOf = perText([] as number[], (text: string) =>
    allMatches(NOUN_RE, text)
      .filter((m) => DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)))
      .map((m) => m.index),
  );
  // Sticky at a noun's start, anchored at the head word (the slice's end).
  const CLAUSE_RE = new RegExp(
    `${nounAndPreposition}\\s{0,3}(?:(?:the|la|los|las|les|el)\\s{1,4}|l['’]\\s?)?` +
      `[A-Za-zÀ-ÿ][^,.;:()\\n]{0,60}?${CLAUSE_END}`,
    'y',
  );
  return (text, head) => {
    for (const start of startsOf(text)) {
      if (start >= head) break;
      if (start < head - 140) continue;
      const clause = text.slice(start, head);
      CLAUSE_RE.lastIndex = 0;
      if (CLAUSE_RE.test(clause) && textBodies(clause).size === 0) return true;
    }
    return false;
  };
}
