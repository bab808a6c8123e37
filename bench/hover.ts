/**
 * Hover to card: the mouse rests on a citation; the content script's `renvoi:hover` measure runs from the end of the
 * dwell delay to the card painted with its data (see `lib/page/card/card-presenter.ts`, `lib/page/bench-hooks.ts`).
 * Citations are spread over the compendium page, each scrolled into view before the pointer moves onto it. Between
 * hovers the pointer leaves for the page's empty margin and Esc closes the card, so every hover opens a card from
 * nothing.
 *
 * - warm: the service worker is running;
 * - cold: the service worker is stopped right before each hover (as the browser stops it when idle).
 */

import type { Page } from 'playwright-core';
import { SETTINGS_KEY } from '../lib/settings/values';
import type { ExtensionSession } from '../tooling/browsers/launch';
import { loadAnnotated } from './scan-renvoi';
import { controlWorker } from './worker-control';

export interface HoverResult {
  warmMs: number[];
  coldMs: number[];
  /** Warm hovers: from the dwell's end to the card in the DOM (the rest is the frame and its painting). */
  warmRenderMs: number[];
  /** The measure's floor: a timer's task to a task after the next painted frame, one pixel changed (same page). */
  idleFrameMs: number[];
  /** Hovers whose card showed an error instead of its data. */
  failed: number;
  /** Times the stopped worker was started again during the cold hovers (0: hovering never needed it). */
  coldWakes: number;
  /** Distinct citations hovered. */
  citations: number;
}

/** A point in the page's left margin: never on text at the harness's 1280 px viewport. */
const EMPTY_SPOT = { x: 12, y: 450 };
/** Longest wait for one card. */
const CARD_TIMEOUT_MS = 10_000;

/** Scrolls the `index`-th citation (document order, among `count` spread over the page) into view; its centre. */
function targetPoint(arg: { index: number; count: number }): { x: number; y: number } | null {
  const win = window as unknown as { __renvoiBenchRanges?: Range[] };
  if (!win.__renvoiBenchRanges) {
    const highlight = CSS.highlights.get('renvoi-citation') as unknown as Iterable<Range> | undefined;
    const all = [...(highlight ?? [])].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const step = Math.max(1, Math.floor(all.length / arg.count));
    win.__renvoiBenchRanges = all.filter((_, i) => i % step === 0).slice(0, arg.count);
  }
  const ranges = win.__renvoiBenchRanges;
  const range = ranges[arg.index % Math.max(1, ranges.length)];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = range.getClientRects()[0];
  if (!rect || rect.width === 0) return null;
  return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
}

const hoverCount = () => performance.getEntriesByName('renvoi:hover', 'measure').length;

/**
 * Installed once Renvoi's host exists: notes when the card's DOM changes inside the (open) shadow root. The first
 * change after the dwell's end is the card rendered; the rest of the measure is waiting for the frame and painting it.
 */
function watchCard(): boolean {
  const root = document.querySelector('[data-renvoi-ui]')?.shadowRoot;
  if (!root) return false;
  const win = window as unknown as { __renvoiBenchCardChanges: number[] };
  win.__renvoiBenchCardChanges = [];
  new MutationObserver(() => win.__renvoiBenchCardChanges.push(performance.now())).observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
  });
  return true;
}

interface HoverFigures {
  ms: number;
  /** From the dwell's end to the card in the DOM (NaN when the shadow root could not be watched). */
  renderMs: number;
  state: string;
}

function lastHover(): HoverFigures {
  const entries = performance.getEntriesByName('renvoi:hover', 'measure') as PerformanceMeasure[];
  const last = entries[entries.length - 1];
  const start = last?.startTime ?? Number.NaN;
  const changes = (window as unknown as { __renvoiBenchCardChanges?: number[] }).__renvoiBenchCardChanges ?? [];
  const rendered = changes.find((t) => t >= start);
  return {
    ms: last?.duration ?? Number.NaN,
    renderMs: rendered === undefined ? Number.NaN : rendered - start,
    state: (last?.detail as { state?: string } | null)?.state ?? '?',
  };
}

/**
 * The hover measure with the least to show: from a timer's task (as the dwell's end is, landing anywhere between two
 * frames) that changes the colour of one pixel of the benchmark's own, to a task queued from the next animation frame,
 * as `renvoi:hover` ends. What one painted frame costs on this page when showing the card adds nothing to it (a
 * frame with no change at all is not produced, so it would not do as a floor).
 */
function idleFrames(count: number): Promise<number[]> {
  return (async () => {
    const dot = document.createElement('div');
    dot.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;background:#fff;pointer-events:none';
    document.documentElement.append(dot);
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = await new Promise<number>((resolve) =>
        setTimeout(
          () => {
            dot.style.background = i % 2 ? '#fff' : '#fefefe';
            resolve(performance.now());
          },
          50 + (i % 7),
        ),
      );
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      out.push(performance.now() - start);
    }
    dot.remove();
    return out;
  })();
}

/** Two animation frames: scrolling and the card's closing are painted. */
const settle = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Opens one card by resting the mouse on citation `index`; the measure of that hover. */
async function hoverOnce(page: Page, index: number, count: number): Promise<HoverFigures> {
  await page.mouse.move(EMPTY_SPOT.x, EMPTY_SPOT.y);
  await page.keyboard.press('Escape');
  const point = await page.evaluate(targetPoint, { index, count });
  if (!point) throw new Error(`citation ${index} of the hover page has no box to point at`);
  await page.evaluate(settle);
  const before = await page.evaluate(hoverCount);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction((n) => performance.getEntriesByName('renvoi:hover', 'measure').length > n, before, {
    timeout: CARD_TIMEOUT_MS,
    polling: 'raf',
  });
  return page.evaluate(lastHover);
}

/**
 * The dwell delay for the run. The measure starts when the dwell ends, so its length does not change the figure; a
 * short one only saves a quarter of a second per hover (the default is 300 ms).
 */
const BENCH_DWELL_MS = 50;

/** Sets Renvoi's dwell delay through its stored settings, as the options page does; open pages follow the change. */
async function setDwell(session: ExtensionSession, dwellMs: number): Promise<void> {
  const page = await session.openExtensionPage('options.html');
  try {
    await page.evaluate(
      async ({ key, dwell }) => {
        const stored = await chrome.storage.local.get(key);
        await chrome.storage.local.set({ [key]: { ...(stored[key] ?? {}), dwellMs: dwell } });
      },
      { key: SETTINGS_KEY, dwell: dwellMs },
    );
  } finally {
    await page.close();
  }
}

export async function measureHover(session: ExtensionSession, url: string, hovers: number): Promise<HoverResult> {
  await setDwell(session, BENCH_DWELL_MS);
  const worker = await controlWorker(session);
  const page = await session.context.newPage();
  try {
    // Targets come from the highlight: on the compendium (fewer citations than the highlight window's limit) it holds
    // every citation; on a page with thousands it would hold those near the top only.
    const { highlighted: citations } = await loadAnnotated(page, url);
    // Let the card data batch that follows the scan arrive, as it has long before a reader's first hover.
    await page.waitForTimeout(500);
    const count = Math.min(hovers, citations);
    const out: HoverResult = {
      warmMs: [],
      coldMs: [],
      warmRenderMs: [],
      idleFrameMs: [],
      failed: 0,
      coldWakes: 0,
      citations: count,
    };
    // The first card mounts Renvoi's shadow host and loads its stylesheet: once, before measuring.
    await hoverOnce(page, 0, count);
    const watched = await page.evaluate(watchCard);
    for (let i = 0; i < hovers; i++) {
      const { ms, renderMs, state } = await hoverOnce(page, i, count);
      if (state !== 'ready') out.failed++;
      out.warmMs.push(ms);
      if (watched) out.warmRenderMs.push(renderMs);
    }
    await page.mouse.move(EMPTY_SPOT.x, EMPTY_SPOT.y);
    await page.keyboard.press('Escape');
    out.idleFrameMs = await page.evaluate(idleFrames, hovers);
    const wakesBefore = worker.wakes;
    for (let i = 0; i < hovers; i++) {
      await worker.stop();
      const { ms, state } = await hoverOnce(page, i, count);
      if (state !== 'ready') out.failed++;
      out.coldMs.push(ms);
    }
    out.coldWakes = worker.wakes - wakesBefore;
    return out;
  } finally {
    await page.close();
    await worker.close();
  }
}
