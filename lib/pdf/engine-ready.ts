/**
 * The citation engine made ready while the PDF downloads and pdf.js parses it, so the first text layer's marks wait
 * for nothing: the reader asks the background for the resolver data and warms the engine up (its regular
 * expressions compile on first use, ~250 ms in all, in short slices) as soon as it starts. The page session, which
 * would otherwise do both on meeting its first digit — after pdf.js's first text layer — and the document index
 * then share the one answer.
 */

import type { ResolverData } from '../citations';
import type { PageEngine } from '../page/scan/engine-on-demand';
import { createSlicer } from '../page/scan/slicer';
import { warmUpEngine } from '../page/scan/warm-up';

/**
 * Starts loading the data (`load`) and the warm-up at once; the returned function resolves with the data once both
 * are done (the session's `resolverData` service). A failed load resolves `undefined` and is tried again on the
 * next call, as the session's own on-demand loader does.
 */
export function prepareEngine(
  load: () => Promise<ResolverData | undefined>,
  engine: PageEngine,
): () => Promise<ResolverData | undefined> {
  // The warm-up needs no data (the patterns are the engine's own); a slicer nobody aborts: it belongs to the page.
  const warm = warmUpEngine(createSlicer(new AbortController().signal), undefined, engine);
  let data: Promise<ResolverData | undefined> | null = null;
  const ready = () =>
    (data ??= Promise.all([load(), warm]).then(
      ([loaded]) => loaded,
      () => {
        data = null;
        return undefined;
      },
    ));
  void ready();
  return ready;
}
