import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Which treaty an article belongs to (session 9, tuner-scope): classes of evidence for and against the text's subject
 * or the treaty in focus, each from a dev passage. Each case failed before its rule.
 */
const cited: [string, Expect[]][] = [
  [
    // A paragraph number run in after a bare noun (`…their rights is Protocol 3. States Parties…`, OCR'd treaty text,
    // dev en-152) names no other treaty: `this Protocol` stays the text's own.
    '(e) The humane treatment of smuggled migrants and the protection of their rights is Protocol 3. States Parties shall consider providing assistance to States that are frequently transit for persons who have been the object of conduct set forth in article 6 of this Protocol.',
    [tre('article 6 of this Protocol', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    // A slide number on its own line after a bare noun (`…party to the Convention\n3\nGlobal Problem`, dev en-108).
    "Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, supplementing the UN's Convention against Transnational Organized Crime a.k.a. The Palermo Protocol (December, 2000). In order to become a party to the Protocol, a State must also be party to the Convention\n3\nGlobal Problem- Global Solution\nWhy is this significant? It is the FIRST INTERNATIONALLY AGREED DEFINITION of THB!\n4\nDefinition and Purpose\nArt. 2: Three P's: prevent THB, protect victims, prosecute",
    [tre('Art. 2', 'TIP Protocol art. 2', { article: 2 })],
  ],
  [
    // The next article's heading run in after a bare reference (`article 6 Article 15 Other prevention measures`, a
    // flattened treaty text, dev en-152) is no other text's name.
    'The smuggling of migrants is a crime under this Protocol. States Parties shall make every effort to combat the conduct set forth in article 6 Article 15 Other prevention measures 1. Each State Party shall inform the public.',
    [tre('article 6', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    // A law numbering its own articles ordinal first (`2. article.`): its `article 1.` is its own heading; a reference
    // to the Protocol it approves is still read (dev en-099, en-145).
    'The Saeima has adopted the following law: the United Nations Convention against transnational organized crime, of the Protocol on trafficking in persons, especially women and children, to prevent, Suppress and punish article 1. 15 November 2000 Protocol (hereinafter referred to as the Protocol) with this law is adopted and approved. 2. article. This Protocol shall enter into force on it in article 17 within the time and in order.',
    [tre('article 17', 'TIP Protocol art. 17', { article: 17 })],
  ],
  [
    // A table row's article before the next row's letter and capitalised words (dev en-134).
    'Table 3.1 Key provisions of the Trafficking Protocol\n“(a) To prevent and combat trafficking in persons, paying particular attention to women and children; Article 2\n(b) To protect and assist the victims of such trafficking.',
    [tre('Article 2', 'TIP Protocol art. 2', { article: 2 })],
  ],
  [
    // The drafting words for "the treaty just named" (`la mencionada Convención`, `la misma Convención`, dev es-072).
    'La posibilidad de una aplicación de la Convención de Palermo es un tema exagerado. De acuerdo con el artículo 3 de la mencionada Convención, su texto se aplica a la participación en un grupo delictivo organizado. El delito grave desarrollado en el artículo 2 de la misma Convención remite a la legislación.',
    [
      tre('artículo 3 de la mencionada Convención', 'UNTOC art. 3', { article: 3 }),
      tre('artículo 2 de la misma Convención', 'UNTOC art. 2', { article: 2 }),
    ],
  ],
  [
    "Le Protocole relatif à la traite des personnes est entré en vigueur. L'article 5 du même Protocole impose l'incrimination. The Protocol against the Smuggling of Migrants was adopted. Article 6 of the aforementioned Protocol requires criminalization.",
    [
      tre('article 5 du même Protocole', 'TIP Protocol art. 5', { article: 5 }),
      tre('Article 6 of the aforementioned Protocol', 'Migrants Protocol art. 6', { article: 6 }),
    ],
  ],
  [
    // Set phrases of prose after a bare noun do not make it another treaty's title (dev en-164, a gazette notice).
    'the following States have ratified the Protocol against the smuggling of migrants by land, sea and air. Pursuant to Article 20 (3), the Commonwealth of the Bahamas declares a reservation in accordance with Article 20 (2) of the Protocol on the basis that the dispute is referred.',
    [
      tre('Article 20 (3)', 'Migrants Protocol art. 20(3)', { article: 20, paragraph: 3 }),
      tre('Article 20 (2) of the Protocol', 'Migrants Protocol art. 20(2)', { article: 20, paragraph: 2 }),
    ],
  ],
  [
    // UNTOC named as what the Protocol is attached to (`adjunto a la Convención`) does not take the focus (dev es-080).
    'El Protocolo de las ONU para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Niños,\nfue adoptado en Palermo, Italia, en 2000, y se trata de un acuerdo internacional adjunto a la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional.\nEn su artículo 3, dicho documento establece lo siguiente:',
    [tre('artículo 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
];

describe('whose article: evidence classes (session 9, tuner-scope)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** What the readings must not take. */
const notCited: [string, Expect[]][] = [
  // A human rights court's case: its bare Convention is the court's own (an ECtHR information note, dev en-146).
  [
    'Information Note on the Court’s case-law 220\nLaw – Article 4: The trafficking and exploitation of prostitution could not be considered compatible with the values expounded in the Convention. It was concluded that trafficking falls within the meaning of Article 3(a) of the Palermo Protocol.',
    [tre('Article 3(a) of the Palermo Protocol', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  ['The applicant complained of trafficking in persons. Article 4 of the Convention prohibits slavery.', []],
  // A number on the noun's line still names another treaty (`Protocol 12`).
  ['Trafficking in persons. Article 1 of Protocol 12 prohibits discrimination. See article 3 of the Protocol.', []],
  // A human rights court's case: a bare article is its Convention's, even after the Palermo Protocol was named.
  [
    'The applicant referred to the Palermo Protocol and its definition of trafficking in persons. The Court reiterates that trafficking itself falls within the scope of Article 4.',
    [],
  ],
  // Another text named since the treaty in focus: the focus alone does not give it the article.
  [
    'The Palermo Protocol defines trafficking in persons. Directive 2011/36/EU goes further. Its Article 2 covers forced begging.',
    [],
  ],
  [
    'The Palermo Protocol defines trafficking in persons. The Trafficking Victims Protection Act of 2000 was adopted in the United States. Section 103 and Article 3 apply.',
    [],
  ],
  // Another treaty named in full: `the same Convention` is that one; our subject in the next sentence is not its title's.
  ['The Convention on the Rights of the Child was adopted. Article 35 of the same Convention applies.', []],
  [
    'The Convention on the Rights of the Child was adopted. Trafficking in persons. Article 35 of the Convention applies.',
    [],
  ],
  // A law's own article headings with a dash after the number (dev fr-082).
  [
    'Le Président de la République promulgue la loi organique dont la teneur suit :\n\nArticle premier – La présente loi vise à lutter contre la traite des personnes.\n\nArt. 2 – On entend au sens de la présente loi par traite des personnes le recrutement.',
    [],
  ],
  // A protocol described by how it came about is another treaty: `du Protocole` after it is that one (dev fr-083).
  [
    "Est approuvé le Protocole établi sur la base de l'article K.3 du Traité sur l'Union européenne, signé à Bruxelles.\n\nArt. 2.\n\nLe Grand-Duché accepte la compétence de la Cour selon les modalités prévues à l'article 2, paragraphe 2, point b du Protocole.",
    [],
  ],
];

describe('what the scope readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** Readings that must stay as they were. */
const kept: [string, Expect[]][] = [
  // A letter on the next line before a lower-case connector is still the article's (dev fr-032).
  [
    "Le Protocole de Palerme définit la traite à l'article 3\n(a) du Protocole relatif à la traite des personnes.",
    [
      tre('article 3\n(a) du Protocole relatif à la traite des personnes', 'TIP Protocol art. 3(a)', {
        article: 3,
        subparagraph: 'a',
      }),
    ],
  ],
];

describe('what the scope readings keep', () => {
  it.each(kept)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
