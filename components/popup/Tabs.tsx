import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec {
  /** Stable id, used in element ids and the `?tab=` parameter. */
  id: string;
  /** Accessible name and visible label. */
  label: string;
  /** Optional count shown after the label (e.g. saved references). */
  badge?: number;
}

export interface TabsProps {
  tabs: TabSpec[];
  selected: string;
  onSelect: (id: string) => void;
  /** The selected tab's panel. */
  children: ComponentChildren;
}

/**
 * WAI-ARIA tabs: a tablist with roving tabindex (←/→/Home/End move and select), one visible tabpanel labelled by its
 * tab. Presentational: the parent owns which tab is selected.
 */
export function Tabs({ tabs, selected, onSelect, children }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(tabs[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class="tabs">
      <div role="tablist" class="tabs__list" ref={list} onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            class="tabs__tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.badge ? (
              <span class="tabs__badge" aria-hidden="true">
                {' '}
                {tab.badge}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} class="tabs__panel">
        {children}
      </div>
    </div>
  );
}
