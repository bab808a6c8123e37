import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { inferAuthor } from '../../../lib/citations/infer-body';

/**
 * Session 27 (lead): two author signals no passage with one space could meet. `${WS}?` quantifies only `WS`'s
 * lookahead, so it still asks for a space: the French adoption line asked for two after its article (`adoptée par le
 * Conseil`, `par l'Assemblée` never read), and a preamble subject at a line start for one before its comma or colon
 * (`La Conferencia de las Partes …:`). Each row: a heading or preamble, and the author read from it.
 */
const AUTHORS: [string, string][] = [
  ['Résolution adoptée par le Conseil des droits de l’homme le 2 juillet 2015', 'HRC'],
  ['Résolution adoptée par l’Assemblée générale le 18 décembre 2013', 'GA'],
  ["Décision adoptée par l'Assemblée générale", 'GA'],
  ['Résolution adoptée par le Conseil de sécurité à sa 7000e séance, le 20 juin 2013', 'SC'],
  ['Resolution adopted by the Human Rights Council on 6 July 2017', 'HRC'],
  ['Resolución aprobada por la Asamblea General el 18 de diciembre de 2013', 'GA'],
  [
    'La Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional:',
    'COP',
  ],
  ['The Human Rights Council:', 'HRC'],
  ['Le Conseil économique et social :', 'ECOSOC'],
];

describe('author signals read with one space (session 27)', () => {
  it.each(AUTHORS)('%s', (heading, author) => {
    // A line of prose after the heading names no body: the author comes from the heading alone.
    expect(inferAuthor(`${heading}\n\nRecalling its resolution 8/4 and decision 2/1,`)).toBe(author);
  });

  it("a bare resolution takes the adoption line's body", () => {
    const text =
      'Résolution adoptée par le Conseil des droits de l’homme le 6 juillet 2017\n\n35/2. Rappelant sa résolution 32/3,';
    expect(findCitations(text).map((c) => c.key)).toEqual(['A/HRC/RES/32/3']);
  });
});
