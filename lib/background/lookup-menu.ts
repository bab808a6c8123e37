import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { openSearchInPopup } from './cards-handlers';

/** Id of "Look up in Renvoi" in the menu of a text selection (distinct from "Save to Renvoi", `renvoi-save`). */
export const LOOKUP_MENU_ID = 'renvoi-lookup';

/** Longest selection sent to the search (the popup's own limit; it searches the beginning and says so). */
const MAX_SELECTION = 10_000;

/** The search a click on the menu item asks for: the selected text, trimmed and bounded; null for another item. */
export function lookupQuery(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
): string | null {
  if (info.menuItemId !== LOOKUP_MENU_ID) return null;
  const query = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
  return query || null;
}

/**
 * Adds "Look up in Renvoi" to the menu of selected text; choosing it opens the popup searching for the selection
 * (`popup.html?q=…`, in the toolbar popup where the browser allows it, else in a tab). Menu items persist across
 * worker restarts, so the item is created on install and update; the click listener is added at every start.
 */
export function registerLookupMenu(open: (query: string) => Promise<unknown> = openSearchInPopup): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: LOOKUP_MENU_ID, title: i18n.t('lookupMenu.title'), contexts: ['selection'] },
      // An update re-creates an item that already exists: that error is expected and harmless.
      () => void browser.runtime.lastError,
    );
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData) => {
    const query = lookupQuery(info);
    if (query === null) return;
    open(query).catch((error: unknown) => console.error('Renvoi: opening the look-up failed', error));
  });
}
