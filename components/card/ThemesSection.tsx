import { i18n } from '#i18n';
import type { CardTheme } from '../../lib/cards/card-data';
import { CardSection } from './CardSection';
import type { Lang } from '../../lib/references/lang';
import { chipName, THEME_CHIPS, ThemeChips } from './ThemeChips';

/** The "Themes" section of a meeting, session or instrument card: chips with counts, the first few then "Show all". */
export function ThemesSection({ themes, lang }: { themes: readonly CardTheme[]; lang?: Lang }) {
  if (themes.length === 0) return null;
  return (
    <CardSection title={i18n.t('card.themes')}>
      <ThemeChips
        themes={themes}
        label={i18n.t('card.themes')}
        chipLabel={(t) => i18n.t('card.themeCount', t.itemIds.length, [chipName(t, lang), String(t.itemIds.length)])}
        lang={lang}
        limit={THEME_CHIPS}
        showAll={(count) => i18n.t('card.allThemes', [String(count)])}
      />
    </CardSection>
  );
}
