/**
 * The PDF reader's rows: the compendium printed by Chromium (`page.pdf()`, ~60 pages), served on 127.0.0.1 and
 * opened in `pdf.html?file=…`, each repetition in a fresh tab. Read from the reader page's performance timeline:
 * - first marks: from pdf.js's first `textlayerrendered` to the end of the session's pass over that text layer (the
 *   reader's `renvoi:pdf-page-marks` measure) — target ≤ 150 ms; also for the first page with citations;
 * - page marks: the same for each later page's text layer (the viewer scrolled through the whole document) —
 *   target p95 ≤ 50 ms;
 * - the whole-document index (`renvoi:pdf-index` measure) — target ≤ 1 s; its longest step on the main thread —
 *   target ≤ 50 ms; and, for information, the page's longest task while it ran (`longtask` entries: pdf.js's
 *   rendering of the first pages included);
 * - the reader's assets: every file `pdf.html` loads, directly or through its chunks (scripts, CSS, the pdf.js
 *   worker), raw and gzip -9.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ExtensionSession } from '../tooling/browsers/launch';
import { startFixtureServer } from '../tooling/browsers/fixture-server';
import { compendiumPage } from './pages/compendium';

export interface PdfReaderRun {
  /** pdf.js's first text layer → the end of the pass that marked it (the first page's marks). */
  firstMarksMs: number;
  /** The same for the first page that has citations (the compendium's first page, its title page, has none). */
  firstCitedMarksMs: number;
  /** Every later page: its text layer → its marks. */
  pageMarksMs: number[];
  indexMs: number;
  /** Longest main-thread step of the index itself (one page's text → its citations). */
  indexLongestStepMs: number;
  /** Longest task of the page while the index ran (pdf.js's rendering included). */
  indexLongestTaskMs: number;
  indexCitations: number;
}

export interface PdfReaderResult {
  runs: PdfReaderRun[];
  pages: number;
  pdfBytes: number;
  assets: { files: string[]; rawBytes: number; gzipBytes: number };
}

/** What the reader page's timeline says about one opening (run in the page). */
function readTimeline(): PdfReaderRun | null {
  // One `renvoi:pdf-page-marks` measure per text layer: from pdf.js's `textlayerrendered` to the end of the
  // session's pass over that layer (entrypoints/pdf/reader-state.ts).
  const pages = performance
    .getEntriesByName('renvoi:pdf-page-marks', 'measure')
    .map((m) => ({
      start: m.startTime,
      ms: m.duration,
      citations: ((m as PerformanceMeasure).detail as { citations: number }).citations,
    }))
    .sort((a, b) => a.start - b.start);
  const index = performance.getEntriesByName('renvoi:pdf-index', 'measure')[0] as PerformanceMeasure | undefined;
  const first = pages[0];
  const firstCited = pages.find((p) => p.citations > 0);
  if (!first || !firstCited || !index) return null;
  const indexEnd = index.startTime + index.duration;
  const longTasks = (globalThis as unknown as { __renvoiLongTasks?: { start: number; duration: number }[] })
    .__renvoiLongTasks;
  const during = (longTasks ?? []).filter((t) => t.start < indexEnd && t.start + t.duration > index.startTime);
  const detail = index.detail as { citations: number; longestStepMs: number };
  return {
    firstMarksMs: first.ms,
    firstCitedMarksMs: firstCited.ms,
    pageMarksMs: pages.slice(1).map((p) => p.ms),
    indexMs: index.duration,
    indexLongestStepMs: detail.longestStepMs,
    indexLongestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    indexCitations: detail.citations,
  };
}

/** Records long tasks from the page's start (an observer installed before any script of the page runs). */
const LONG_TASK_RECORDER = `(() => {
  const tasks = (globalThis.__renvoiLongTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/**
 * A reference to another file of the build in a page or chunk: `src="/chunks/x.js"`, `href="/assets/x.css"`, a
 * chunk's `import("./x.js")` (Vite writes backquotes), a CSS `url(/assets/x.svg)`.
 */
const FILE_REFERENCE = /["'`(](\.\/[\w.-]+\.m?js|\/(?:chunks|assets)\/[\w.-]+\.(?:m?js|css|svg|png))["'`)]/g;

/** Every file the reader page may load, following references from `pdf.html` (its chunks, CSS, the worker). */
export function readerAssets(buildDir: string): string[] {
  const seen = new Set<string>(['pdf.html']);
  const stack = ['pdf.html'];
  while (stack.length > 0) {
    const file = stack.pop()!;
    const text = readFileSync(join(buildDir, file), 'utf8');
    for (const m of text.matchAll(FILE_REFERENCE)) {
      const ref = m[1]!;
      const path = ref.startsWith('./') ? posix.join(posix.dirname(file), ref) : ref.slice(1);
      if (!seen.has(path) && existsSync(join(buildDir, path))) {
        seen.add(path);
        stack.push(path);
      }
    }
  }
  return [...seen].sort();
}

export async function measurePdfReader(
  session: ExtensionSession,
  buildDir: string,
  repetitions: number,
): Promise<PdfReaderResult> {
  const printer = await session.context.newPage();
  await printer.setContent(compendiumPage(), { waitUntil: 'load' });
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  const server = await startFixtureServer({
    routes: new Map([['/compendium.pdf', () => ({ headers: { 'content-type': 'application/pdf' }, body: pdf })]]),
  });
  const runs: PdfReaderRun[] = [];
  let pages = 0;
  try {
    const reader = `chrome-extension://${session.extensionId}/pdf.html?file=${encodeURIComponent(server.url('/compendium.pdf'))}`;
    for (let rep = 0; rep < repetitions; rep++) {
      const page = await session.context.newPage();
      await page.addInitScript(LONG_TASK_RECORDER);
      await page.goto(reader);
      await page.waitForFunction(() => performance.getEntriesByName('renvoi:pdf-index', 'measure').length > 0, null, {
        timeout: 60_000,
      });
      pages = await page.evaluate(() => document.querySelectorAll('.page').length);
      // Scroll through the document one screen at a time, letting pdf.js render each page and Renvoi mark it.
      await page.evaluate(async () => {
        const container = document.querySelector<HTMLElement>('#viewerContainer')!;
        while (container.scrollTop + container.clientHeight < container.scrollHeight - 2) {
          container.scrollTop += container.clientHeight;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      const run = await page.evaluate(readTimeline);
      if (!run) throw new Error('the reader page recorded no text layer, marks or index');
      runs.push(run);
      await page.close();
    }
  } finally {
    await server.close();
  }
  const files = readerAssets(buildDir);
  const contents = files.map((file) => readFileSync(join(buildDir, file)));
  return {
    runs,
    pages,
    pdfBytes: pdf.length,
    assets: {
      files,
      rawBytes: contents.reduce((n, b) => n + b.length, 0),
      gzipBytes: contents.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    },
  };
}
