import type { SearchDoc, SearchKind } from './documents';

/** What the popup's filters can narrow to. Absent or null fields do not filter. */
export interface SearchFilters {
  /** Theme id: records the theme lists (or that sit inside / enclose one it lists). */
  themeId?: string | null;
  /** A Working Group meeting (`IV`) or a COP session (`COP5`). */
  groupId?: string | null;
  /** Inclusive year range. */
  yearFrom?: number | null;
  yearTo?: number | null;
  kind?: SearchKind | null;
}

export const isFiltering = (filters: SearchFilters): boolean =>
  Boolean(filters.themeId || filters.groupId || filters.kind || filters.yearFrom != null || filters.yearTo != null);

/**
 * True when the document passes every filter. Themes and meetings, which have no theme of their own, drop out as
 * soon as any filter is on: a filtered list is a list of recommendations and COP texts.
 */
export function matchesFilters(doc: SearchDoc, filters: SearchFilters): boolean {
  if (!isFiltering(filters)) return true;
  if (doc.type === 'theme' || doc.type === 'meeting') return false;
  if (filters.themeId && !doc.themeIds.includes(filters.themeId)) return false;
  if (filters.groupId && doc.groupId !== filters.groupId) return false;
  if (filters.kind && doc.kind !== filters.kind) return false;
  if (filters.yearFrom != null && (doc.year ?? -Infinity) < filters.yearFrom) return false;
  if (filters.yearTo != null && (doc.year ?? Infinity) > filters.yearTo) return false;
  return true;
}
