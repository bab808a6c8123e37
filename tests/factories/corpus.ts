import { CORPUS_SCHEMA_VERSION, type Corpus, type Item, type Meeting, type Theme } from '../../corpus/schema';

let line = 100;

/** A recommendation or COP paragraph with sensible defaults; pass what the test cares about. */
export function makeItem(id: string, overrides: Partial<Item> = {}): Item {
  const cop = id.includes(':') || id.includes('/');
  const parentId = cop ? id.split(':')[0]! : id.split('.')[0]!;
  const path = cop ? (id.split(':')[1] ?? '') : id.split('.').slice(1).join('.');
  const level = path.split('.').length;
  return {
    id,
    kind: cop ? (path.startsWith('pp.') ? 'preambular' : 'operative') : 'recommendation',
    parentId,
    parentItemId: level > 1 ? id.slice(0, id.lastIndexOf('.')) : null,
    childIds: [],
    marker: path.split('.').at(-1) ?? '',
    level,
    text: `Text of ${id}.`,
    footnotes: [],
    reportParagraph: null,
    line: line++,
    ...overrides,
  };
}

export function makeMeeting(id: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id,
    ordinal: 1,
    title: 'Réunion',
    dates: '14 et 15 avril 2009',
    startDate: '2009-04-14',
    endDate: '2009-04-15',
    year: 2009,
    place: 'Vienne',
    reportSymbol: null,
    paragraphOffset: null,
    note: null,
    itemIds: [],
    ...overrides,
  };
}

export function makeTheme(id: string, itemIds: string[], overrides: Partial<Theme> = {}): Theme {
  return { id, name: id, itemIds, ...overrides };
}

/** A tiny but complete corpus: meetings I and V, COP session 5 with resolution 5/2, two themes. */
export function makeCorpus(overrides: Partial<Corpus> = {}): Corpus {
  const items = [
    makeItem('I.1'),
    makeItem('I.2'),
    makeItem('V.41', { reportParagraph: '45' }),
    makeItem('5/2:pp.1'),
    makeItem('5/2:8'),
    makeItem('5/2:8.c'),
  ];
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    version: 'v1-test',
    source: { file: 'test.txt', title: 'Test', publisher: 'UNODC', year: 2021, language: 'fr' },
    meetings: [
      makeMeeting('I', { reportSymbol: 'CTOC/COP/WG.4/2009/2', itemIds: ['I.1', 'I.2'] }),
      makeMeeting('V', {
        ordinal: 5,
        year: 2013,
        reportSymbol: 'CTOC/COP/WG.4/2013/5',
        paragraphOffset: 4,
        itemIds: ['V.41'],
      }),
    ],
    sessions: [
      {
        id: 'COP5',
        ordinal: 5,
        title: 'Cinquième session',
        year: 2010,
        reportSymbol: 'CTOC/COP/2010/17',
        instrumentIds: ['5/2'],
      },
    ],
    instruments: [
      {
        id: '5/2',
        kind: 'resolution',
        sessionId: 'COP5',
        year: 2010,
        reportSymbol: 'CTOC/COP/2010/17',
        title: 'Application du Protocole',
        chapeau: 'La Conférence des Parties,',
        itemIds: ['5/2:pp.1', '5/2:8'],
      },
    ],
    items,
    themes: [makeTheme('cooperation', ['I.2', '5/2:8.c']), makeTheme('formation', ['V.41', 'I.1'])],
    citedBy: { 'A/RES/64/293': ['I.2', '5/2:pp.1'] },
    ...overrides,
  };
}
