import { browser } from 'wxt/browser';
import type { CardView } from '../../lib/page/page-session';
import type { ShadowHost } from '../../lib/page/card/shadow-host';
import { CARD_UI_PATH, importCardUi, type CardUi } from './card-renderer';

/** What the view needs of its page's lifetime: WXT's content-script context, the welcome page's or the PDF reader's own. */
export interface CardViewLifetime {
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): unknown;
}

const extensionUrl = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

/** The content script's card UI: the card UI module, loaded when the host is first mounted. */
export const lazyCardUi = (): Promise<CardUi> => importCardUi(extensionUrl(CARD_UI_PATH));

/**
 * The card's rendering: one `<div data-renvoi-ui>` host appended to the body (the only node Renvoi adds to a page)
 * with the card stylesheet in its open shadow root, and the card UI (Preact rendering `CardLayer`, in the card UI's
 * language) drawing into a div of ours inside it. The host is made by the card UI, with its stylesheet, once it is
 * loaded; until then nothing renders and there is no open card (`CardView.presenter`).
 */
export function createCardView(ctx: CardViewLifetime, loadCardUi: () => Promise<CardUi> = lazyCardUi): CardView {
  let ui: ShadowHost | null = null;
  let card: CardUi | null = null;
  let mounting: Promise<void> | null = null;
  ctx.onInvalidated(() => ui?.host.remove());
  return {
    get host() {
      return ui?.host ?? null;
    },
    mount() {
      // The page removed our host (some frameworks own the whole body): put it back, where the page has room.
      const parent = () => document.body ?? document.documentElement;
      if (ui && !ui.host.isConnected && parent()) parent()!.append(ui.host);
      // One attempt: a page without a body falls back to the root element; a failure (a document where no element
      // can host a shadow root) is not retried, so a hostile page cannot make Renvoi loop or fetch again and again.
      mounting ??= (async () => {
        const loaded = await loadCardUi();
        if (!parent() || ctx.isInvalid) return;
        card = loaded;
        const next = loaded.host(document);
        parent()!.append(next.host);
        ui = next;
      })().catch((error: unknown) => {
        console.warn('Renvoi: the card could not be set up', error);
      });
      return mounting;
    },
    render(model, announce = true) {
      if (!ui || !card) return null;
      card.render(ui.container, model ? { ...model, lang: card.lang } : null, announce);
      return ui.container.querySelector<HTMLElement>('[role="dialog"]');
    },
    presenter: (deps) => (ui && card ? card.present(deps) : null),
  };
}
