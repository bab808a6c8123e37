/**
 * `npm run eval:search`: the labelled English and Spanish queries (tests/fixtures/search/cross-language-queries.json)
 * against the search over the bundled corpus; prints the share with an expected record in the first three results,
 * per language and per part (tune / held-out), and every miss. `--part held-out` runs one part only.
 */
import { readFileSync } from 'node:fs';
import { buildBundledCorpus } from '../corpus/asset';
import { createSearchEngine } from '../lib/search';
import { evaluateQueries, hitRates, type LabelledQuery } from '../lib/search/eval-queries';

const file = new URL('../tests/fixtures/search/cross-language-queries.json', import.meta.url);
const all = (JSON.parse(readFileSync(file, 'utf8')) as { queries: LabelledQuery[] }).queries;
const partArg = process.argv.indexOf('--part');
const queries = partArg > 0 ? all.filter((q) => q.part === process.argv[partArg + 1]) : all;
const outcomes = evaluateQueries(createSearchEngine(buildBundledCorpus()), queries);
for (const [group, { hits, total }] of hitRates(outcomes)) {
  console.log(
    `${group.padEnd(12)} ${((100 * hits) / total).toFixed(1).padStart(5)} %  (${hits}/${total} in the first 3)`,
  );
}
for (const o of outcomes.filter((x) => x.rank === null)) {
  console.log(
    `miss [${o.lang}/${o.part}] ${JSON.stringify(o.query)} → ${o.top.join(', ')} (expected ${o.expect.join(' | ')})`,
  );
}
