import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  loadSettings,
  sanitiseSettings,
  settingsItem,
  updateSettings,
  watchSettings,
} from '../../lib/settings/settings';

describe('sanitiseSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['a string', 'corrupt', DEFAULT_SETTINGS],
    ['a negative dwell', { dwellMs: -50 }, { ...DEFAULT_SETTINGS, dwellMs: 0 }],
    ['a huge dwell', { dwellMs: 1e9 }, { ...DEFAULT_SETTINGS, dwellMs: 2000 }],
    ['NaN dwell', { dwellMs: Number.NaN }, DEFAULT_SETTINGS],
    ['an unknown style', { highlightStyle: 'blink' }, DEFAULT_SETTINGS],
    ['a javascript: base', { documentBaseUrl: 'javascript:alert(1)' }, DEFAULT_SETTINGS],
    [
      'a base without slash',
      { documentBaseUrl: 'https://docs.un.org' },
      { ...DEFAULT_SETTINGS, documentBaseUrl: 'https://docs.un.org/' },
    ],
    ['sites with junk', { pausedSites: ['a.org', 3, null] }, { ...DEFAULT_SETTINGS, pausedSites: ['a.org'] }],
  ])('turns %s into valid settings', (_label, raw, expected) => {
    expect(sanitiseSettings(raw)).toEqual(expected);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('persists updates and notifies watchers', async () => {
    const seen: number[] = [];
    const stop = watchSettings((s) => seen.push(s.dwellMs));
    await updateSettings({ dwellMs: 500 });
    expect((await loadSettings()).dwellMs).toBe(500);
    await expect.poll(() => seen).toEqual([500]);
    stop();
  });

  it('survives a corrupted stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', dwellMs: 'slow' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsItem.getValue()).toMatchObject({ enabled: 'yes' });
  });

  it('pauses per site', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: ['news.example'] };
    expect(isActiveOn(settings, 'news.example')).toBe(false);
    expect(isActiveOn(settings, 'undocs.org')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'undocs.org')).toBe(false);
  });
});
