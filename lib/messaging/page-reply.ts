/**
 * Checks what a tab's content script answers the popup, one reader per page message (`PAGE_REPLIES`, used by
 * `page-client.ts`): the content script runs inside a web page, so its reply is untrusted input, like the requests
 * the background checks. A reply that is not the expected shape is refused as a whole (the popup says the page cannot
 * be read) rather than rendered in part.
 */
import type { PageMessageType, PageProtocol } from './page-protocol';

type Found = PageProtocol['page/citations']['response'];

/** Bounds far above any real page (a 5 MB report has a few thousand keys). */
const MAX_GROUPS = 20_000;
const MAX_TEXT = 2_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function isGroup(value: unknown): boolean {
  return (
    isRecord(value) &&
    isText(value.key, 256) &&
    value.key.length > 0 &&
    isText(value.kind, 40) &&
    isText(value.text) &&
    typeof value.inCorpus === 'boolean' &&
    isCount(value.count) &&
    Array.isArray(value.targets) &&
    value.targets.length <= 1000 &&
    value.targets.every((id) => isText(id, 64))
  );
}

/** The reply's value when it is a well-formed `page/citations` answer, else null. */
export function readPageCitations(value: unknown): Found | null {
  if (!isRecord(value) || !isText(value.url, 8192) || !isText(value.title)) return null;
  if (!Array.isArray(value.groups) || value.groups.length > MAX_GROUPS || !value.groups.every(isGroup)) return null;
  if (value.passes !== undefined && !isCount(value.passes)) return null;
  return value as unknown as Found;
}

/** A `page/reveal` answer: whether the occurrence was shown. */
export function readReveal(value: unknown): PageProtocol['page/reveal']['response'] | null {
  return isRecord(value) && typeof value.revealed === 'boolean' ? { revealed: value.revealed } : null;
}

/** Whether `value` is an absolute address (the PDF's; `openInReader` opens it). */
function isAddress(value: unknown): value is string {
  if (!isText(value, 8192)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** A `page/pdf` answer: the address of the PDF the browser's viewer shows, and whether it is the tab's page. */
export function readPdfInTab(value: unknown): PageProtocol['page/pdf']['response'] | null {
  if (!isRecord(value) || !isAddress(value.url) || (value.frame !== 'top' && value.frame !== 'sub')) return null;
  return { url: value.url, frame: value.frame };
}

/** The reader of each page message's answer: the typed value, or null for anything else. */
export const PAGE_REPLIES: { [T in PageMessageType]: (value: unknown) => PageProtocol[T]['response'] | null } = {
  'page/citations': readPageCitations,
  'page/reveal': readReveal,
  'page/pdf': readPdfInTab,
};
