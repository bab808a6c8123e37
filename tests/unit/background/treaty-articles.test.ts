import { describe, expect, it } from 'vitest';
import { articleTitle, TREATY_ARTICLES } from '../../../lib/background/cards/treaty-articles';

describe('treaty article titles', () => {
  it.each([
    ['UNTOC', 41],
    ['TIP', 20],
    ['MIG', 25],
    ['FIRE', 21],
  ] as const)('%s has %i titled articles in both languages', (treaty, count) => {
    expect(TREATY_ARTICLES[treaty]).toHaveLength(count);
    for (const title of TREATY_ARTICLES[treaty]) {
      expect(title.en.trim()).not.toBe('');
      expect(title.fr.trim()).not.toBe('');
    }
  });

  it.each([
    ['TIP', 6, 'en-US', 'Assistance to and protection of victims of trafficking in persons'],
    ['TIP', 6, 'fr', 'Assistance et protection accordées aux victimes de la traite des personnes'],
    ['UNTOC', 32, 'en', 'Conference of the Parties to the Convention'],
    ['UNTOC', 32, 'fr', 'Conférence des Parties à la Convention'],
    ['MIG', 6, 'en', 'Criminalization'],
    ['TIP', 21, 'en', null],
    ['UNTOC', 0, 'en', null],
  ] as const)('%s art. %i in %s', (treaty, article, lang, expected) => {
    expect(articleTitle(treaty, article, lang)).toBe(expected);
  });
});
