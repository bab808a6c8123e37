import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { i18n } from '#i18n';
import { langOf } from '../../lib/references/lang';
import { provideCardUi } from '../content/card-renderer';
import { cardUi } from '../content/render-card';

/**
 * The card UI module the content script imports when a page first needs its card host (`card-renderer.ts`): Preact,
 * the card's components and its buttons' actions, in the interface's language, out of the script every page parses.
 */
export default defineUnlistedScript(() => {
  provideCardUi(cardUi(langOf(i18n.t('common.langCode'))));
});
