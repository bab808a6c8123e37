/**
 * Renvoi's page scan in the browser with the extension: each repetition loads the page afresh and waits for the
 * content script's `renvoi:scan` measure (a whole pass: read the text, find, classify and resolve citations, register
 * the highlights; see `lib/page/page-session.ts`). A `longtask` observer installed before the page's own scripts
 * records every main-thread task over 50 ms; the longest one overlapping the scan is the scan's longest task.
 */

import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../tests/e2e/harness/launch';

export interface RenvoiScan {
  scanMs: number[];
  /** Per repetition: the longest task (ms) overlapping the scan; 0 when no task reached 50 ms. */
  longestTaskMs: number[];
  /** Per repetition: time from navigation start to the end of the scan. */
  annotatedAtMs: number[];
  /** Citations highlighted (last repetition). */
  citations: number;
}

/** Runs in the page before its scripts: keeps every long task (start, duration). */
const LONGTASK_OBSERVER = `
  window.__renvoiBenchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__renvoiBenchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** How long a scan may take before the run gives up on it (a 2 MB page on a busy 2-core machine). */
const SCAN_TIMEOUT_MS = 120_000;

interface PageFigures {
  scan: { start: number; duration: number };
  longtasks: [number, number][];
  citations: number;
}

function readFigures(): PageFigures {
  const [scan] = performance.getEntriesByName('renvoi:scan', 'measure');
  const highlight = CSS.highlights.get('renvoi-citation') as unknown as { size: number } | undefined;
  return {
    scan: { start: scan?.startTime ?? Number.NaN, duration: scan?.duration ?? Number.NaN },
    longtasks: (window as unknown as { __renvoiBenchLongTasks?: [number, number][] }).__renvoiBenchLongTasks ?? [],
    citations: highlight?.size ?? 0,
  };
}

/** Loads `url` in `page` and waits until Renvoi has annotated it. */
export async function loadAnnotated(page: Page, url: string): Promise<PageFigures> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('renvoi:scan', 'measure').length > 0, null, {
    timeout: SCAN_TIMEOUT_MS,
    polling: 50,
  });
  return page.evaluate(readFigures);
}

export async function measureRenvoiScan(
  session: ExtensionSession,
  url: string,
  repetitions: number,
): Promise<RenvoiScan> {
  const out: RenvoiScan = { scanMs: [], longestTaskMs: [], annotatedAtMs: [], citations: 0 };
  const page = await session.context.newPage();
  await page.addInitScript(LONGTASK_OBSERVER);
  try {
    for (let i = 0; i < repetitions; i++) {
      const { scan, longtasks, citations } = await loadAnnotated(page, url);
      const end = scan.start + scan.duration;
      const during = longtasks.filter(([start, duration]) => start < end && start + duration > scan.start);
      out.scanMs.push(scan.duration);
      out.longestTaskMs.push(Math.max(0, ...during.map(([, duration]) => duration)));
      out.annotatedAtMs.push(end);
      out.citations = citations;
    }
  } finally {
    await page.close();
  }
  return out;
}
