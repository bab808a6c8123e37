/**
 * Checks what the popup asks a tab's content script (`page-protocol.ts`), as `validate.ts` checks what the background
 * is asked: the content script's `runtime.onMessage` hears whatever reaches it, so each request is untrusted input.
 * One check per page message type (a missing one is a type error); the answering side (`lib/page/page-messages.ts`,
 * `lib/pdf-route/content-pdf.ts`) only sees messages that passed.
 */
import type { PageMessage, PageMessageType } from './page-protocol';

/** One page message, its fields typed by its `type` (a union that narrows on `type`). */
export type CheckedPageMessage = { [T in PageMessageType]: PageMessage<T> }[PageMessageType];

/** A check returns `null` when the payload is valid, or a sentence naming the problem. */
type PayloadCheck = (payload: Record<string, unknown>) => string | null;

/** Longest citation key accepted (a real key is under 100 characters; the popup sends keys the page gave it). */
export const MAX_PAGE_KEY = 256;

const pageChecks: { [T in PageMessageType]: PayloadCheck } = {
  'page/citations': () => null,
  'page/reveal': ({ key, index }) =>
    typeof key !== 'string' || key.length === 0 || key.length > MAX_PAGE_KEY
      ? `"key" must be a non-empty string of at most ${MAX_PAGE_KEY} characters`
      : typeof index !== 'number' || !Number.isInteger(index) || index < 0
        ? '"index" must be a whole number, 0 or more'
        : null,
  'page/pdf': () => null,
};

/** The page message types a content script knows (pure: a bundle that does not use the list leaves it out). */
export const pageMessageTypes = /* @__PURE__ */ Object.keys(pageChecks) as PageMessageType[];

const isPageType = (type: unknown): type is PageMessageType =>
  typeof type === 'string' && Object.hasOwn(pageChecks, type);

/**
 * Checks an untrusted value against the page protocol: null when it is not a page message at all (another listener's
 * message, left alone), else the typed message or an error sentence naming the problem. Never throws.
 */
export function validatePageMessage(
  raw: unknown,
): { ok: true; message: CheckedPageMessage } | { ok: false; type: PageMessageType; error: string } | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  if (!isPageType(record.type)) return null;
  const problem = pageChecks[record.type](record);
  if (problem) return { ok: false, type: record.type, error: `Invalid "${record.type}" message: ${problem}` };
  return { ok: true, message: record as unknown as CheckedPageMessage };
}
