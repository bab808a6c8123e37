/**
 * Prints the citations of a text as a JSON array (stable contract).
 *
 *   npm run --silent cite -- FILE           plain text (UTF-8); `-` reads standard input
 *   npm run --silent cite -- --html FILE    HTML: offsets are into `document.body.textContent` of the parsed page
 *                                           (happy-dom's DOMParser; script and style text inside <body> count)
 *   npm run --silent cite -- --no-corpus …  do not resolve against the corpus (inCorpus false, targets [])
 *   npm run --silent cite -- --author=COP …  the document's author when its text does not say (GA, SC, HRC, ECOSOC,
 *                                           CHR, CCPCJ, COP): a bare `décision 4/4` is then that body's
 *
 * Each element has exactly the fields `text, start, end, kind, key, inCorpus, pinpoint?, targets` (see
 * `lib/citations/types.ts`), in text order. Offsets are UTF-16 indices (JavaScript string indices).
 * Resolution uses the real corpus (`loadCorpus()` from `corpus/load.ts`); if it cannot be built, a warning goes to
 * standard error and the citations are printed unresolved.
 */

import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { loadCorpus } from '../corpus/load';
import { createResolverData, findCitations, type Author, type ResolverData } from '../lib/citations/index';

function usage(): never {
  process.stderr.write('usage: npm run --silent cite -- [--html] [--no-corpus] [--author=BODY] FILE|-\n');
  process.exit(2);
}

/** The text content of an HTML document's body (the document's text content when it has no body). */
async function htmlText(html: string): Promise<string> {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return doc.body?.textContent ?? doc.documentElement?.textContent ?? '';
  } finally {
    await window.happyDOM.close();
  }
}

function resolverData(): ResolverData | undefined {
  try {
    return createResolverData(loadCorpus());
  } catch (error) {
    process.stderr.write(`cite: corpus unavailable, citations are not resolved (${String(error).split('\n')[0]})\n`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const html = args.includes('--html');
  const noCorpus = args.includes('--no-corpus');
  const authorArg = args.find((a) => a.startsWith('--author='))?.slice('--author='.length);
  const authors: readonly Author[] = ['GA', 'SC', 'HRC', 'ECOSOC', 'CHR', 'CCPCJ', 'COP', 'OTHER'];
  const author = authors.find((a) => a === authorArg);
  if (authorArg !== undefined && author === undefined) usage();
  const files = args.filter((a) => a === '-' || !a.startsWith('--'));
  const file = files[0];
  if (files.length !== 1 || file === undefined) usage();
  const raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  const text = html ? await htmlText(raw) : raw;
  const citations = findCitations(text, noCorpus ? undefined : resolverData(), author ? { author } : undefined);
  process.stdout.write(`${JSON.stringify(citations, null, 2)}\n`);
}

await main();
