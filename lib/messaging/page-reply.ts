/**
 * Checks what a tab's content script answers the popup (`page/citations`): the content script runs inside a web page,
 * so its reply is untrusted input, like the requests the background checks. A reply that is not the expected shape
 * is refused as a whole (the popup says the page cannot be read) rather than rendered in part.
 */
import type { PageProtocol } from './page-protocol';

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

/** `promise`, or a rejection after `ms` (a frozen page never answers). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The page did not answer in time')), ms);
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
