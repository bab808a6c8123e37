import { browser } from 'wxt/browser';
import { buildCards, buildResolverWire } from './cards/build-cards';
import type { ResolverWire } from '../cards/resolver-wire';
import { dropPendingSearch, handOverSearch } from '../messaging/pending-search';
import type { Handlers } from '../messaging/server';
import type { BackgroundServices } from './services';

type CardsType = Extract<keyof Handlers, `cards/${string}`>;

/** Opens the popup's search on a query; `popup` when the toolbar popup opened, `tab` when popup.html opened in a tab. */
export type SearchOpener = (query: string) => Promise<'popup' | 'tab'>;

/** How long `openPopup` may take before we fall back to a tab (it can wait for a window that never focuses). */
const OPEN_POPUP_TIMEOUT_MS = 1500;

/**
 * Opens the toolbar popup on a search with `action.openPopup()` where the browser allows it (Chrome 127+, Firefox
 * with a user gesture): the query waits in `storage.session` and the popup takes it when it opens, so the toolbar
 * button itself is never changed. Else `popup.html?q=…` opens in a new tab.
 */
export const openSearchInPopup: SearchOpener = async (query) => {
  const path = `/popup.html?q=${encodeURIComponent(query)}`;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (typeof action?.openPopup === 'function') {
    try {
      await handOverSearch(query);
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('openPopup timed out')), OPEN_POPUP_TIMEOUT_MS),
      );
      await Promise.race([action.openPopup(), timeout]);
      return 'popup';
    } catch {
      // No focused window, or the browser wants a user gesture: a tab does the same job.
      await dropPendingSearch().catch(() => undefined);
    }
  }
  await browser.tabs.create({ url: (browser.runtime.getURL as (p: string) => string)(path) });
  return 'tab';
};

/**
 * Handlers of the `cards/*` messages. Card data and resolver data need the seeded corpus; the resolver data is kept
 * per corpus version while the worker lives.
 */
export function createCardsHandlers(
  { db, seeder }: BackgroundServices,
  openSearch: SearchOpener = openSearchInPopup,
): Pick<Handlers, CardsType> {
  let resolver: { version: string; wire: Promise<ResolverWire> } | null = null;
  return {
    'cards/for-keys': async ({ keys }) => {
      await seeder.ensureSeeded();
      return { cards: await buildCards(db, keys) };
    },
    'cards/resolver-data': async () => {
      const { version } = await seeder.ensureSeeded();
      if (resolver?.version !== version) resolver = { version, wire: buildResolverWire(db) };
      const current = resolver;
      return current.wire.catch((error: unknown) => {
        if (resolver === current) resolver = null;
        throw error;
      });
    },
    'cards/open-search': async ({ query }) => ({ opened: await openSearch(query) }),
  };
}
