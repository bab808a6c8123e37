import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordAction, RecordDetails } from '../../lib/search/describe';
import { ResultCard, type ResultEntry } from './ResultCard';

/** Asks the list to move focus to a result (`token` changes for each request). */
export interface FocusRequest {
  index: number;
  /** Also expand it (Enter in the search box). */
  expand: boolean;
  token: number;
}

export interface ResultListProps {
  entries: ResultEntry[];
  /** Accessible name of the list. */
  label: string;
  getDetails: (id: string) => RecordDetails | null;
  getActions: (id: string) => RecordAction[];
  /** Runs an action; resolves to the words to announce (`Saved`, an error). */
  onAction: (id: string, action: RecordAction) => Promise<string>;
  onTheme: (themeId: string) => void;
  onRecord: (id: string) => void;
  /** ↑ on the first result, or Esc on a collapsed one: back to the search box. */
  onLeave?: () => void;
  /** A printable key typed on a result: the container sends focus back to the search box, which receives it. */
  onTypeAhead?: () => void;
  focusRequest?: FocusRequest | null;
  /** A "show more" button after the list. */
  more?: { label: string; onClick: () => void } | null;
}

const toggles = (list: HTMLElement | null) => [
  ...(list?.querySelectorAll<HTMLButtonElement>('[data-result-toggle]') ?? []),
];

/**
 * Results with keyboard navigation: ↑ ↓ Home End move between results, Enter or Space expands one, Esc collapses
 * it (or goes back to the search box). Expansion and action messages are kept per record id.
 */
export function ResultList(props: ResultListProps) {
  const { entries, label, getDetails, getActions, onAction, focusRequest, more } = props;
  const list = useRef<HTMLOListElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [statuses, setStatuses] = useState<ReadonlyMap<string, string>>(new Map());

  const toggle = (id: string, open?: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });

  useEffect(() => {
    if (!focusRequest) return;
    const target = toggles(list.current)[focusRequest.index];
    const id = target?.dataset.resultToggle;
    if (!target || !id) return;
    if (focusRequest.expand) toggle(id, true);
    target.focus();
    // Expanding inserts the panel below the button; keep the button in view.
    target.scrollIntoView({ block: 'nearest' });
  }, [focusRequest?.token]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const all = toggles(list.current);
    const index = all.indexOf(target as HTMLButtonElement);
    if (index < 0) return;
    const go = (i: number) => {
      event.preventDefault();
      all[i]?.focus();
      all[i]?.scrollIntoView({ block: 'nearest' });
    };
    if (event.key === 'ArrowDown') go(Math.min(index + 1, all.length - 1));
    else if (event.key === 'ArrowUp') {
      if (index === 0) {
        event.preventDefault();
        props.onLeave?.();
      } else go(index - 1);
    } else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      const id = target.dataset.resultToggle!;
      if (expanded.has(id)) toggle(id, false);
      else props.onLeave?.();
    } else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      props.onTypeAhead?.();
    }
  };

  const act = async (id: string, action: RecordAction) => {
    const message = await onAction(id, action);
    setStatuses((current) => new Map(current).set(id, message));
  };

  return (
    <>
      <ol class="results" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {entries.map((entry) => {
          const id = entry.summary.id;
          const open = expanded.has(id);
          return (
            <ResultCard
              key={id}
              entry={entry}
              expanded={open}
              details={open ? getDetails(id) : null}
              actions={open ? getActions(id) : []}
              status={statuses.get(id) ?? null}
              onToggle={() => toggle(id)}
              onAction={(action) => void act(id, action)}
              onTheme={props.onTheme}
              onRecord={props.onRecord}
            />
          );
        })}
      </ol>
      {more && (
        <button type="button" class="button results__more" onClick={more.onClick}>
          {more.label}
        </button>
      )}
    </>
  );
}
