import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReadingBundleFiles } from '../../lib/search/early-read';

/**
 * `popup-read.js`: loaded by `popup.html` as an async classic script, ahead of the popup's modules, to read the
 * search engine's files early (see `startReadingBundleFiles`). No UI, no browser API.
 */
export default defineUnlistedScript(() => {
  startReadingBundleFiles();
});
