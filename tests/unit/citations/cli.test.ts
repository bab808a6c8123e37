import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string): unknown =>
  JSON.parse(execFileSync('npx', ['tsx', 'scripts/cite.ts', ...args], { input, encoding: 'utf8' }));

describe('scripts/cite.ts', () => {
  it('prints the citations of standard input as JSON with the contract fields', () => {
    const out = run(['--no-corpus', '--author=COP', '-'], 'Voir la décision 4/4 et 24/7.') as Record<string, unknown>[];
    expect(out).toEqual([
      {
        text: 'décision 4/4',
        start: 8,
        end: 20,
        kind: 'cop-instrument',
        key: 'COP decision 4/4',
        inCorpus: false,
        targets: [],
      },
    ]);
    expect(Object.keys(out[0] ?? {})).toEqual(['text', 'start', 'end', 'kind', 'key', 'inCorpus', 'targets']);
    // Without the author, the bare decision could be the COP's, the Human Rights Council's or the CCPCJ's.
    expect(run(['--no-corpus', '-'], 'Voir la décision 4/4 et 24/7.')).toEqual([]);
  });

  it('reads HTML and reports offsets into the body text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cite-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      '<html><head><title>A/RES/1/1</title></head><body><p>Voir CTOC/COP/<em>WG.4</em>/2011/8.</p></body></html>',
    );
    const out = run(['--html', '--no-corpus', file]) as { text: string; start: number }[];
    expect(out.map((c) => [c.text, c.start])).toEqual([['CTOC/COP/WG.4/2011/8', 5]]);
  });
}, 60_000);
