import { useState } from 'preact/hooks';
import type { CardTheme } from '../../lib/cards/card-data';
import type { Lang } from '../../lib/references/lang';

/** Theme chips a card shows before its "Show all" button. */
export const THEME_CHIPS = 8;

export interface ThemeChipsProps {
  themes: readonly CardTheme[];
  /** Accessible name of the list ("Themes"). */
  label: string;
  /** Accessible text of one chip ("Coopération internationale: 3 items"). */
  chipLabel: (theme: CardTheme) => string;
  /** Chips shown before "Show all"; all of them when absent. */
  limit?: number;
  /** The "Show all" button's text for a number of themes. */
  showAll?: (count: number) => string;
  /** False leaves out the counts (a single item's themes: the document's counts would mislead). */
  counts?: boolean;
  /** The interface language: English shows the English names, the French one in a tooltip. */
  lang?: Lang;
}

/** A chip's name in the interface language. */
export const chipName = (theme: CardTheme, lang: Lang | undefined): string =>
  lang === 'en' && theme.en ? theme.en : theme.name;

/**
 * The themes of the thematic index that list the document's items, most items first, each with its count. A long
 * list (a meeting's report covers up to 30 themes) shows its first chips and a button for the rest.
 */
export function ThemeChips({ themes, label, chipLabel, limit, showAll, counts = true, lang }: ThemeChipsProps) {
  const [all, setAll] = useState(false);
  if (themes.length === 0) return null;
  const sorted = [...themes].sort((a, b) => b.itemIds.length - a.itemIds.length);
  const cut = !all && limit !== undefined && sorted.length > limit + 1;
  const shown = cut ? sorted.slice(0, limit) : sorted;
  return (
    <>
      <ul class="rv-chips" aria-label={label}>
        {shown.map((theme) => (
          <li
            key={theme.id}
            class="rv-chip"
            aria-label={chipLabel(theme)}
            title={chipName(theme, lang) !== theme.name ? theme.name : undefined}
          >
            <span class="rv-chip__name">{chipName(theme, lang)}</span>
            {counts ? (
              <span class="rv-chip__count" aria-hidden="true">
                {theme.itemIds.length}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {cut && showAll ? (
        <button type="button" class="rv-more" onClick={() => setAll(true)}>
          {showAll(sorted.length)}
        </button>
      ) : null}
    </>
  );
}
