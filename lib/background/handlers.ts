import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/server';
import { hostnameOf, pageAddress, rememberContentHello } from './content-registry';
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
    'content/hello': async (message, sender) => {
      // Only a top frame is remembered, with the address the browser reports, cut before its query and fragment
      // (tokens and e-mail addresses live there); the payload's own URL is not trusted.
      const url = pageAddress(sender.url);
      if (message.frame === 'top' && (sender.frameId ?? 0) === 0 && url) {
        await rememberContentHello({ url, frame: 'top', tabId: sender.tabId, at: Date.now() });
      }
      return { tabId: sender.tabId, site: hostnameOf(sender.tabUrl) };
    },
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
