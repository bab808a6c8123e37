import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/server';
import { hostnameOf } from './content-registry';
import { createSavedHandlers } from './saved-handlers';
import { createCardsHandlers } from './cards-handlers';
import { createPdfRouting, type PdfRouter } from './pdf-routing';
import type { BackgroundServices } from './services';

/** Without a router (tests of other handlers): PDF messages are answered, and nothing is redirected. */
const inertRouter: PdfRouter = {
  setMode: async () => undefined,
  allowInTab: async () => undefined,
  pdfInTab: async () => null,
};

/**
 * The background's answers to every protocol message. Handlers that read the corpus first make sure the database is
 * seeded, so a request that arrives before the install event finished (or after the worker was stopped) still gets
 * an answer.
 */
export function createHandlers({ db, seeder, pdfHandlers }: BackgroundServices): Handlers {
  return {
    ping: () => ({ version: browser.runtime.getManifest().version }),
    // The background keeps no record of the pages a content script ran on (audit L1: no address log); it answers
    // the tab's id and the tab's site as the browser reports them, never the payload's URL.
    'content/hello': (_message, sender) => ({ tabId: sender.tabId, site: hostnameOf(sender.tabUrl) }),
    'corpus/status': async () => {
      const result = await seeder.ensureSeeded();
      return { version: result.version, items: await db.items.count(), seedMs: result.ms };
    },
    'corpus/reseed': async () => {
      const result = await seeder.reseed();
      return { version: result.version, items: await db.items.count(), seedMs: result.ms };
    },
    ...createSavedHandlers({ db, seeder }),
    ...createCardsHandlers({ db, seeder }),
    ...(pdfHandlers ?? createPdfRouting(inertRouter).handlers),
  };
}
