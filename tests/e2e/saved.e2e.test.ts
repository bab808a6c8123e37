import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import { listedKeys, openSavedTab, saveFrom, SAVES } from './saved-helpers';
import type { Page } from 'playwright-core';

describe('saved references in the popup (en-US)', () => {
  let browser: BrowserFixture;
  let page: Page;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  beforeEach(async () => {
    await page?.close();
    page = await openSavedTab(browser.session);
    // Start every test from an empty list.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'saved/clear' }));
    for (const save of SAVES) await saveFrom(page, save);
    await expect.poll(() => listedKeys(page)).toEqual(SAVES.map((s) => s.key));
  });

  it('lists saves sent from the popup as list items that show the key, with Copy all and Export', async () => {
    const items = page.getByRole('list', { name: 'Saved references' }).getByRole('listitem');
    expect(await items.count()).toBe(3);
    for (const [i, save] of SAVES.entries()) expect(await items.nth(i).textContent()).toContain(save.key);
    await page.getByRole('button', { name: 'Copy all', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
  });

  it('saves a result from the popup Search tab, which then shows in the Saved tab', async () => {
    const popup = await browser.session.openExtensionPage('popup.html?q=IV.45');
    await popup.locator('[data-result-toggle="IV.45"]').click();
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByText('Saved to your list.').waitFor();
    await popup.getByRole('tab', { name: 'Saved', exact: true }).click();
    const items = popup.getByRole('list', { name: 'Saved references' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(4);
    expect(await items.last().textContent()).toContain('CTOC/COP/WG.4/2011/8');
    expect(await items.last().textContent()).toMatch(/Working Group report, 2011 \(CTOC\/COP\/WG\.4\/2011\/8\)/);
    await popup.close();
  });

  it('merges a second save of the same reference and keeps both pages', async () => {
    await saveFrom(page, {
      ...SAVES[0]!,
      sighting: { url: 'https://example.org/other.html', title: 'Another page', context: '' },
    });
    await page.getByRole('link', { name: 'Another page' }).waitFor();
    expect(await listedKeys(page)).toEqual(SAVES.map((s) => s.key));
    expect(await page.getByRole('link', { name: 'An article' }).count()).toBe(1);
  });

  it('lands saves sent from two tabs at the same moment', async () => {
    const other = await openSavedTab(browser.session);
    const save = (key: string) => ({ key, kind: 'resolution' as const, label: key, targets: [] });
    await Promise.all([
      saveFrom(page, save('A/RES/70/1')),
      saveFrom(other, save('S/RES/2388(2017)')),
      saveFrom(page, save('A/HRC/RES/44/4')),
      saveFrom(other, save('E/RES/2004/45')),
    ]);
    await expect
      .poll(async () => (await listedKeys(page)).slice(3).sort())
      .toEqual(['A/HRC/RES/44/4', 'A/RES/70/1', 'E/RES/2004/45', 'S/RES/2388(2017)']);
    const keys = await listedKeys(page);
    await expect.poll(() => listedKeys(other)).toEqual(keys);
    await other.close();
  });

  it('moves a reference with Alt+↓ and announces where it went', async () => {
    await page.locator('.saved-list > li').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => listedKeys(page)).toEqual([SAVES[1]!.key, SAVES[0]!.key, SAVES[2]!.key]);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('moved to position 2 of 3');
    // Focus stays on the moved reference, so Alt+↓ again moves it further.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => listedKeys(page)).toEqual([SAVES[1]!.key, SAVES[2]!.key, SAVES[0]!.key]);
  });

  it('moves a reference by dragging its handle onto another', async () => {
    const handles = page.locator('.saved-item__handle');
    await handles.nth(2).dragTo(page.locator('.saved-list > li').first());
    await expect.poll(() => listedKeys(page)).toEqual([SAVES[2]!.key, SAVES[0]!.key, SAVES[1]!.key]);
  });

  it('edits a note, which then shows in the list', async () => {
    const note = 'Quote "this", then\nsecond line <script>';
    await page.getByRole('button', { name: `Add note to ${SAVES[1]!.label}` }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(note);
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.locator('.saved-item__note').textContent()).toBe(note);
  });

  it('removes a reference and puts it back in its place with Undo', async () => {
    await page.getByRole('button', { name: `Remove ${SAVES[1]!.label}` }).click();
    await expect.poll(() => listedKeys(page)).toEqual([SAVES[0]!.key, SAVES[2]!.key]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listedKeys(page)).toEqual(SAVES.map((s) => s.key));
  });

  it('clears all after confirmation, and Undo restores the list', async () => {
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove all' }).click();
    await page.getByText('Nothing saved yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listedKeys(page)).toEqual(SAVES.map((s) => s.key));
  });

  it('Copy all puts one line per reference, with its link, on the clipboard', async () => {
    // Chromium grants no permission to the extension's own origin (opaque to the DevTools protocol), so the clipboard
    // is read back from a page of the test server, where reading is granted.
    const reader = await browser.session.context.newPage();
    await reader.goto(browser.server.url('/plain.html'));
    await browser.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(reader.url()).origin,
    });
    await page.bringToFront();
    await page.getByRole('button', { name: 'Copy all', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied 3 references to the clipboard.');
    await reader.bringToFront();
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        'Working Group report, 2011 (CTOC/COP/WG.4/2011/8), para. 49(b) — https://undocs.org/CTOC/COP/WG.4/2011/8',
        'Conference of the Parties decision 4/4 — https://undocs.org/CTOC/COP/2008/19',
        'General Assembly resolution 64/293 (A/RES/64/293) — https://undocs.org/A/RES/64/293',
      ].join('\n'),
    );
    await reader.close();
  });

  it('exports CSV as a download', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^renvoi-saved-\d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(
      csv
        .split('\r\n')
        .slice(1, 4)
        .map((line) => line.split(',')[1]),
    ).toEqual(SAVES.map((s) => s.key));
  });

  it('imports a JSON export (merge), and refuses a broken file naming the problem without changing the list', async () => {
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not valid JSON');
    expect(await listedKeys(page)).toEqual(SAVES.map((s) => s.key));

    const file = {
      format: 'renvoi-saved',
      version: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
      entries: [
        { key: 'S/RES/2331(2016)', kind: 'resolution', label: 'Security Council resolution 2331 (2016)', savedAt: 1 },
      ],
    };
    await input.setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('button', { name: 'Add to my list' }).click();
    await expect.poll(() => listedKeys(page)).toEqual([...SAVES.map((s) => s.key), 'S/RES/2331(2016)']);
  });

  it('opens the full-page list from the Saved tab, and changes show in both views', async () => {
    const [full] = await Promise.all([
      browser.session.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open in a tab' }).click(),
    ]);
    await full.waitForURL(/\/saved\.html$/);
    await expect.poll(() => listedKeys(full)).toEqual(SAVES.map((s) => s.key));
    expect(await full.title()).toBe('Renvoi — saved references');
    await full.getByRole('button', { name: `Remove ${SAVES[0]!.label}` }).click();
    // The popup view follows (liveQuery), without a reload.
    await expect.poll(() => listedKeys(page)).toEqual([SAVES[1]!.key, SAVES[2]!.key]);
    await full.close();
  });

  it('has no accessibility violations (axe), with a note, the export menu and the undo bar open', async () => {
    await page.getByRole('button', { name: `Remove ${SAVES[2]!.label}` }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: `Add note to ${SAVES[0]!.label}` }).click();
    // Evaluated through the DevTools protocol, so the extension page's script policy does not apply.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string }[] }> } }
      ).axe;
      // The popup shell around the tab is not part of this list; check the list itself.
      return (await axe.run({ include: [['.saved']] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
