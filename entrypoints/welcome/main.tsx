import '../../components/welcome/welcome.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { extensionServices } from '../../lib/page/extension-services';
import { highlightCss } from '../../lib/page/marks/highlight-css';
import { createPageSession, type PageLifetime } from '../../lib/page/page-session';
import { readPageSettings, watchPageSettings } from '../../lib/settings/page-settings';
import type { Settings } from '../../lib/settings/values';
import { createCardView } from '../content/card-view';
import { langOf } from '../../lib/references/lang';
import { cardUi } from '../content/render-card';
import { PAGE_ENGINE } from '../engine/page-engine';

const url = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);
const lang = langOf(i18n.t('common.langCode'));

/**
 * The content script does not run on extension pages, so this page runs the same page session itself, on its own
 * document: the sample paragraph is marked and its cards open exactly as on a web page, with the same messages.
 */
function startLiveParagraph(settings: Settings, root: Element) {
  const controller = new AbortController();
  const invalidated: (() => void)[] = [];
  const lifetime: PageLifetime & { readonly isInvalid: boolean; onInvalidated(cb: () => void): void } = {
    signal: controller.signal,
    setTimeout: (handler, ms) => window.setTimeout(handler, ms),
    requestAnimationFrame: (callback) => window.requestAnimationFrame(callback),
    get isInvalid() {
      return controller.signal.aborted;
    },
    onInvalidated: (callback) => void invalidated.push(callback),
  };
  addEventListener('pagehide', () => {
    controller.abort();
    for (const callback of invalidated) callback();
  });
  const session = createPageSession({
    win: window,
    root,
    lifetime,
    view: createCardView(lifetime, async () => cardUi(lang)),
    // No manifest styles on Renvoi's own pages: the page adopts the whole marks sheet.
    baseRules: highlightCss,
    settings,
    services: extensionServices(window),
    engine: async () => PAGE_ENGINE,
  });
  return session;
}

async function main() {
  document.documentElement.lang = i18n.t('common.langCode');
  document.title = i18n.t('welcome.title');
  const app = document.getElementById('app')!;
  const settings = await readPageSettings();
  const show = (next: Settings) =>
    render(
      <WelcomePage active={next.enabled} savedHref={url('/saved.html')} optionsHref={url('/options.html')} />,
      app,
    );
  show(settings);
  // Only the sample is read: the page's own explanations name citations too, as examples, not to hover.
  const session = startLiveParagraph(settings, app.querySelector('.welcome__sample')!);
  const apply = (next: Settings) => {
    show(next);
    session.applySettings(next);
    if (next.enabled) void session.start();
    else session.stop();
  };
  apply(settings);
  watchPageSettings(apply);
}

void main();
