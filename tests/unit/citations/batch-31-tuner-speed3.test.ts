import { describe, expect, it } from 'vitest';
import { subjectsNamed, TITLE_SUBJECTS } from '../../../lib/citations/treaty-subjects';

/**
 * Session 25 (tuner-speed3): `subjectsNamed` reads the Migrants Protocol's other forms (`others`) behind its word, not
 * `re` again, whose `object of` form `apart` has already been searched for on its own. Exact where `re` reads the
 * object form and `others` the rest: `re` matches a text wherever `apart` or `others` does, and `others` never
 * matches the object form alone.
 */
const ROWS: [string, boolean, boolean][] = [
  // text, apart (the object form), others (any other form)
  ['Persons who have been the object of such offences shall not be prosecuted.', true, false],
  ['Les personnes qui ont été l’objet des actes énoncés.', true, false],
  ['Los migrantes que hayan sido objeto de alguna de las conductas enunciadas.', true, false],
  ['The Protocol against the smuggling of migrants by land, sea and air.', false, true],
  ['le trafic illicite de migrants par terre, air et mer', false, true],
  ['el tráfico ilícito de migrantes por tierra, mar y aire', false, true],
  ['“Fraudulent travel or identity document” shall mean any travel document.', false, true],
  ['routes along which migrants are smuggled', false, true],
  ['Migrants who have been the object of conduct set forth in article 6, smuggled migrants.', true, true],
  // Negatives: neither form.
  ['The objective of the Protocol is to prevent crime against migrants.', false, false],
  ['Victims have been the object of discussion; migrant workers.', false, false],
];

describe('subjectsNamed: the object form not read twice (tuner-speed3)', () => {
  const mig = TITLE_SUBJECTS.find((s) => s.id === 'MIG');
  for (const [text, apart, others] of ROWS)
    it(text, () => {
      expect([mig?.apart?.test(text), mig?.others?.test(text)]).toEqual([apart, others]);
      expect(mig?.re.test(text)).toBe(apart || others);
      expect(subjectsNamed(text).includes('MIG')).toBe(
        apart || (others && mig?.words?.some((w) => w.test(text)) === true),
      );
    });

  it('re is the object form then the others, one regex (the window treaty-mentions.ts reads)', () => {
    expect(mig?.re.source.endsWith(`|${mig?.others?.source ?? ''}`)).toBe(true);
    expect(mig?.re.flags).toBe(mig?.others?.flags);
  });
});
