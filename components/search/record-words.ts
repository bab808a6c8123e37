import { i18n } from '#i18n';
import { localThemeName, type RecordSummary, type ThemeRef } from '../../lib/search/describe';
import type { ExactReason } from '../../lib/search/exact';
import { langOf, type Lang } from '../../lib/references/lang';

/**
 * Words about a corpus record that several popup views share (result lines, theme groups, the Themes list), read
 * from locales/*.yml (`popup.search`) like every other string.
 */

/** The interface language, for theme names (the index's own, or their English translation). */
const uiLang = (): Lang => langOf(i18n.t('common.langCode'));

/** `Decision 4/4` / `Décision 4/4`. */
export const instrumentLabel = (kind: 'decision' | 'resolution', id: string): string =>
  kind === 'decision' ? i18n.t('popup.search.decision', [id]) : i18n.t('popup.search.resolution', [id]);

/** Where a record sits, in words: `Meeting IV`, `Resolution 5/2`; null for top-level records. */
export function parentLabel(summary: RecordSummary): string | null {
  const parent = summary.parent;
  if (!parent) return null;
  return parent.type === 'meeting'
    ? i18n.t('popup.search.meeting', [parent.id])
    : instrumentLabel(parent.kind, parent.id);
}

/**
 * A theme's name in the interface language (`Gender` in English, `Genre` in French), and the index's French name to
 * show beside it, or null when they are the same.
 */
export const themeName = (theme: ThemeRef): { name: string; french: string | null } => localThemeName(theme, uiLang());

/** Why a record comes first. */
export function exactLabel(reason: ExactReason): string {
  switch (reason) {
    case 'id':
      return i18n.t('popup.search.exact.id');
    case 'symbol':
      return i18n.t('popup.search.exact.symbol');
    case 'citation':
      return i18n.t('popup.search.exact.citation');
    case 'cited-by':
      return i18n.t('popup.search.exact.citedBy');
    case 'in-report':
      return i18n.t('popup.search.exact.inReport');
  }
}

/**
 * What to say when the corpus could not be read: still being seeded (the first seconds after installing), or the
 * error itself.
 */
export function loadErrorMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'EmptyCorpusError') return i18n.t('popup.search.notSeeded');
  return i18n.t('popup.search.loadError', [error instanceof Error ? error.message : String(error)]);
}
