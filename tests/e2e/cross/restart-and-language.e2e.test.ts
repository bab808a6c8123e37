/**
 * What a user keeps and what a user reads, written once and run in every selected browser: a save made from a card
 * survives closing the browser, and the interface follows the browser's language (French and English).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../tooling/browsers/launch';
import { startPageServer, type FixtureServer } from '../../../tooling/browsers/fixtures';
import { launchDriver, selectedBrowsers, type BrowserDriver } from './driver';
import { card, clickButton, eventually, openCard, textsOf, waitForScan } from './helpers';

const LANGUAGES = [
  {
    lang: 'en-US' as const,
    htmlLang: 'en',
    tabs: ['Search', 'Themes', 'On this page', 'Saved'],
    label: /^Renvoi card: COP decision 4\/4$/,
    save: 'Save',
    saved: 'Saved to your list.',
  },
  {
    lang: 'fr' as const,
    htmlLang: 'fr',
    tabs: ['Recherche', 'Thèmes', 'Sur cette page', 'Enregistrées'],
    // French puts a (no-break) space before the colon.
    label: /^Fiche Renvoi\s:\sCOP decision 4\/4$/,
    save: 'Enregistrer',
    saved: 'Enregistrée dans votre liste.',
  },
];

describe.each(selectedBrowsers())('%s: restarts and languages', (name) => {
  let server: FixtureServer;
  let driver: BrowserDriver | undefined;
  /** One profile kept across the restart, per browser and build folder (parallel worktrees). */
  const profile = join(
    PROJECT_ROOT,
    '.cache',
    `cross-restart-${name}-${process.env.RENVOI_OUT_DIR ?? 'default'}`.replace(/[^\w.-]/g, '_'),
  );
  beforeAll(async () => {
    server = await startPageServer();
    rmSync(profile, { recursive: true, force: true });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const closeDriver = async () => {
    const current = driver!;
    driver = undefined;
    expect(current.takeErrors()).toEqual([]);
    await current.close();
  };

  it('keeps a save made from a card after the browser is closed and started again', async () => {
    driver = await launchDriver(name, { lang: 'en-US', profileDir: profile });
    const page = await driver.openPage(server.url('/citations-in-markup.html'));
    await waitForScan(driver!, page);
    await openCard(page, 'CTOC/COP/WG.4/2011/8');
    await clickButton(page, 'Save', { inCard: true });
    await eventually(async () => (await card(page))?.status).toBe('Saved to your list.');
    await closeDriver();

    driver = await launchDriver(name, { lang: 'en-US', profileDir: profile });
    const saved = await driver.openExtensionPage('popup.html?tab=saved');
    await eventually(() => textsOf(saved, '.saved-list > li code')).toEqual(['CTOC/COP/WG.4/2011/8']);
    await closeDriver();
  });

  it.each(LANGUAGES)('speaks $lang: the popup, and the card with its Save action', async (language) => {
    driver = await launchDriver(name, { lang: language.lang });
    const popup = await driver.openExtensionPage('popup.html');
    await eventually(() => textsOf(popup, '[role=tab]')).toEqual(language.tabs);
    expect(await popup.evaluate(() => document.documentElement.lang, null)).toBe(language.htmlLang);

    const page = await driver.openPage(server.url('/note-verbale-2009.html'));
    await waitForScan(driver!, page);
    const state = await openCard(
      page,
      'décision 4/4 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
    );
    expect(state.label).toMatch(language.label);
    await clickButton(page, language.save, { inCard: true });
    await eventually(async () => (await card(page))?.status).toBe(language.saved);
    await closeDriver();
  });
});
