import { i18n } from '#i18n';
import type { PageStrings } from './strings';

/** The "On this page" words in the browser's language. */
export function pageStrings(): PageStrings {
  return {
    loading: i18n.t('popup.page.loading'),
    unavailable: i18n.t('popup.page.unavailable'),
    none: i18n.t('popup.page.none'),
    heading: i18n.t('popup.page.heading'),
    count: (count) => i18n.t('popup.page.count', count),
    occurrences: (count) => i18n.t('popup.page.occurrences', count),
    inCorpus: i18n.t('popup.page.inCorpus'),
    notInCorpus: i18n.t('popup.page.notInCorpus'),
    reveal: i18n.t('popup.page.reveal'),
    revealNext: (n, count) => i18n.t('popup.page.revealNext', [String(n), String(count)]),
    revealed: i18n.t('popup.page.revealed'),
    revealFailed: i18n.t('popup.page.revealFailed'),
    themesHeading: i18n.t('popup.page.themesHeading'),
    themeCount: (count) => i18n.t('popup.page.themeCount', count),
  };
}
