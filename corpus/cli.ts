/**
 * `npm run --silent corpus -- stats`: counts per meeting, instrument and theme, then the validation report (exit 1 on
 * problems). `npm run --silent corpus -- dump`: the corpus JSON on stdout, exactly the `Corpus` shape.
 */
import { buildBundledCorpus } from './asset';
import { buildCorpus } from './build';
import { readSource } from './load';
import type { Corpus } from './schema';

const USAGE = 'usage: npm run --silent corpus -- <stats|dump>';

function stats(corpus: Corpus, problems: string[]): string[] {
  const out: string[] = [];
  const count = (parentId: string, level?: number): number =>
    corpus.items.filter((i) => i.parentId === parentId && (level === undefined || i.level === level)).length;
  out.push(`corpus ${corpus.version} (schema ${corpus.schemaVersion})`);
  out.push(`meetings ${corpus.meetings.length}`);
  for (const m of corpus.meetings) {
    const levels = [1, 2, 3].map((l) => count(m.id, l)).join('/');
    out.push(
      `  ${m.id.padEnd(5)} ${m.dates.padEnd(22)} items ${String(count(m.id)).padStart(3)} (levels ${levels})` +
        `  report ${m.reportSymbol ?? '-'} offset ${m.paragraphOffset ?? '-'}${m.note ? '  [note]' : ''}`,
    );
  }
  out.push(`sessions ${corpus.sessions.length}, instruments ${corpus.instruments.length}`);
  for (const i of corpus.instruments) {
    const pre = corpus.items.filter((x) => x.parentId === i.id && x.kind === 'preambular').length;
    out.push(
      `  ${i.id.padEnd(5)} ${i.kind.padEnd(10)} ${i.sessionId} ${i.year}  paragraphs ${String(count(i.id)).padStart(3)}` +
        ` (preambular ${pre}, top-level ${i.itemIds.length})  report ${i.reportSymbol}`,
    );
  }
  const footnotes =
    corpus.items.reduce((n, i) => n + i.footnotes.length, 0) +
    corpus.instruments.reduce((n, i) => n + (i.chapeauFootnotes?.length ?? 0), 0);
  const links = corpus.themes.reduce((n, t) => n + t.itemIds.length, 0);
  out.push(
    `items ${corpus.items.length}, footnotes ${footnotes}, themes ${corpus.themes.length}, theme links ${links}`,
  );
  for (const t of corpus.themes) out.push(`  ${String(t.itemIds.length).padStart(3)}  ${t.name}`);
  out.push(problems.length === 0 ? 'validation: OK (0 problems)' : `validation: ${problems.length} problems`);
  out.push(...problems);
  return out;
}

function main(argv: string[]): number {
  const command = argv[0];
  if (command !== 'stats' && command !== 'dump') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { corpus, problems } = buildCorpus(readSource());
  if (command === 'dump') {
    // The same data the extension bundles (with `citedBy`), only when the corpus is valid.
    for (const p of problems) process.stderr.write(`${p}\n`);
    if (problems.length > 0) return 1;
    process.stdout.write(`${JSON.stringify(buildBundledCorpus(), null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${stats(corpus, problems).join('\n')}\n`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
