/**
 * The PDF reader's main path, written once and run in every selected browser (Chromium and Firefox): a PDF opened
 * as `pdf.html?file=<encoded URL>` is shown by pdf.js, its citations are marked — across a line end after a slash,
 * and across a hyphenated word — the card opens on hover, Save records the PDF's own address with its page, and the
 * reader asks the network for that PDF only. The PDF is written byte by byte (`tests/factories/pdf.ts`): Firefox's
 * driver cannot print one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startFixtureServer } from '../../../tooling/browsers/fixture-server';
import { textPdf } from '../../factories/pdf';
import { selectedBrowsers, type TestPage } from './driver';
import { card, clickButton, eventually, markTexts, openCard, storedSaves, textsOf, useCrossBrowser } from './helpers';

const PDF = textPdf([
  ['Le Groupe de travail a examiné le rapport CTOC/COP/WG.4/', '2011/8 et la décision 4/4.'],
  ['Conformément à sa réso-', 'lution 5/2, la Conférence a adopté ses recommandations.'],
]);

describe.each(selectedBrowsers())('%s: the PDF reader', (name) => {
  const requested: string[] = [];
  // Only the PDF: the test checks the reader fetches nothing else.
  const cross = useCrossBrowser(name, {
    startServer: () =>
      startFixtureServer({
        routes: new Map([
          [
            '/rapport.pdf',
            ({ url }) => {
              requested.push(url.pathname);
              return { headers: { 'content-type': 'application/pdf' }, body: PDF };
            },
          ],
        ]),
      }),
  });

  it('marks the citations of every line, opens the card, saves with the PDF address, fetches only the PDF', async () => {
    const pdfUrl = cross.server.url('/rapport.pdf');
    const page = await cross.driver.openExtensionPage(`pdf.html?file=${encodeURIComponent(pdfUrl)}`);
    cross.track(page);
    await eventually(async () => (await markTexts(page)).map((t) => t.replace(/\s+/g, '')).sort()).toEqual(
      ['CTOC/COP/WG.4/2011/8', 'décision4/4', 'réso-lution5/2'].sort(),
    );
    const state = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    expect(state.label).toBe('Renvoi card: CTOC/COP/WG.4/2011/8');
    await clickButton(page, 'Save', { inCard: true });
    await eventually(async () => (await card(page))?.status).toBe('Saved to your list.');
    expect(await storedSaves(cross.driver)).toEqual([
      expect.objectContaining({
        key: 'CTOC/COP/WG.4/2011/8',
        sightings: [expect.objectContaining({ url: `${pdfUrl}#page=1` })],
      }),
    ]);
    expect(requested).toEqual(['/rapport.pdf']);
  });

  /** Writes settings as Renvoi's own pages do (the trusted copy first, then the copy pages and the reader read). */
  const writeSettings = (patch: Record<string, unknown>) =>
    cross.driver.inExtension(async (change) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const { settings } = await api.storage.local.get('settings');
      const next = { ...((settings as object | undefined) ?? {}), ...change };
      await api.storage.session.set({ trustedSettings: next });
      await api.storage.local.set({ settings: next });
    }, patch);

  /** The citation whose card is open, white space removed (a citation may run across a line end). */
  const openCitation = async (page: TestPage) => (await card(page))?.active?.replace(/\s+/g, '') ?? null;

  it('moves through the citations of the whole document with Alt+Shift+N and Alt+Shift+P, card by card', async () => {
    const page = await cross.driver.openExtensionPage(
      `pdf.html?file=${encodeURIComponent(cross.server.url('/rapport.pdf'))}`,
    );
    cross.track(page);
    await eventually(async () => (await markTexts(page)).length).toBe(3);
    // The keys follow the whole-document index, built just after the first marks: until it exists a press does
    // nothing, so press again while no card opens (a card answers a press well within the 3 s given to it).
    for (let attempt = 1; (await openCitation(page)) === null; attempt++) {
      if (attempt > 10) throw new Error('Alt+Shift+N opened no card');
      await page.press('Alt+Shift+KeyN');
      await expect
        .poll(() => openCitation(page), { timeout: 3000, interval: 50 })
        .not.toBeNull()
        .catch(() => undefined);
    }
    expect(await openCitation(page)).toBe('CTOC/COP/WG.4/2011/8');
    await page.press('Alt+Shift+KeyN');
    await eventually(() => openCitation(page)).toBe('décision4/4');
    // On the second page.
    await page.press('Alt+Shift+KeyN');
    await eventually(() => openCitation(page)).toBe('réso-lution5/2');
    await page.press('Alt+Shift+KeyP');
    await eventually(() => openCitation(page)).toBe('décision4/4');
  });

  it('says Renvoi is paused on the PDF’s site and marks nothing there; resuming marks it', async () => {
    const pdfUrl = cross.server.url('/rapport.pdf');
    await writeSettings({ pausedSites: [new URL(pdfUrl).hostname] });
    try {
      const page = await cross.driver.openExtensionPage(`pdf.html?file=${encodeURIComponent(pdfUrl)}`);
      cross.track(page);
      const line = () => textsOf(page, '.reader-notice[role=status]');
      await eventually(line).toEqual(['Renvoi is off or paused on this site, so citations are not marked.']);
      // The document is shown (its text layer is there), and none of it is marked.
      await eventually(() =>
        page.evaluate(() => document.querySelector('.textLayer')?.textContent?.includes('2011/8') ?? false, null),
      ).toBe(true);
      expect(await markTexts(page)).toEqual([]);

      await writeSettings({ pausedSites: [] });
      await eventually(async () => (await markTexts(page)).length).toBe(3);
      expect(await line()).toEqual([]);
    } finally {
      await writeSettings({ pausedSites: [] });
    }
  });

  it('opens a PDF by its file:// address where the browser lets it, else says what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'renvoi-local-pdf-'));
    try {
      const file = join(dir, 'rapport local.pdf');
      writeFileSync(file, PDF);
      const fileUrl = pathToFileURL(file).href;
      const page = await cross.driver.openExtensionPage(`pdf.html?file=${encodeURIComponent(fileUrl)}`);
      cross.track(page);
      if (name === 'chromium') {
        // Chromium lets an extension loaded from the command line read files ("Allow access to file URLs" on).
        await eventually(async () => (await markTexts(page)).length).toBe(3);
      } else {
        // Firefox never lets an extension read file:// addresses: the reader says so and points to the file picker.
        const alert = () => page.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '', null);
        await eventually(alert).toContain('Firefox lets no extension read files on this computer by their address');
        expect(await alert()).toContain('Open a PDF from this computer…');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
