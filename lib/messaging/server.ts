import { browser, type Browser } from 'wxt/browser';
import type { Message, MessageType, Reply, ResponseOf } from './protocol';
import { validateMessage } from './validate';

/** What a handler learns about who sent the message. */
export interface SenderInfo {
  tabId: number | null;
  url: string | null;
}

export type Handlers = {
  [T in MessageType]: (message: Message<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/** Validates, dispatches and always answers: a thrown handler error becomes `{ ok: false, error }`. */
export async function dispatch(handlers: Handlers, raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
  const checked = validateMessage(raw);
  if (!checked.ok) return { ok: false, error: checked.error };
  const handler = handlers[checked.message.type] as (m: Message, s: SenderInfo) => unknown;
  try {
    return { ok: true, value: await handler(checked.message, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Installs the single runtime message listener. Works with real Chrome (sendResponse + `return true`) and with
 * WXT's fake browser (which ignores sendResponse and awaits the returned promise).
 */
export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse?: (reply: unknown) => void) => {
      const info: SenderInfo = { tabId: sender.tab?.id ?? null, url: sender.url ?? null };
      const answer = dispatch(handlers, raw, info);
      if (typeof sendResponse !== 'function') return answer;
      void answer.then(sendResponse);
      return true;
    },
  );
}
