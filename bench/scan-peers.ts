/**
 * The floor and the peer of the page scan, in a browser without Renvoi, each on a freshly loaded page:
 * - floor: one TreeWalker pass that reads every text node's data — what any scanner must at least do;
 * - mark.js (`markRegExp`, its default options) with the equivalent citation pattern (`citation-pattern.ts`), which
 *   finds the citations and wraps each in a `<mark>` element.
 */

import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { PlainBrowser } from './browser';
import { CITATION_PATTERN } from './citation-pattern';

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

export interface PeerScan {
  floorMs: number[];
  markjsMs: number[];
  /** Text characters the floor read (same every run). */
  characters: number;
  /** Matches mark.js marked (same every run). */
  marks: number;
}

/** Reads every text node of the body once; returns the time and the characters read (so the work is not skipped). */
function floorPass(): { ms: number; characters: number } {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += (node as Text).data.length;
  return { ms: performance.now() - start, characters };
}

/** Marks the page with mark.js; resolves when its `done` callback runs. */
function markPass(pattern: { source: string; flags: string }): Promise<{ ms: number; marks: number }> {
  type MarkJs = new (context: Element) => {
    markRegExp(re: RegExp, options: { done(count: number): void }): void;
  };
  const Mark = (window as unknown as { Mark: MarkJs }).Mark;
  return new Promise((resolve) => {
    const start = performance.now();
    new Mark(document.body).markRegExp(new RegExp(pattern.source, pattern.flags), {
      done: (marks) => resolve({ ms: performance.now() - start, marks }),
    });
  });
}

/** Loads `url` afresh in `page` (a new document: no DOM wrapper or style left from the previous pass). */
async function reload(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
}

export async function measurePeers(browser: PlainBrowser, url: string, repetitions: number): Promise<PeerScan> {
  const out: PeerScan = { floorMs: [], markjsMs: [], characters: 0, marks: 0 };
  const pattern = { source: CITATION_PATTERN.source, flags: CITATION_PATTERN.flags };
  const page = await browser.newPage();
  try {
    for (let i = 0; i < repetitions; i++) {
      await reload(page, url);
      const floor = await page.evaluate(floorPass);
      out.floorMs.push(floor.ms);
      out.characters = floor.characters;

      await reload(page, url);
      await page.addScriptTag({ path: MARK_JS });
      const mark = await page.evaluate(markPass, pattern);
      out.markjsMs.push(mark.ms);
      out.marks = mark.marks;
    }
  } finally {
    await page.close();
  }
  return out;
}
