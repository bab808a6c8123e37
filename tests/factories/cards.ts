import type { Citation } from '../../lib/citations/types';
import type { CardData, CitingItem } from '../../lib/cards/card-data';
import { makeItem, makeMeeting } from './corpus';

/** A citation as the engine reports it; pass what the test cares about. */
export function makeCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    text: 'CTOC/COP/WG.4/2013/5',
    start: 0,
    end: 20,
    kind: 'symbol',
    key: 'CTOC/COP/WG.4/2013/5',
    inCorpus: true,
    targets: ['V'],
    ...overrides,
  };
}

export function makeCiting(id: string, overrides: Partial<CitingItem> = {}): CitingItem {
  const cop = id.includes(':');
  return {
    id,
    kind: cop ? 'operative' : 'recommendation',
    parentId: cop ? id.split(':')[0]! : id.split('.')[0]!,
    parentKind: cop ? 'resolution' : 'meeting',
    reportParagraph: null,
    text: `Text citing, from ${id}.`,
    ...overrides,
  };
}

/** Card data of the 2013 Working Group report: two recommendations (one with sub-items), two themes. */
export function makeMeetingCard(): CardData {
  const items = [
    makeItem('V.40', { reportParagraph: '44', text: 'Les États devraient coopérer.' }),
    makeItem('V.41', {
      reportParagraph: '45',
      text: 'Le Groupe de travail a prié le Secrétariat de créer une liste.',
      childIds: ['V.41.a'],
    }),
    makeItem('V.41.a', { reportParagraph: '45.a', text: 'Une liste en ligne.' }),
  ];
  return {
    type: 'meeting',
    meeting: makeMeeting('V', {
      ordinal: 5,
      year: 2013,
      dates: '6 au 8 novembre 2013',
      startDate: '2013-11-06',
      endDate: '2013-11-08',
      reportSymbol: 'CTOC/COP/WG.4/2013/5',
      paragraphOffset: 4,
      itemIds: ['V.40', 'V.41'],
    }),
    items,
    themes: [
      { id: 'cooperation', name: 'Coopération internationale', itemIds: ['V.40'] },
      { id: 'formation', name: 'Formation', itemIds: ['V.40', 'V.41'] },
    ],
    label: { en: 'Working Group report, 2013 (CTOC/COP/WG.4/2013/5)', fr: 'Rapport du Groupe de travail, 2013' },
    linkSymbol: 'CTOC/COP/WG.4/2013/5',
    citedBy: [makeCiting('IX.3'), makeCiting('5/2:pp.2', { kind: 'preambular' })],
  };
}
