import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CardLayer } from '../../components/card/CardLayer';
import type { Lang } from '../../lib/references/lang';
import type { CardView } from '../../lib/page/page-session';
import { createShadowHost, loadOwnCss, type ShadowHost } from '../../lib/page/card/shadow-host';

/** The stylesheet WXT builds from the content script's CSS imports (`cssInjectionMode: 'ui'` keeps it out of pages). */
const CSS_PATH = '/content-scripts/content.css';

/**
 * The card's rendering: one `<div data-renvoi-ui>` host appended to the body (the only node Renvoi adds to a page)
 * with the card stylesheet in its open shadow root, and Preact rendering `CardLayer` into a div of ours inside it.
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
      // The page removed our host (some frameworks own the whole body): put it back, where the page has room.
      const parent = () => document.body ?? document.documentElement;
      if (ui && !ui.host.isConnected && parent()) parent()!.append(ui.host);
      // One attempt: a page without a body falls back to the root element; a failure (a document where no element
      // can host a shadow root) is not retried, so a hostile page cannot make Renvoi loop or fetch again and again.
      mounting ??= (async () => {
        const css = await loadOwnCss((browser.runtime.getURL as (path: string) => string)(CSS_PATH));
        if (!parent() || ctx.isInvalid) return;
        const next = createShadowHost(document, css);
        parent()!.append(next.host);
        ui = next;
      })().catch((error: unknown) => {
        console.warn('Renvoi: the card could not be set up', error);
      });
      return mounting;
    },
    render(model, announce = true) {
      if (!ui) return null;
      render(<CardLayer card={model ? { ...model, lang } : null} announce={announce} />, ui.container);
      return ui.container.querySelector<HTMLElement>('[role="dialog"]');
    },
  };
}
