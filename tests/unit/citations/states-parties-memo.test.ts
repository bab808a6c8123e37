import { describe, expect, it } from 'vitest';
import { statesPartiesSubject } from '../../../lib/citations/org-names';

/** statesPartiesSubject remembers its last text's answer (a whole-text search per citation was quadratic): the answer
 * must still follow the text it is asked about, whatever order texts come in. */
describe('statesPartiesSubject: the remembered answer follows the text', () => {
  const uncac =
    'The Conference of the States Parties to the Convention against Corruption met. In its resolution 2/1, the Conference';
  const cop = 'The Conference of the Parties to the Convention met. In its resolution 2/1, the Conference';
  it.each([
    { text: uncac, subject: ', the Conference', expected: true },
    { text: cop, subject: ', the Conference', expected: false },
    { text: uncac, subject: ', the Conference', expected: true },
    { text: uncac, subject: ', the Conference of the States Parties', expected: false },
    { text: cop, subject: ', la Conférence', expected: false },
  ])('$subject in a text naming UNCAC’s Conference: $expected', ({ text, subject, expected }) => {
    expect(statesPartiesSubject(subject, text)).toBe(expected);
  });
});
