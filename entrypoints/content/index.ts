import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { request } from '../../lib/messaging/client';
import { extensionServices } from '../../lib/page/extension-services';
import { answerPageMessage } from '../../lib/page/page-messages';
import { createPageSession } from '../../lib/page/page-session';
import { overrideCss } from '../../lib/page/marks/highlight-css';
import { createSiteResolver } from '../../lib/page/site';
import { announcePdf } from '../../lib/pdf-route/content-pdf';
import { readPageSettings, watchPageSettings } from '../../lib/settings/page-settings';
import { isActiveOn, type Settings } from '../../lib/settings/values';
import { createCardView } from './card-view';
import { lazyEngine } from './engine-loader';
import type { ContentLifetime } from './content-context';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The content script imports no CSS (the card's stylesheet comes with the card UI module, `render-card.tsx`); were
  // one added, 'ui' keeps it out of the page's own styles.
  cssInjectionMode: 'ui',
  // WXT would otherwise window.postMessage `wxt:content-script-started` (with the extension id) into every page and
  // frame, where any page reads it and can answer with the message that switches Renvoi off.
  noScriptStartedPostMessage: true,
  // The context is Renvoi's own (content-context.ts): typed to what it keeps of WXT's.
  async main(ctx: ContentLifetime) {
    const top = window === window.top;
    // No announcement on load: the background keeps no log of the pages Renvoi runs on and is not woken by every
    // page load (audit L1). Only a cross-origin frame asks it something (the tab's site, below).
    // In the browser's PDF viewer: badge the tab and let the popup offer "Open in Renvoi".
    ctx.onInvalidated(announcePdf(window, top ? 'top' : 'sub'));
    const settings = await readPageSettings();
    const session = createPageSession({
      win: window,
      lifetime: ctx,
      view: createCardView(ctx),
      settings,
      // The manifest injects the marks' base rules into every page (wxt.config.ts, content-scripts/marks.css).
      baseRules: overrideCss,
      services: extensionServices(window),
      // The engine's module, imported the first time the page's text may hold a citation.
      engine: lazyEngine,
    });

    // A cross-origin frame asks the background for the tab's site, once and only while some site is paused.
    const site = createSiteResolver(window, () =>
      request('content/hello', { url: location.origin, frame: 'sub' }).then((reply) => reply.site),
    );
    let applied = 0;
    const apply = async (next: Settings) => {
      const turn = ++applied;
      session.applySettings(next);
      const where = next.enabled && next.pausedSites.length > 0 ? await site() : '';
      if (turn !== applied) return; // newer settings arrived meanwhile
      if (isActiveOn(next, where)) void session.start();
      else session.stop();
    };
    void apply(settings);
    ctx.onInvalidated(watchPageSettings((next) => void apply(next)));
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
