import {
  CARD_LIMIT_CODE,
  CARD_WINDOW_MS,
  MAX_CARD_KEYS_PER_PAGE,
  MAX_CARD_REQUESTS_PER_WINDOW,
} from '../cards/card-data';
import type { Message } from '../messaging/protocol';
import type { Admit } from '../messaging/server';
import { pageAddress } from './content-registry';

/**
 * Caps on what one page's content script may ask of the background (audit L4). The service worker serves every
 * tab, and each `cards/for-keys` batch reads the corpus: a page that keeps generating new citations (or a
 * compromised content script) must not keep it busy. Renvoi's own pages (popup, saved list, the PDF reader) are not
 * capped: they act for the reader.
 *
 * - at most {@link MAX_CARD_KEYS_PER_PAGE} different keys per page (a page: one frame of one tab at one address);
 *   keys already counted are always served again (a retry on hover);
 * - at most {@link MAX_CARD_REQUESTS_PER_WINDOW} `cards/for-keys` messages per page in {@link CARD_WINDOW_MS} (the
 *   content script sends one per scan pass that found new keys).
 *
 * A refused request gets the coded error {@link LIMIT}; the content script's card store (`lib/page/card/card-store.ts`)
 * sends its batches one at a time and keeps within the key cap on its own, marks refused cards as limited, waits
 * before asking again, and after a few refusals asks only when the reader hovers a card.
 * The figures live in `lib/cards/card-data.ts`, which both sides import.
 */
export { MAX_CARD_KEYS_PER_PAGE, MAX_CARD_REQUESTS_PER_WINDOW, CARD_WINDOW_MS };
/** Pages remembered at once (the oldest is forgotten first): bounds the background's memory. */
export const MAX_PAGES_TRACKED = 200;

/** Prefix of the coded error a capped request gets: `renvoi-limit: …`. */
export const LIMIT = CARD_LIMIT_CODE;

interface PageUse {
  keys: Set<string>;
  /** Times of the recent requests, oldest first. */
  recent: number[];
}

export function createRequestCaps(now: () => number = Date.now): Admit {
  const pages = new Map<string, PageUse>();
  const useOf = (page: string): PageUse => {
    let use = pages.get(page);
    if (use) pages.delete(page); // re-inserted below: Map order is the least recently used first
    use ??= { keys: new Set(), recent: [] };
    pages.set(page, use);
    if (pages.size > MAX_PAGES_TRACKED) pages.delete(pages.keys().next().value!);
    return use;
  };
  return (message, sender) => {
    if (sender.from !== 'content' || message.type !== 'cards/for-keys') return null;
    const { keys } = message as Message<'cards/for-keys'>;
    const use = useOf(`${sender.tabId}:${sender.frameId}:${pageAddress(sender.url) ?? sender.url}`);
    const at = now();
    while (use.recent.length > 0 && at - use.recent[0]! >= CARD_WINDOW_MS) use.recent.shift();
    if (use.recent.length >= MAX_CARD_REQUESTS_PER_WINDOW) {
      return `${LIMIT}: more than ${MAX_CARD_REQUESTS_PER_WINDOW} card requests from this page in ${CARD_WINDOW_MS / 1000} s`;
    }
    const fresh = [...new Set(keys)].filter((key) => !use.keys.has(key));
    if (use.keys.size + fresh.length > MAX_CARD_KEYS_PER_PAGE) {
      return `${LIMIT}: this page asked for the cards of more than ${MAX_CARD_KEYS_PER_PAGE} different citations`;
    }
    use.recent.push(at);
    for (const key of fresh) use.keys.add(key);
    return null;
  };
}
