import { describe, expect, it } from 'vitest';
import { createLookup } from '../../../lib/search';
import {
  citationTextOf,
  documentUrlOf,
  pinpointOfPath,
  referenceOf,
  saveRequestOf,
} from '../../../lib/search/reference';
import { realCorpus, prepareRealEngine } from './real-corpus';

prepareRealEngine();

describe('pinpointOfPath', () => {
  it.each([
    ['50', { paragraph: 50 }],
    ['50.k', { paragraph: 50, subparagraph: 'k' }],
    ['46.j.iv', { paragraph: 46, subparagraph: 'j', clause: 'iv' }],
    ['45.i', { paragraph: 45, subparagraph: 'i' }],
    ['b.iii', { subparagraph: 'b', clause: 'iii' }],
    ['pp.3', { preambular: true, paragraph: 3 }],
    ['8.c', { paragraph: 8, subparagraph: 'c' }],
    ['', undefined],
    ['x.y.z', undefined],
  ])('%j → %j', (path, pinpoint) => {
    expect(pinpointOfPath(path)).toEqual(pinpoint);
  });
});

describe('a record as a citation (Save, Copy citation, Open document)', () => {
  const lookup = createLookup(realCorpus());

  it.each([
    [
      'recommendation: a paragraph of its meeting report',
      'IV.45.k',
      {
        key: 'CTOC/COP/WG.4/2011/8',
        kind: 'symbol',
        pinpoint: { paragraph: 50, subparagraph: 'k' },
        targets: ['IV.45.k'],
        symbol: 'CTOC/COP/WG.4/2011/8',
      },
      'Working Group report, 2011 (CTOC/COP/WG.4/2011/8), para. 50(k)',
      'Rapport du Groupe de travail, 2011 (CTOC/COP/WG.4/2011/8), par. 50 k)',
    ],
    [
      'COP paragraph: its resolution, opened as the session report',
      '5/2:8.c',
      {
        key: 'COP resolution 5/2',
        kind: 'cop-instrument',
        pinpoint: { paragraph: 8, subparagraph: 'c' },
        symbol: 'CTOC/COP/2010/17',
      },
      'Conference of the Parties resolution 5/2, 2010 (CTOC/COP/2010/17), para. 8(c)',
      'Résolution 5/2 de la Conférence des Parties, 2010 (CTOC/COP/2010/17), par. 8 c)',
    ],
    [
      'preambular paragraph',
      '5/2:pp.3',
      { key: 'COP resolution 5/2', pinpoint: { preambular: true, paragraph: 3 } },
      'Conference of the Parties resolution 5/2, 2010 (CTOC/COP/2010/17), preambular para. 3',
      'Résolution 5/2 de la Conférence des Parties, 2010 (CTOC/COP/2010/17), alinéa 3 du préambule',
    ],
    [
      'lettered decision paragraph',
      '1/5:b.iii',
      { key: 'COP decision 1/5', pinpoint: { subparagraph: 'b', clause: 'iii' }, symbol: 'CTOC/COP/2004/6' },
      'Conference of the Parties decision 1/5, 2004 (CTOC/COP/2004/6), (b)(iii)',
      'Décision 1/5 de la Conférence des Parties, 2004 (CTOC/COP/2004/6), b) iii)',
    ],
    [
      'meeting: its report',
      'VI',
      { key: 'CTOC/COP/WG.4/2015/6', kind: 'symbol', targets: ['VI'] },
      'Working Group report, 2015 (CTOC/COP/WG.4/2015/6)',
      'Rapport du Groupe de travail, 2015 (CTOC/COP/WG.4/2015/6)',
    ],
    [
      'instrument',
      '4/4',
      { key: 'COP decision 4/4', kind: 'cop-instrument', symbol: 'CTOC/COP/2008/19' },
      'Conference of the Parties decision 4/4, 2008 (CTOC/COP/2008/19)',
      'Décision 4/4 de la Conférence des Parties, 2008 (CTOC/COP/2008/19)',
    ],
  ])('%s (%s)', (_, id, reference, en, fr) => {
    const ref = referenceOf(lookup, id)!;
    expect(ref).toMatchObject(reference);
    expect(citationTextOf(ref, 'en')).toBe(en);
    expect(citationTextOf(ref, 'fr')).toBe(fr);
  });

  it.each([
    ['a theme', 'cooperation-internationale'],
    ['meeting III (no report)', 'III'],
    ['an unknown id', 'Z.9'],
  ])('has no reference for %s', (_, id) => {
    expect(referenceOf(lookup, id)).toBeNull();
  });

  it('saves without a sighting (saved from the popup), with the label and the pinpoint', () => {
    expect(saveRequestOf(referenceOf(lookup, 'IV.45.k')!, 'en')).toEqual({
      key: 'CTOC/COP/WG.4/2011/8',
      kind: 'symbol',
      label: 'Working Group report, 2011 (CTOC/COP/WG.4/2011/8)',
      pinpoint: { paragraph: 50, subparagraph: 'k' },
      targets: ['IV.45.k'],
    });
  });

  it('opens the document under the configured base, with its slashes', () => {
    expect(documentUrlOf(referenceOf(lookup, '5/2:8.c')!, 'https://docs.un.org/')).toBe(
      'https://docs.un.org/CTOC/COP/2010/17',
    );
  });
});
