/**
 * Factories for the citation tests: a small fake corpus (the parts `createResolverData` reads) and expected
 * citations. Kept tiny on purpose; the real corpus is exercised by `eval.test.ts`.
 */

import type { Instrument, Item, Meeting, Session } from '../../../corpus/schema';
import {
  createResolverData,
  findCitations,
  type DocumentContext,
  type ResolverData,
} from '../../../lib/citations/index';
import type { ResolverCorpus } from '../../../lib/citations/resolver-data';
import type { Citation, CitationKind, Pinpoint } from '../../../lib/citations/types';

export function meeting(
  id: string,
  year: number,
  reportSymbol: string | null,
  paragraphOffset: number | null,
): Meeting {
  return {
    id,
    ordinal: 0,
    title: `${id} réunion`,
    dates: '',
    startDate: `${year}-01-01`,
    endDate: `${year}-01-02`,
    year,
    place: 'Vienne',
    reportSymbol,
    paragraphOffset,
    note: null,
    itemIds: [],
  };
}

export function session(id: string, year: number, reportSymbol: string, instrumentIds: string[] = []): Session {
  return { id, ordinal: 0, title: id, year, reportSymbol, instrumentIds };
}

export function instrument(id: string, kind: 'decision' | 'resolution', sessionId: string): Instrument {
  return { id, kind, sessionId, year: 2008, reportSymbol: '', title: '', chapeau: '', itemIds: [] };
}

export function item(id: string): Item {
  return {
    id,
    kind: id.includes(':') ? 'operative' : 'recommendation',
    parentId: id.split(/[.:]/)[0] ?? id,
    parentItemId: null,
    childIds: [],
    marker: '',
    level: 1,
    text: '',
    footnotes: [],
    reportParagraph: null,
    line: 1,
  };
}

/** A fake corpus shaped like the real one: meetings I, III (no report), IV, V, IX; COP4, COP5; 4/4 and 5/2. */
export function fakeCorpus(): ResolverCorpus {
  return {
    meetings: [
      meeting('I', 2009, 'CTOC/COP/WG.4/2009/2', 1),
      meeting('II', 2010, 'CTOC/COP/WG.4/2010/6', 7),
      meeting('III', 2010, null, null),
      meeting('IV', 2011, 'CTOC/COP/WG.4/2011/8', 5),
      meeting('V', 2013, 'CTOC/COP/WG.4/2013/5', 4),
      meeting('IX', 2019, 'CTOC/COP/WG.4/2019/6', 0),
    ],
    sessions: [session('COP4', 2008, 'CTOC/COP/2008/19', ['4/4']), session('COP5', 2010, 'CTOC/COP/2010/17', ['5/2'])],
    instruments: [instrument('4/4', 'decision', 'COP4'), instrument('5/2', 'resolution', 'COP5')],
    items: [
      'I.16',
      'IV.8',
      'V.41',
      'V.41.b',
      'IX.17',
      'IX.17.b',
      '4/4:o',
      '4/4:o.ii',
      '5/2:pp.11',
      '5/2:8',
      '5/2:8.c',
    ].map(item),
  };
}

export const fakeData = (): ResolverData => createResolverData(fakeCorpus());

/** What a test states about one citation: its text, kind and key, and optionally pinpoint and targets. */
export interface Expect {
  text: string;
  kind: CitationKind;
  key: string;
  pinpoint?: Pinpoint;
  targets?: string[];
}

export const sym = (text: string, key = text.toUpperCase().replace(/\s/g, ''), pinpoint?: Pinpoint): Expect => ({
  text,
  kind: 'symbol',
  key,
  ...(pinpoint ? { pinpoint } : {}),
});
export const cop = (text: string, key: string, pinpoint?: Pinpoint): Expect => ({
  text,
  kind: 'cop-instrument',
  key,
  ...(pinpoint ? { pinpoint } : {}),
});
export const res = (text: string, key: string, pinpoint?: Pinpoint): Expect => ({
  text,
  kind: 'resolution',
  key,
  ...(pinpoint ? { pinpoint } : {}),
});
export const tre = (text: string, key: string, pinpoint: Pinpoint): Expect => ({ text, kind: 'treaty', key, pinpoint });

/** A COP document (a Working Group report, a COP decision): where a bare `décision 4/4` is the COP's. */
export const IN_COP_DOCUMENT: DocumentContext = { author: 'COP' };

/** The citations of `input`, reduced to what `Expect` states (targets only when asked). */
export function found(input: string, data?: ResolverData, withTargets = false, context?: DocumentContext): Expect[] {
  return findCitations(input, data, context).map((c: Citation) => ({
    text: c.text,
    kind: c.kind,
    key: c.key,
    ...(c.pinpoint ? { pinpoint: c.pinpoint } : {}),
    ...(withTargets ? { targets: c.targets } : {}),
  }));
}
