import { i18n } from '#i18n';
import type { CardTheme } from '../../lib/cards/types';
import { CardSection } from './CardSection';
import { THEME_CHIPS, ThemeChips } from './ThemeChips';

/** The "Themes" section of a meeting, session or instrument card: chips with counts, the first few then "Show all". */
export function ThemesSection({ themes }: { themes: readonly CardTheme[] }) {
  if (themes.length === 0) return null;
  return (
    <CardSection title={i18n.t('card.themes')}>
      <ThemeChips
        themes={themes}
        label={i18n.t('card.themes')}
        chipLabel={(t) => i18n.t('card.themeCount', t.itemIds.length, [t.name, String(t.itemIds.length)])}
        limit={THEME_CHIPS}
        showAll={(count) => i18n.t('card.allThemes', [String(count)])}
      />
    </CardSection>
  );
}
