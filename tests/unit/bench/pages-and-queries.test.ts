import { describe, expect, it } from 'vitest';
import { CITATION_PATTERN } from '../../../bench/citation-pattern';
import { plainLine, sentencesOf } from '../../../bench/pages/sentences';
import { seededRandom, syntheticPage } from '../../../bench/pages/synthetic';
import { phraseQueries, WRITTEN_QUERIES } from '../../../bench/queries';
import { keystrokes } from '../../../bench/search-peer';

describe("the peer's citation pattern", () => {
  const matches = (text: string) => text.match(new RegExp(CITATION_PATTERN)) ?? [];
  it.each([
    ['Voir le document CTOC/COP/WG.4/2011/8, par. 45.', ['CTOC/COP/WG.4/2011/8', 'par. 45']],
    ['la décision 4/4 et la résolution 5/2', ['décision 4/4', 'résolution 5/2']],
    ['General Assembly resolutions 64/293 and 55/25', ['resolutions 64/293 and 55/25']],
    ["l'article 6 du Protocole relatif à la traite, qui", ['article 6 du Protocole relatif à la traite']],
    ['S/RES/2331(2016) and A/RES/64/293', ['S/RES/2331(2016)', 'A/RES/64/293']],
    ['open 24/7, and/or 4/4/2008', []],
  ])('%s', (text, expected) => {
    expect(matches(text)).toEqual(expected);
  });
});

describe('sentences of the sources', () => {
  it.each([
    ['<sup>12</sup>Texte **gras**', 'Texte gras'],
    ['### I. Première réunion', 'I. Première réunion'],
    ['  - a) Incriminer les conduites ;', 'Incriminer les conduites ;'],
    ['12. Les États parties devraient', 'Les États parties devraient'],
  ])('plainLine(%j) is %j', (line, expected) => {
    expect(plainLine(line)).toBe(expected);
  });

  it('splits at sentence ends, not at abbreviations, and drops short lines and tables', () => {
    const text =
      'Le Groupe de travail a examiné le rapport (CTOC/COP/WG.4/2011/8, par. 45) avec attention. ' +
      'Les États parties devraient appliquer la décision 4/4 sans délai et en rendre compte.\n' +
      'Court.\ncellule\tcellule\n';
    expect(sentencesOf(text)).toEqual([
      'Le Groupe de travail a examiné le rapport (CTOC/COP/WG.4/2011/8, par. 45) avec attention.',
      'Les États parties devraient appliquer la décision 4/4 sans délai et en rendre compte.',
    ]);
  });
});

describe('synthetic page', () => {
  it('is the same at every run, about the size asked, with citations in links', () => {
    const a = syntheticPage(40_000);
    const b = syntheticPage(40_000);
    expect(a.html).toBe(b.html);
    expect(a.bytes).toBeGreaterThanOrEqual(40_000);
    expect(a.bytes).toBeLessThan(44_000);
    expect(a.citingSentences).toBeGreaterThan(0);
    expect(a.html).toContain('<a href="#ref">');
    expect(syntheticPage(40_000, 7).html).not.toBe(a.html);
  });

  it('draws from a seeded generator in [0, 1)', () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 1000 }, random);
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(1)()).toBe(values[0]);
  });
});

describe('queries', () => {
  it('types a query one character more at a time', () => {
    expect(keystrokes('ab c')).toEqual(['a', 'ab', 'ab ', 'ab c']);
    expect(keystrokes(' x')).toEqual([' x']);
  });

  it('has 165 written queries of every kind', () => {
    expect(WRITTEN_QUERIES).toHaveLength(165);
    const kinds = new Set(WRITTEN_QUERIES.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['citation', 'english', 'id', 'symbol', 'theme', 'typo', 'words']);
  });

  it('remembers phrases that only one item holds, every other one without accents', () => {
    const items = [
      {
        id: 'A.1',
        text: 'Les États parties devraient renforcer durablement leur coopération judiciaire internationale.',
      },
      { id: 'A.2', text: 'Les États parties devraient améliorer rapidement la protection effective des victimes.' },
      {
        id: 'A.3',
        text: 'Les États parties devraient renforcer durablement leur coopération judiciaire internationale.',
      },
      { id: 'A.4', text: 'Le Secrétariat devrait établir régulièrement des études détaillées sur les itinéraires.' },
    ];
    expect(phraseQueries({ items }, 5)).toEqual([
      { q: 'améliorer rapidement la protection', kind: 'phrase', expect: 'A.2' },
      { q: 'etablir regulierement des etudes', kind: 'phrase', expect: 'A.4' },
    ]);
  });
});
