import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CardLayer } from '../../components/card/CardLayer';
import type { Lang } from '../../lib/export/pinpoint';
import type { CardView } from '../../lib/page/page-session';
import { createShadowHost, loadOwnCss, type ShadowHost } from '../../lib/page/card/shadow-host';

/** The stylesheet WXT builds from the content script's CSS imports (`cssInjectionMode: 'ui'` keeps it out of pages). */
const CSS_PATH = '/content-scripts/content.css';

/**
 * The card's rendering: one `<renvoi-ui>` host appended to the body (the only node Renvoi adds to a page) with the
 * card stylesheet in its open shadow root, and Preact rendering `CardLayer` into a div of ours inside it.
 */
/** What the view needs of its page's lifetime: WXT's content-script context, the welcome page's or the PDF reader's own. */
export interface CardViewLifetime {
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): unknown;
}

export function createCardView(ctx: CardViewLifetime, lang: Lang): CardView {
  let ui: ShadowHost | null = null;
  let mounting: Promise<void> | null = null;
  ctx.onInvalidated(() => ui?.host.remove());
  return {
    get host() {
      return ui?.host ?? null;
    },
    get shadow() {
      return ui?.shadow ?? null;
    },
    mount() {
      // The page removed our host (some frameworks own the whole body): put it back.
      if (ui && !ui.host.isConnected && document.body) document.body.append(ui.host);
      mounting ??= (async () => {
        const css = await loadOwnCss((browser.runtime.getURL as (path: string) => string)(CSS_PATH));
        if (!document.body || ctx.isInvalid) return;
        ui = createShadowHost(document, 'renvoi-ui', css);
        document.body.append(ui.host);
      })().catch((error: unknown) => {
        mounting = null;
        console.warn('Renvoi: the card could not be set up', error);
      });
      return mounting;
    },
    render(model) {
      if (!ui) return null;
      render(<CardLayer card={model ? { ...model, lang } : null} />, ui.container);
      return ui.container.querySelector<HTMLElement>('[role="dialog"]');
    },
  };
}
