import { describe, expect, it } from 'vitest';
import { found, res, sym, tre, type Expect } from './factories';

/**
 * Citations as the ninth round's batch B (French and Spanish) wrote them; the passages moved to the real dev split after
 * their first run (`real-dev-fr-050`…`053`, `real-dev-es-049`, `es-050`). One case per rule; each failed before it.
 */
const cited: [string, Expect[]][] = [
  [
    // A footnote marker in brackets after a number does not end the list (`53/111[1] et 53/114[2]`).
    "Le 9 décembre 1998, l'Assemblée générale des Nations unies a adopté les résolutions 53/111[1] et 53/114[2] par lesquelles elle appelait à la création d'un comité",
    [res('résolutions 53/111', 'A/RES/53/111'), res('53/114', 'A/RES/53/114')],
  ],
  [
    // "of the United Nations" after the body named after the number; an adjective between the head word and the list.
    'Reafirmando la importancia de la resolucin 1325 (2000) del Consejo de Seguridad de las Naciones Unidas y de sus resoluciones ulteriores 1820 (2008), 1888 (2009) y 1889 (2009) sobre la mujer, la paz y la seguridad;',
    [
      res('resolucin 1325 (2000) del Consejo de Seguridad de las Naciones Unidas', 'S/RES/1325(2000)'),
      res('resoluciones ulteriores 1820 (2008)', 'S/RES/1820(2008)'),
      res('1888 (2009)', 'S/RES/1888(2009)'),
      res('1889 (2009)', 'S/RES/1889(2009)'),
    ],
  ],
  [
    // The same in French (`real-dev-fr-030`).
    'Adoptée par la résolution 55/25 de l’Assemblée générale des Nations Unies en 2000 et entrée en vigueur en 2003, cette Convention a été ratifiée par 189 États.',
    [res('résolution 55/25 de l’Assemblée générale des Nations Unies', 'A/RES/55/25')],
  ],
  [
    // A letter after a full stop (no second stop), and the treaty named in full after a lost `de`.
    'ainsi, aux termes de l’article 2.a la convention des Nations unies contre la criminalité transnationale organisée de 2000, « L’expression « groupe criminel organisé » désigne',
    [
      tre(
        'article 2.a la convention des Nations unies contre la criminalité transnationale organisée',
        'UNTOC art. 2(a)',
        { article: 2, subparagraph: 'a' },
      ),
    ],
  ],
  [
    // A letter pinpoint after a comma (`art. 3, a)`), the treaty named before.
    'Le Protocole de Palerme définit la traite des personnes : « le recrutement … ou le prélèvement d’organes » (art. 3, a)). Une situation de traite requiert donc trois éléments',
    [tre('art. 3, a)', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  [
    // A symbol broken across a line break after its series letter (`L.` then `1` two lines down).
    'Naciones Unidas A/AC.293/2022/L.\n\n1\nAsamblea General Distr. limitada\n12 de mayo de 2022',
    [sym('A/AC.293/2022/L.\n\n1', 'A/AC.293/2022/L.1')],
  ],
];

describe('citations as the ninth round (batch B) wrote them', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited = [
  // A numbered paragraph after a complete symbol is not its number.
  'Véase A/AC.293/2022/L.1.\n\n2. Decide',
];

describe('not citations (ninth round, batch B)', () => {
  it.each(notCited)('%j', (input) => {
    const cites = found(input);
    expect(cites.filter((c) => c.key !== 'A/AC.293/2022/L.1')).toEqual([]);
  });
});
