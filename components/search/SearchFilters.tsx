import { i18n } from '#i18n';
import type { SearchKind } from '../../lib/search/documents';
import type { SearchFilters as Filters } from '../../lib/search/filters';

/** The choices the filters offer, from the corpus. */
export interface FilterOptions {
  themes: { id: string; name: string; count: number }[];
  /** Meetings then COP sessions, with their labels (`Meeting IV (2011)`). */
  groups: { id: string; label: string }[];
  years: number[];
}

export interface SearchFiltersProps {
  filters: Filters;
  options: FilterOptions;
  expanded: boolean;
  onToggle: () => void;
  onChange: (filters: Filters) => void;
}

const KINDS: SearchKind[] = ['recommendation', 'decision', 'resolution'];

export const activeFilterCount = (f: Filters): number =>
  [f.themeId, f.groupId, f.kind, f.yearFrom ?? null, f.yearTo ?? null].filter((x) => x !== null && x !== undefined)
    .length;

const yearOf = (value: string): number | null => (value ? Number(value) : null);

/**
 * The filter bar: a disclosure button (with the number of active filters) and the panel of selects — theme,
 * meeting or session, year range, kind — plus "Clear filters".
 */
export function SearchFilters({ filters, options, expanded, onToggle, onChange }: SearchFiltersProps) {
  const active = activeFilterCount(filters);
  const set = (change: Filters) => onChange({ ...filters, ...change });
  return (
    <div class="filters">
      <button
        type="button"
        class="filters__toggle"
        aria-expanded={expanded}
        aria-controls={expanded ? 'search-filters' : undefined}
        onClick={onToggle}
      >
        {active > 0
          ? i18n.t('popup.search.filters.toggleActive', [String(active)])
          : i18n.t('popup.search.filters.toggle')}
      </button>
      {expanded && (
        <div id="search-filters" class="filters__panel">
          <label class="filters__field filters__field--wide">
            <span>{i18n.t('popup.search.filters.theme')}</span>
            <select value={filters.themeId ?? ''} onChange={(e) => set({ themeId: e.currentTarget.value || null })}>
              <option value="">{i18n.t('popup.search.filters.anyTheme')}</option>
              {options.themes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} ({t.count})
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="button filters__clear" disabled={active === 0} onClick={() => onChange({})}>
            {i18n.t('popup.search.filters.clear')}
          </button>
          <label class="filters__field">
            <span>{i18n.t('popup.search.filters.group')}</span>
            <select value={filters.groupId ?? ''} onChange={(e) => set({ groupId: e.currentTarget.value || null })}>
              <option value="">{i18n.t('popup.search.filters.anyGroup')}</option>
              {options.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
            </select>
          </label>
          <label class="filters__field">
            <span>{i18n.t('popup.search.filters.kind')}</span>
            <select
              value={filters.kind ?? ''}
              onChange={(e) => set({ kind: (e.currentTarget.value || null) as SearchKind | null })}
            >
              <option value="">{i18n.t('popup.search.filters.anyKind')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {i18n.t(`popup.search.filters.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <YearSelect
            label={i18n.t('popup.search.filters.yearFrom')}
            years={options.years}
            value={filters.yearFrom}
            onChange={(yearFrom) => set({ yearFrom })}
          />
          <YearSelect
            label={i18n.t('popup.search.filters.yearTo')}
            years={options.years}
            value={filters.yearTo}
            onChange={(yearTo) => set({ yearTo })}
          />
        </div>
      )}
    </div>
  );
}

/** One end of the year range: "any year" or one of the corpus's years. */
function YearSelect(props: {
  label: string;
  years: readonly number[];
  value: number | null | undefined;
  onChange: (year: number | null) => void;
}) {
  return (
    <label class="filters__field">
      <span>{props.label}</span>
      <select value={props.value?.toString() ?? ''} onChange={(e) => props.onChange(yearOf(e.currentTarget.value))}>
        <option value="">{i18n.t('popup.search.filters.anyYear')}</option>
        {props.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
