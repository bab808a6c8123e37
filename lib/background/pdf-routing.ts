import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/server';
import { loadSettings, watchSettings, type PdfOpenMode } from '../settings/settings';
import {
  allowRules,
  FIRST_ALLOW_RULE_ID,
  redirectRules,
  REDIRECT_RULE_IDS,
  type RouteRule,
} from '../pdf-route/dnr-rules';
import { readablePdfUrl } from '../pdf-route/reader-url';
import { readerBase } from '../pdf-route/reader-actions';

type PdfType = Extract<keyof Handlers, `pdf/${string}`>;

/** What differs between Chrome (declarativeNetRequest) and Firefox (blocking webRequest). */
export interface PdfRouter {
  /** Follows the "Open PDFs in Renvoi" setting. */
  setMode(mode: PdfOpenMode): Promise<void>;
  /** This tab shows `url` in the browser's viewer, on reload too (the escape hatch). */
  allowInTab(tabId: number, url: string): Promise<void>;
  /** The PDF the browser's viewer shows in the tab, when the router saw it and no content script could say so. */
  pdfInTab(tabId: number): Promise<string | null>;
}

/** The toolbar button says the tab shows a PDF (the browser resets tab-specific badges when the tab navigates). */
export async function badgePdfTab(tabId: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ tabId, text: i18n.t('pdfRoute.badge') });
  await action.setBadgeBackgroundColor({ tabId, color: '#2f6fd0' });
  await action.setTitle({ tabId, title: i18n.t('pdfRoute.badgeTitle') });
}

/** Chrome: dynamic redirect rules per setting, session allow rules per tab. */
export function createChromeRouter(): PdfRouter {
  const dnr = browser.declarativeNetRequest;
  const base = readerBase();
  // Rule updates one after the other: two quick setting changes must not interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };
  const sessionAllowRules = async () =>
    (await dnr.getSessionRules()).filter((rule) => rule.id >= FIRST_ALLOW_RULE_ID) as unknown as RouteRule[];
  // A closed tab's exceptions go with it (tab ids are not reused within a session, but rules would pile up).
  browser.tabs.onRemoved.addListener((tabId) => {
    void serial(async () => {
      const ids = (await sessionAllowRules()).filter((r) => r.condition.tabIds?.includes(tabId)).map((r) => r.id);
      if (ids.length > 0) await dnr.updateSessionRules({ removeRuleIds: ids });
    });
  });
  return {
    setMode: (mode) =>
      serial(() =>
        dnr.updateDynamicRules({
          removeRuleIds: [...REDIRECT_RULE_IDS],
          addRules: redirectRules(mode, base) as Parameters<typeof dnr.updateDynamicRules>[0]['addRules'],
        }),
      ),
    allowInTab: (tabId, url) =>
      serial(async () => {
        const existing = await sessionAllowRules();
        const rules = allowRules(Math.max(FIRST_ALLOW_RULE_ID - 1, ...existing.map((r) => r.id)) + 1, tabId, url);
        const filters = new Set(rules.map((r) => r.condition.urlFilter));
        const same = existing.filter((r) => r.condition.tabIds?.includes(tabId) && filters.has(r.condition.urlFilter));
        await dnr.updateSessionRules({
          removeRuleIds: same.map((r) => r.id),
          addRules: rules as Parameters<typeof dnr.updateSessionRules>[0]['addRules'],
        });
      }),
    // Chrome runs the content script in PDF documents: the popup asks the tab itself (`page/pdf`).
    pdfInTab: async () => null,
  };
}

/**
 * The background's part of "getting there": keeps the redirect rules in step with the setting, badges PDF tabs,
 * and carries out the reader's "Open in the browser's viewer".
 */
export function createPdfRouting(router: PdfRouter): { start(): void; handlers: Pick<Handlers, PdfType> } {
  const readerOrigin = browser.runtime.getURL('/');
  return {
    start() {
      // Never redirect to a reader this build does not have (a build without the pdf entrypoint).
      const hasReader = fetch(readerBase()).then(
        (response) => response.ok,
        () => false,
      );
      const apply = async (mode: PdfOpenMode) =>
        router
          .setMode((await hasReader) ? mode : 'ask')
          .catch((error: unknown) => console.error('Renvoi: PDF routing rules not set', error));
      // At every start of the background (rules persist, but the setting may have changed while it slept), then at
      // every change: read through loadSettings, i.e. the copy Renvoi's own pages wrote (lib/settings/trusted-settings),
      // so a content script's write to storage.local never reaches the rules, even for the moment before it is undone.
      let last: PdfOpenMode | null = null;
      const follow = async () => {
        const { pdfOpen } = await loadSettings();
        if (pdfOpen === last) return;
        last = pdfOpen;
        await apply(pdfOpen);
      };
      void follow();
      watchSettings(() => void follow());
    },
    handlers: {
      'pdf/detected': async (_message, sender) => {
        if (sender.tabId !== null) await badgePdfTab(sender.tabId);
        return { tabId: sender.tabId };
      },
      'pdf/in-tab': async ({ tabId }) => ({ url: await router.pdfInTab(tabId) }),
      'pdf/open-original': async ({ url }, sender) => {
        // Only Renvoi's reader, in a tab, may send a tab back to the browser's viewer.
        if (sender.from !== 'extension' || sender.tabId === null || !sender.url?.startsWith(readerOrigin)) {
          throw new Error('Only the reader can open the browser viewer');
        }
        if (!readablePdfUrl(url)) throw new Error('Not a PDF address');
        await router.allowInTab(sender.tabId, url);
        // A reader in a frame (a landing page's document) goes back in that frame: it navigates itself; the tab
        // keeps the page around it.
        if ((sender.frameId ?? 0) === 0) await browser.tabs.update(sender.tabId, { url });
        return { tabId: sender.tabId };
      },
    },
  };
}
