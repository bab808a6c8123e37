import { BUNDLED_CORPUS_PATH, SEARCH_ASSET_PATH } from './search-asset';

/** The two files of the search engine, each parsed, or null when it could not be read. */
export interface BundleFiles {
  corpus: Promise<unknown>;
  asset: Promise<unknown>;
}

/** The popup page's one global: where the early reader leaves the files for the engine's module. */
const HANDOFF = '__renvoiBundleFiles';

type Handoff = { [HANDOFF]?: BundleFiles };

/** A JSON file of the extension itself, parsed; null when it is missing or not JSON. Nothing leaves the browser. */
export async function readJsonFile(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * Starts reading and parsing the engine's two files, for `takeBundleFiles`. Called by `popup-read.js`
 * (entrypoints/popup-read), which `popup.html` loads as an async classic script: it runs as soon as it arrives,
 * while the popup's modules are still loading (a module runs only once every module it imports has loaded), so the
 * main thread parses the JSON in time it would otherwise spend waiting. The paths are the page's own files.
 */
export function startReadingBundleFiles(): void {
  (globalThis as Handoff)[HANDOFF] ??= {
    corpus: readJsonFile(BUNDLED_CORPUS_PATH),
    asset: readJsonFile(SEARCH_ASSET_PATH),
  };
}

/** The files the early reader started, once (a retry reads them again); null if it did not run. */
export function takeBundleFiles(): BundleFiles | null {
  const files = (globalThis as Handoff)[HANDOFF] ?? null;
  delete (globalThis as Handoff)[HANDOFF];
  return files;
}
