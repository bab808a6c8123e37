import type { SavedReference } from '../../../lib/references/saved-types';
import { makeSavedReference } from '../../factories/saved';

/** The awkward note: quotes, commas, a line break, accents, an HTML script tag, an ampersand. */
export const AWKWARD_NOTE = 'Il a dit "oui", puis non.\nDeuxième ligne : <script>alert(\'x\')</script> & co — été';

/** Five references covering each kind, link and no link, pinpoints, notes and pages. */
export const GOLDEN_ENTRIES: SavedReference[] = [
  makeSavedReference({
    id: 'CTOC/COP/WG.4/2011/8#para=49;sub=b',
    key: 'CTOC/COP/WG.4/2011/8',
    label: 'Working Group report, 2011 (CTOC/COP/WG.4/2011/8)',
    pinpoint: { paragraph: 49, subparagraph: 'b' },
    targets: ['IV.45.b'],
    symbol: 'CTOC/COP/WG.4/2011/8',
    year: 2011,
    note: AWKWARD_NOTE,
    sightings: [
      {
        url: 'https://example.org/a.html',
        title: 'Page A, "quoted"',
        context: 'As the report says.',
        at: 1_700_000_001_000,
      },
      { url: 'https://example.org/b.html?x=1&y=2', title: '', context: '', at: 1_700_000_002_000 },
    ],
  }),
  makeSavedReference({
    id: 'COP decision 4/4#',
    key: 'COP decision 4/4',
    kind: 'cop-instrument',
    label: 'Conference of the Parties decision 4/4, 2008 (CTOC/COP/2008/19)',
    targets: ['4/4'],
    symbol: 'CTOC/COP/2008/19',
    year: 2008,
    order: 1,
  }),
  makeSavedReference({
    id: 'A/RES/64/293#pp;para=11',
    key: 'A/RES/64/293',
    kind: 'resolution',
    label: 'General Assembly resolution 64/293 (A/RES/64/293)',
    pinpoint: { preambular: true, paragraph: 11 },
    note: '=SUM(A1:A2)',
    order: 2,
    sightings: [{ url: 'https://example.org/c.html', title: 'Page C', context: '', at: 1_700_000_003_000 }],
  }),
  makeSavedReference({
    id: 'TIP Protocol art. 6(3)(d)#art=6;para=3;sub=d',
    key: 'TIP Protocol art. 6(3)(d)',
    kind: 'treaty',
    label: 'Trafficking in Persons Protocol, art. 6(3)(d)',
    pinpoint: { article: 6, paragraph: 3, subparagraph: 'd' },
    note: '- not a list\n# not a heading\n\n1. not a number',
    order: 3,
  }),
  makeSavedReference({
    id: 'CCPCJ resolution 19/4#',
    key: 'CCPCJ resolution 19/4',
    kind: 'resolution',
    label: 'Commission on Crime Prevention and Criminal Justice resolution 19/4',
    order: 4,
  }),
];
