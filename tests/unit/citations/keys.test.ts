import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatKey, parseKey, type ParsedKey } from '../../../lib/citations/keys';
import { FIXTURE_DIR } from '../../../scripts/eval-citations';

/** Every expected key of every fixture: in-sample and both real splits. */
function fixtureKeys(): string[] {
  const keys = new Set<string>();
  for (const dir of [FIXTURE_DIR, `${FIXTURE_DIR}real/dev/`, `${FIXTURE_DIR}real/test/`]) {
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const file = JSON.parse(readFileSync(dir + f, 'utf8')) as { cases: { expected: { key: string }[] }[] };
      for (const c of file.cases) for (const e of c.expected) keys.add(e.key);
    }
  }
  return [...keys].sort();
}

describe('the key grammar', () => {
  const keys = fixtureKeys();

  it('covers every key kind in the fixtures', () => {
    expect(keys.length).toBeGreaterThan(150);
    const types = new Set(keys.map((k) => parseKey(k).type));
    expect(types).toEqual(new Set(['cop', 'named', 'treaty', 'symbol']));
  });

  it.each(keys)('round-trips %j', (key) => {
    expect(formatKey(parseKey(key))).toBe(key);
  });

  const table: [string, ParsedKey][] = [
    ['COP decision 4/4', { type: 'cop', instrument: 'decision', number: '4/4', session: 4 }],
    ['COP resolution 5/2', { type: 'cop', instrument: 'resolution', number: '5/2', session: 5 }],
    ['CCPCJ decision 16/1', { type: 'named', body: 'ccpcj', instrument: 'decision', number: '16/1', session: 16 }],
    ['TIP Protocol art. 3(a)', { type: 'treaty', treaty: 'TIP', article: 3, subparagraph: 'a' }],
    [
      'TIP Protocol art. 6(3)(d)(ii)',
      { type: 'treaty', treaty: 'TIP', article: 6, paragraph: 3, subparagraph: 'd', clause: 'ii' },
    ],
    ['UNTOC art. 32(3)', { type: 'treaty', treaty: 'UNTOC', article: 32, paragraph: 3 }],
    ['Migrants Protocol art. 16', { type: 'treaty', treaty: 'MIG', article: 16 }],
    ['Firearms Protocol art. 5', { type: 'treaty', treaty: 'FIRE', article: 5 }],
    [
      'A/RES/64/293',
      {
        type: 'symbol',
        symbol: 'A/RES/64/293',
        body: 'ga',
        year: null,
        instrument: { type: 'resolution', number: '64/293' },
      },
    ],
    [
      'S/RES/2331(2016)',
      {
        type: 'symbol',
        symbol: 'S/RES/2331(2016)',
        body: 'sc',
        year: 2016,
        instrument: { type: 'resolution', number: '2331 (2016)' },
      },
    ],
    [
      'S/RES/2331',
      {
        type: 'symbol',
        symbol: 'S/RES/2331',
        body: 'sc',
        year: null,
        instrument: { type: 'resolution', number: '2331' },
      },
    ],
    [
      'S/PRST/2015/25',
      {
        type: 'symbol',
        symbol: 'S/PRST/2015/25',
        body: 'sc',
        year: 2015,
        instrument: { type: 'presidential-statement', number: '2015/25' },
      },
    ],
    [
      'A/RES/217A(III)',
      {
        type: 'symbol',
        symbol: 'A/RES/217A(III)',
        body: 'ga',
        // The third regular session, 1948: before 1976 the Assembly's session is its year.
        year: 1948,
        instrument: { type: 'resolution', number: '217 A (III)' },
      },
    ],
    [
      'E/DEC/16(LVI)',
      {
        type: 'symbol',
        symbol: 'E/DEC/16(LVI)',
        body: 'ecosoc',
        year: null,
        instrument: { type: 'decision', number: '16 (LVI)' },
      },
    ],
    [
      'E/CN.4/DEC/2004/110',
      {
        type: 'symbol',
        symbol: 'E/CN.4/DEC/2004/110',
        body: 'chr',
        year: 2004,
        instrument: { type: 'decision', number: '2004/110' },
      },
    ],
    [
      'A/HRC/RES/5/2',
      {
        type: 'symbol',
        symbol: 'A/HRC/RES/5/2',
        body: 'hrc',
        year: null,
        instrument: { type: 'resolution', number: '5/2' },
      },
    ],
    [
      'CTOC/COP/WG.4/2011/8',
      { type: 'symbol', symbol: 'CTOC/COP/WG.4/2011/8', body: 'wg', year: 2011, instrument: null },
    ],
    ['A/51/49(VOL.I)', { type: 'symbol', symbol: 'A/51/49(VOL.I)', body: 'ga', year: null, instrument: null }],
    ['UNEP/CBD/COP/12/14', { type: 'symbol', symbol: 'UNEP/CBD/COP/12/14', body: null, year: null, instrument: null }],
  ];

  it.each(table)('reads %j', (key, parsed) => {
    expect(parseKey(key)).toEqual(parsed);
    expect(formatKey(parsed)).toBe(key);
  });

  // Malformed keys never throw and are read as (unknown) symbols, so a card can still say "UN document".
  it.each(['', 'COP decision 4/4 bis', 'UNTOC art. x', 'TIP Protocol art. 6(3', 'cop decision 4/4', '<script>'])(
    'reads the malformed %j as a symbol',
    (key) => {
      const parsed = parseKey(key);
      expect(parsed.type).toBe('symbol');
      expect(parsed.type === 'symbol' && parsed.instrument).toBe(null);
    },
  );
});
