import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { createResolverData, documentContext, findCitations, type ResolverData } from '../citations';
import { isWebUrl } from '../references/clean-fields';
import { saveRequest } from '../references/save-request';
import type { SavedReference } from '../references/saved-types';
import type { BackgroundServices } from './services';
import { createSavedHandlers } from './saved-handlers';
import { EXTENSION_SENDER } from '../messaging/sender';

/** Id of the "Save to Renvoi" item in the menu of a text selection. */
export const SAVE_MENU_ID = 'renvoi-save';

/** What the menu click tells about the selection and its page. */
export interface SelectionInfo {
  selectionText?: string;
  pageUrl?: string;
  pageTitle?: string;
  tabId?: number | null;
}

/**
 * Resolver data from the seeded corpus, built once per worker life: with it, saved citations carry their corpus ids
 * and Working Group reports named by their year are found.
 */
function resolverDataLoader({ db, seeder }: BackgroundServices): () => Promise<ResolverData | undefined> {
  let data: Promise<ResolverData | undefined> | null = null;
  return () =>
    (data ??= seeder
      .ensureSeeded()
      .then(async () =>
        createResolverData({
          meetings: await db.meetings.toArray(),
          sessions: await db.sessions.toArray(),
          instruments: await db.instruments.toArray(),
          items: await db.items.toArray(),
        }),
      )
      .catch((error: unknown) => {
        // Without the corpus the engine still finds citations (without corpus ids); try again next time.
        console.warn('Renvoi: resolver data unavailable for the save menu', error);
        data = null;
        return undefined;
      }));
}

/**
 * Saves the first citation found in the selected text, with the page where it was selected. Answers the saved entry,
 * or null when the selection holds no citation (nothing visible happens then; the reason is logged).
 */
export async function saveSelection(
  services: BackgroundServices,
  info: SelectionInfo,
  resolverData: () => Promise<ResolverData | undefined>,
): Promise<SavedReference | null> {
  const text = (info.selectionText ?? '').slice(0, 20_000);
  // A selection carries no heading: its page's title and the selection itself say whose it is, or that it is about
  // UNTOC (then the COP's); otherwise bare numbers go by their body's numbering only (see documentContext).
  const context = documentContext(`${info.pageTitle ?? ''}\n${text}`);
  const [citation] = findCitations(text, await resolverData(), context);
  if (!citation) {
    console.info('Renvoi: no citation in the selected text, nothing saved', JSON.stringify(text.slice(0, 120)));
    return null;
  }
  const page = info.pageUrl && isWebUrl(info.pageUrl) ? info.pageUrl : null;
  const add = createSavedHandlers(services)['saved/add'];
  // Empty label: the background writes it from the corpus, in the browser's language.
  const request = saveRequest(
    citation,
    '',
    page ? { url: page, title: info.pageTitle ?? '', context: text } : undefined,
  );
  const { entry } = await add(
    { type: 'saved/add', ...request },
    // The browser's own menu, chosen by the reader: the background acts for itself, with the payload it built.
    { ...EXTENSION_SENDER, tabId: info.tabId ?? null, url: page },
  );
  return entry;
}

/**
 * Adds "Save to Renvoi" to the menu of selected text and saves the citation when it is chosen. Menu items persist
 * across worker restarts, so the item is created on install and update; the click listener is added at every start.
 */
export function registerSaveMenu(services: BackgroundServices): void {
  const resolverData = resolverDataLoader(services);
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: SAVE_MENU_ID, title: i18n.t('saved.contextMenu'), contexts: ['selection'] },
      // An update re-creates an item that already exists: that error is expected and harmless.
      () => void browser.runtime.lastError,
    );
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId !== SAVE_MENU_ID) return;
    saveSelection(
      services,
      { selectionText: info.selectionText, pageUrl: info.pageUrl, pageTitle: tab?.title, tabId: tab?.id ?? null },
      resolverData,
    ).catch((error: unknown) => console.error('Renvoi: saving the selected citation failed', error));
  });
}
