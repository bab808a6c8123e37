import { describe, expect, it } from 'vitest';
import { execAt } from '../../../lib/citations/patterns';
import { leadingLetters } from '../../../lib/citations/regex-initials';
import { QUALIFIER_RES, qualifierAt } from '../../../lib/citations/treaty-name-patterns';
import { engineTexts } from './engine-texts';

/**
 * Session 22: speed-only rewrites, same output. A treaty title's qualifier is read only where the word after the
 * separator starts with the letters one of its titles starts with (`leadingLetters`, `qualifierAt`).
 */
describe('leadingLetters', () => {
  const table: [string, string[] | null][] = [
    ['contre,?\\s+la|sur\\s+les', ['contre', 'sur']],
    // A letter a quantifier may drop is left out; one a class or a group follows is kept.
    ['des?\\s+Nations|of\\s+the', ['de', 'of']],
    ['ab*c|ab{0,2}d', ['a']],
    ['armes[àa]\\s|to(?:\\s|x)', ['armes', 'to']],
    // Groups at the start are spread; an optional one leaves both readings.
    ['(?:against|on)\\s+the', ['against', 'on']],
    ['(?:the\\s)?protocol', ['the', 'protocol']],
    // Not plain: an alternative that may start with no letter, or a group that may repeat zero times.
    ['\\s+to|of', null],
    ['[àa]\\s', null],
    ['(?:ab)*c', null],
    ['a?bc', null],
  ];
  it.each(table)('%s → %j', (source, leads) => {
    expect(leadingLetters(source)).toEqual(leads);
  });
});

describe('qualifierAt', () => {
  it('gates every qualifier by its leading letters', () => {
    for (const q of QUALIFIER_RES) expect(q.leads?.length, q.id).toBeGreaterThan(3);
  });

  it('answers as the qualifier regex at every treaty noun of every labelled text and of the compendium', () => {
    const texts = engineTexts({ testSplit: false, lines: true });
    const NOUN = /(?:convention|convenci[oó]n|protocole|protocolo|protocol)(?![a-zà-ÿ])/gi;
    let matched = 0;
    let tried = 0;
    for (const text of texts)
      for (const m of text.matchAll(NOUN)) {
        const end = m.index + m[0].length;
        for (const q of QUALIFIER_RES) {
          tried++;
          const exact = execAt(q.re.marked, text, end)?.[0];
          expect(qualifierAt(q, text, end)?.[0], `${q.id} ${text.slice(end, end + 60)}`).toBe(exact);
          if (exact !== undefined) matched++;
        }
      }
    expect(matched).toBeGreaterThan(300);
    expect(tried).toBeGreaterThan(10 * matched);
  });
});
