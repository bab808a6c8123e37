import { describe, expect, it } from 'vitest';
import { createResolverData, findCitations } from '../../../lib/citations/index';
import { fakeCorpus, fakeData } from './factories';

/** input → [key, inCorpus, targets] of its only citation, resolved against the fake corpus. */
const cases: [string, string, boolean, string[]][] = [
  ['CTOC/COP/WG.4/2013/5, par. 45', 'CTOC/COP/WG.4/2013/5', true, ['V.41']],
  ['CTOC/COP/WG.4/2013/5, par. 45 b)', 'CTOC/COP/WG.4/2013/5', true, ['V.41.b']],
  ['CTOC/COP/WG.4/2013/5, par. 45 c)', 'CTOC/COP/WG.4/2013/5', true, ['V.41']], // no V.41.c: nearest enclosing item
  ['CTOC/COP/WG.4/2013/5, par. 2', 'CTOC/COP/WG.4/2013/5', true, ['V']], // before the recommendations: the meeting
  ['CTOC/COP/WG.4/2011/8, par. 13 h)', 'CTOC/COP/WG.4/2011/8', true, ['IV.8']],
  ['CTOC/COP/WG.4/2019/6, par. 17 b)', 'CTOC/COP/WG.4/2019/6', true, ['IX.17.b']], // offset 0
  ['CTOC/COP/WG.4/2011/8', 'CTOC/COP/WG.4/2011/8', true, ['IV']],
  ['CTOC/COP/2010/17', 'CTOC/COP/2010/17', true, ['COP5']],
  ['CTOC/COP/2010/5', 'CTOC/COP/2010/5', false, []],
  ['paragraphe 17 du rapport de la réunion de 2009', 'CTOC/COP/WG.4/2009/2', true, ['I.16']],
  ['paragraph 17 of the report of the 2009 meeting', 'CTOC/COP/WG.4/2009/2', true, ['I.16']],
  ['décision 4/4', 'COP decision 4/4', true, ['4/4']],
  ["l'alinéa o) ii) de la décision 4/4", 'COP decision 4/4', true, ['4/4:o.ii']],
  ['paragraph 8 (c) of resolution 5/2', 'COP resolution 5/2', true, ['5/2:8.c']],
  ['alinéa 11 du préambule de la résolution 5/2', 'COP resolution 5/2', true, ['5/2:pp.11']],
  ['résolution 5/2', 'COP resolution 5/2', true, ['5/2']],
  ['décision 4/1', 'COP decision 4/1', false, []],
  ['résolution 4/4', 'COP resolution 4/4', false, []], // 4/4 is a decision
  ['General Assembly resolution 64/293', 'A/RES/64/293', false, []],
  ['article 6 du Protocole', 'TIP Protocol art. 6', false, []],
];

describe('resolution against a fake corpus', () => {
  it.each(cases)('%j', (input, key, inCorpus, targets) => {
    const [c, ...rest] = findCitations(input, fakeData(), { author: 'COP' }); // as on a COP document's page
    expect(rest).toEqual([]);
    expect({ key: c?.key, inCorpus: c?.inCorpus, targets: c?.targets }).toEqual({ key, inCorpus, targets });
  });

  it('without data nothing is in the corpus', () => {
    for (const [input] of cases) {
      for (const c of findCitations(input)) expect([c.inCorpus, c.targets]).toEqual([false, []]);
    }
  });

  it('drops a report named by its year when no data or no unique report resolves it', () => {
    expect(findCitations('paragraphe 17 du rapport de la réunion de 2009')).toEqual([]);
    expect(findCitations('paragraphe 3 du rapport de la réunion de 2012', fakeData())).toEqual([]);
  });

  it('reads a year with two meetings when only one has a report (2010: II, not III)', () => {
    const [c] = findCitations('paragraphe 44 du rapport de la réunion de 2010', fakeData());
    expect([c?.key, c?.targets]).toEqual(['CTOC/COP/WG.4/2010/6', ['II']]);
  });

  it('builds its lookups from the corpus', () => {
    const data = createResolverData(fakeCorpus());
    expect(data.meetingsBySymbol.get('CTOC/COP/WG.4/2013/5')).toMatchObject({ id: 'V', paragraphOffset: 4 });
    expect(data.sessionsBySymbol.get('CTOC/COP/2008/19')).toBe('COP4');
    expect(data.instruments.get('5/2')).toBe('resolution');
    expect(data.meetingsByYear.get(2010)?.map((m) => m.id)).toEqual(['II', 'III']);
    expect(data.itemIds.has('V.41')).toBe(true);
  });
});
