import { i18n } from '#i18n';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { SearchFilters as Filters } from '../../lib/search/filters';
import type { SearchState } from '../../lib/search/engine';
import { ResultList, type FocusRequest, type ResultListProps } from './ResultList';
import { SearchFilters, type FilterOptions } from './SearchFilters';
import { HowItWorksLink } from '../welcome/HowItWorksLink';

/** What the engine said about the query, for the status line. */
export interface SearchSummary {
  state: SearchState;
  total: number;
  truncated: boolean;
  /** Closest spellings searched for misspelt words. */
  corrections: string[];
  /** Keys of cited documents outside the compendium. */
  outside: string[];
  filtered: boolean;
}

export interface SearchViewProps extends Pick<
  ResultListProps,
  'entries' | 'getDetails' | 'getActions' | 'onAction' | 'onTheme' | 'onRecord' | 'more'
> {
  query: string;
  onQuery: (query: string) => void;
  inputRef: Ref<HTMLInputElement>;
  /** `loading` until the corpus is indexed; `error` when it could not be read. */
  phase: 'loading' | 'error' | 'ready';
  /** The sentence shown when the corpus could not be read. */
  error?: string;
  summary: SearchSummary | null;
  /** Queries offered when nothing is typed. */
  examples: string[];
  filters: Filters;
  filterOptions: FilterOptions;
  onFilters: (filters: Filters) => void;
  /** Longest query searched, for the "cut" note. */
  maxChars: number;
  /** The welcome page ("How Renvoi works"), linked while nothing is typed. */
  helpHref?: string;
}

/**
 * The Search tab: search box, filters, one status line (announced politely, fixed height so results do not jump),
 * and the results. Keyboard: ↓ goes to the first result, Enter opens it, Esc clears the box.
 */
export function SearchView(props: SearchViewProps) {
  const { query, phase, summary, entries } = props;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const focusFirst = (expand: boolean) => setFocusRequest({ index: 0, expand, token: (focusRequest?.token ?? 0) + 1 });
  const focusBox = () => (props.inputRef as { current?: HTMLInputElement | null }).current?.focus();

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.key === 'ArrowDown' || event.key === 'Enter') && entries.length > 0) {
      event.preventDefault();
      focusFirst(event.key === 'Enter');
    } else if (event.key === 'Escape' && query) {
      // Esc clears first; a second Esc (empty box) is left to the browser, which closes the popup.
      event.preventDefault();
      props.onQuery('');
    }
  };

  return (
    <div class="search">
      <div class="search__box">
        <input
          ref={props.inputRef}
          type="search"
          class="search__input"
          aria-label={i18n.t('popup.search.label')}
          placeholder={i18n.t('popup.search.placeholder')}
          value={query}
          maxLength={10_000}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <SearchFilters
          filters={props.filters}
          options={props.filterOptions}
          expanded={filtersOpen}
          onToggle={() => setFiltersOpen(!filtersOpen)}
          onChange={props.onFilters}
        />
      </div>
      <div class="search__status" role="status">
        <StatusLine {...props} />
      </div>
      <div class="search__results">
        {/* Examples take the place of the results, so nothing above moves when typing starts. */}
        {phase === 'ready' && summary?.state === 'empty' && props.examples.length > 0 && (
          <p class="search__examples">
            {i18n.t('popup.search.examples')}{' '}
            {props.examples.map((example) => (
              <button key={example} type="button" class="chip chip--button" onClick={() => props.onQuery(example)}>
                {example}
              </button>
            ))}
          </p>
        )}
        {phase === 'ready' && summary?.state === 'empty' && props.helpHref && (
          <p class="tab-message">
            <HowItWorksLink href={props.helpHref} />
          </p>
        )}
        {entries.length > 0 && (
          <ResultList
            entries={entries}
            label={i18n.t('popup.search.results')}
            getDetails={props.getDetails}
            getActions={props.getActions}
            onAction={props.onAction}
            onTheme={props.onTheme}
            onRecord={props.onRecord}
            onLeave={focusBox}
            onTypeAhead={focusBox}
            focusRequest={focusRequest}
            more={props.more}
          />
        )}
      </div>
    </div>
  );
}

function StatusLine({ phase, error, summary, query, entries, maxChars }: SearchViewProps) {
  if (phase === 'loading') return <span>{i18n.t('popup.search.loading')}</span>;
  if (phase === 'error') return <span class="search__error">{error}</span>;
  if (!summary) return null;
  const notes = [
    summary.truncated ? i18n.t('popup.search.truncated', [String(maxChars)]) : null,
    summary.corrections.length > 0 ? i18n.t('popup.search.corrected', [summary.corrections.join(', ')]) : null,
    summary.outside.length > 0 ? i18n.t('popup.search.outside', [summary.outside.join(', ')]) : null,
  ].filter((n): n is string => n !== null);
  let main: string;
  switch (summary.state) {
    case 'empty':
      main = i18n.t('popup.search.empty');
      break;
    case 'no-words':
      main = i18n.t('popup.search.noWords');
      break;
    case 'no-match':
      main = summary.filtered
        ? i18n.t('popup.search.noMatchFiltered')
        : i18n.t('popup.search.noMatch', [query.trim().slice(0, 80)]);
      break;
    default:
      main =
        entries.length < summary.total
          ? i18n.t('popup.search.capped', [String(entries.length), String(summary.total)])
          : i18n.t('popup.search.count', summary.total);
  }
  return (
    <>
      <span>{main}</span>
      {notes.map((note) => (
        <span key={note} class="search__note">
          {' '}
          {note}
        </span>
      ))}
    </>
  );
}
