import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 24 (tuner-speed): a body named right before a resolution's head word is known from the scanner's body-name
 * triggers (where each name ends), not read back from the head word with the names' whole regex (`bodyBefore` in
 * `parse-instrument.ts`). The same citations on every labelled passage and the bench page; a name glued after
 * punctuation (`(ECOSOC resolution 1503)`), which the old regex's capital-letter gate missed, now counts as the
 * scanner reads it: no bare Council number is read from its head word.
 */
const BODY_BEFORE: [string, Expect[]][] = [
  // After an opening bracket or quote: the name's parse owns the citation (a plain number of another body: no card).
  ['The Security Council met. (ECOSOC resolution 1503) was recalled.', []],
  ['The Security Council met. «Commission on Human Rights resolution 1503» was recalled.', []],
  ['The Security Council met. ECOSOC\u00a0resolution 1503 was recalled.', []],
  // In a pinpoint chain: the chain's head word after the name, the scanner reaching the name after the chain's start.
  ['The Security Council met. Paragraph 3 of ECOSOC resolution 1503 was recalled.', []],
  [
    'The Security Council met. Paragraph 3 of Security Council resolution 1820 was recalled.',
    [res('Paragraph 3 of Security Council resolution 1820', 'S/RES/1820', { paragraph: 3 })],
  ],
  // Each language's names, in brackets too.
  [
    'Recalling Economic and Social Council resolution 2004/45 and (Commission on Human Rights resolution 2004/45),',
    [
      res('Economic and Social Council resolution 2004/45', 'E/RES/2004/45'),
      res('Commission on Human Rights resolution 2004/45', 'E/CN.4/RES/2004/45'),
    ],
  ],
  [
    'Rappelant la (Commission des droits de l’homme résolution 2004/45),',
    [res('Commission des droits de l’homme résolution 2004/45', 'E/CN.4/RES/2004/45')],
  ],
  [
    'Recordando la resolución 2004/45 del Consejo Económico y Social, y (Asamblea General resolución 60/1),',
    [
      res('resolución 2004/45 del Consejo Económico y Social', 'E/RES/2004/45'),
      res('Asamblea General resolución 60/1', 'A/RES/60/1'),
    ],
  ],
  // Guards: the Council's own name in brackets; a word that only ends like a name, or glues one to a word, names none.
  [
    'The Security Council met. (Security Council resolution 1820) was recalled.',
    [res('Security Council resolution 1820', 'S/RES/1820')],
  ],
  ['The Security Council met. The Omega resolution 1820 was recalled.', [res('resolution 1820', 'S/RES/1820')]],
  ['The Security Council met. The UNGA-like resolution 1820 was recalled.', [res('resolution 1820', 'S/RES/1820')]],
  [
    'The Security Council met. Commission on Human Rights resolution 1503 (E/CN.4/RES/1503) was recalled.',
    [sym('E/CN.4/RES/1503')],
  ],
];

describe('a body named right before the head word, where the scanner found its name (session 24, tuner-speed)', () => {
  it.each(BODY_BEFORE)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
