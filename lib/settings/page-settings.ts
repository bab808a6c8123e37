import { browser } from 'wxt/browser';
import { sanitiseSettings, SETTINGS_KEY, type Settings } from './values';

/**
 * The settings as the content script reads them: the same storage.local entry WXT storage writes for
 * `local:settings` (see `settings.ts`), read and watched with the plain storage API so the content script does not
 * bundle WXT storage (it must stay small: it runs on every page).
 */
export async function readPageSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return sanitiseSettings(stored[SETTINGS_KEY]);
}

/** Calls `listener` with sanitised settings whenever they change; returns the unsubscribe function. */
export function watchPageSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(sanitiseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
