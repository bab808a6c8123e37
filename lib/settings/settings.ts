import { storage } from 'wxt/utils/storage';
import { readTrustedSettings, writeTrustedSettings } from './trusted-settings';
import { DEFAULT_SETTINGS, sanitiseSettings, SETTINGS_KEY, type Settings } from './values';

export {
  DEFAULT_SETTINGS,
  DWELL_RANGE,
  isActiveOn,
  sanitiseSettings,
  SETTINGS_KEY,
  type HighlightStyle,
  type PdfOpenMode,
  type Settings,
} from './values';

/** The settings, in extension local storage (shared by the content script, popup and options page). */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The settings as Renvoi's own pages wrote them (see trusted-settings.ts), else as stored. Extension pages only. */
export async function loadSettings(): Promise<Settings> {
  return (await readTrustedSettings()) ?? sanitiseSettings(await settingsItem.getValue());
}

/** Extension pages only: the trusted copy first, so the background's guard accepts the `storage.local` write. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitiseSettings({ ...(await loadSettings()), ...change });
  await writeTrustedSettings(next);
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` with sanitised settings whenever they change in any context; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(sanitiseSettings(value)));
}
