import type { ExactReason } from '../../lib/search/exact';
import type { RecordKind, RecordSummary, ThemeRef } from '../../lib/search/describe';
import type { SearchKind } from '../../lib/search/documents';

/**
 * The words of a result line and of an expanded record. Components receive them from their container (which reads
 * the locale files), so they stay presentational and testable with any wording.
 */
export interface RecordStrings {
  kinds: Record<RecordKind, string>;
  /** `Meeting IV` / `Réunion IV`. */
  meeting: (id: string) => string;
  /** `Decision 4/4` / `Décision 4/4`. */
  instrument: (kind: 'decision' | 'resolution', id: string) => string;
  /** `12 items`. */
  itemCount: (count: number) => string;
  /** Shown when the snippet comes from a footnote. */
  inNotes: string;
  /** Why a record comes first. */
  exact: Record<ExactReason, string>;
  footnotes: string;
  themes: string;
  citedBy: string;
  citedByNone: string;
  /**
   * A theme's name in the interface language (`Gender` in English, `Genre` in French), and the index's French
   * name to show beside it, or null when they are the same.
   */
  themeName: (theme: ThemeRef) => { name: string; french: string | null };
  /** Label of a theme chip: narrows the search to that theme (`Search within “Genre”`). */
  themeAction: (name: string) => string;
  /** Label of a "cited by" entry: opens that record (`Show IV.45.k`). */
  recordAction: (id: string) => string;
  save: string;
  copy: string;
  open: string;
}

/** A theme's name in `lang`, with the index's French name beside it when they differ. */
export const localThemeName = (theme: ThemeRef, lang: 'en' | 'fr'): { name: string; french: string | null } =>
  lang === 'en' && theme.en !== theme.name
    ? { name: theme.en, french: theme.name }
    : { name: theme.name, french: null };

/** Everything the Search tab shows. */
export interface SearchStrings extends RecordStrings {
  searchLabel: string;
  placeholder: string;
  resultsLabel: string;
  loading: string;
  empty: string;
  examplesLabel: string;
  noWords: string;
  noMatch: (query: string) => string;
  noMatchFiltered: string;
  count: (count: number) => string;
  capped: (shown: number, total: number) => string;
  truncated: (chars: number) => string;
  corrected: (words: string) => string;
  outside: (keys: string) => string;
  showMore: string;
  filters: FilterStrings;
}

export interface FilterStrings {
  toggle: string;
  toggleActive: (count: number) => string;
  theme: string;
  anyTheme: string;
  group: string;
  anyGroup: string;
  yearFrom: string;
  yearTo: string;
  anyYear: string;
  kind: string;
  anyKind: string;
  kinds: Record<SearchKind, string>;
  clear: string;
}

/** The short id shown on a result: `IV.45.k`, `5/2:8.c`, `4/4`, `IV`; none for themes and sessions. */
export const badgeOf = (summary: RecordSummary): string | null =>
  summary.kind === 'theme' || summary.kind === 'session' ? null : summary.id;

/** Where a record sits, in words: `Meeting IV`, `Resolution 5/2`; null for top-level records. */
export function parentLabel(summary: RecordSummary, strings: RecordStrings): string | null {
  const parent = summary.parent;
  if (!parent) return null;
  return parent.type === 'meeting' ? strings.meeting(parent.id) : strings.instrument(parent.kind, parent.id);
}
