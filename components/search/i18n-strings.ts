import { i18n } from '#i18n';
import { localThemeName, type RecordStrings, type SearchStrings } from './strings';

/** The record words in the browser's language (see locales/*.yml, `popup.search`). */
export function recordStrings(): RecordStrings {
  return {
    kinds: {
      recommendation: i18n.t('popup.search.kind.recommendation'),
      preambular: i18n.t('popup.search.kind.preambular'),
      operative: i18n.t('popup.search.kind.operative'),
      decision: i18n.t('popup.search.kind.decision'),
      resolution: i18n.t('popup.search.kind.resolution'),
      meeting: i18n.t('popup.search.kind.meeting'),
      session: i18n.t('popup.search.kind.session'),
      theme: i18n.t('popup.search.kind.theme'),
    },
    meeting: (id) => i18n.t('popup.search.meeting', [id]),
    instrument: (kind, id) =>
      kind === 'decision' ? i18n.t('popup.search.decision', [id]) : i18n.t('popup.search.resolution', [id]),
    itemCount: (count) => i18n.t('popup.search.itemCount', count),
    inNotes: i18n.t('popup.search.inNotes'),
    exact: {
      id: i18n.t('popup.search.exact.id'),
      symbol: i18n.t('popup.search.exact.symbol'),
      citation: i18n.t('popup.search.exact.citation'),
      'cited-by': i18n.t('popup.search.exact.citedBy'),
      'in-report': i18n.t('popup.search.exact.inReport'),
    },
    footnotes: i18n.t('popup.search.footnotes'),
    themes: i18n.t('popup.search.themes'),
    citedBy: i18n.t('popup.search.citedBy'),
    citedByNone: i18n.t('popup.search.citedByNone'),
    themeName: (theme) => localThemeName(theme, i18n.t('common.langCode') === 'fr' ? 'fr' : 'en'),
    themeAction: (name) => i18n.t('popup.search.themeAction', [name]),
    recordAction: (id) => i18n.t('popup.search.recordAction', [id]),
    save: i18n.t('popup.search.save'),
    copy: i18n.t('popup.search.copy'),
    open: i18n.t('popup.search.open'),
  };
}

/** Every word of the Search tab in the browser's language. */
export function searchStrings(): SearchStrings {
  return {
    ...recordStrings(),
    searchLabel: i18n.t('popup.search.label'),
    placeholder: i18n.t('popup.search.placeholder'),
    resultsLabel: i18n.t('popup.search.results'),
    loading: i18n.t('popup.search.loading'),
    empty: i18n.t('popup.search.empty'),
    examplesLabel: i18n.t('popup.search.examples'),
    noWords: i18n.t('popup.search.noWords'),
    noMatch: (query) => i18n.t('popup.search.noMatch', [query]),
    noMatchFiltered: i18n.t('popup.search.noMatchFiltered'),
    count: (count) => i18n.t('popup.search.count', count),
    capped: (shown, total) => i18n.t('popup.search.capped', [String(shown), String(total)]),
    truncated: (chars) => i18n.t('popup.search.truncated', [String(chars)]),
    corrected: (words) => i18n.t('popup.search.corrected', [words]),
    outside: (keys) => i18n.t('popup.search.outside', [keys]),
    showMore: i18n.t('popup.search.showMore'),
    filters: {
      toggle: i18n.t('popup.search.filters.toggle'),
      toggleActive: (count) => i18n.t('popup.search.filters.toggleActive', [String(count)]),
      theme: i18n.t('popup.search.filters.theme'),
      anyTheme: i18n.t('popup.search.filters.anyTheme'),
      group: i18n.t('popup.search.filters.group'),
      anyGroup: i18n.t('popup.search.filters.anyGroup'),
      yearFrom: i18n.t('popup.search.filters.yearFrom'),
      yearTo: i18n.t('popup.search.filters.yearTo'),
      anyYear: i18n.t('popup.search.filters.anyYear'),
      kind: i18n.t('popup.search.filters.kind'),
      anyKind: i18n.t('popup.search.filters.anyKind'),
      kinds: {
        recommendation: i18n.t('popup.search.filters.recommendation'),
        decision: i18n.t('popup.search.filters.decision'),
        resolution: i18n.t('popup.search.filters.resolution'),
      },
      clear: i18n.t('popup.search.filters.clear'),
    },
  };
}

/**
 * What to say when the corpus could not be read: still being seeded (the first seconds after installing), or the
 * error itself.
 */
export function loadErrorMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'EmptyCorpusError') return i18n.t('popup.search.notSeeded');
  return i18n.t('popup.search.loadError', [error instanceof Error ? error.message : String(error)]);
}
