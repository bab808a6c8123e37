import type { Page } from 'playwright-core';
import type { SaveRequest } from '../../lib/references/saved-types';
import type { ExtensionSession } from '../../tooling/browsers/fixtures';

/** Three references as Save buttons send them (labels written out, so the tests do not depend on the corpus). */
export const SAVES: SaveRequest[] = [
  {
    key: 'CTOC/COP/WG.4/2011/8',
    kind: 'symbol',
    label: 'Working Group report, 2011 (CTOC/COP/WG.4/2011/8)',
    pinpoint: { paragraph: 49, subparagraph: 'b' },
    targets: ['IV.45.b'],
    sighting: { url: 'https://example.org/article.html', title: 'An article', context: 'As the report says.' },
  },
  {
    key: 'COP decision 4/4',
    kind: 'cop-instrument',
    label: 'Conference of the Parties decision 4/4',
    targets: ['4/4'],
  },
  { key: 'A/RES/64/293', kind: 'resolution', label: 'General Assembly resolution 64/293 (A/RES/64/293)', targets: [] },
];

/** Sends `saved/add` from an extension page, as the popup's Save buttons do; rejects with the background's error. */
export async function saveFrom(page: Page, save: SaveRequest): Promise<void> {
  const reply = (await page.evaluate((message) => chrome.runtime.sendMessage(message), {
    type: 'saved/add',
    ...save,
  })) as {
    ok: boolean;
    error?: string;
  };
  if (!reply.ok) throw new Error(reply.error);
}

/** The popup opened on its Saved tab, in a tab of its own. */
export function openSavedTab(session: ExtensionSession): Promise<Page> {
  return session.openExtensionPage('popup.html?tab=saved');
}

/** The keys of the listed references, in list order. */
export async function listedKeys(page: Page): Promise<string[]> {
  return page.locator('.saved-list > li code').allTextContents();
}
