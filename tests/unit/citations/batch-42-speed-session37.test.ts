import { describe, expect, it } from 'vitest';
import { prefixTree } from '../../../lib/citations/regex-initials';
import { engineTexts } from './engine-texts';

/** Session 37: speed-only rewrites, same output. */
describe('prefixTree', () => {
  const table: [string[], string | null][] = [
    [['ab', 'ac', 'd'], 'a(?:b|c)|d'],
    // Case aside (for a flag-i regex); an alternative that ends where another goes on keeps its empty branch.
    [['Ab', 'a', 'ac'], 'a(?:b|c|)'],
    // A letter a quantifier follows, an escape or a group stays whole; a class of plain letters is shared as written.
    [['ab?c', 'ab*', '[ée]x', '[ée]y', '[a-z]z', '\\(w', '(?:v)'], 'a(?:b?c|b*)|[ée](?:x|y)|[a-z]z|\\(w|(?:v)'],
    [['(a)\\1', 'b'], null],
  ];
  it.each(table)('%j → %s', (alternatives, tree) => {
    expect(prefixTree(alternatives)).toBe(tree);
  });

  it('matches where the alternation matches, at every word of every text', () => {
    const alternatives = ['art(?:icles?)?(?=\\s)', 'arts?\\.', 'as', 'assembl[ée]e', 'conf[ée]rence', 'con', 'c[oó]n?'];
    const flat = new RegExp(`\\b(?:${alternatives.join('|')})`, 'gi');
    const tree = new RegExp(`\\b(?:${prefixTree(alternatives)})`, 'gi');
    let found = 0;
    for (const text of engineTexts({ testSplit: false, lines: true })) {
      const starts = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index);
      expect(starts(tree)).toEqual(starts(flat));
      found += starts(flat).length;
    }
    expect(found).toBeGreaterThan(1000);
  });
});
