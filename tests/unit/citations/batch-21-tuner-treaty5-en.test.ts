import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Session 17 (tuner-treaty5-en): treaty-article errors of real dev's English passages (the twenty-fourth round's
 * moved ones), by class, a row in each of EN, FR and ES where the class exists; the dev passage that showed the class
 * is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // A treaty named in apposition after the article's comma, nothing of a clause after it (dev en-436): in the span.
  [
    'the definition of trafficking in persons (Article 3, the United Nations Trafficking in Persons Protocol) are present.',
    [tre('Article 3, the United Nations Trafficking in Persons Protocol', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'la définition de la traite (article 3, le Protocole relatif à la traite des personnes).',
    [tre('article 3, le Protocole relatif à la traite des personnes', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'la definición de la trata (artículo 3, el Protocolo contra la trata de personas) y',
    [tre('artículo 3, el Protocolo contra la trata de personas', 'TIP Protocol art. 3', { article: 3 })],
  ],
  // A verb after the name: the next clause's subject, the span stops at the article (dev es-305).
  [
    'In article 2, the United Nations Convention against Transnational Organized Crime defines a group.',
    [tre('article 2', 'UNTOC art. 2', { article: 2 })],
  ],
  // `nor` / `ni` between two articles with their words: the first shares the treaty named after the second (dev en-432).
  [
    'neither Article 6 nor Article 15 of the Palermo Convention confer exclusive jurisdiction',
    [
      tre('Article 6', 'UNTOC art. 6', { article: 6 }),
      tre('Article 15 of the Palermo Convention', 'UNTOC art. 15', { article: 15 }),
    ],
  ],
  [
    "ni l'article 6 ni l'article 15 de la Convention des Nations Unies contre la criminalité transnationale organisée ne",
    [
      tre('article 6', 'UNTOC art. 6', { article: 6 }),
      tre(
        'article 15 de la Convention des Nations Unies contre la criminalité transnationale organisée',
        'UNTOC art. 15',
        {
          article: 15,
        },
      ),
    ],
  ],
  [
    'ni el artículo 6 ni el artículo 15 de la Convención de Palermo confieren',
    [
      tre('artículo 6', 'UNTOC art. 6', { article: 6 }),
      tre('artículo 15 de la Convención de Palermo', 'UNTOC art. 15', { article: 15 }),
    ],
  ],
  // The ICJ's `the Applicant` is a State, not a human rights court's applicant (dev en-431): UNTOC named in full keeps
  // the bare `Article 4` of the judgment's opinion; and a prefix of ours names the treaty whatever prose follows the
  // noun (`the Palermo Convention\nto the alleged violation`).
  [
    'The relevance of Article 4 of the Palermo Convention. The Court did not accept the argument advanced by the Applicant that Article 4 had the legal effect of incorporation.',
    [
      tre('Article 4 of the Palermo Convention', 'UNTOC art. 4', { article: 4 }),
      tre('Article 4', 'UNTOC art. 4', { article: 4 }),
    ],
  ],
  [
    'The relevance of Article 4 of the Palermo Convention\nto the alleged violation\n(1) The scope of obligations of Article 4 as such',
    [
      tre('Article 4 of the Palermo Convention', 'UNTOC art. 4', { article: 4 }),
      tre('Article 4', 'UNTOC art. 4', { article: 4 }),
    ],
  ],
  // A human rights Convention named by its acronym among other instruments (a parliamentary report, dev en-440) does
  // not keep a bare article from the Protocol of ours named in full since.
  [
    'obligations under the European Convention on Human Rights (ECHR).\n\nThe first is the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children. The UK ratified this instrument in 2006. Article 3 stipulates that:',
    [tre('Article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    "Le rapport cite la Convention européenne des droits de l'homme (CEDH). Le premier instrument est le Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants. Le Royaume-Uni l'a ratifié en 2006. L'article 3 dispose que :",
    [tre('article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'El informe cita el Convenio Europeo de Derechos Humanos (CEDH). El primer instrumento es el Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños. El Reino Unido lo ratificó en 2006. El artículo 3 dispone que:',
    [tre('artículo 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  // A slide's caption and its dash before a capitalised article (dev en-438): the article is the caption's, the capital
  // after it starts the text under it; the slide's title run in (`the Protocol Criminalization`) names no other treaty.
  [
    'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children.\n4\nImplementation of the Protocol Criminalization – Article 5 Australia inserted new offences into the Criminal Code.',
    [tre('Article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    "Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants. Mise en œuvre du Protocole Incrimination – Article 5 L'Australie a créé de nouvelles infractions.",
    [tre('Article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños. Aplicación del Protocolo Penalización – Artículo 5 Australia creó nuevos delitos.',
    [tre('Artículo 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  // A treaty's own heading has no pinpoint: a line-start article with one, a caption after it, is a commentary's
  // (`Art 5(1)(a)(ii) Elements of the offence` under a slide's glued doubled title, dev en-442).
  [
    'Obligations\n\nPALERMO CONVENTIONPALERMO CONVENTION\n\nArt 5(1)(a)(ii) Elements of the offence\n\n• Taking an active part',
    [tre('Art 5(1)(a)(ii)', 'UNTOC art. 5(1)(a)(ii)', { article: 5, paragraph: 1, subparagraph: 'a', clause: 'ii' })],
  ],
  [
    "Convention des Nations Unies contre la criminalité transnationale organisée\n\nArticle 5(1)(a) Éléments de l'infraction\n",
    [tre('Article 5(1)(a)', 'UNTOC art. 5(1)(a)', { article: 5, paragraph: 1, subparagraph: 'a' })],
  ],
  [
    'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional\n\nArtículo 5(1)(a) Elementos del delito\n',
    [tre('Artículo 5(1)(a)', 'UNTOC art. 5(1)(a)', { article: 5, paragraph: 1, subparagraph: 'a' })],
  ],
  // A title its author shortened after `Women` (dev en-441): the span runs through the title as written.
  [
    'Articles 6 and 7 of the United Nations Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women (Trafficking Protocol), ratified',
    [
      tre('Articles 6', 'TIP Protocol art. 6', { article: 6 }),
      tre(
        '7 of the United Nations Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women',
        'TIP Protocol art. 7',
        { article: 7 },
      ),
    ],
  ],
  [
    'les articles 6 et 7 du Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes (Protocole sur la traite), ratifié',
    [
      tre('articles 6', 'TIP Protocol art. 6', { article: 6 }),
      tre(
        '7 du Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes',
        'TIP Protocol art. 7',
        { article: 7 },
      ),
    ],
  ],
  [
    'los artículos 6 y 7 del Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres (Protocolo de Palermo), ratificado',
    [
      tre('artículos 6', 'TIP Protocol art. 6', { article: 6 }),
      tre(
        '7 del Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres',
        'TIP Protocol art. 7',
        {
          article: 7,
        },
      ),
    ],
  ],
  [
    'article 7 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing',
    [
      tre(
        'article 7 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
        'TIP Protocol art. 7',
        { article: 7 },
      ),
    ],
  ],
  // A law's title ratifying our treaty is the sentence's subject: its `article 4` is the law's (dev en-434), the
  // treaty's article named with it stays ours.
  [
    'Law No. 146/2006, on the ratification and implementation of the Palermo Convention against Transnational Organized Crime and Protocols, introduced, in Article 4, a special aggravating circumstance. The concept is found in Article 2 of the Palermo Convention.',
    [tre('Article 2 of the Palermo Convention', 'UNTOC art. 2', { article: 2 })],
  ],
  [
    'La Convention des Nations Unies contre la criminalité transnationale organisée, que la loi a ratifiée, définit dans son article 2 le groupe criminel organisé.',
    [tre('article 2', 'UNTOC art. 2', { article: 2 })],
  ],
  // Our treaties bind `States Parties`: their own text and a Conference of the Parties keep `this Convention` ours.
  [
    'Article 18\n\n1. In order to combat trafficking in persons, States Parties shall afford one another the widest measure of mutual legal assistance in relation to the offences established in accordance with article 5 of this Convention.',
    [tre('article 5 of this Convention', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    'The Conference of the Parties shall agree upon mechanisms for combating transnational organized crime under article 32 of this Convention.',
    [tre('article 32 of this Convention', 'UNTOC art. 32', { article: 32 })],
  ],
  [
    "1. Chaque État Partie prend les mesures nécessaires contre la traite des personnes, conformément à l'article 5 de la présente Convention.",
    [tre('article 5 de la présente Convention', 'UNTOC art. 5', { article: 5 })],
  ],
  // The Migrants Protocol's title without `the` and with `via` or its words reversed (dev en-425): named in full, so
  // the short name the text defines after it names it too.
  [
    'the Protocol against Smuggling of Migrants via Air, Sea and Land (HS Protocol) are the major instruments. Article 3(a) of the HS protocol',
    [tre('Article 3(a) of the HS protocol', 'Migrants Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  [
    'article 6 of the Protocol against Smuggling of Migrants by Air, Sea and Land',
    [
      tre('article 6 of the Protocol against Smuggling of Migrants by Air, Sea and Land', 'Migrants Protocol art. 6', {
        article: 6,
      }),
    ],
  ],
];

/** What these readings leave alone. */
const left: [string, Expect[]][] = [
  // Another treaty in apposition stays another's.
  ['the definition of corruption (Article 3, the United Nations Convention against Corruption) applies.', []],
  ['(artículo 3, la Convención de las Naciones Unidas contra la Corrupción).', []],
  // Another treaty after `nor` stays another's.
  ['neither Article 6 nor Article 15 of the European Convention on Human Rights apply', []],
  // A human rights court's applicant (lower case) or the Court's own words keep the bare article the court's.
  [
    'The relevance of Article 4 of the Palermo Convention. The Court did not accept the argument advanced by the applicant that Article 4 had the legal effect of incorporation.',
    [tre('Article 4 of the Palermo Convention', 'UNTOC art. 4', { article: 4 })],
  ],
  [
    "obligations under the European Convention on Human Rights (ECHR).\n\nThe first is the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children. The Court's case-law holds that trafficking falls within Article 4.",
    [],
  ],
  [
    'The applicant relied on the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children. The Court reiterates that trafficking falls within the scope of Article 4.',
    [],
  ],
  // Another treaty's caption line stays another's; a human rights Convention named before the dash names its article.
  [
    'Implementation of the Council of Europe Convention on Action against Trafficking in Human Beings.\nCriminalization – Article 18 The United Kingdom created new offences.',
    [],
  ],
  [
    'The ASEAN Convention against Trafficking in Persons, Especially Women and Children.\nCriminalization – Article 5 Australia inserted new offences.',
    [],
  ],
  [
    'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children. The European Convention on Human Rights – Article 4 prohibits slavery.',
    [],
  ],
  // A quoted treaty's own heading (no pinpoint) stays unread.
  [
    'United Nations Convention against Transnational Organized Crime\n\nArticle 5 Criminalization of participation in an organized criminal group\n',
    [],
  ],
  // Another treaty with the same words in its title stays another's.
  ['Article 5 of the ASEAN Convention against Trafficking in Persons, Especially Women and Children', []],
  // A law ratifying the treaty, named before it in the article's sentence: the law's article.
  [
    'La loi n° 2006-146 portant ratification de la Convention des Nations Unies contre la criminalité transnationale organisée a introduit, dans son article 4, une circonstance aggravante.',
    [],
  ],
  [
    'La Ley 800 de 2003, que aprueba la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, establece en su artículo 4 una circunstancia agravante.',
    [],
  ],
  // A quoted treaty that binds its `Parties`, never a State Party (the ASEAN Convention, dev en-439; the Council of
  // Europe's): its `this Convention` is not ours.
  [
    'Article 18\n\n1. In order to combat offences of trafficking in persons which are transnational in nature, the Parties shall afford one another the widest measure of mutual legal assistance in relation to such offences established in accordance with Article 5 of this Convention.',
    [],
  ],
  [
    "Article 18\n\n1. Chaque Partie prend les mesures nécessaires pour lutter contre la traite des personnes, conformément à l'article 5 de la présente Convention.",
    [],
  ],
  [
    'Artículo 18\n\n1. Cada Parte adoptará las medidas necesarias contra la trata de personas, de conformidad con el artículo 5 de la presente Convención.',
    [],
  ],
  // Another subject after `against Smuggling of` names no Protocol of ours.
  ['article 6 of the Protocol against Smuggling of Persons', []],
];

describe('treaty articles by class (session 17, tuner-treaty5-en)', () => {
  it.each(cited)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('what the session 17 (tuner-treaty5-en) readings leave alone', () => {
  it.each(left)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
