import { describe, expect, it } from 'vitest';
import { highlightAll, makeSnippet, matchRanges } from '../../../lib/search/highlight';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('highlighting', () => {
  it.each([
    [
      'accents in the text',
      "La traite à des fins de prélèvement d'organes.",
      ['prelevement', 'organes'],
      ['prélèvement', 'organes'],
    ],
    ['œ in the text', 'les symboles du Cœur bleu', ['coeur'], ['Cœur']],
    ['capitals', "L'ONUDC devrait", ['onudc'], ['ONUDC']],
    ['whole words only', 'traite et traiter', ['traite'], ['traite']],
    ['nothing to mark', 'texte', [], []],
  ])('%s', (_, text, terms, expected) => {
    expect(marked(text, matchRanges(text, new Set(terms)))).toEqual(expected);
  });

  it('marks every match of a title', () => {
    const h = highlightAll('Coopération internationale', new Set(['cooperation', 'internationale']));
    expect(marked(h.text, h.ranges)).toEqual(['Coopération', 'internationale']);
  });

  it('keeps a short text whole', () => {
    const s = makeSnippet('Texte court sur la traite.', new Set(['traite']));
    expect(s.text).toBe('Texte court sur la traite.');
    expect(marked(s.text, s.ranges)).toEqual(['traite']);
  });

  it('cuts a long text around its first match, at word boundaries, with ellipses', () => {
    const text = `${'Début du texte assez long. '.repeat(20)}Ici le prélèvement d'organes est cité. ${'Suite du texte. '.repeat(20)}`;
    const s = makeSnippet(text, new Set(['prelevement']), 120);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(122);
    expect(marked(s.text, s.ranges)).toEqual(['prélèvement']);
    // Starts at the beginning of a word.
    expect(s.text[1]).not.toBe(' ');
  });

  it('starts at the beginning when nothing matches', () => {
    const text = 'Premier mot. '.repeat(40);
    const s = makeSnippet(text, new Set(['absent']), 100);
    expect(s.text.startsWith('Premier')).toBe(true);
    expect(s.ranges).toEqual([]);
  });
});
