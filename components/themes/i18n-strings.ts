import { i18n } from '#i18n';
import type { ThemeStrings } from './strings';

/** The Themes tab's words in the browser's language (see locales/*.yml, `popup.themes`). */
export function themeStrings(): ThemeStrings {
  return {
    listLabel: i18n.t('popup.themes.listLabel'),
    count: (count) => i18n.t('popup.themes.count', [String(count)]),
    items: (count) => i18n.t('popup.themes.items', count),
    back: i18n.t('popup.themes.back'),
    chartTitle: i18n.t('popup.themes.chartTitle'),
    chartBar: (id, year, count) => i18n.t('popup.themes.chartBar', [id, String(year), String(count)]),
    noRecommendations: i18n.t('popup.themes.noMeetingItems'),
    groupMeeting: (id, year) => i18n.t('popup.themes.groupMeeting', [id, String(year)]),
    groupSession: (ordinal, year, instruments) =>
      i18n.t('popup.themes.groupSession', [String(ordinal), String(year), instruments]),
  };
}
