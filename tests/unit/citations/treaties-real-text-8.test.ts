import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Treaty articles as the eighth round's real passages wrote them (session 6; the passages are in the real dev split:
 * `real-dev-fr-044`…`046` moved from test after the round's first run, `real-dev-es-039` left from the seventh round).
 * One case per rule; each failed before its rule was added.
 */
const cited: [string, Expect[]][] = [
  [
    // A letter pinpoint written between full stops after the number (`3.a.`): article 3(a), not 3 then a sentence.
    'Article 3.a. du Protocole de Palerme, 2000« L’expression « traite des personnes » désigne',
    [tre('Article 3.a. du Protocole de Palerme', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  [
    // "des Nations unies" between the Protocol noun and its own subject, and `trafic illicite` in the singular.
    "portant application de l'article 10 du protocole des Nations unies contre la fabrication et le trafic illicite d'armes à feu, de leurs pièces, éléments et munitions, additionnel à la convention",
    [
      tre(
        "article 10 du protocole des Nations unies contre la fabrication et le trafic illicite d'armes à feu, de leurs pièces, éléments et munitions",
        'Firearms Protocol art. 10',
        { article: 10 },
      ),
    ],
  ],
  [
    // A translation's word order: "the United Nations" before the Protocol's name, after the connector.
    'El tráfico ilícito de migrantes se define en el artículo 3(a) de las Naciones Unidas Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire que complementa la Convención',
    [
      tre(
        'artículo 3(a) de las Naciones Unidas Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire',
        'Migrants Protocol art. 3(a)',
        { article: 3, subparagraph: 'a' },
      ),
    ],
  ],
];

describe('treaty articles written as the eighth round wrote them', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited = [
  // The ILO's comments on the Forced Labour Convention and its 2014 Protocol, which never name them: a text about
  // forced labour and labour inspection whose bare "la convention" / "du protocole" are those treaties'.
  'Article 25 de la convention, et article 1, paragraphe 3, du protocole.\ni) Définition et incrimination du travail forcé. Exploitation au travail.\nArticle 2 du protocole. Mesures de prévention.',
  // "des Nations Unies" alone after the noun names no Protocol of ours (a Protocol of another body of law).
  "l'article 4 du protocole des Nations Unies relatif au statut des apatrides",
];

describe('not treaty articles of ours (eighth round)', () => {
  it.each(notCited)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});

describe('"respectively" after two treaties named before the articles', () => {
  it('gives the first article to the first treaty and the second to the second', () => {
    expect(
      found(
        'El Protocolo de Palermo, que complementa a la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, establecen, en el artículo 10.2 en el primero y en el artículo 29 en el segundo, como una obligación',
      ),
    ).toEqual([
      tre('artículo 10.2', 'TIP Protocol art. 10(2)', { article: 10, paragraph: 2 }),
      tre('artículo 29', 'UNTOC art. 29', { article: 29 }),
    ]);
  });
});
