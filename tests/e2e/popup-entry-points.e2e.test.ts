import { describe, expect, it } from 'vitest';
import { inServiceWorker } from '../../tooling/browsers/fixtures';
import { popupBrowser, resultIds } from './popup-helpers';

/** Whether a context-menu item exists: `update` fails for an unknown id (there is no API to list the items). */
const menuItemExists = (id: string) =>
  new Promise<boolean>((resolve) => {
    chrome.contextMenus.update(id, {}, () => resolve(!chrome.runtime.lastError));
  });

describe.each([
  { lang: 'en-US', searchbox: 'Search', menu: 'Look up in Renvoi', status: /results?$/ },
  { lang: 'fr', searchbox: 'Rechercher', menu: 'Rechercher dans Renvoi', status: /résultats?$/ },
])('beyond the popup ($lang)', ({ lang, searchbox, menu, status }) => {
  const popup = popupBrowser(lang);

  it('declares the omnibox keyword "renvoi"', async () => {
    const manifest = await inServiceWorker(popup.browser.session, () => chrome.runtime.getManifest(), null);
    expect(manifest.omnibox).toEqual({ keyword: 'renvoi' });
  });

  it('registers "Look up in Renvoi" on selected text, next to "Save to Renvoi", in the browser language', async () => {
    await expect
      .poll(() => inServiceWorker(popup.browser.session, menuItemExists, 'renvoi-lookup'), { timeout: 10_000 })
      .toBe(true);
    expect(await inServiceWorker(popup.browser.session, menuItemExists, 'renvoi-save')).toBe(true);
    expect(await inServiceWorker(popup.browser.session, menuItemExists, 'no-such-item')).toBe(false);
    // The title is the localised message the item was created with.
    const title = await inServiceWorker(
      popup.browser.session,
      (name) => (chrome.i18n.getMessage as (key: string) => string)(name),
      'lookupMenu_title',
    );
    expect(title).toBe(menu);
  });

  it('opens the search the menu and the omnibox open: popup.html?q=… in a tab', async () => {
    const page = await popup.open(`?q=${encodeURIComponent('décision 4/4')}`);
    await expect.poll(() => resultIds(page), { timeout: 15_000 }).toEqual(['4/4', 'I.1', '5/2:pp.2', '5/2:14']);
    expect(await page.getByRole('searchbox', { name: searchbox, exact: true }).inputValue()).toBe('décision 4/4');
    expect(await page.locator('.search__status').innerText()).toMatch(status);
  });
});
