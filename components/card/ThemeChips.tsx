import type { CardTheme } from '../../lib/cards/types';

export interface ThemeChipsProps {
  themes: readonly CardTheme[];
  /** Accessible name of the list ("Themes"). */
  label: string;
  /** Accessible text of one chip ("Coopération internationale: 3 items"). */
  chipLabel: (theme: CardTheme) => string;
}

/** The themes of the thematic index that list the document's items, most items first, each with its count. */
export function ThemeChips({ themes, label, chipLabel }: ThemeChipsProps) {
  if (themes.length === 0) return null;
  const sorted = [...themes].sort((a, b) => b.itemIds.length - a.itemIds.length);
  return (
    <ul class="rv-chips" aria-label={label}>
      {sorted.map((theme) => (
        <li key={theme.id} class="rv-chip" aria-label={chipLabel(theme)}>
          <span class="rv-chip__name">{theme.name}</span>
          <span class="rv-chip__count" aria-hidden="true">
            {theme.itemIds.length}
          </span>
        </li>
      ))}
    </ul>
  );
}
