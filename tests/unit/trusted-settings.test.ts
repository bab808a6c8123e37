import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, updateSettings } from '../../lib/settings/settings';
import { readPageSettings } from '../../lib/settings/page-settings';
import { guardSettings, readTrustedSettings } from '../../lib/settings/trusted-settings';

/** What a content script can do: write storage.local directly (it cannot reach storage.session). */
const writeFromContentScript = (settings: object) => fakeBrowser.storage.local.set({ settings });

describe('settings are written by extension pages only', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['points "Open document" at another site', { documentBaseUrl: 'https://evil.example/' }],
    ['switches Renvoi off', { enabled: false }],
    ['pauses the reader’s site', { pausedSites: ['undocs.org'] }],
  ])('undoes a content script that %s', async (_label, change) => {
    const stop = guardSettings();
    const mine = await updateSettings({ dwellMs: 450 });
    await writeFromContentScript({ ...mine, ...change });
    // The guard restored what the options page wrote; content scripts read that again.
    expect(await readPageSettings()).toEqual(mine);
    expect(await loadSettings()).toEqual(mine);
    stop();
  });

  it('keeps what an extension page writes', async () => {
    const stop = guardSettings();
    await updateSettings({ documentBaseUrl: 'https://docs.un.org/' });
    await updateSettings({ pausedSites: ['news.example'] });
    const expected = { ...DEFAULT_SETTINGS, documentBaseUrl: 'https://docs.un.org/', pausedSites: ['news.example'] };
    expect(await readPageSettings()).toEqual(expected);
    expect(await readTrustedSettings()).toEqual(expected);
    stop();
  });

  it('takes the stored settings as trusted when the browser session starts', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, dwellMs: 900 } });
    const stop = guardSettings();
    await expect.poll(() => readTrustedSettings()).toEqual({ ...DEFAULT_SETTINGS, dwellMs: 900 });
    await writeFromContentScript({ ...DEFAULT_SETTINGS, dwellMs: 0 });
    expect((await readPageSettings()).dwellMs).toBe(900);
    stop();
  });
});
