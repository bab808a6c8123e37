import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import { cardOf, closeCard, eventually, markOf, markTexts, openCard, sendToTab, tabIdOf } from './hover-cards-helpers';

type PageGroups = { ok: boolean; value: { url: string; title: string; groups: { key: string; count: number }[] } };

/** Stops the extension's service worker through the DevTools protocol and waits until it reports stopped. */
async function stopServiceWorker(browser: BrowserFixture): Promise<void> {
  const page = await browser.session.openExtensionPage('options.html');
  const cdp = await browser.session.context.newCDPSession(page);
  const prefix = `chrome-extension://${browser.session.extensionId}/`;
  let status = 'unknown';
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      for (const v of event.versions) if (v.scriptURL.startsWith(prefix)) status = v.runningStatus;
    },
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await eventually(() => status).toBe('stopped');
  await cdp.detach();
  await page.close();
}

describe('hover card actions, keyboard and the service worker (en-US)', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  const open = async (path: string): Promise<Page> => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url(path));
    return page;
  };

  it('shows a card at once when the service worker was stopped after the page was read', async () => {
    const page = await open('/note-secretariat-2012.html');
    // The first card proves the batch of card data arrived.
    const first = await openCard(page, 'décision 4/4');
    await eventually(() => first.textContent()).toContain('Decision 4/4');
    await closeCard(page);
    await stopServiceWorker(browser);
    const card = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    // Read once, without waiting: the card is complete the moment it appears.
    expect(await card.textContent()).toContain('4th meeting of the Working Group on Trafficking in Persons');
    await page.close();
  });

  it('answers the popup: what is on the page, and reveal an occurrence with its card', async () => {
    const page = await open('/note-verbale-2009.html');
    await markOf(
      page,
      'décision 4/4 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
    );
    const tabId = await tabIdOf(browser.session, page.url());
    const answer = await sendToTab<PageGroups>(browser.session, tabId, { type: 'page/citations' });
    expect(answer.ok).toBe(true);
    expect(answer.value).toMatchObject({ url: page.url(), title: 'Note verbale CU 2009/92 (A) (2009)' });
    expect(answer.value.groups).toEqual([
      {
        key: 'COP decision 4/4',
        kind: 'cop-instrument',
        text: 'décision 4/4 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
        inCorpus: true,
        count: 2,
        targets: ['4/4'],
      },
    ]);
    const revealed = await sendToTab(browser.session, tabId, {
      type: 'page/reveal',
      key: 'COP decision 4/4',
      index: 1,
    });
    expect(revealed).toEqual({ ok: true, value: { revealed: true } });
    await cardOf(page).waitFor();
    expect(await cardOf(page).getAttribute('aria-label')).toBe('Renvoi card: COP decision 4/4');
    await page.keyboard.press('Escape');
    expect(await sendToTab(browser.session, tabId, { type: 'page/reveal', key: 'COP decision 4/4', index: 9 })).toEqual(
      {
        ok: true,
        value: { revealed: false },
      },
    );
    expect(await sendToTab(browser.session, tabId, { type: 'page/reveal', key: 7, index: 0 })).toMatchObject({
      ok: false,
    });
    await page.close();
  });

  it('saves the citation to the saved list, and says so', async () => {
    const page = await open('/citations-in-markup.html');
    const card = await openCard(page, 'CTOC/COP/WG.4/2013/5, par. 45');
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => card.getByRole('status').textContent()).toBe('Saved to your list.');
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => card.getByRole('status').textContent()).toBe(
      'Already in your list; this page was added to it.',
    );
    const saved = await inServiceWorker(
      browser.session,
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = indexedDB.open('renvoi');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('saved').objectStore('saved').getAll();
            all.onsuccess = () => resolve(all.result as unknown[]);
            all.onerror = () => reject(all.error);
          };
        }),
      null,
    );
    expect(saved).toEqual([
      expect.objectContaining({
        key: 'CTOC/COP/WG.4/2013/5',
        kind: 'symbol',
        pinpoint: { paragraph: 45 },
        targets: ['V.41'],
        label: 'Working Group report, 2013 (CTOC/COP/WG.4/2013/5)',
        // Saved twice from the same page: one entry, one sighting of the page.
        sightings: [
          expect.objectContaining({
            url: page.url(),
            title: 'Renvoi — citations dans le balisage',
            context: expect.stringContaining('(CTOC/COP/WG.4/2013/5, par. 45) afin de faciliter'),
          }),
        ],
      }),
    ]);
    await page.close();
  });

  it('copies the citation to the clipboard', async () => {
    const page = await open('/citations-in-markup.html');
    await browser.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    const card = await openCard(page, 'paragraph 8 (b) of resolution 5/2');
    await card.getByRole('button', { name: 'Copy citation', exact: true }).click();
    await eventually(() => card.getByRole('status').textContent()).toBe('Citation copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Conference of the Parties resolution 5/2, 2010 (CTOC/COP/2010/17), para. 8(b)',
    );
    await page.close();
  });

  it('opens the official document, and the popup search on the key', async () => {
    const page = await open('/note-secretariat-2012.html');
    // Stop the document at the browser's edge: the test checks the address, nothing leaves the machine.
    await browser.session.context.route('https://undocs.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body: 'official document' }),
    );
    let card = await openCard(page, 'résolution 5/2');
    const documentPage = browser.session.context.waitForEvent('page');
    await card.getByRole('button', { name: 'Open document', exact: true }).click();
    expect((await documentPage).url()).toBe('https://undocs.org/CTOC/COP/2010/17');
    await (await documentPage).close();
    await page.bringToFront();
    await closeCard(page);
    card = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    await card.getByRole('button', { name: 'Search', exact: true }).click();
    await eventually(() => card.getByRole('status').textContent()).toBe('Search opened.');
    // The toolbar popup where the browser can open it (Chrome 127+), which takes the query handed over in
    // storage.session (the toolbar button itself is never changed), else popup.html?q= in a tab.
    const popup = `chrome-extension://${browser.session.extensionId}/popup.html`;
    const inTab = `${popup}?q=${encodeURIComponent('CTOC/COP/WG.4/2011/8')}`;
    await expect
      .poll(() =>
        inServiceWorker(
          browser.session,
          async () => ({
            urls: (await chrome.runtime.getContexts({})).map((context) => context.documentUrl),
            pending: (await chrome.storage.session.get('pendingSearch')).pendingSearch ?? null,
          }),
          null,
        ),
      )
      .toSatisfy(
        ({ urls, pending }: { urls: (string | undefined)[]; pending: unknown }) =>
          urls.includes(inTab) || (urls.includes(popup) && pending === null),
      );
    await page.close();
  });
});

describe('settings applied live', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  it('turns Renvoi off and on, changes the highlight style, and pauses a site, from the options page and the popup', async () => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url('/plain.html'));
    await markOf(page, 'CTOC/COP/WG.4/2011/8');
    const options = await browser.session.openExtensionPage('options.html');
    const enabled = options.getByRole('checkbox', { name: 'Mark citations on the pages I read and show their cards' });
    await enabled.uncheck();
    await eventually(() => markTexts(page)).toEqual([]);
    await enabled.check();
    await eventually(() => markTexts(page)).toEqual(['CTOC/COP/WG.4/2011/8', 'decision 4/4']);

    // The style the browser gives a mark (the manifest's base rules, and a non-default style's adopted override).
    const markStyle = () =>
      page.evaluate(() => {
        const [range] = CSS.highlights.get('renvoi-citation') as unknown as Set<Range>;
        const style = getComputedStyle(range!.startContainer.parentElement!, '::highlight(renvoi-citation)');
        return { line: style.textDecorationLine, background: style.backgroundColor };
      });
    const adoptedSheets = () => page.evaluate(() => document.adoptedStyleSheets.length);
    // The default style comes from the manifest: the page gets no sheet (adding one would restyle the whole page).
    expect(await markStyle()).toEqual({ line: 'underline', background: 'rgba(0, 0, 0, 0)' });
    expect(await adoptedSheets()).toBe(0);
    await options.getByRole('radio', { name: 'Highlighted background' }).check();
    await eventually(markStyle).toEqual({ line: 'none', background: 'rgba(255, 200, 50, 0.42)' });
    await options.getByRole('radio', { name: 'Dotted underline' }).check();
    await eventually(markStyle).toEqual({ line: 'underline', background: 'rgba(0, 0, 0, 0)' });
    expect(await adoptedSheets()).toBe(0);

    // The popup's switch, for the page's tab.
    const tabId = await tabIdOf(browser.session, page.url());
    const popup = await browser.session.openExtensionPage(`popup.html?tabId=${tabId}`);
    const pause = popup.getByRole('switch', { name: 'Pause on 127.0.0.1' });
    await pause.check();
    await eventually(() => markTexts(page)).toEqual([]);
    // The options page lists the paused site and resumes it.
    await options.getByRole('button', { name: 'Resume on 127.0.0.1' }).click();
    await eventually(() => markTexts(page)).toHaveLength(2);
    expect(await pause.isChecked()).toBe(false);

    // A value that cannot be used is refused with a message, and nothing changes.
    const dwell = options.getByRole('spinbutton', { name: 'Delay before a card opens (milliseconds)' });
    await dwell.fill('99999');
    await dwell.press('Enter');
    await eventually(() => options.getByRole('alert').first().textContent()).toBe(
      'Enter a whole number from 0 to 2000.',
    );
    await options.close();
    await popup.close();
    await page.close();
  });
});
