import { describe, expect, it } from 'vitest';
import { createLookup } from '../../../lib/search';
import { describe as details, plainEntry, summarise } from '../../../lib/search/describe';
import { meetingBars, themeGroups } from '../../../lib/search/theme-view';
import { makeCorpus, makeItem, makeTheme } from '../../factories/corpus';
import { realCorpus, prepareRealEngine } from './real-corpus';

prepareRealEngine();

describe('a record summarised and described', () => {
  const lookup = createLookup(realCorpus());

  it.each([
    ['recommendation', 'IV.45.k', { kind: 'recommendation', parent: { type: 'meeting', id: 'IV' }, year: 2011 }],
    [
      'COP paragraph',
      '5/2:8.c',
      { kind: 'operative', parent: { type: 'instrument', id: '5/2', kind: 'resolution' }, year: 2010 },
    ],
    ['preambular paragraph', '5/2:pp.1', { kind: 'preambular' }],
    ['instrument', '4/4', { kind: 'decision', parent: null, year: 2008, symbol: 'CTOC/COP/2008/19' }],
    ['meeting', 'VI', { kind: 'meeting', year: 2015, symbol: 'CTOC/COP/WG.4/2015/6' }],
    ['theme', 'genre', { kind: 'theme', year: null, itemCount: 11 }],
  ])('%s %s', (_, id, summary) => {
    expect(summarise(lookup, id)).toMatchObject({ id, ...summary });
  });

  it('lists an item with its sub-items and their footnotes, each footnote once', () => {
    const d = details(lookup, 'IV.45')!;
    expect(d.paragraphs[0]).toMatchObject({ id: 'IV.45', level: 1 });
    expect(d.paragraphs.map((p) => p.id)).toContain('IV.45.k');
    expect(d.paragraphs.find((p) => p.id === 'IV.45.k')?.level).toBe(2);
    const numbers = d.footnotes.map((f) => f.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('gives an instrument its chapeau, every paragraph and the texts that cite it', () => {
    const d = details(lookup, '4/4')!;
    expect(d.title).toBe('Traite des êtres humains');
    expect(d.paragraphs[0]?.text).toMatch(/^La Conférence des Parties/);
    expect(d.paragraphs.length).toBeGreaterThan(20);
    expect(d.citedBy.map((p) => p.id)).toEqual(['I.1', '5/2:pp.2', '5/2:14']);
  });

  it('gives the citation "Copy citation" copies, in the reader\'s language; none for a theme', () => {
    expect(details(lookup, 'IV.45.k', 'fr')!.citation).toBe(
      'Rapport du Groupe de travail, 2011 (CTOC/COP/WG.4/2011/8), par. 50 k)',
    );
    expect(details(lookup, 'IV.45.k', 'en')!.citation).toBe(
      'Working Group report, 2011 (CTOC/COP/WG.4/2011/8), para. 50(k)',
    );
    expect(details(lookup, 'genre')!.citation).toBeNull();
  });

  it('gives a meeting the texts that cite its report', () => {
    expect(details(lookup, 'I')!.citedBy.length).toBeGreaterThan(0);
  });

  it('shows the beginning of a text when listed without a query', () => {
    expect(plainEntry(lookup, 'IV.45.k')).toMatchObject({
      snippet: { text: "La traite des personnes à des fins de prélèvement d'organes.", ranges: [] },
      exact: null,
    });
    expect(plainEntry(lookup, 'nope')).toBeNull();
  });
});

describe('a theme by meeting and session', () => {
  const corpus = makeCorpus({
    items: [makeItem('I.1'), makeItem('I.2'), makeItem('V.41'), makeItem('5/2:8'), makeItem('5/2:8.c')],
    themes: [makeTheme('t', ['V.41', 'I.2', '5/2:8.c', 'I.1'])],
  });
  const lookup = createLookup(corpus);

  it('groups its items by meeting then by COP session, in document order', () => {
    expect(themeGroups(lookup, 't')).toEqual([
      { type: 'meeting', id: 'I', ordinal: 1, year: 2009, instruments: [], itemIds: ['I.1', 'I.2'] },
      { type: 'meeting', id: 'V', ordinal: 5, year: 2013, instruments: [], itemIds: ['V.41'] },
      {
        type: 'session',
        id: 'COP5',
        ordinal: 5,
        year: 2010,
        instruments: [{ kind: 'resolution', id: '5/2' }],
        itemIds: ['5/2:8.c'],
      },
    ]);
  });

  it('counts its recommendations per meeting, zeros included', () => {
    expect(meetingBars(lookup, 't')).toEqual([
      { id: 'I', year: 2009, count: 2 },
      { id: 'V', year: 2013, count: 1 },
    ]);
  });

  it('charts all nine meetings of the real corpus, 2009–2019', () => {
    const bars = meetingBars(createLookup(realCorpus()), 'cooperation-internationale');
    expect(bars.map((b) => b.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    expect(bars[0]?.year).toBe(2009);
    expect(bars.at(-1)?.year).toBe(2019);
    expect(bars.find((b) => b.id === 'III')?.count).toBe(0);
    expect(bars.reduce((sum, b) => sum + b.count, 0)).toBeGreaterThan(30);
  });

  it('has nothing for an unknown theme', () => {
    expect(themeGroups(lookup, 'nope')).toEqual([]);
  });
});
