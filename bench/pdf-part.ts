/**
 * The PDF reader's part of the benchmark alone (`npx tsx bench/pdf-part.ts [--reps n]`), for working on the reader
 * without running the whole `npm run bench`: the built extension (`$RENVOI_OUT_DIR/chrome-mv3`, build it first),
 * the same measurement as the full run's `pdf.*` rows (`pdf-reader.ts`), printed with the machine's load average so
 * that figures taken on a busy machine are labelled as such. Writes nothing.
 */

import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchRenvoi } from './browser';
import { outDir } from './paths';
import { measurePdfReader } from './pdf-reader';
import { round, summarize } from './stats';

/** The targets for these rows (reported, never asserted). */
const PDF_TARGETS = {
  firstMarks: '≤ 150 (each run)',
  pageMarks: 'p95 ≤ 50',
  index: '≤ 1000 (60 pages)',
  longTask: '≤ 50',
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '3' } } });
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps wants a whole number of at least 1`);
  const loadBefore = loadavg().map((x) => round(x, 2));
  const session = await launchRenvoi();
  try {
    const result = await measurePdfReader(session, outDir(), reps);
    const row = (name: string, samples: number[], target: string) => {
      const s = summarize(samples);
      return { name, median: round(s.median, 1), p95: round(s.p95, 1), n: s.n, target };
    };
    const rows = [
      row(
        'first page marks after first text layer (ms)',
        result.runs.map((r) => r.firstMarksMs),
        PDF_TARGETS.firstMarks,
      ),
      row(
        'first page with citations, after its layer (ms)',
        result.runs.map((r) => r.firstCitedMarksMs),
        '',
      ),
      row(
        'page marks after textlayerrendered (ms)',
        result.runs.flatMap((r) => r.pageMarksMs),
        PDF_TARGETS.pageMarks,
      ),
      row(
        'whole-document index (ms)',
        result.runs.map((r) => r.indexMs),
        PDF_TARGETS.index,
      ),
      row(
        'longest index step (ms)',
        result.runs.map((r) => r.indexLongestStepMs),
        PDF_TARGETS.longTask,
      ),
      row(
        'longest task while indexing, any (ms)',
        result.runs.map((r) => r.indexLongestTaskMs),
        '',
      ),
    ];
    console.table(rows);
    console.log(
      JSON.stringify(
        {
          runs: result.runs.map((r) => ({
            firstMarksMs: round(r.firstMarksMs, 1),
            firstCitedMarksMs: round(r.firstCitedMarksMs, 1),
            pageMarksP95: round(summarize(r.pageMarksMs).p95, 1),
            indexMs: round(r.indexMs, 1),
            indexLongestStepMs: round(r.indexLongestStepMs, 1),
            indexLongestTaskMs: round(r.indexLongestTaskMs, 1),
            citations: r.indexCitations,
          })),
          pages: result.pages,
          pdfBytes: result.pdfBytes,
          assets: { files: result.assets.files.length, raw: result.assets.rawBytes, gzip: result.assets.gzipBytes },
          loadAverage: { before: loadBefore, after: loadavg().map((x) => round(x, 2)) },
        },
        null,
        2,
      ),
    );
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
