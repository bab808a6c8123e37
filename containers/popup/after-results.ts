import { startedPopupEngine } from '../../lib/search/popup-engine';

/** A painted frame: a task queued from the next animation frame runs once that frame is on screen. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves once the popup's first results can be on screen: the search engine, if a tab reads it, has loaded (or
 * failed) and the frame that shows them is painted. Secondary work (the PDF offer's messages to the tab and the
 * background, which may wake a stopped service worker) waits for it, so opening the popup on a query shows results
 * first.
 */
export async function afterFirstResults(): Promise<void> {
  // The Saved tab reads no engine: then only the first frame is waited for.
  await startedPopupEngine()?.catch(() => undefined);
  await nextPaint();
}
