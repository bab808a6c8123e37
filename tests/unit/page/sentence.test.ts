import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../lib/page/read/sentence';

const around = (text: string, cited: string, max?: number) => {
  const start = text.indexOf(cited);
  return sentenceAround(text, start, start + cited.length, max);
};

describe('sentenceAround', () => {
  it.each([
    [
      'the sentence holding the citation',
      'Premier point. Dans sa décision 4/4, la Conférence a décidé. Autre chose.',
      'décision 4/4',
      'Dans sa décision 4/4, la Conférence a décidé.',
    ],
    [
      'a line break ends a sentence',
      'Titre\nVoir la résolution 5/2\nSuite',
      'résolution 5/2',
      'Voir la résolution 5/2',
    ],
    [
      'a citation with dots inside stays whole',
      'Voir CTOC/COP/WG.4/2011/8 ici. Fin.',
      'CTOC/COP/WG.4/2011/8',
      'Voir CTOC/COP/WG.4/2011/8 ici.',
    ],
    ['white space collapsed', 'A.  Voir   la   décision 4/4 .', 'décision 4/4', 'Voir la décision 4/4 .'],
  ])('%s', (_name, text, cited, expected) => {
    expect(around(text, cited)).toBe(expected);
  });

  it('cuts a long sentence to the limit, keeping the citation', () => {
    const text = `${'mot '.repeat(400)}la décision 4/4 ${'mot '.repeat(400)}.`;
    const context = around(text, 'décision 4/4', 100);
    expect(context.length).toBeLessThanOrEqual(100);
    expect(context).toContain('décision 4/4');
  });
});
