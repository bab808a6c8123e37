import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';

type Hello = { url: string; frame: string; tabId: number | null };

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

  it('runs the content script on a local page, as the background observes', async () => {
    const page = await browser.session.context.newPage();
    const url = browser.server.url('/plain.html');
    await page.goto(url);
    await expect
      .poll(
        () =>
          inServiceWorker(
            browser.session,
            async () => {
              const stored = await chrome.storage.session.get('contentHellos');
              return (stored.contentHellos ?? []) as Hello[];
            },
            null,
          ),
        { timeout: 10_000 },
      )
      .toContainEqual(expect.objectContaining({ url, frame: 'top', tabId: expect.any(Number) }));
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
