import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBundledCorpus, corpusAssetJson } from './corpus/asset';
import { buildSearchAsset } from './lib/search/engine';
import { BASE_STYLE, MARKS_CSS_FILE, highlightCss } from './lib/page/marks/highlight-css';

/**
 * Automatic PDF redirection: Chrome's declarativeNetRequest rules on response headers (the "WithHostAccess" variant
 * adds no install warning), Firefox's blocking webRequest (MV2).
 */
function pdfRoutingPermissions(browser: string): string[] {
  return browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess'];
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: the import-boundary lint rules can only see what is imported.
  imports: false,
  // RENVOI_OUT_DIR lets parallel builds (several worktrees or agents) keep their own output; default `.output`.
  outDir: process.env.RENVOI_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
    // Terser, not Vite's default esbuild minifier: about 2 % smaller gzip on the content script, which every page
    // loads and whose 30 KiB budget (`npm run bench`) the citation engine's rules fill; two passes, no unsafe options.
    build: { minify: 'terser', terserOptions: { compress: { passes: 3 } } },
    // WXT's content-script entry makes its context from this module: Renvoi's own, which keeps WXT's behaviour for
    // what the content script uses and leaves out what it never calls (entrypoints/content/content-context.ts).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./entrypoints/content/content-context.ts', import.meta.url)),
        },
      ],
    },
  }),
  hooks: {
    // The corpus is generated from corpus/sources at every build (never committed) and shipped as corpus.json;
    // the background seeds IndexedDB from it. A corpus that fails validation stops the build.
    'build:publicAssets': (wxt, files) => {
      const corpus = buildBundledCorpus();
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
      // The search index is built from the same corpus (same version) so the popup only parses it.
      for (const [name, json] of [
        ['corpus.json', corpusAssetJson(corpus)],
        ['search-index.json', buildSearchAsset(corpus)],
      ] as const) {
        files.push({ relativeDest: name, contents: json });
        wxt.logger.info(`Asset ${name}: ${kb(Buffer.byteLength(json))} (${kb(gzipSync(json).length)} gzip)`);
      }
      // The marks' base rules, injected by the manifest before a page is first styled (lib/page/marks/highlight-css.ts).
      files.push({ relativeDest: MARKS_CSS_FILE, contents: `${highlightCss(BASE_STYLE)}\n` });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings (WXT storage). contextMenus: "Save to Renvoi" on selected text. Each permission is
    // justified in README.md.
    permissions: ['storage', 'contextMenus', ...pdfRoutingPermissions(browser)],
    // PDFs (lib/pdf-route, README "How a PDF reaches Renvoi"): the reader fetches the PDF it was asked for, and
    // redirecting a navigation needs access to its address. Same install warning as the content script's matches.
    host_permissions: ['http://*/*', 'https://*/*'],
    // An automatic redirect may only land on a page the web can navigate to.
    web_accessible_resources: [
      { resources: ['pdf.html'], matches: ['<all_urls>'] },
      // The card's UI, imported by the content script when a page first needs a card (entrypoints/content/card-renderer.ts).
      { resources: ['card-ui.js'], matches: ['http://*/*', 'https://*/*', 'file:///*'], use_dynamic_url: true },
      // The citation engine, imported by the content script when a page's text may first hold a citation
      // (entrypoints/content/engine-loader.ts).
      { resources: ['engine.js'], matches: ['http://*/*', 'https://*/*', 'file:///*'], use_dynamic_url: true },
    ],
    // The marks' `::highlight()` rules: styled before the page's first style pass, adding them costs no restyle
    // (lib/page/marks/highlight-css.ts). Same pages and frames as the content script (entrypoints/content/index.ts).
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*', 'file:///*'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_start',
        css: [MARKS_CSS_FILE],
      },
    ],
    // Chrome 121–127 accepted responseHeaders conditions but ignored them (every response would go to the reader).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '128' }),
    action: { default_title: '__MSG_extName__' },
    // Address bar: type `renvoi` then a word, an id or a symbol to search the compendium (lib/background/omnibox.ts).
    omnibox: { keyword: 'renvoi' },
    browser_specific_settings: {
      gecko: {
        id: 'renvoi@renvoi.example',
        strict_min_version: '142.0',
        // Renvoi collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
