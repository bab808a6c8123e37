import { browser } from 'wxt/browser';
import { sanitiseSettings, SETTINGS_KEY, type Settings } from './values';

/**
 * Content scripts can write `storage.local` (the settings live there so every page's content script can read them
 * without waking the service worker). `storage.local.setAccessLevel('TRUSTED_CONTEXTS')` would also hide them from
 * content scripts, and Firefox does not support it for `local` at all, so Renvoi keeps a second copy where content
 * scripts can neither read nor write: `storage.session`, restricted to trusted contexts (extension pages and the
 * service worker) by default in Chrome and Firefox. Renvoi's own pages write that copy first, then `storage.local`;
 * the background puts the trusted copy back whenever `storage.local` holds anything else, and extension pages read
 * the trusted copy when there is one.
 */
export const TRUSTED_SETTINGS_KEY = 'trustedSettings';

/** The settings Renvoi's own pages wrote this browser session, or null (a browser that just started). */
export async function readTrustedSettings(): Promise<Settings | null> {
  const stored = (await browser.storage.session.get(TRUSTED_SETTINGS_KEY))[TRUSTED_SETTINGS_KEY];
  return stored === undefined || stored === null ? null : sanitiseSettings(stored);
}

/** Records settings an extension page is about to write (call it before writing `storage.local`). */
export async function writeTrustedSettings(settings: Settings): Promise<void> {
  await browser.storage.session.set({ [TRUSTED_SETTINGS_KEY]: sanitiseSettings(settings) });
}

const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Puts the trusted copy back into `storage.local` when the two differ; with no trusted copy yet (first start of
 * the worker in this browser session), the stored settings become the trusted copy. Answers true when it restored.
 */
export async function enforceTrustedSettings(): Promise<boolean> {
  const stored = sanitiseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const trusted = await readTrustedSettings();
  if (!trusted) {
    await writeTrustedSettings(stored);
    return false;
  }
  if (same(stored, trusted)) return false;
  await browser.storage.local.set({ [SETTINGS_KEY]: trusted });
  return true;
}

/**
 * The background's guard: every change of the settings in `storage.local` (which wakes the worker) is checked
 * against the trusted copy. Returns the unsubscribe function.
 */
export function guardSettings(): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) =>
    area === 'local' && SETTINGS_KEY in changes
      ? enforceTrustedSettings().catch((error: unknown) => console.error('Renvoi: checking the settings failed', error))
      : undefined;
  browser.storage.onChanged.addListener(onChanged);
  void enforceTrustedSettings().catch((error: unknown) => console.error('Renvoi: checking the settings failed', error));
  return () => browser.storage.onChanged.removeListener(onChanged);
}
