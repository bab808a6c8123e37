import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

const cases: [string, Expect[]][] = [
  [
    "l'alinéa c) du paragraphe 2 de l'article 33 de la Convention",
    [
      tre('alinéa c) du paragraphe 2 de l’article 33 de la Convention'.replace('’', "'"), 'UNTOC art. 33(2)(c)', {
        article: 33,
        paragraph: 2,
        subparagraph: 'c',
      }),
    ],
  ],
  [
    'article 6, paragraph 3 (d), of the Protocol',
    [
      tre('article 6, paragraph 3 (d), of the Protocol', 'TIP Protocol art. 6(3)(d)', {
        article: 6,
        paragraph: 3,
        subparagraph: 'd',
      }),
    ],
  ],
  ["l'article 6 dudit Protocole", [tre('article 6 dudit Protocole', 'TIP Protocol art. 6', { article: 6 })]],
  [
    'le Protocole contre le trafic illicite de migrants ; l’article 6 dudit Protocole',
    [tre('article 6 dudit Protocole', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    'articles 6 et 9 du Protocole',
    [
      tre('articles 6', 'TIP Protocol art. 6', { article: 6 }),
      tre('9 du Protocole', 'TIP Protocol art. 9', { article: 9 }),
    ],
  ],
  ['article 5 del Protocolo', [tre('article 5 del Protocolo', 'TIP Protocol art. 5', { article: 5 })]],
  [
    'article 32 de la Convention contre la criminalité organisée',
    [tre('article 32 de la Convention contre la criminalité organisée', 'UNTOC art. 32', { article: 32 })],
  ],
  [
    "l'article 3 du Protocole relatif à la traite des personnes",
    [tre('article 3 du Protocole relatif à la traite des personnes', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    "l'article 6 du Protocole contre le trafic illicite de migrants",
    [tre('article 6 du Protocole contre le trafic illicite de migrants', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    'article 6(3)(d) of the Protocol',
    [
      tre('article 6(3)(d) of the Protocol', 'TIP Protocol art. 6(3)(d)', {
        article: 6,
        paragraph: 3,
        subparagraph: 'd',
      }),
    ],
  ],
  [
    'article 3 of the Palermo Protocol',
    [tre('article 3 of the Palermo Protocol', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'article 5 of the Firearms Protocol',
    [tre('article 5 of the Firearms Protocol', 'Firearms Protocol art. 5', { article: 5 })],
  ],
  [
    // Spanish and French letters with a closing bracket only, after a space.
    'el artículo 3 b) del Protocolo contra la Trata de Personas',
    [
      tre('artículo 3 b) del Protocolo contra la Trata de Personas', 'TIP Protocol art. 3(b)', {
        article: 3,
        subparagraph: 'b',
      }),
    ],
  ],
  [
    // A list of paragraphs after the article: one citation per paragraph, the treaty's name on the last.
    'article 32, paragraphs 3 (d) and 4, of the Convention',
    [
      tre('article 32, paragraphs 3 (d)', 'UNTOC art. 32(3)(d)', { article: 32, paragraph: 3, subparagraph: 'd' }),
      tre('4, of the Convention', 'UNTOC art. 32(4)', { article: 32, paragraph: 4 }),
    ],
  ],
  [
    // A lost dash before an apposition does not make "the Convention" another one.
    'The Convention-an international legally binding instrument-is meant to respond. The definition is in article 2(a) of the Convention.',
    [tre('article 2(a) of the Convention', 'UNTOC art. 2(a)', { article: 2, subparagraph: 'a' })],
  ],
  [
    // A list of articles, each with its own compact pinpoint (a State's declarations on the Convention).
    'en virtud de los Artículos 5 (3), 16 (5)(a) y 18 (13) de la Convención',
    [
      tre('Artículos 5 (3)', 'UNTOC art. 5(3)', { article: 5, paragraph: 3 }),
      tre('16 (5)(a)', 'UNTOC art. 16(5)(a)', { article: 16, paragraph: 5, subparagraph: 'a' }),
      tre('18 (13) de la Convención', 'UNTOC art. 18(13)', { article: 18, paragraph: 13 }),
    ],
  ],
  [
    // Paragraph, letter and clause each with its own word.
    'el artículo 5, párrafo 1, apartado\na), inciso i) de la Convención',
    [
      tre('artículo 5, párrafo 1, apartado\na), inciso i) de la Convención', 'UNTOC art. 5(1)(a)(i)', {
        article: 5,
        paragraph: 1,
        subparagraph: 'a',
        clause: 'i',
      }),
    ],
  ],
  [
    // "United Nations" before a Protocol's English prefix name.
    'Article 6(1) of the United Nations Smuggling of Migrants Protocol also requires States Parties',
    [
      tre('Article 6(1) of the United Nations Smuggling of Migrants Protocol', 'Migrants Protocol art. 6(1)', {
        article: 6,
        paragraph: 1,
      }),
    ],
  ],
  [
    // The Firearms Protocol's French title goes on after a comma.
    "l'article 10 du protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions, additionnel à la Convention",
    [
      tre(
        "article 10 du protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions",
        'Firearms Protocol art. 10',
        { article: 10 },
      ),
    ],
  ],
  [
    // "des migrants"; the text also mentions torture, yet its subject is ours.
    "L'un des objectifs du Protocole relatif au trafic illicite des migrants est de les protéger. L’article 16(1) du Protocole interdit la torture.",
    [tre('article 16(1) du Protocole', 'Migrants Protocol art. 16(1)', { article: 16, paragraph: 1 })],
  ],
  [
    // "the Convention to the Protocol" is how UNTOC applies to its Protocols, not another Convention.
    'TRANSNATIONAL ORGANIZED CRIME. 1. Application of the Convention to the Protocol (article 37 of the Convention)',
    [tre('article 37 of the Convention', 'UNTOC art. 37', { article: 37 })],
  ],
  [
    'el apartado c) del párrafo 2 del artículo 33 de la Convención',
    [
      tre('apartado c) del párrafo 2 del artículo 33 de la Convención', 'UNTOC art. 33(2)(c)', {
        article: 33,
        paragraph: 2,
        subparagraph: 'c',
      }),
    ],
  ],
];

describe('treaty provisions', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notTreaties = [
  "paragraphe 2 de l'article 2 de son règlement intérieur",
  "le Code de conduite, en particulier l'article 5 qui demande à tous les fournisseurs",
  "l'article 5 de la Convention relative aux droits de l'enfant",
  'article 3 de la Convention des Nations Unies contre la corruption',
  'article 7 of the Optional Protocol to the Convention on the Rights of the Child',
  'article 2 of the Convention on the Rights of the Child',
  'Article 11 of the Kyoto Protocol',
  'article 1 of the United Nations Convention against Corruption',
  "l'article 12 de chacun de ces protocoles",
  '(article 6)',
  'article 5 bis of the Protocol',
  'des Protocoles, article 3',
  // A compound name with a hyphen is another treaty (the UNFCCC).
  'article 4 de la Convention-cadre',
  // A bare Convention with chapters is not UNTOC (which has none): a UNCAC text that never names UNCAC.
  'Recalling article 30 of the Convention, which facilitates the implementation of chapters IV and V of the Convention',
  'artículo 30 de la Convención y el capítulo V de la Convención',
  // "the Convention" of a text on CEDAW, named by its acronym only.
  'DRAFT CEDAW General recommendation on trafficking in women and girls. It links article 6 of the Convention with all other articles.',
  // Another Convention's articles right after ours is named.
  'la Convention des Nations Unies contre la criminalité transnationale organisée et des articles 6, 7 et 17 de la Convention des Nations Unies contre le trafic illicite de stupéfiants',
];

describe('not treaty provisions', () => {
  it.each(notTreaties)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});

/** Articles that name no treaty after them: the treaty comes from their sentence or from the treaty in focus. */
const bareArticles: [string, Expect[]][] = [
  [
    'The Migrant Smuggling Protocol is concerned with smuggling. Article 5 of the Protocol reads',
    [tre('Article 5 of the Protocol', 'Migrants Protocol art. 5', { article: 5 })],
  ],
  [
    '(Article 3, Smuggling of Migrants Protocol)',
    [tre('Article 3, Smuggling of Migrants Protocol', 'Migrants Protocol art. 3', { article: 3 })],
  ],
  [
    'El Protocolo de Palermo define la trata\nde personas en su artículo 3 como',
    [tre('artículo 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, art.3.',
    [tre('art.3', 'Migrants Protocol art. 3', { article: 3 })],
  ],
  [
    "défini à l'article 3\n(a) du Protocole de Palerme sur le trafic illicite de migrants",
    [
      tre('article 3\n(a) du Protocole de Palerme sur le trafic illicite de migrants', 'Migrants Protocol art. 3(a)', {
        article: 3,
        subparagraph: 'a',
      }),
    ],
  ],
  [
    'Le Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes.\nSon article 3(a) définit la traite',
    [tre('article 3(a)', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  [
    'Protocol against the Smuggling of Migrants. Migrants shall not become liable under this Protocol for the fact of having been the object of conduct set forth in article 6 of this Protocol.',
    [tre('article 6 of this Protocol', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    'Le Protocole contre le trafic illicite de migrants est un texte pénal. L’article 6 énonce les incriminations.',
    [tre('article 6', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons (2000). It sets out in Article 3a the definition.',
    [tre('Article 3a', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  [
    // No Protocol named in full; the text's one subject is the smuggling of migrants.
    'The purpose of this Protocol is to prevent and combat the smuggling of migrants. Migrants shall not become liable for conduct set forth in article 6 of this Protocol.',
    [tre('article 6 of this Protocol', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    'The Optional Protocol covers the sale of children.\n\nThe Trafficking Protocol was adopted in 2000. Its article 5 requires criminalization.',
    [tre('article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    // A date glued to the article number after a full stop (a status page's cells run together).
    "Convention des Nations Unies contre la criminalité transnationale organisée, entrée en vigueur le 29 septembre 2003, conformément à l'article 38.29 septembre 2003",
    [tre('article 38', 'UNTOC art. 38', { article: 38 })],
  ],
  [
    // A bare "la Convención" keeps the Convention in focus: an article far from its full name is still its.
    `Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional. ${'Texto. '.repeat(250)}El Estado considerará la Convención como la base jurídica. Artículo 18(13).- Se designa una autoridad central.`,
    [tre('Artículo 18(13)', 'UNTOC art. 18(13)', { article: 18, paragraph: 13 })],
  ],
  [
    // No Protocol named in full, but the text's one subject is firearms: its bare articles are the Firearms Protocol's.
    'The Protocol requires States to control the import and export of firearms, their parts and components and ammunition. Documents must support the offence of trafficking (article 10, paragraph 3).',
    [tre('article 10, paragraph 3', 'Firearms Protocol art. 10(3)', { article: 10, paragraph: 3 })],
  ],
  [
    // The same noun twice after the article: still one treaty.
    'Conformément à son article 36, la Convention sera ouverte à la signature des États qui auront signé la Convention du 12 au 15 décembre, criminalité transnationale organisée',
    [tre('article 36', 'UNTOC art. 36', { article: 36 })],
  ],
  [
    "Comme la convention de Palerme, le protocole contre les trafics illicites de migrants a pour objet, défini à l'article 6, d'imposer des incriminations.",
    [tre('article 6', 'Migrants Protocol art. 6', { article: 6 })],
  ],
];

describe('articles that name no treaty after them', () => {
  it.each(bareArticles)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const bareNotTreaties = [
  // A page on the 1949 Convention: nothing of ours is named.
  'The Convention, in article 21, outlines implementation procedures for the States parties to the Convention.',
  // The article heading of a quoted treaty text is the text, not a reference to it.
  'Protocol to Prevent, Suppress and Punish Trafficking in Persons\n(4) Article 4\nScope of application',
  // Another treaty named since ours: a bare article is not ours.
  'The Trafficking in Persons Protocol dates from 2000. The Kyoto Protocol dates from 1997. Article 3 sets targets.',
  'the Kyoto Protocol, in its article 3',
  // Another treaty named in the same paragraph as ours: the focus alone does not decide.
  'The Optional Protocol goes further than the Trafficking Protocol. For example, article 8(d) requires support.',
  'article 5bis of the Protocol',
];

describe('articles that name no treaty of ours', () => {
  it.each(bareNotTreaties)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});

describe('an article right after a document symbol', () => {
  it("is that document's article (a draft's), not the treaty's: only the symbol is found", () => {
    const text = 'Revised draft Protocol against the Smuggling of Migrants, A/AC.254/4/Add.1/Rev.6, Art. 6.';
    expect(found(text).map((c) => c.kind)).toEqual(['symbol']);
  });
});
