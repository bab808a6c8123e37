import type { SearchDoc } from './documents';
import type { CorpusLookup } from './corpus-data';

/** What the filters can choose from, with counts of the records each choice keeps. */
export interface Facets {
  /** Themes by French name, with the number of recommendations and COP texts the theme filter keeps. */
  themes: { id: string; name: string; count: number }[];
  /** Working Group meetings that have recommendations, in order. */
  meetings: { id: string; year: number }[];
  /** COP sessions, in order. */
  sessions: { id: string; ordinal: number; year: number }[];
  /** Every year a record has, ascending. */
  years: number[];
}

export function facetsOf(lookup: CorpusLookup, docs: readonly SearchDoc[]): Facets {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    if (doc.type === 'theme' || doc.type === 'meeting') continue;
    for (const id of doc.themeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const { data } = lookup;
  return {
    themes: data.themes
      .map((t) => ({ id: t.id, name: t.name, count: counts.get(t.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    meetings: data.meetings.filter((m) => m.itemIds.length > 0).map((m) => ({ id: m.id, year: m.year })),
    sessions: data.sessions.map((s) => ({ id: s.id, ordinal: s.ordinal, year: s.year })),
    years: [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== null))].sort((a, b) => a - b),
  };
}
