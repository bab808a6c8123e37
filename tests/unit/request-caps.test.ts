import { describe, expect, it, vi } from 'vitest';
import {
  CARD_WINDOW_MS,
  createRequestCaps,
  LIMIT,
  MAX_CARD_KEYS_PER_PAGE,
  MAX_CARD_REQUESTS_PER_WINDOW,
  MAX_PAGES_TRACKED,
} from '../../lib/background/request-caps';
import type { Message } from '../../lib/messaging/protocol';
import { EXTENSION_SENDER, type SenderInfo } from '../../lib/messaging/sender';
import { dispatch, type Handlers } from '../../lib/messaging/server';

/** A content script in frame `frameId` of tab `tabId`, on `url`. */
const page = (tabId = 4, frameId = 0, url = 'https://news.example/a.html'): SenderInfo => ({
  from: 'content',
  tabId,
  frameId,
  url,
  tabUrl: url,
  tabTitle: 'News',
});
const ask = (keys: string[]): Message => ({ type: 'cards/for-keys', keys }) as Message;
/** `n` different keys, `from` on. */
const keys = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `S/RES/${from + i}`);

/** A clock the test moves; each call advances it a little, as real requests would. */
function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('card-data caps per page', () => {
  it(`serves up to ${MAX_CARD_KEYS_PER_PAGE} different keys a page, then refuses new ones with ${LIMIT}`, () => {
    const time = clock();
    const admit = createRequestCaps(time.now);
    for (let i = 0; i < MAX_CARD_KEYS_PER_PAGE / 500; i++) {
      expect(admit(ask(keys(500, i * 500)), page())).toBeNull();
      time.advance(CARD_WINDOW_MS);
    }
    expect(admit(ask(['A/RES/1']), page())).toMatch(new RegExp(`^${LIMIT}: .*${MAX_CARD_KEYS_PER_PAGE} different`));
    // Keys the page already had are served again (a hover retrying a failed card), duplicates counted once.
    expect(admit(ask(['S/RES/0', 'S/RES/0', 'S/RES/4999']), page())).toBeNull();
  });

  it('refuses a batch that would cross the cap as a whole, and counts nothing of it', () => {
    const admit = createRequestCaps(clock().now);
    expect(admit(ask(keys(MAX_CARD_KEYS_PER_PAGE - 1)), page())).toBeNull();
    expect(admit(ask(['A/1', 'A/2']), page())).toMatch(LIMIT);
    expect(admit(ask(['A/1']), page())).toBeNull();
  });

  it.each([
    ['another frame of the tab', page(4, 2)],
    ['another tab', page(5)],
    ['another address in the same frame (a navigation)', page(4, 0, 'https://news.example/b.html')],
  ])('gives %s its own budget', (_label, other) => {
    const admit = createRequestCaps(clock().now);
    expect(admit(ask(keys(MAX_CARD_KEYS_PER_PAGE)), page())).toBeNull();
    expect(admit(ask(['A/1']), page())).toMatch(LIMIT);
    expect(admit(ask(['A/1']), other)).toBeNull();
  });

  it('treats a query or fragment change as the same page (the budget is not reset by #anchors)', () => {
    const admit = createRequestCaps(clock().now);
    expect(admit(ask(keys(MAX_CARD_KEYS_PER_PAGE)), page())).toBeNull();
    expect(admit(ask(['A/1']), page(4, 0, 'https://news.example/a.html?x=1#top'))).toMatch(LIMIT);
  });

  it(`allows ${MAX_CARD_REQUESTS_PER_WINDOW} requests a page in ${CARD_WINDOW_MS} ms, then again once the window moved`, () => {
    const time = clock();
    const admit = createRequestCaps(time.now);
    for (let i = 0; i < MAX_CARD_REQUESTS_PER_WINDOW; i++) {
      expect(admit(ask([`K/${i}`]), page())).toBeNull();
      time.advance(10);
    }
    expect(admit(ask(['K/0']), page())).toMatch(new RegExp(`^${LIMIT}: more than ${MAX_CARD_REQUESTS_PER_WINDOW}`));
    // Another page is not slowed down by this one.
    expect(admit(ask(['K/0']), page(9))).toBeNull();
    time.advance(CARD_WINDOW_MS);
    expect(admit(ask(['K/0']), page())).toBeNull();
  });

  it.each([
    ['Renvoi’s own pages (the PDF reader of a big document)', ask(keys(MAX_CARD_KEYS_PER_PAGE + 1)), EXTENSION_SENDER],
    ['other messages', { type: 'cards/open-search', query: 'IV.45' } as Message, page()],
  ])('does not cap %s', (_label, message, sender) => {
    const admit = createRequestCaps(clock().now);
    for (let i = 0; i < MAX_CARD_REQUESTS_PER_WINDOW + 5; i++) expect(admit(message, sender)).toBeNull();
  });

  it(`remembers at most ${MAX_PAGES_TRACKED} pages, forgetting the least recently seen`, () => {
    const admit = createRequestCaps(clock().now);
    expect(admit(ask(keys(MAX_CARD_KEYS_PER_PAGE)), page(1))).toBeNull();
    for (let tab = 2; tab <= MAX_PAGES_TRACKED + 1; tab++) admit(ask(['A/1']), page(tab));
    // Tab 1 was forgotten: a fresh budget (the cap bounds work, it is not a ban).
    expect(admit(ask(['A/1']), page(1))).toBeNull();
  });
});

describe('the message server applies the caps', () => {
  it('answers the coded error and runs no handler for a capped request', async () => {
    const forKeys = vi.fn(async () => ({ cards: {} }));
    const handlers = { 'cards/for-keys': forKeys } as unknown as Handlers;
    const admit = createRequestCaps(clock().now);
    // In batches the protocol accepts (500 keys a message).
    for (let from = 0; from < MAX_CARD_KEYS_PER_PAGE; from += 500) {
      expect(await dispatch(handlers, ask(keys(500, from)), page(), admit)).toEqual({ ok: true, value: { cards: {} } });
    }
    expect(await dispatch(handlers, ask(['A/1']), page(), admit)).toEqual({
      ok: false,
      error: expect.stringMatching(new RegExp(`^${LIMIT}:`)),
    });
    expect(forKeys).toHaveBeenCalledTimes(MAX_CARD_KEYS_PER_PAGE / 500);
  });
});
