/**
 * Answers the popup's messages to the content script (`lib/messaging/page-protocol.ts`): what was found on the page,
 * and "reveal this occurrence". Each request is checked by `validatePageMessage` (`lib/messaging/page-validate.ts`),
 * as the background checks its messages, before an answer is asked for.
 */

import type { Reply } from '../messaging/protocol';
import type { PageMessageType, PageProtocol } from '../messaging/page-protocol';
import { validatePageMessage } from '../messaging/page-validate';

export interface PageAnswers {
  citations(): PageProtocol['page/citations']['response'];
  reveal(key: string, index: number): boolean;
}

/** The messages a page session answers; `page/pdf` is the PDF document's own frame's (`content-pdf.ts`). */
const SESSION_TYPES: ReadonlySet<PageMessageType> = new Set(['page/citations', 'page/reveal']);

/** The reply to a page message, or null when `raw` is not one this session answers (other listeners may). */
export function answerPageMessage(raw: unknown, answers: PageAnswers): Reply<unknown> | null {
  const checked = validatePageMessage(raw);
  if (!checked) return null;
  if (!checked.ok) return SESSION_TYPES.has(checked.type) ? { ok: false, error: checked.error } : null;
  const { message } = checked;
  switch (message.type) {
    case 'page/citations':
      return { ok: true, value: answers.citations() };
    case 'page/reveal':
      return { ok: true, value: { revealed: answers.reveal(message.key, message.index) } };
    default:
      return null;
  }
}
