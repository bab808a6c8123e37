/**
 * The popup's one way to ask a tab's content script something (`lib/messaging/page-protocol.ts`), as
 * `lib/messaging/client.ts` is its way to ask the background. The content script runs inside a web page, so its
 * answer is untrusted input: every reply is checked against its type's reader (`lib/messaging/page-reply.ts`), and a
 * page that never answers (frozen, or a broken content script) is given up after a timeout. Callers get the typed
 * value or a {@link PageRequestError}; they never see a raw reply.
 */
import { browser } from 'wxt/browser';
import type { PageMessageType, PageProtocol } from './page-protocol';
import { PAGE_REPLIES } from './page-reply';

/** A page that has not answered in this time is treated as one that cannot be read. */
export const PAGE_TIMEOUT_MS = 2000;

/**
 * Why a page request failed: nothing answered it (no content script there, or none that knows the message), it did
 * not answer in time, it refused the request (its error), or it answered something that is not the expected shape.
 */
export type PageFailure = 'no-answer' | 'timeout' | 'refused' | 'malformed';

export class PageRequestError extends Error {
  override name = 'PageRequestError';
  constructor(
    readonly reason: PageFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Delivers a message to a tab's content scripts and resolves to the first answer (`browser.tabs.sendMessage`). */
export type PageTransport = (tabId: number, message: unknown) => Promise<unknown>;

/** `promise`, or a {@link PageRequestError} `timeout` after `ms` (a frozen page never answers). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new PageRequestError('timeout', 'The page did not answer in time')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A typed, checked request to the content script of tab `tabId`. */
export type RequestPage = <T extends PageMessageType>(
  tabId: number,
  type: T,
  payload: PageProtocol[T]['request'],
) => Promise<PageProtocol[T]['response']>;

/** A client over `transport` (tests give a fake one) with `timeoutMs` per request. */
export function createPageClient(
  transport: PageTransport = (tabId, message) => browser.tabs.sendMessage(tabId, message),
  timeoutMs = PAGE_TIMEOUT_MS,
): RequestPage {
  return async (tabId, type, payload) => {
    let reply: unknown;
    try {
      reply = await withTimeout(transport(tabId, { ...payload, type }), timeoutMs);
    } catch (error) {
      if (error instanceof PageRequestError) throw error;
      // The browser's own error: no content script in that tab (browser pages, stores) or it went away.
      throw new PageRequestError('no-answer', error instanceof Error ? error.message : String(error));
    }
    if (!isRecord(reply) || typeof reply.ok !== 'boolean') {
      throw new PageRequestError(reply === undefined ? 'no-answer' : 'malformed', `No valid answer to "${type}"`);
    }
    if (!reply.ok) {
      throw new PageRequestError('refused', typeof reply.error === 'string' ? reply.error.slice(0, 500) : 'Refused');
    }
    const value = PAGE_REPLIES[type](reply.value);
    if (value === null) throw new PageRequestError('malformed', `The page answered "${type}" with something else`);
    return value;
  };
}

/** Asks the content script of a tab, through the browser. */
export const requestPage: RequestPage = createPageClient();
