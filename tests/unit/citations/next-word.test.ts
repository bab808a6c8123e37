import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { readingText } from '../../../lib/citations/reading-text';
import { mayLeadWith, WORD_GATES } from '../../../lib/citations/next-word';
import { loadCases, SPLITS } from '../../../scripts/eval-citations';

/**
 * Session 45 (speed): a regex call gated by the first letter of the word it reads (`next-word.ts`) must never be
 * spared where it would have matched; the engine's output is the same with or without the gates.
 */
describe('mayLeadWith', () => {
  const rows: [string, number, string, boolean][] = [
    // text, position, letters, may the regex match there
    [' susvisée', 0, 'spam', true],
    [' Susvisée', 0, 'spam', true], // a capital is read as its lower case (the regexes are case-insensitive)
    [' to Prevent', 0, 'spam', false],
    [', \n paragraph 2', 0, 'pnacie', true], // past spaces, commas and line feeds
    [', 2', 0, 'pnacie', false], // a digit outside the letters
    [' (a)', 0, 'pnacie', true], // not a letter or digit: the regex decides
    [' <b>additionnel', 0, 'ac', true], // a tag between the words (a title's separator reads it)
    [' éclairée', 0, 'spam', true], // an accented letter: the regex decides
    ['Protocol', 8, 'doa', true], // the text's end: the regex decides
    ['Protocol\tde', 8, 'doa', true], // a tab: the regex decides
  ];
  it.each(rows)('%j at %i, %s → %s', (text, pos, letters, expected) => {
    expect(mayLeadWith(text, pos, letters)).toBe(expected);
  });
});

describe('every word gate', () => {
  it('says no only where none of its regexes matches, at every position of every labelled text', () => {
    findCitations('article 6 of the Protocol'); // the engine's modules loaded: every gate recorded
    expect(WORD_GATES.length).toBeGreaterThanOrEqual(6);
    // The real test split stays unread here, as for every check made while tuning.
    const texts = SPLITS.filter((s) => s.name !== 'real test')
      .flatMap((s) => loadCases(s.dir).map((c) => c.text))
      .map((text) => readingText(text).text);
    let refused = 0;
    let matched = 0;
    for (const { letters, regexes } of WORD_GATES) {
      const before = matched;
      for (const text of texts) {
        for (let pos = 0; pos < text.length; pos++) if (!mayLeadWith(text, pos, letters)) refused++;
        // Every position a match of the sticky regex can start at: the same pattern searched, from one past each.
        for (const sticky of regexes) {
          const search = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
          for (let m = search.exec(text); m; search.lastIndex = m.index + 1, m = search.exec(text)) {
            matched++;
            const at = `${sticky.source.slice(0, 40)} at ${m.index}: ${text.slice(m.index, m.index + 40)}`;
            expect(mayLeadWith(text, m.index, letters), at).toBe(true);
          }
        }
      }
      // Each gate's letters checked by real matches, not only by the regex's reading.
      expect(matched - before, regexes[0]?.source.slice(0, 60)).toBeGreaterThan(0);
    }
    // Not vacuous: the gates spare most calls, and the regexes do match somewhere in these texts.
    expect(refused).toBeGreaterThan(100_000);
    expect(matched).toBeGreaterThan(50);
  });

  it('a spaced gate (`spacedWordGate`) has regexes that match only at a space or a line feed', () => {
    findCitations('article 6 of the Protocol');
    const spaced = WORD_GATES.filter((g) => g.spaced);
    expect(spaced.length).toBeGreaterThanOrEqual(3);
    const texts = SPLITS.filter((s) => s.name !== 'real test')
      .flatMap((s) => loadCases(s.dir).map((c) => c.text))
      .map((text) => readingText(text).text);
    let matched = 0;
    for (const { regexes } of spaced)
      for (const sticky of regexes) {
        // Not only by the regexes' matches in these texts: each opens with a space or a line feed by its pattern.
        expect(sticky.source.startsWith('[ \\n]'), sticky.source.slice(0, 40)).toBe(true);
        const search = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
        for (const text of texts)
          for (let m = search.exec(text); m; search.lastIndex = m.index + 1, m = search.exec(text)) {
            matched++;
            expect(' \n'.includes(text.charAt(m.index)), `${sticky.source.slice(0, 40)} at ${m.index}`).toBe(true);
          }
      }
    expect(matched).toBeGreaterThan(0);
  });
});
