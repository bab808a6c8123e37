import { browser, type Browser } from 'wxt/browser';
import type { Message, MessageType, Reply, ResponseOf } from './protocol';
import { classifySender, forbiddenError, senderMayUse, type SenderInfo } from './sender';
import { validateMessage } from './validate';

export type { SenderInfo } from './sender';

export type Handlers = {
  [T in MessageType]: (message: Message<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/** A cap on requests (the background's `request-caps.ts`): null to go on, else the coded error to answer. */
export type Admit = (message: Message, sender: SenderInfo) => string | null;

/**
 * Validates, checks the sender's class and the caps, dispatches and always answers: a thrown handler error becomes
 * `{ ok: false, error }`, a message its sender may not send gets the coded `renvoi-forbidden` error and runs nothing,
 * one over a cap gets the cap's coded error and runs nothing.
 */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: SenderInfo,
  admit: Admit = () => null,
): Promise<Reply<unknown>> {
  const checked = validateMessage(raw);
  if (!checked.ok) return { ok: false, error: checked.error };
  const { type } = checked.message;
  if (!senderMayUse(sender, type)) return { ok: false, error: forbiddenError(type) };
  const capped = admit(checked.message, sender);
  if (capped !== null) return { ok: false, error: capped };
  const handler = handlers[type] as (m: Message, s: SenderInfo) => unknown;
  try {
    return { ok: true, value: await handler(checked.message, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Installs the single runtime message listener. Works with real Chrome (sendResponse + `return true`) and with
 * WXT's fake browser (which ignores sendResponse and awaits the returned promise). Messages from another
 * extension are not answered.
 */
export function listenForMessages(handlers: Handlers, admit?: Admit): void {
  const self = { id: browser.runtime.id, baseUrl: (browser.runtime.getURL as (path: string) => string)('/') };
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse?: (reply: unknown) => void) => {
      const info = classifySender(sender, self);
      if (!info) return undefined;
      const answer = dispatch(handlers, raw, info, admit);
      if (typeof sendResponse !== 'function') return answer;
      void answer.then(sendResponse);
      return true;
    },
  );
}
