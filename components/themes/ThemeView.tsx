import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { MeetingBar } from '../../lib/search/theme-view';
import type { ResultEntry } from '../search/ResultCard';
import { ResultList, type ResultListProps } from '../search/ResultList';
import { MeetingChart } from './MeetingChart';

/** The theme's items from one meeting or session, with their heading already in words. */
export interface ThemeViewGroup {
  id: string;
  heading: string;
  entries: ResultEntry[];
}

export interface ThemeViewProps extends Pick<
  ResultListProps,
  'getDetails' | 'getActions' | 'onAction' | 'onTheme' | 'onRecord'
> {
  /** `name` in the interface language; `french`, the index's own name, when it differs. */
  theme: { id: string; name: string; french?: string | null; count: number };
  bars: MeetingBar[];
  groups: ThemeViewGroup[];
  onBack: () => void;
}

/**
 * One theme: its name and number of items, the chart of its recommendations per meeting, then its items grouped by
 * meeting and by COP session (each expandable like a search result). Esc or "All themes" goes back.
 */
export function ThemeView(props: ThemeViewProps) {
  const { theme, bars, groups, onBack } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [theme.id]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onBack();
    }
  };
  return (
    <div class="theme" onKeyDown={onKeyDown}>
      <button type="button" class="link-button theme__back" onClick={onBack}>
        ← {i18n.t('popup.themes.back')}
      </button>
      <h2 class="theme__name" tabIndex={-1} ref={heading}>
        {theme.name}
      </h2>
      {theme.french && (
        <p class="theme__french" lang="fr">
          {theme.french}
        </p>
      )}
      <p class="theme__count">{i18n.t('popup.themes.items', theme.count)}</p>
      <MeetingChart
        bars={bars}
        title={i18n.t('popup.themes.chartTitle')}
        barLabel={(id, year, count) => i18n.t('popup.themes.chartBar', [id, String(year), String(count)])}
      />
      {bars.every((b) => b.count === 0) && <p class="chart__empty">{i18n.t('popup.themes.noMeetingItems')}</p>}
      {groups.map((group) => (
        <section key={group.id} class="theme__group" aria-labelledby={`theme-group-${group.id}`}>
          <h3 class="theme__group-heading" id={`theme-group-${group.id}`}>
            {group.heading}
          </h3>
          <ResultList
            entries={group.entries}
            label={group.heading}
            getDetails={props.getDetails}
            getActions={props.getActions}
            onAction={props.onAction}
            onTheme={props.onTheme}
            onRecord={props.onRecord}
          />
        </section>
      ))}
    </div>
  );
}
