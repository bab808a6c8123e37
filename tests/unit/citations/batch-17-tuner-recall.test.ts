import { describe, expect, it } from 'vitest';
import { found, res, type Expect } from './factories';

/**
 * Session 13 (tuner-recall): recall on real text by class, from the dev passages moved from the fifteenth and
 * sixteenth rounds. Each row failed before its rule; its dev passage is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // `SCR`, the Security Council resolution's acronym of NGO and UN Women pages, as a head word that names its body
  // (dev en-209, en-241, es-141), like `UNSCR`: a plain number is then the Council's.
  [
    '– SCR 1539 (2004) outlined the scope of actions. – SCR 1612 (2005) established a unique framework.',
    [res('SCR 1539 (2004)', 'S/RES/1539(2004)'), res('SCR 1612 (2005)', 'S/RES/1612(2005)')],
  ],
  ['SCR 1325 further calls for the effective protection of women', [res('SCR 1325', 'S/RES/1325')]],
  [
    'the implementation of UNSCR 1325 and UNSCRs 1820 and 1888',
    [res('UNSCR 1325', 'S/RES/1325'), res('UNSCRs 1820', 'S/RES/1820'), res('1888', 'S/RES/1888')],
  ],
  // The acronym after the head word is in the span and names the body (dev es-141).
  ['La resolución SCR 1325 consta de cuatro pilares', [res('resolución SCR 1325', 'S/RES/1325')]],
  ['Tras la resolución SCR 1325, el Consejo', [res('resolución SCR 1325', 'S/RES/1325')]],
  // A list run together without separators (dev es-141): a Council number's closing bracket ends it.
  [
    'la paz: SCR 1325 (2000)SCR 2122 (2013)SCR 2242 (2015) y SCR 2493 (2019).',
    [
      res('SCR 1325 (2000)', 'S/RES/1325(2000)'),
      res('SCR 2122 (2013)', 'S/RES/2122(2013)'),
      res('SCR 2242 (2015)', 'S/RES/2242(2015)'),
      res('SCR 2493 (2019)', 'S/RES/2493(2019)'),
    ],
  ],
];

describe('recall by class (session 13)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** What those readings leave alone. */
const notCited: [string, Expect[]][] = [
  // The acronym without a number, or another SCR (an insurer's solvency capital requirement) before a percentage.
  [
    'Resolution 1820 (2008) was the first SCR to recognize conflict-related sexual violence.',
    [res('Resolution 1820 (2008)', 'S/RES/1820(2008)')],
  ],
  ['the SCR coverage ratio was 150% in 2019', []],
];

describe('what the session 13 recall readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
