import '../../components/card/card.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { i18n } from '#i18n';
import { request } from '../../lib/messaging/client';
import { extensionServices } from '../../lib/page/extension-services';
import { answerPageMessage } from '../../lib/page/page-messages';
import { createPageSession } from '../../lib/page/page-session';
import { siteOf } from '../../lib/page/site';
import { announcePdf } from '../../lib/pdf-route/content-pdf';
import { readPageSettings, watchPageSettings } from '../../lib/settings/page-settings';
import { isActiveOn, type Settings } from '../../lib/settings/values';
import { createCardView } from './card-view';
import { langOf } from '../../lib/references/lang';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would otherwise window.postMessage `wxt:content-script-started` (with the extension id) into every page and
  // frame, where any page reads it and can answer with the message that switches Renvoi off.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const top = window === window.top;
    // Announce the top frame to the background (tests find its tab through it); sub-frames stay silent. The
    // background records the address the browser reports, without query or fragment.
    if (top) void request('content/hello', { url: location.origin, frame: 'top' }).catch(() => undefined);
    // In the browser's PDF viewer: badge the tab and let the popup offer "Open in Renvoi".
    ctx.onInvalidated(announcePdf(window, top ? 'top' : 'sub'));
    const lang = langOf(i18n.t('common.langCode'));
    const settings = await readPageSettings();
    const session = createPageSession({
      win: window,
      lifetime: ctx,
      view: createCardView(ctx, lang),
      lang,
      settings,
      // The manifest injects the marks' base rules into every page (wxt.config.ts, content-scripts/marks.css).
      baseRules: 'manifest',
      services: extensionServices(window),
    });

    const site = siteOf(window);
    const apply = (next: Settings) => {
      session.applySettings(next);
      if (isActiveOn(next, site)) void session.start();
      else session.stop();
    };
    apply(settings);
    ctx.onInvalidated(watchPageSettings(apply));
    ctx.onInvalidated(() => session.stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => session.navigated());

    // The popup's "On this page" talks to the top frame only: with several frames, one answer must win.
    if (top) {
      const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
        const reply = answerPageMessage(raw, session);
        if (reply) sendResponse(reply);
      };
      browser.runtime.onMessage.addListener(listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    }
  },
});
