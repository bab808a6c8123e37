import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideEngine } from '../../lib/page/scan/engine-on-demand';
import { PAGE_ENGINE } from './page-engine';

/**
 * The citation engine module (`engine.js`), which the content script imports the first time a page's text may hold a
 * citation (`entrypoints/content/engine-loader.ts`, `lib/citations/might-cite.ts`): the engine's patterns and tables
 * stay out of the script every page parses, and pages that cannot cite never load them.
 */
export default defineUnlistedScript(() => {
  provideEngine(PAGE_ENGINE);
});
