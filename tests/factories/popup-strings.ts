import type { PageStrings } from '../../components/page/strings';
import { localThemeName, type RecordStrings, type SearchStrings } from '../../components/search/strings';
import type { ThemeStrings } from '../../components/themes/strings';

/**
 * English words for component tests (the real ones come from locales/en.yml through i18n); `lang` only decides the
 * language of theme names.
 */
export function makeRecordStrings(lang: 'en' | 'fr' = 'en'): RecordStrings {
  return {
    themeName: (theme) => localThemeName(theme, lang),
    kinds: {
      recommendation: 'Recommendation',
      preambular: 'Preambular paragraph',
      operative: 'Paragraph',
      decision: 'COP decision',
      resolution: 'COP resolution',
      meeting: 'Working Group meeting',
      session: 'COP session',
      theme: 'Theme',
    },
    meeting: (id) => `Meeting ${id}`,
    instrument: (kind, id) => `${kind === 'decision' ? 'Decision' : 'Resolution'} ${id}`,
    itemCount: (n) => `${n} items`,
    inNotes: 'In a footnote:',
    exact: {
      id: 'Exact id',
      symbol: 'Report symbol',
      citation: 'Named in your search',
      'cited-by': 'Cites it',
      'in-report': 'In this report',
    },
    footnotes: 'Footnotes',
    themes: 'Themes',
    citedBy: 'Cited by',
    citedByNone: 'No text cites it.',
    themeAction: (name) => `Search within the theme “${name}”`,
    recordAction: (id) => `Show ${id}`,
    save: 'Save',
    copy: 'Copy citation',
    open: 'Open document',
  };
}

export function makeSearchStrings(): SearchStrings {
  return {
    ...makeRecordStrings(),
    searchLabel: 'Search',
    placeholder: 'Words, an id or a symbol',
    resultsLabel: 'Results',
    loading: 'Loading…',
    empty: 'Search the compendium.',
    examplesLabel: 'Try:',
    noWords: 'Type a word.',
    noMatch: (q) => `Nothing found for “${q}”.`,
    noMatchFiltered: 'Nothing matches these filters.',
    count: (n) => (n === 1 ? '1 result' : `${n} results`),
    capped: (shown, total) => `Showing ${shown} of ${total} results`,
    truncated: (n) => `Only the first ${n} characters were searched.`,
    corrected: (w) => `Also searched: ${w}.`,
    outside: (k) => `${k}: not in the compendium.`,
    showMore: 'Show more results',
    filters: {
      toggle: 'Filters',
      toggleActive: (n) => `Filters (${n})`,
      theme: 'Theme',
      anyTheme: 'All themes',
      group: 'Meeting or session',
      anyGroup: 'All meetings and sessions',
      yearFrom: 'From',
      yearTo: 'To',
      anyYear: 'Any year',
      kind: 'Kind',
      anyKind: 'All kinds',
      kinds: { recommendation: 'Recommendations', decision: 'COP decisions', resolution: 'COP resolutions' },
      clear: 'Clear filters',
    },
  };
}

export function makeThemeStrings(): ThemeStrings {
  return {
    listLabel: 'Themes',
    count: (n) => `${n} themes`,
    items: (n) => `${n} items`,
    back: 'All themes',
    chartTitle: 'Recommendations per meeting',
    chartBar: (id, year, n) => `Meeting ${id} (${year}): ${n}`,
    noRecommendations: 'No recommendations.',
    groupMeeting: (id, year) => `Meeting ${id} (${year})`,
    groupSession: (ordinal, year, instruments) => `COP ${ordinal} (${year}): ${instruments}`,
  };
}

export function makePageStrings(): PageStrings {
  return {
    loading: 'Looking at the page…',
    unavailable: 'Renvoi cannot read this page.',
    none: 'No citation on this page.',
    heading: 'Citations on this page',
    count: (n) => `${n} citations`,
    occurrences: (n) => (n === 1 ? 'once' : `${n} times`),
    inCorpus: 'In the compendium',
    notInCorpus: 'Not in the compendium',
    reveal: 'Show on the page',
    revealNext: (n, count) => `Show occurrence ${n} of ${count} on the page`,
    revealed: 'Shown on the page.',
    revealFailed: 'That citation is no longer on the page.',
    themesHeading: 'Themes this page touches',
    themeCount: (n) => `${n} citations`,
  };
}
