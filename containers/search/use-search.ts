import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadErrorMessage } from '../../components/search/record-words';
import type { ResultEntry } from '../../components/search/ResultCard';
import type { FilterOptions } from '../../components/search/SearchFilters';
import type { SearchSummary, SearchViewProps } from '../../components/search/SearchView';
import { describe, summarise, type RecordAction } from '../../lib/search/describe';
import { facetsOf } from '../../lib/search/facets';
import { isFiltering, type SearchFilters } from '../../lib/search/filters';
import { MAX_QUERY_CHARS, type SearchEngine } from '../../lib/search';
import { actionsFor } from '../../lib/search/record-actions';
import { welcomeHref } from '../popup/popup-browser';
import { actionText, POPUP_RECORDS, uiLang, type RecordServices } from './record-services';

/** Results shown at first and added by "Show more": enough to scroll, few enough to render at once. */
export const SEARCH_PAGE = 20;

/** Queries offered on an empty box: an id, a COP decision, accented words, the tail of a report symbol. */
const EXAMPLES = ['IV.45.k', 'décision 4/4', 'prélèvement d’organes', 'WG.4/2015/6'];

/** What the tab was showing, kept while the popup is open so switching tabs and back loses nothing. */
let kept: { query: string; filters: SearchFilters } | null = null;

/** Forgets what the Search tab kept (a new popup starts empty; tests start each case afresh). */
export function forgetSearch(): void {
  kept = null;
}

/** The filter choices the engine's corpus offers, the meetings and sessions worded. */
function filterOptionsOf(engine: SearchEngine | null): FilterOptions {
  if (!engine) return { themes: [], groups: [], years: [] };
  const facets = facetsOf(engine.lookup, engine.docs);
  return {
    themes: facets.themes,
    groups: [
      ...facets.meetings.map((m) => ({
        id: m.id,
        label: i18n.t('popup.search.filters.meeting', [m.id, String(m.year)]),
      })),
      ...facets.sessions.map((s) => ({
        id: s.id,
        label: i18n.t('popup.search.filters.session', [String(s.ordinal), String(s.year)]),
      })),
    ],
    years: facets.years,
  };
}

/**
 * The Search tab's container: the popup's search engine, the query, the filters and the page of results, the record
 * actions and the interface language, as the props of `SearchView`.
 */
export function useSearch(initialQuery: string, services: RecordServices = POPUP_RECORDS): SearchViewProps {
  const input = useRef<HTMLInputElement>(null);
  // The engine the popup built before this first render (main.tsx waits for it), so the first frame shows results;
  // otherwise it is awaited from the first render, not from an effect (effects wait for a painted frame).
  const [engine, setEngine] = useState<SearchEngine | null>(services.readyEngine);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState(kept?.query ?? initialQuery);
  const [filters, setFilters] = useState<SearchFilters>(kept?.filters ?? {});
  const [limit, setLimit] = useState(SEARCH_PAGE);
  // Layout effects run before the frame is painted: the box has focus in the frame that shows it.
  useLayoutEffect(() => {
    input.current?.focus();
    if (!engine) services.engine().then(setEngine, (e: unknown) => setError(loadErrorMessage(e)));
  }, []);
  useEffect(() => {
    kept = { query, filters };
    setLimit(SEARCH_PAGE);
  }, [query, filters]);

  const response = useMemo(() => {
    if (!engine) return null;
    // Benchmark hook (read by bench/): each search is a `renvoi:search` measure on the popup's performance timeline.
    const start = performance.now();
    const found = engine.search(query, { filters, limit });
    performance.measure('renvoi:search', { start });
    return found;
  }, [engine, query, filters, limit]);
  const filterOptions = useMemo(() => filterOptionsOf(engine), [engine]);

  const entries = useMemo((): ResultEntry[] => {
    if (!engine || !response) return [];
    return response.hits.flatMap((hit) => {
      const summary = summarise(engine.lookup, hit.id);
      return summary
        ? [{ summary, title: hit.title, snippet: hit.snippet, inNotes: hit.inNotes, exact: hit.exact }]
        : [];
    });
  }, [engine, response]);

  const summary: SearchSummary | null = response && {
    state: response.state,
    total: response.total,
    truncated: response.truncated,
    // What else was searched: the French of English or Spanish phrases (`travail forcé`), then corrected spellings.
    corrections: [...response.translations.map((t) => t.to), ...response.corrections.flatMap((c) => c.terms)],
    outside: response.outside.map((o) => o.key),
    filtered: isFiltering(filters),
  };

  const onAction = async (id: string, action: RecordAction): Promise<string> =>
    engine ? actionText(await services.runAction(engine.lookup, id, action, uiLang())) : '';

  return {
    query,
    onQuery: setQuery,
    inputRef: input,
    phase: error ? 'error' : engine ? 'ready' : 'loading',
    error: error ?? undefined,
    summary,
    examples: EXAMPLES,
    filters,
    filterOptions,
    onFilters: setFilters,
    maxChars: MAX_QUERY_CHARS,
    helpHref: welcomeHref(),
    entries,
    getDetails: (id) => (engine ? describe(engine.lookup, id, uiLang()) : null),
    getActions: (id) => (engine ? actionsFor(engine.lookup, id) : []),
    onAction,
    onTheme: (themeId) => {
      // "Search within the theme": every text of the theme, to narrow by typing.
      setFilters({ ...filters, themeId });
      setQuery('');
      input.current?.focus();
    },
    onRecord: (id) => {
      setQuery(id);
      input.current?.focus();
    },
    more:
      response && entries.length < response.total
        ? { label: i18n.t('popup.search.showMore'), onClick: () => setLimit(limit + SEARCH_PAGE) }
        : null,
  };
}
