import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../corpus/build';
import { CORRECTIONS } from '../../../corpus/parse/corrections';
import { mutateLine, realSource } from './factories';

/** Problems of a mutated source. */
const problemsOf = (source: string): string[] => buildCorpus(source).problems;

describe('validation catches injected errors', () => {
  it.each([
    [
      'a skipped recommendation number',
      277,
      (t: string) => t.replace(/^45\./, '46.'),
      /^004:277: numbering: expected 45, found II\.46/,
    ],
    [
      'a skipped letter',
      382,
      (t: string) => t.replace('*c)*', '*d)*'),
      /^004:382: numbering: expected c, found IV\.45\.d/,
    ],
    [
      'a skipped roman',
      429,
      (t: string) => t.replace('iii)', 'iv)'),
      /^004:429: numbering: expected iii, found IV\.46\.j\.iv/,
    ],
    ['a stray <sup> in text', 84, (t: string) => `${t} <sup>`, /^004:84: markup "<sup>" left in I\.4/],
    ['a leftover asterisk', 86, (t: string) => t.replace('a)', 'a) *'), /^004:86: markup "\*" left in I\.5\.a/],
    [
      'a footnote marker without body',
      84,
      (t: string) => `${t}<sup>99</sup>`,
      /^004:84: footnote marker 99 has no footnote body/,
    ],
    [
      'a duplicated recommendation number',
      278,
      (t: string) => t.replace(/^46\./, '45.'),
      /^004:278: duplicate id II\.45/,
    ],
    [
      'an index reference to a nonexistent id',
      1059,
      (t: string) => t.replace('IV.45.b', 'IV.45.z'),
      /^004:1059: index reference IV\.45\.z does not exist in the body/,
    ],
    [
      'a reference that disagrees with the offset',
      1085,
      (t: string) => t.replace('43', '44'),
      /^004:1085: references give paragraphs \[43\] but the column says "44" \(V offset 4\)/,
    ],
    [
      'an unreadable paragraph column',
      1084,
      (t: string) => t.replace('15', '15 (z)'),
      /^004:1084: paragraph column "15 \(z\)"/,
    ],
    [
      'a Part B reference to the wrong paragraph',
      1046,
      (t: string) => t.replace('k)', 'l)'),
      /^004:1046: references give paragraphs \[k\]/,
    ],
    [
      'a theme that loses its only reference',
      1162,
      (t: string) => t.replace('Partie A <a href="#">VI.12</a>', 'Partie A'),
      /^004:1162: theme "Intervenants \(asile\)" has no references/,
    ],
  ])('%s', (_name, line, mutate, expected) => {
    const problems = problemsOf(mutateLine(line, mutate));
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('reports a footnote body that no marker points to', () => {
    const problems = problemsOf(mutateLine(198, (t) => t.replace('<sup>3</sup>', '')));
    expect(problems).toContain('004:208: footnote 3 is attached to no item');
  });

  it('reports a meeting heading that breaks the sequence', () => {
    const problems = problemsOf(mutateLine(434, (t) => t.replace('## V. Cinquième', '## VI. Cinquième')));
    expect(problems).toContain('004:434: expected V, found VI');
  });

  it('without the corrections table, exactly the seven source errors are reported', () => {
    const { problems } = buildCorpus(realSource(), { corrections: [] });
    expect(problems.map((p) => p.slice(0, 9))).toEqual(
      expect.arrayContaining(CORRECTIONS.map((c) => `004:${c.line}:`)),
    );
    expect(new Set(problems.map((p) => p.split(':')[1]))).toEqual(new Set(CORRECTIONS.map((c) => String(c.line))));
  });

  it('reports a correction that no longer applies', () => {
    const source = mutateLine(1304, (t) => t.replace('VIII.1.g', 'VIII.1.q'));
    expect(problemsOf(source)).toContain('004:1304: correction "VIII.1.g" → "VIII.1.q" does not apply (found 0 times)');
  });
});
