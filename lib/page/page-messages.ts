/**
 * Answers the popup's messages to the content script (`lib/messaging/page-protocol.ts`): what was found on the page,
 * and "reveal this occurrence". Untrusted input is checked like the background checks its messages.
 */

import type { Reply } from '../messaging/protocol';
import type { PageProtocol } from '../messaging/page-protocol';

export interface PageAnswers {
  citations(): PageProtocol['page/citations']['response'];
  reveal(key: string, index: number): boolean;
}

/** The reply to a page message, or null when `raw` is not one (other listeners may answer it). */
export function answerPageMessage(raw: unknown, answers: PageAnswers): Reply<unknown> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as Record<string, unknown>;
  if (message.type === 'page/citations') return { ok: true, value: answers.citations() };
  if (message.type !== 'page/reveal') return null;
  const { key, index } = message;
  if (typeof key !== 'string' || key.length === 0 || key.length > 256) {
    return { ok: false, error: 'Invalid "page/reveal" message: "key" must be a non-empty string' };
  }
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
    return { ok: false, error: 'Invalid "page/reveal" message: "index" must be a whole number, 0 or more' };
  }
  return { ok: true, value: { revealed: answers.reveal(key, index) } };
}
