import { browser } from 'wxt/browser';
import type { ContentHello } from '../messaging/protocol';

/** Session-storage key under which the background lists the content scripts that announced themselves. */
export const CONTENT_HELLOS_KEY = 'contentHellos';
const MAX_REMEMBERED = 50;

/**
 * Remembers which pages a content script ran on, in session storage so it survives the service worker being
 * stopped (but not a browser restart). Used to diagnose and to test that the content script runs.
 */
export async function rememberContentHello(hello: ContentHello): Promise<void> {
  const stored = await browser.storage.session.get(CONTENT_HELLOS_KEY);
  const previous = (stored[CONTENT_HELLOS_KEY] as ContentHello[] | undefined) ?? [];
  const next = [...previous, hello].slice(-MAX_REMEMBERED);
  await browser.storage.session.set({ [CONTENT_HELLOS_KEY]: next });
}

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

export async function listContentHellos(): Promise<ContentHello[]> {
  const stored = await browser.storage.session.get(CONTENT_HELLOS_KEY);
  return (stored[CONTENT_HELLOS_KEY] as ContentHello[] | undefined) ?? [];
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
