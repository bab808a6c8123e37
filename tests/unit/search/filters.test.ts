import { describe, expect, it } from 'vitest';
import { createSearchEngine, type SearchFilters } from '../../../lib/search';
import { facetsOf } from '../../../lib/search/facets';
import { makeCorpus, makeItem, makeTheme } from '../../factories/corpus';
import { realEngine, prepareRealEngine } from './real-corpus';

prepareRealEngine();

/** A small corpus where every item says "formation", so filters alone decide what is shown. */
function engine() {
  const items = [
    makeItem('I.1', { text: 'Formation des juges.' }),
    makeItem('I.2', { text: 'Formation des procureurs.' }),
    makeItem('V.41', { text: 'Formation et sensibilisation.' }),
    makeItem('5/2:pp.1', { text: 'Rappelant la formation.' }),
    makeItem('5/2:8', { text: 'Formation spécialisée.' }),
    makeItem('5/2:8.c', { text: 'Formation continue.' }),
  ];
  return createSearchEngine(
    makeCorpus({ items, themes: [makeTheme('cooperation', ['I.2', '5/2:8.c']), makeTheme('formation', ['V.41'])] }),
  );
}

const ids = (filters: SearchFilters, query = 'formation') =>
  engine()
    .search(query, { filters })
    .hits.map((h) => h.id)
    .sort();

describe('filters', () => {
  it.each<[string, SearchFilters, string[]]>([
    // Without a filter the theme named "formation" is a result too; with one, only texts are.
    ['none', {}, ['5/2:8', '5/2:8.c', '5/2:pp.1', 'I.1', 'I.2', 'V.41', 'formation']],
    // A theme listing 5/2:8.c also shows on the paragraph that encloses it (as the database's themesOf does).
    ['theme', { themeId: 'cooperation' }, ['5/2:8', '5/2:8.c', 'I.2']],
    ['meeting', { groupId: 'I' }, ['I.1', 'I.2']],
    ['COP session', { groupId: 'COP5' }, ['5/2:8', '5/2:8.c', '5/2:pp.1']],
    ['kind: recommendations', { kind: 'recommendation' }, ['I.1', 'I.2', 'V.41']],
    ['kind: resolutions', { kind: 'resolution' }, ['5/2:8', '5/2:8.c', '5/2:pp.1']],
    ['kind: decisions (none here)', { kind: 'decision' }, []],
    ['years from', { yearFrom: 2011 }, ['V.41']],
    ['years to', { yearTo: 2010 }, ['5/2:8', '5/2:8.c', '5/2:pp.1', 'I.1', 'I.2']],
    ['year range', { yearFrom: 2010, yearTo: 2010 }, ['5/2:8', '5/2:8.c', '5/2:pp.1']],
    ['theme and kind', { themeId: 'cooperation', kind: 'recommendation' }, ['I.2']],
  ])('%s', (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('lists every record the filters keep when nothing is typed (browsing), in document order', () => {
    const response = engine().search('', { filters: { groupId: 'I' } });
    expect(response.state).toBe('results');
    expect(response.hits.map((h) => h.id)).toEqual(['I.1', 'I.2']);
  });

  it('says nothing matches when the filters exclude everything', () => {
    expect(engine().search('', { filters: { kind: 'decision' } }).state).toBe('no-match');
    expect(engine().search('formation', { filters: { kind: 'decision' } }).state).toBe('no-match');
  });

  it('keeps exact lookups inside the filters', () => {
    expect(
      engine()
        .search('5/2:8.c', { filters: { groupId: 'I' } })
        .hits.map((h) => h.id),
    ).not.toContain('5/2:8.c');
  });

  it('counts the records of each theme on the real corpus, and offers its meetings, sessions and years', () => {
    const e = realEngine();
    const facets = facetsOf(e.lookup, e.docs);
    expect(facets.themes).toHaveLength(78);
    expect(facets.themes.find((t) => t.id === 'cooperation-internationale')?.count).toBeGreaterThan(40);
    expect(facets.meetings.map((m) => m.id)).toEqual(['I', 'II', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    expect(facets.sessions.map((s) => s.id)).toEqual(['COP1', 'COP2', 'COP3', 'COP4', 'COP5']);
    expect(facets.years[0]).toBe(2004);
    expect(facets.years.at(-1)).toBe(2019);
  });

  it('narrows a real search to one theme and one meeting', () => {
    const response = realEngine().search('victimes', {
      filters: { themeId: 'victimes-indemnisation', groupId: 'IV' },
    });
    expect(response.hits.length).toBeGreaterThan(0);
    for (const hit of response.hits) {
      expect(hit.doc.groupId).toBe('IV');
      expect(hit.doc.themeIds).toContain('victimes-indemnisation');
    }
  });
});
