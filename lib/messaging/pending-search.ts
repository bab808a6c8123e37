import { browser } from 'wxt/browser';

/**
 * A search handed from the background to the toolbar popup it is about to open (a card's Search, "Look up in
 * Renvoi"). It travels through `storage.session` (extension contexts only) instead of `action.setPopup`, which
 * would change the toolbar button for every tab, and stay changed if the worker stopped before putting it back.
 */
export const PENDING_SEARCH_KEY = 'pendingSearch';

/** How long a handed-over search waits for the popup: a popup opens within a second or not at all. */
export const PENDING_SEARCH_TTL_MS = 10_000;

interface PendingSearch {
  query: string;
  at: number;
}

export async function handOverSearch(query: string, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [PENDING_SEARCH_KEY]: { query, at: now } satisfies PendingSearch });
}

export async function dropPendingSearch(): Promise<void> {
  await browser.storage.session.remove(PENDING_SEARCH_KEY);
}

/** The search handed over in the last few seconds, taken once (the next toolbar click opens the plain popup). */
export async function takePendingSearch(now = Date.now()): Promise<string | null> {
  const stored = (await browser.storage.session.get(PENDING_SEARCH_KEY))[PENDING_SEARCH_KEY] as
    Partial<PendingSearch> | undefined;
  if (!stored) return null;
  await dropPendingSearch();
  const fresh = typeof stored.at === 'number' && now - stored.at >= 0 && now - stored.at <= PENDING_SEARCH_TTL_MS;
  return fresh && typeof stored.query === 'string' ? stored.query.slice(0, 10_000) : null;
}
