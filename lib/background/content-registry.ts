/** Pages' addresses and sites as the background reads them from a sender (it keeps none of them). */

/** An http(s) or file address without its query and fragment; null for anything else. */
export function pageAddress(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return null;
    return `${parsed.origin === 'null' ? 'file://' : parsed.origin}${parsed.pathname}`;
  } catch {
    return null;
  }
}

/** The hostname of an http(s) or file address (empty for a file), null for anything else. */
export function hostnameOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'file:'].includes(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}
