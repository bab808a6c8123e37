import { browser } from 'wxt/browser';

/**
 * The tab the popup is about: `?tabId=<id>` when given (browser tests, and `popup.html` opened in a tab, which is then
 * the active tab itself), else the active tab of the popup's window; null when there is none.
 */
export async function targetTab(search: string = location.search): Promise<number | null> {
  const forced = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(forced) && forced > 0) return forced;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Brings a tab to the front. A real popup closes once its tab moves on; `popup.html` in a tab (tests) stays. */
export async function focusTab(tabId: number): Promise<void> {
  await browser.tabs.update(tabId, { active: true });
}

/** The welcome page ("How Renvoi works"), linked from the popup's empty tabs. */
export const welcomeHref = (): string => browser.runtime.getURL('/welcome.html');
