import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledCorpus } from '../../lib/background/corpus-asset';
import { createHandlers } from '../../lib/background/handlers';
import { registerLookupMenu } from '../../lib/background/lookup-menu';
import { registerOmnibox } from '../../lib/background/omnibox';
import { registerSaveMenu } from '../../lib/background/save-menu';
import { createChromeRouter, createPdfRouting } from '../../lib/background/pdf-routing';
import { createFirefoxRouter } from '../../lib/background/pdf-routing-firefox';
import { createRequestCaps } from '../../lib/background/request-caps';
import { registerWelcomePage } from '../../lib/background/welcome-on-install';
import { openDatabase } from '../../lib/db/database';
import { createSeeder } from '../../lib/db/seed';
import { listenForMessages } from '../../lib/messaging/server';
import { guardSettings } from '../../lib/settings/trusted-settings';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDatabase();
    const seeder = createSeeder(db, loadBundledCorpus);
    // PDFs open in Renvoi's reader: declarativeNetRequest in Chrome, blocking webRequest in Firefox (MV2).
    const pdf = createPdfRouting(import.meta.env.FIREFOX ? createFirefoxRouter() : createChromeRouter());
    // A page's card-data requests are capped (lib/background/request-caps.ts).
    listenForMessages(createHandlers({ db, seeder, pdfHandlers: pdf.handlers }), createRequestCaps());
    pdf.start();
    // Settings are written by Renvoi's pages only: a content script's write to storage.local is undone.
    guardSettings();
    registerSaveMenu({ db, seeder });
    registerLookupMenu();
    registerOmnibox({ db, seeder });
    registerWelcomePage();
    // Seed on install and on update (the seeder compares corpus versions, so an unchanged corpus costs one read).
    browser.runtime.onInstalled.addListener(() => {
      seeder.ensureSeeded().catch((error: unknown) => console.error('Renvoi: seeding the corpus failed', error));
    });
  },
});
