import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardLayer } from '../../components/card/CardLayer';
import type { Lang } from '../../lib/export/pinpoint';
import type { CardView } from '../../lib/page/page-session';

/**
 * The card's rendering: one `<renvoi-ui>` host appended to the body (the only node Renvoi adds to a page), an open
 * shadow root holding the card stylesheet, and Preact rendering `CardLayer` into a div of ours inside it.
 */
export function createCardView(ctx: ContentScriptContext, lang: Lang): CardView {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let container: HTMLElement | null = null;
  let mounting: Promise<void> | null = null;
  return {
    get host() {
      return ui?.shadowHost ?? null;
    },
    get shadow() {
      return ui?.shadow ?? null;
    },
    mount() {
      // The page removed our host (some frameworks own the whole body): put it back.
      if (ui && !ui.shadowHost.isConnected && document.body) ui.mount();
      mounting ??= (async () => {
        if (!document.body) return;
        ui = await createShadowRootUi(ctx, {
          name: 'renvoi-ui',
          position: 'inline',
          anchor: 'body',
          append: 'last',
          onMount: (body) => {
            const root = document.createElement('div');
            body.append(root);
            container = root;
            return root;
          },
        });
        ui.mount();
      })().catch((error: unknown) => {
        mounting = null;
        console.warn('Renvoi: the card could not be set up', error);
      });
      return mounting;
    },
    render(model) {
      if (!container) return null;
      render(<CardLayer card={model ? { ...model, lang } : null} />, container);
      return container.querySelector<HTMLElement>('[role="dialog"]');
    },
  };
}
