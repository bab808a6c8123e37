import { describe, expect, it } from 'vitest';
import { TreatyText } from '../../../lib/citations/treaty-text';
import { TITLE_SUBJECTS } from '../../../lib/citations/treaty-subjects';

/**
 * Session 24 (tuner-speed2): the Migrants Protocol's `object of` form (`persons who have been the object of such
 * offences`) is searched apart from the subject's other forms (`apart` in `TITLE_SUBJECTS`), from its `obje`, not
 * behind the gate word `obje` (in most UN texts: `objective`), which read the whole subject regex over them. The same
 * answers: the form alone names the Migrants Protocol, `objective` or an object of another verb does not.
 */
const SUBJECT_PROTOCOL: [string, string | undefined][] = [
  ['Persons who have been the object of such offences shall not be prosecuted. The Protocol applies.', 'MIG'],
  ['Les personnes qui ont été l’objet des actes énoncés ne sont pas poursuivies.', 'MIG'],
  ['Los migrantes que hayan sido objeto de alguna de las conductas enunciadas no serán enjuiciados.', 'MIG'],
  ['Migrants who have been the object of conduct set forth in article 6.', 'MIG'],
  // The other forms, as before (the gate word `migrant`, `fraudul`).
  ['The Protocol against the smuggling of migrants by land, sea and air.', 'MIG'],
  ['“Fraudulent travel or identity document” shall mean any travel document.', 'MIG'],
  // Negatives: `objective`, another verb's object, an object of something else.
  ['The objective of the Protocol is to prevent crime.', undefined],
  ['Victims have been the object of discussion for years.', undefined],
  ['The object of such offences was unclear.', undefined],
  ['Persons who were the object of such offences.', undefined],
  // Two subjects named: neither decides.
  ['Persons who have been the object of such offences and trafficking in persons.', undefined],
];

describe('subjectProtocol: the object form read apart (tuner-speed2)', () => {
  for (const [text, expected] of SUBJECT_PROTOCOL)
    it(text, () => expect(new TreatyText(text, false).subjectProtocol()).toBe(expected));

  it('the apart form is one of the subject regex’s own forms (the window read by treaty-mentions.ts)', () => {
    const mig = TITLE_SUBJECTS.find((s) => s.id === 'MIG');
    for (const text of [
      'have been the object of such offences',
      'ont été l’objet des actes',
      'sido objeto de los actos',
    ])
      expect([mig?.apart?.test(text), mig?.re.test(text)]).toEqual([true, true]);
    for (const text of ['the objective of such offences', 'the object of such offences'])
      expect([mig?.apart?.test(text), mig?.re.test(text)]).toEqual([false, false]);
  });
});
