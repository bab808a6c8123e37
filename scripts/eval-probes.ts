/**
 * Scores the citation engine on the probe sets (`tests/fixtures/citations/probes/`): short passages that cite treaty
 * articles in the forms real documents use (and negatives), written blind by helpers who never ran the engine and
 * labelled by the real set's rules. Team-written, so never a figure on real text: a cheap, wide check of forms, with a
 * `dev` set to tune on and a `held-out` set written by others that no rule is tuned on (scored to report only).
 *
 * Usage: `npm run eval:probes` (`-- --verbose` lists the dev set's errors; `-- --split=held-out --verbose` the held-out
 * set's, for the lead's report only).
 */

import { fileURLToPath } from 'node:url';
import { corpusData, evaluate, FIXTURE_DIR, formatReport, loadCases } from './eval-citations';

/** The probe sets, each scored on its own. */
export const PROBE_SPLITS: readonly { name: 'dev' | 'held-out'; dir: string }[] = [
  { name: 'dev', dir: `${FIXTURE_DIR}probes/dev/` },
  { name: 'held-out', dir: `${FIXTURE_DIR}probes/held-out/` },
];

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const only = process.argv.find((a) => a.startsWith('--split='))?.slice('--split='.length);
  const data = corpusData();
  for (const split of PROBE_SPLITS) {
    if (only !== undefined && split.name !== only) continue;
    const report = evaluate(loadCases(split.dir), data, false);
    console.log(`== probes, ${split.name} ==`);
    console.log(formatReport(report));
    // The held-out set's errors are listed only when it is asked for by name, as the real test split's are.
    const list = verbose && (split.name !== 'held-out' || only === 'held-out');
    if (report.errors.length > 0) console.log(`${report.errors.length} errors${list ? ':' : ''}`);
    if (list) for (const e of report.errors) console.log(`  ${e}`);
    console.log('');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
