import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { corpusAssetJson } from '../../../corpus/asset';
import { buildSearchAsset } from '../../../lib/search';
import { BUNDLED_CORPUS_PATH, SEARCH_ASSET_PATH } from '../../../lib/search/search-asset';
import { engineFromBundle, fetchBundledCorpus } from '../../../lib/search/bundle-engine';
import { startReadingBundleFiles, takeBundleFiles } from '../../../lib/search/early-read';
import { realCorpus, realEngine, prepareRealEngine } from './real-corpus';

prepareRealEngine();

const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

/** Serves the extension's files as the build writes them; `files` overrides some (null: not found). */
function serve(files: Record<string, string | null> = {}) {
  const built: Record<string, string | null> = {
    [url(BUNDLED_CORPUS_PATH)]: corpusAssetJson(realCorpus()),
    [url(SEARCH_ASSET_PATH)]: buildSearchAsset(realCorpus()),
    ...Object.fromEntries(Object.entries(files).map(([path, body]) => [url(path), body])),
  };
  const fetch = vi.fn(async (input: string) => {
    const body = built[input];
    return body == null ? new Response('', { status: 404 }) : new Response(body);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  takeBundleFiles();
  vi.unstubAllGlobals();
});

describe('the popup’s engine from the bundled files', () => {
  it('reads corpus.json and search-index.json, uses the build-time index, and searches as the engine in Node', async () => {
    const fetch = serve();
    const engine = await engineFromBundle();
    expect(fetch.mock.calls.map(([u]) => u).sort()).toEqual([url(BUNDLED_CORPUS_PATH), url(SEARCH_ASSET_PATH)].sort());
    expect(engine?.source).toBe('asset');
    for (const query of ['traite', 'forced labour', 'IV.45.k', 'coperation']) {
      const ids = (e: typeof engine) => e!.search(query, { limit: 10 }).hits.map((h) => h.id);
      expect(ids(engine), query).toEqual(ids(realEngine()));
    }
  });

  it('indexes the corpus itself when the index file is missing', async () => {
    serve({ [SEARCH_ASSET_PATH]: null });
    const engine = await engineFromBundle();
    expect(engine?.source).toBe('built');
    expect(engine?.search('IV.45.k').hits[0]?.id).toBe('IV.45.k');
  });

  it.each([
    ['missing', null],
    ['not JSON', '{'],
    ['of another schema', JSON.stringify({ ...realCorpus(), schemaVersion: 999 })],
  ])('gives no engine when corpus.json is %s (the popup then reads the database)', async (_, body) => {
    serve({ [BUNDLED_CORPUS_PATH]: body });
    expect(await fetchBundledCorpus()).toBeNull();
    expect(await engineFromBundle()).toBeNull();
  });
});

describe('the early reader (popup-read.js, before the popup’s modules run)', () => {
  /** Serves the built files by the page-relative paths the early reader asks for. */
  function serveByPath(files: Record<string, string | null> = {}) {
    const built: Record<string, string | null> = {
      [BUNDLED_CORPUS_PATH]: corpusAssetJson(realCorpus()),
      [SEARCH_ASSET_PATH]: buildSearchAsset(realCorpus()),
      ...files,
    };
    const fetch = vi.fn(async (input: string) => {
      const body = built[input];
      return body == null ? new Response('', { status: 404 }) : new Response(body);
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  it('reads both files once; the engine then takes them and fetches nothing more', async () => {
    const fetch = serveByPath();
    startReadingBundleFiles();
    startReadingBundleFiles();
    expect(fetch.mock.calls.map(([u]) => u).sort()).toEqual([BUNDLED_CORPUS_PATH, SEARCH_ASSET_PATH].sort());
    const engine = await engineFromBundle();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(engine?.source).toBe('asset');
    expect(engine?.search('traite', { limit: 10 }).hits.map((h) => h.id)).toEqual(
      realEngine()
        .search('traite', { limit: 10 })
        .hits.map((h) => h.id),
    );
  });

  it('hands its files over once: a second engine (a retry) reads the files again', async () => {
    const fetch = serve();
    serveByPath();
    startReadingBundleFiles();
    expect(takeBundleFiles()).not.toBeNull();
    expect(takeBundleFiles()).toBeNull();
    vi.stubGlobal('fetch', fetch);
    expect((await engineFromBundle())?.source).toBe('asset');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{'],
    ['of another schema', JSON.stringify({ ...realCorpus(), schemaVersion: 999 })],
  ])('gives no engine when the corpus it read is %s (the popup then reads the database)', async (_, body) => {
    serveByPath({ [BUNDLED_CORPUS_PATH]: body });
    startReadingBundleFiles();
    expect(await engineFromBundle()).toBeNull();
  });

  it('lets the engine index the corpus itself when it could not read the index file', async () => {
    serveByPath({ [SEARCH_ASSET_PATH]: null });
    startReadingBundleFiles();
    expect((await engineFromBundle())?.source).toBe('built');
  });
});
