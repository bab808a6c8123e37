import { describe, expect, it } from 'vitest';
import { otherCommissionNamed } from '../../../lib/citations/other-commissions';

/**
 * Session 25 (tuner-hostile): the commissions a text names are read once per text (`other-commissions.ts`), then
 * looked up by position. Each row is a text, a position and whether the commission named nearest before it (else the
 * first after it) is outside the table: the same answers as the per-citation read it replaces.
 */
const rows: [string, string, number, boolean][] = [
  ['no commission named', 'la résolution 19/4 de la Commission', 5, false],
  ['another one before', 'the Statistical Commission adopted resolution 4/2', 40, true],
  [
    'ours before, another after',
    'the Commission on Human Rights, resolution 2004/1; the Statistical Commission',
    32,
    false,
  ],
  [
    'another before, ours after',
    'the Statistical Commission, resolution 4/2; the Commission on Human Rights',
    30,
    true,
  ],
  ['only one after', 'resolution 4/2 of the Statistical Commission', 3, true],
  [
    'ours inside another name is that other one',
    'the Inter-American Commission on Human Rights, resolution 1/2',
    50,
    true,
  ],
  [
    'the nearest before wins over an earlier one',
    'Statistical Commission; Commission on Human Rights, res. 1/2',
    55,
    false,
  ],
  ['a name ending at the position counts as before', 'Statistical Commission', 22, true],
  ['a name across the position is neither before nor after it', 'Statistical Commission', 21, false],
];

describe('otherCommissionNamed (read once per text)', () => {
  it.each(rows)('%s', (_name, text, pos, expected) => {
    expect(otherCommissionNamed(text, pos)).toBe(expected);
  });
});
