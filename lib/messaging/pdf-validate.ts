/** Payload checks of the `pdf/*` messages (see validate.ts): `null` when valid, else a sentence naming the problem. */
type Payload = Record<string, unknown>;

/** An absolute http(s) or file address of at most 8192 characters. */
function isDocumentUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 8192) return false;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const URL_PROBLEM = '"url" must be an http, https or file address of at most 8192 characters';

export const pdfChecks = {
  'pdf/detected': (p: Payload) =>
    !isDocumentUrl(p.url)
      ? URL_PROBLEM
      : p.frame !== 'top' && p.frame !== 'sub'
        ? '"frame" must be "top" or "sub"'
        : null,
  'pdf/in-tab': (p: Payload) =>
    typeof p.tabId === 'number' && Number.isInteger(p.tabId) && p.tabId >= 0 ? null : '"tabId" must be a tab id',
  'pdf/open-original': (p: Payload) => (isDocumentUrl(p.url) ? null : URL_PROBLEM),
} as const;
