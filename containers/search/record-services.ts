import { i18n } from '#i18n';
import type { SearchEngine } from '../../lib/search';
import { popupEngine, readyPopupEngine } from '../../lib/search/popup-engine';
import { runRecordAction, type ActionOutcome } from '../../lib/search/record-actions';
import { langOf, type Lang } from '../../lib/references/lang';

/** What the Search and Themes tabs need from outside: the corpus engine and the record actions (tests fake them). */
export interface RecordServices {
  /** The popup's one engine, read once and shared by its tabs (`lib/search/popup-engine.ts`). */
  engine: () => Promise<SearchEngine>;
  /** That engine if it is already built, so a tab's first frame can show results. */
  readyEngine: () => SearchEngine | null;
  /** Save, copy or open a record (`lib/search/record-actions.ts`). */
  runAction: typeof runRecordAction;
}

export const POPUP_RECORDS: RecordServices = {
  engine: popupEngine,
  readyEngine: readyPopupEngine,
  runAction: runRecordAction,
};

/** The interface language, as the references are worded in it. */
export const uiLang = (): Lang => langOf(i18n.t('common.langCode'));

/** The line a result card shows once its action ran: "Saved", "Copied"… or why it failed. */
export const actionText = (outcome: ActionOutcome): string =>
  outcome.ok ? i18n.t(`popup.search.${outcome.done}`) : i18n.t('popup.search.actionFailed', [outcome.error]);
