/**
 * The popup, opened as `popup.html` in a tab of the browser with Renvoi:
 * - ready: from the navigation start of `popup.html?q=traite` to the first painted frame in which the search box has
 *   focus and the results list holds results (the corpus read from IndexedDB, the index loaded, the initial query
 *   searched and rendered). A fresh tab for each repetition.
 * - keystroke: the 200 queries typed into the search box one character at a time (an input event each, then the popup
 *   searches and renders); each search the popup runs is a `renvoi:search` measure
 *   (`entrypoints/popup/tabs/search.tsx`): the search function alone. The whole keystroke (search and rendering the
 *   results, until the next task) is kept too, for context.
 */

import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../tooling/browsers/launch';

/** The initial query of the readiness measure: the commonest word of the corpus, so the list is full. */
export const READY_QUERY = 'traite';

/**
 * Installed before the popup's scripts: watches for the focused box and a non-empty results list, then waits for
 * the frame that shows them to be painted (a task queued from the next animation frame) and keeps the time.
 */
const READY_WATCHER = `
  window.__renvoiBenchReady = null;
  const check = () => {
    const box = document.querySelector('.search__input');
    const ready = box && document.activeElement === box && document.querySelector('.search__results .results li');
    if (!ready || window.__renvoiBenchReady !== null) return;
    window.__renvoiBenchReady = -1;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__renvoiBenchReady = performance.now(); }, 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('focusin', check, true);
`;

async function openPopup(session: ExtensionSession, query: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(READY_WATCHER);
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?q=${encodeURIComponent(query)}`);
  return page;
}

/** Where the time of one opening went: the popup's own marks (`lib/search/load-engine.ts`), from navigation start. */
export interface ReadyRun {
  readyMs: number;
  engineStartMs: number;
  corpusReadMs: number;
  engineReadyMs: number;
  /** Where the index came from: the build-time asset, or built in the popup (`lib/search/engine.ts`). */
  engineSource: string;
}

function readyRun(): ReadyRun {
  const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
  return {
    readyMs: (window as unknown as { __renvoiBenchReady: number }).__renvoiBenchReady,
    engineStartMs: at('renvoi:engine-start'),
    corpusReadMs: at('renvoi:corpus-read'),
    engineReadyMs: at('renvoi:engine-ready'),
    engineSource:
      (performance.getEntriesByName('renvoi:engine-ready', 'mark')[0] as PerformanceMark | undefined)?.detail?.source ??
      'unknown',
  };
}

export async function measurePopupReady(session: ExtensionSession, repetitions: number): Promise<ReadyRun[]> {
  const out: ReadyRun[] = [];
  for (let i = 0; i < repetitions; i++) {
    const page = await openPopup(session, READY_QUERY);
    try {
      await page.waitForFunction(
        () => (window as unknown as { __renvoiBenchReady: number }).__renvoiBenchReady > 0,
        null,
        {
          timeout: 30_000,
        },
      );
      out.push(await page.evaluate(readyRun));
    } finally {
      await page.close();
    }
  }
  return out;
}

/**
 * Types `query` into the search box one character at a time, as input events (what a key press gives the popup):
 * after each, a task hop lets the popup search and render before the next character. Returns the search times.
 */
async function typeQuery(query: string): Promise<{ search: number[]; keystroke: number[] }> {
  const box = document.querySelector<HTMLInputElement>('.search__input');
  if (!box) throw new Error('the popup has no search box');
  const hop = () => new Promise((resolve) => setTimeout(resolve, 0));
  const enter = (value: string, data: string | null) => {
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data }));
  };
  enter('', null);
  await hop();
  performance.clearMeasures('renvoi:search');
  const keystroke: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    const start = performance.now();
    enter(query.slice(0, i), query[i - 1] ?? null);
    await hop();
    keystroke.push(performance.now() - start);
  }
  return { search: performance.getEntriesByName('renvoi:search', 'measure').map((e) => e.duration), keystroke };
}

/** Types each query key by key into an open popup; the search time of every keystroke. */
export async function measureKeystrokes(
  session: ExtensionSession,
  queries: readonly string[],
): Promise<{ ms: number[]; withRenderMs: number[]; keystrokes: number }> {
  const page = await openPopup(session, '');
  try {
    // The index is loaded once examples show under the empty box.
    await page.locator('.search__examples').waitFor({ timeout: 30_000 });
    const ms: number[] = [];
    const withRenderMs: number[] = [];
    let keystrokes = 0;
    for (const query of queries) {
      const { search, keystroke } = await page.evaluate(typeQuery, query);
      // Each character changes the query, so each one ran exactly one search.
      if (search.length !== query.length) {
        throw new Error(`typing "${query}" ran ${search.length} searches for ${query.length} keystrokes`);
      }
      ms.push(...search);
      withRenderMs.push(...keystroke);
      keystrokes += query.length;
    }
    return { ms, withRenderMs, keystrokes };
  } finally {
    await page.close();
  }
}
