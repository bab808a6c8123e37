import { describe, expect, it } from 'vitest';
import { cop, found, tre, type Expect } from './factories';

/**
 * Treaty articles as the seventh round's real passages wrote them (session 6; the passages are in the real dev split,
 * `real-dev-en-090`…`095`, `real-dev-es-039`…`043`, `real-dev-fr-039`…`041`). One case per rule; each failed before
 * its rule was added.
 */
const cited: [string, Expect[]][] = [
  [
    // A degree sign (or an ordinal sign) after the number does not end the citation.
    'es necesario hacer referencia al artículo 2° de la Convención, en el cual se define',
    [tre('artículo 2° de la Convención', 'UNTOC art. 2', { article: 2 })],
  ],
  [
    // A year inside the short name of one of our treaties.
    'Article 3, paragraph (a) of the 2000 Palermo Protocol (discussed below) defines trafficking',
    [
      tre('Article 3, paragraph (a) of the 2000 Palermo Protocol', 'TIP Protocol art. 3(a)', {
        article: 3,
        subparagraph: 'a',
      }),
    ],
  ],
  [
    // A serial comma in the TIP Protocol's English title.
    'prohibits trafficking for the purpose referred to in paragraph (a) of Article 3 of the Protocol to Prevent, Suppress, and Punish Trafficking in Persons, Especially Women and Children.',
    [
      tre(
        'paragraph (a) of Article 3 of the Protocol to Prevent, Suppress, and Punish Trafficking in Persons, Especially Women and Children',
        'TIP Protocol art. 3(a)',
        { article: 3, subparagraph: 'a' },
      ),
    ],
  ],
  [
    // The French title with `à` before each verb (an EU translation).
    "L'article 16, paragraphe 3, du protocole visant à prévenir, à réprimer et à punir la traite des personnes, en particulier des femmes et des enfants, prévoit que",
    [
      tre(
        'article 16, paragraphe 3, du protocole visant à prévenir, à réprimer et à punir la traite des personnes, en particulier des femmes et des enfants',
        'TIP Protocol art. 16(3)',
        { article: 16, paragraph: 3 },
      ),
    ],
  ],
  [
    // The Migrants Protocol's own text, which says "migrants are smuggled" rather than "smuggling of migrants".
    'States Parties located on routes along which migrants are smuggled shall exchange information on conduct set forth in article 6 of this Protocol.',
    [tre('article 6 of this Protocol', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    // The Convention named inside the Protocol's title, far enough back that the Protocol's own noun is out of the
    // sentence window: the article is still the Protocol's (in focus), not the Convention's.
    `Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime\nNew York, 15 November 2000\n${'Entry into force and registration\n'.repeat(2)}25 December 2003, in accordance with article 17 which reads as follows: "1. This Protocol shall enter into force`,
    [tre('article 17', 'TIP Protocol art. 17', { article: 17 })],
  ],
  [
    // `complementario de la Convención`: UNTOC inside a description of the Protocol, not the article's treaty.
    'el Protocolo de Palermo[2] nombre coloquial con el que se conoce al Protocolo, complementario de la Convención de Naciones Unidas contra la delincuencia organizada transnacional, viene recogido en su artículo 3 donde',
    [tre('artículo 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    // The one closing bracket closes the parenthesis opened before the article, not the letter.
    'Protocolo contra el Tráfico Ilícito de Migrantes, (artículo 3 a)\nEn otras palabras',
    [tre('artículo 3 a', 'Migrants Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  [
    // Letters listed before the article: one citation each, the last runs to the article (and its ordinal sign).
    'De acuerdo con el Protocolo de Palermo, la definición se especifica en los incisos b), c) y d) del artículo 3º:\nb) El consentimiento',
    [
      tre('incisos b)', 'TIP Protocol art. 3(b)', { article: 3, subparagraph: 'b' }),
      tre('c)', 'TIP Protocol art. 3(c)', { article: 3, subparagraph: 'c' }),
      tre('d) del artículo 3º', 'TIP Protocol art. 3(d)', { article: 3, subparagraph: 'd' }),
    ],
  ],
  [
    // A status page's item number glued to the title (`12bProtocole…`): the Protocol is still named before the article,
    // and UNTOC in its title (`additionnel à la Convention…`) is not the article's treaty.
    'CHAPITRE XVIII\nQUESTIONS PÉNALES\n12bProtocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organiséeNew York, 15 novembre 200028 janvier 2004, conformément à l\'article 22 qui se lit comme suit : "1. Le présent Protocole entrera en vigueur',
    [tre('article 22', 'Migrants Protocol art. 22', { article: 22 })],
  ],
  [
    // After "Ibid", an article is the previous reference's: ours when that line names one of our treaties.
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, art. 5.\nIbid, article 6',
    [tre('art. 5', 'TIP Protocol art. 5', { article: 5 }), tre('article 6', 'TIP Protocol art. 6', { article: 6 })],
  ],
  [
    // After "Ibid", an article is the previous reference's (here a national Act), not the Protocol in focus.
    'the universally recognised Palermo Protocol, Article 3 focuses on Trafficking in Persons. The Protocol is built around three P’s.\nHuman Rights Act 1998\nIbid, article 2\nIbid, article 3',
    [tre('Article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
];

describe('treaty articles written as real passages write them', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited = [
  // A decree's own article headings (`Art. 2. - Le Premier ministre…`) right after the Protocol it publishes.
  "Décrète :\nArt. 1er. - Le protocole contre le trafic illicite de migrants par terre, air et mer sera publié.\nArt. 2. - Le Premier ministre est chargé de l'exécution du présent décret.",
  // A year before a bare noun names no treaty of ours (the 1949 Convention).
  'article 1 of the 1949 Convention',
  // A treaty's own index: article headings with their titles glued after a full stop.
  'Instrumento de Ratificación de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional. ÍNDICE Artículo 1.Finalidad Artículo 2.Definiciones Artículo 3.Ámbito de aplicación',
  // A Markdown heading of a quoted Protocol's article.
  'Protocol against the Illicit Manufacturing of and Trafficking in Firearms. The Protocol applies to firearms.\n\n### Article  5  \n\n####Criminalization\n\n1.  Each State Party shall adopt measures.',
  // A heading with its title on the same line, at the start of a line.
  "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions\nArticle 8 Marquage des armes à feu\n1. Aux fins de l'identification de chaque arme à feu",
  // The 1967 Refugee Protocol: a text about refugees that names nothing of ours.
  '1. Tout État pourra formuler des réserves sur l’art. IV du présent Protocole, et au sujet de l’application, en vertu de l’art. 1 du présent Protocole, de dispositions de la Convention, à condition que les réserves ne s’étendent pas aux réfugiés auxquels s’applique la Convention.',
];

describe('not treaty articles of ours', () => {
  it.each(notCited)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});

describe('a letter after the word paragraph', () => {
  it("is an article's subparagraph only: an instrument's paragraph has a number, so the letter stays out of it", () => {
    expect(found('paragraph (a) of resolution 5/2 of the Conference')).toEqual([
      cop('resolution 5/2 of the Conference', 'COP resolution 5/2'),
    ]);
  });
});
