import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, launchExtension, type ExtensionSession } from '../../tooling/browsers/fixtures';
import { SCRATCH_DIR } from '../../tooling/browsers/launch';
import { listedKeys, openSavedTab, saveFrom, SAVES } from './saved-helpers';

/** One fixed profile for the whole file: what it holds must survive closing the browser and reloading Renvoi. */
const PROFILE = join(
  SCRATCH_DIR,
  `profile-saved-persistence-${process.env.RENVOI_OUT_DIR ?? 'default'}`.replace(/[^\w.-]/g, '_'),
);
const KEYS = SAVES.map((s) => s.key);

describe('the saved list is durable', () => {
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    rmSync(PROFILE, { recursive: true, force: true });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(PROFILE, { recursive: true, force: true });
  });

  it('keeps the list, in order and with notes, after closing and relaunching the browser', async () => {
    session = await launchExtension({ lang: 'en-US', profileDir: PROFILE });
    const page = await openSavedTab(session);
    for (const save of SAVES) await saveFrom(page, save);
    await page.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'saved/update-note', id, note: 'kept, "quoted"' }),
      `${SAVES[2]!.key}#`,
    );
    await page.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'saved/move', id, toIndex: 0 }),
      `${SAVES[2]!.key}#`,
    );
    await expect.poll(() => listedKeys(page)).toEqual([KEYS[2], KEYS[0], KEYS[1]]);
    await session.close();

    session = await launchExtension({ lang: 'en-US', profileDir: PROFILE });
    const again = await openSavedTab(session);
    await expect.poll(() => listedKeys(again)).toEqual([KEYS[2], KEYS[0], KEYS[1]]);
    expect(await again.locator('.saved-item__note').textContent()).toBe('kept, "quoted"');
    await again.close();
  });

  it('keeps the list after the extension reloads (as on an update)', async () => {
    const current = session!;
    // Chromium reloads an unpacked extension only in developer mode (as chrome://extensions has it for developers).
    const settings = await current.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void> } };
        }
      ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
    );
    await settings.close();
    // A mark in the running worker: a reloaded extension starts a fresh worker without it.
    await inServiceWorker(current, () => void ((globalThis as { renvoiMark?: number }).renvoiMark = 1), null);
    await inServiceWorker(current, () => setTimeout(() => chrome.runtime.reload(), 50), null);
    await expect
      .poll(
        async () => {
          const worker = current.context.serviceWorkers().find((w) => w.url().includes(current.extensionId));
          return worker
            ?.evaluate(() => (globalThis as { renvoiMark?: number }).renvoiMark ?? 'fresh')
            .catch(() => 'gone');
        },
        { timeout: 15_000 },
      )
      .toBe('fresh');
    const page = await current.openExtensionPage('popup.html?tab=saved');
    await expect.poll(() => listedKeys(page), { timeout: 10_000 }).toEqual([KEYS[2], KEYS[0], KEYS[1]]);
    // And the list still takes writes.
    await saveFrom(page, {
      ...SAVES[0]!,
      sighting: { url: 'https://example.org/after-reload', title: 'After reload', context: '' },
    });
    await page.getByRole('link', { name: 'After reload' }).waitFor();
  });
});
