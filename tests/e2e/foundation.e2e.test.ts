import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';

const languages = [
  {
    lang: 'en-US',
    htmlLang: 'en',
    tabs: ['Search', 'Themes', 'On this page', 'Saved'],
    options: 'Renvoi settings',
  },
  {
    lang: 'fr',
    htmlLang: 'fr',
    tabs: ['Recherche', 'Thèmes', 'Sur cette page', 'Enregistrées'],
    options: 'Paramètres de Renvoi',
  },
];

describe.each(languages)('extension in $lang', ({ lang, htmlLang, tabs, options }) => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang });
  });
  afterAll(async () => browser?.close());

  it('registers the background service worker', async () => {
    const worker = await browser.session.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${browser.session.extensionId}/background.js`);
  });

  it('runs the content script on a local page, and the background keeps no record of the page', async () => {
    const page = await browser.session.context.newPage();
    const url = browser.server.url('/plain.html');
    await page.goto(url);
    // The content script answers the popup's question in that tab, from Renvoi's own origin.
    const answer = () =>
      inServiceWorker(
        browser.session,
        async (url) => {
          const id = (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id;
          if (id === undefined) return null;
          const reply = (await chrome.tabs.sendMessage(id, { type: 'page/citations' }).catch(() => null)) as {
            ok?: boolean;
            value?: { url?: string };
          } | null;
          return reply?.ok ? (reply.value?.url ?? null) : null;
        },
        url,
      );
    await expect.poll(answer, { timeout: 10_000 }).toBe(url);
    // No address log: nothing Renvoi stores names the page (audit L1).
    const stored = await inServiceWorker(
      browser.session,
      async () => JSON.stringify([await chrome.storage.session.get(null), await chrome.storage.local.get(null)]),
      null,
    );
    expect(stored).not.toContain('plain.html');
    await page.close();
  });

  it('renders the popup in the browser language', async () => {
    const popup = await browser.session.openExtensionPage('popup.html');
    for (const name of tabs) await popup.getByRole('tab', { name, exact: true }).waitFor();
    expect(await popup.getByRole('tab').allTextContents()).toEqual(tabs);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(htmlLang);
    await popup.close();
  });

  it('renders the options page in the browser language', async () => {
    const page = await browser.session.openExtensionPage('options.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe(options);
    await page.close();
  });
});
