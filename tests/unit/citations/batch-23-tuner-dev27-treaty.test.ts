import { describe, expect, it } from 'vitest';
import type { Pinpoint } from '../../../lib/citations/types';
import { found, tre, type Expect } from './factories';

/**
 * Session 19 (tuner-dev27-treaty): the twenty-seventh round's four failing treaty passages (dev en-500, en-498,
 * fr-346, es-335) as classes, each in English, French and Spanish, with negative rows:
 * 1. an article head word glued to the word before it by a converter (`withArticle 32`);
 * 2. a treaty's name right after the pinpoint with no connector, the next clause's subject (`Under its Article 3(a) the
 *    Palermo Protocol defines…`): out of the span;
 * 3. a letter right under a UNTOC article that has numbered paragraphs only (`art. 18 b) de la Convention`): another
 *    convention's;
 * 4. a clause before the article, its paragraph and letter after it (`inciso i) del artículo 5, párrafo 1 a)`).
 */

const UNTOC_EN = 'The United Nations Convention against Transnational Organized Crime is widely ratified.';
const UNTOC_FR =
  'La Convention des Nations Unies contre la criminalité transnationale organisée est largement ratifiée.';
const UNTOC_ES =
  'La Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional es casi universal.';
const TIP_EN =
  'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, was adopted in 2000.';
const TIP_FR =
  'Le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, a été adopté en 2000.';
const TIP_ES =
  'El Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, fue adoptado en 2000.';

/** A row: the input and the citations expected in it (none for a negative row). */
type Row = [string, Expect[]];
const untoc = (text: string, pin: Pinpoint, art: string): Expect => tre(text, `UNTOC art. ${art}`, pin);
const tip = (text: string, pin: Pinpoint, art: string): Expect => tre(text, `TIP Protocol art. ${art}`, pin);

const P32_1 = { article: 32, paragraph: 1 };

/** Class 1: the word glued before the head word (a converter's lost space), by language: the span starts at the head. */
const GLUED: Row[] = [
  ...['with', 'under', 'see'].map((w): Row => [
    `${UNTOC_EN} In accordance ${w}Article 32, paragraph 1, of the Convention establishes the Conference.`,
    [untoc('Article 32, paragraph 1, of the Convention', P32_1, '32(1)')],
  ]),
  [
    `${UNTOC_EN} See alsoArt. 32, paragraph 1, of the Convention.`,
    [untoc('Art. 32, paragraph 1, of the Convention', P32_1, '32(1)')],
  ],
  [
    `${UNTOC_EN} UnderArticles 32 and 33 of the Convention, the Conference meets.`,
    [untoc('Articles 32', { article: 32 }, '32'), untoc('33 of the Convention', { article: 33 }, '33')],
  ],
  [
    `${UNTOC_FR} Conformément auArticle 32, paragraphe 1, de la Convention, la Conférence est instituée.`,
    [untoc('Article 32, paragraphe 1, de la Convention', P32_1, '32(1)')],
  ],
  [
    `${UNTOC_ES} De conformidad con elArtículo 32, párrafo 1, de la Convención, se establece la Conferencia.`,
    [untoc('Artículo 32, párrafo 1, de la Convención', P32_1, '32(1)')],
  ],
  [
    `${UNTOC_ES} Según elArt. 32, párrafo 1, de la Convención, se establece la Conferencia.`,
    [untoc('Art. 32, párrafo 1, de la Convención', P32_1, '32(1)')],
  ],
];

/** Class 1's negatives: a word that merely contains `article`, a lower-case glued one, a head word with no number. */
const GLUED_NOT: Row[] = [
  [`${UNTOC_EN} Each particle 32 of the Convention's annex was measured.`, []],
  [`${UNTOC_EN} The law applies inarticle 32 of the Convention.`, []],
  [`${UNTOC_EN} See theArticles of Association of company 32.`, []],
  [`${UNTOC_FR} La particule 32 de la Convention; voir laparticle 32 de la Convention.`, []],
  [`${UNTOC_ES} La partícula 32 de la Convención; según elarticulado 32 de la Convención.`, []],
];

/** Class 2: a name after the pinpoint with no connector, then the next clause's verb: the span stops at the pinpoint. */
const SUBJECT_AFTER: Row[] = [
  [
    `${TIP_EN} Under its Article 3(a) the Palermo Protocol defines the offence.`,
    [tip('Article 3(a)', { article: 3, subparagraph: 'a' }, '3(a)')],
  ],
  [
    `${TIP_EN} Under its Article 3(a) the Trafficking in Persons Protocol defines the offence.`,
    [tip('Article 3(a)', { article: 3, subparagraph: 'a' }, '3(a)')],
  ],
  [
    `${TIP_EN} Under Article 5 the Smuggling of Migrants Protocol requires States to criminalize smuggling.`,
    [tre('Article 5', 'Migrants Protocol art. 5', { article: 5 })],
  ],
  [
    `${TIP_EN} Under Article 5 Smuggling of Migrants Protocol requires States to criminalize smuggling.`,
    [tre('Article 5', 'Migrants Protocol art. 5', { article: 5 })],
  ],
  [
    `${TIP_FR} Selon son article 3 a) le Protocole relatif à la traite des personnes définit la traite.`,
    [tip('article 3 a)', { article: 3, subparagraph: 'a' }, '3(a)')],
  ],
  [
    `${TIP_ES} Según su artículo 3 a) el Protocolo contra la trata de personas define la trata.`,
    [tip('artículo 3 a)', { article: 3, subparagraph: 'a' }, '3(a)')],
  ],
  [
    `Según su artículo 3 a) el Protocolo de Palermo define la trata de personas.`,
    [tip('artículo 3 a)', { article: 3, subparagraph: 'a' }, '3(a)')],
  ],
];

/** Class 2's rows kept: the name in apposition or after a lost connector stays in the span; another treaty's is not ours. */
const NAME_KEPT: Row[] = [
  [
    '(Article 3, the United Nations Trafficking in Persons Protocol)',
    [tip('Article 3, the United Nations Trafficking in Persons Protocol', { article: 3 }, '3')],
  ],
  [
    'ainsi, aux termes de l’article 2.a la convention des Nations unies contre la criminalité transnationale organisée de 2000, « L’expression',
    [
      untoc(
        'article 2.a la convention des Nations unies contre la criminalité transnationale organisée',
        { article: 2, subparagraph: 'a' },
        '2(a)',
      ),
    ],
  ],
  [
    `${TIP_EN} See Article 5 Smuggling of Migrants Protocol adopted in 2000.`,
    [tre('Article 5 Smuggling of Migrants Protocol', 'Migrants Protocol art. 5', { article: 5 })],
  ],
  [
    'The ASEAN Convention against Trafficking in Persons was adopted in 2015. Under its Article 2(a) the ASEAN Convention defines trafficking.',
    [],
  ],
  // An article that starts its clause is the clause's subject: a name glued after its pinpoint is its treaty (dev en-502).
  [
    `${TIP_EN} Article 10 UNTOC is based on the principle of consent.`,
    [untoc('Article 10 UNTOC', { article: 10 }, '10')],
  ],
];

/** Class 2 after a comma with no determiner: the name is the next clause's subject (dev en-501, as dev es-305). */
const SUBJECT_AFTER_COMMA: Row[] = [
  [
    'In Article 2(a), UNTOC defines an organized criminal group.',
    [untoc('Article 2(a)', { article: 2, subparagraph: 'a' }, '2(a)')],
  ],
];

/** Class 3: a letter right under a UNTOC article with numbered paragraphs only is another convention's. */
const LETTER_NOT: Row[] = [
  [
    "Le trafic d'influence est partiellement incriminé à l'article 308 du Code pénal, qui porte sur certains aspects du trafic passif d'influence (art. 18 b) de la Convention).",
    [],
  ],
  [`${UNTOC_FR} Voir l'article 18 b) de la Convention et l'article 2 k) de la Convention.`, []],
  [`${UNTOC_EN} See article 18 (b) of the Convention and article 34(b) of the Convention.`, []],
  [`${UNTOC_ES} Véase el artículo 18 b) de la Convención y el artículo 23 c) de la Convención.`, []],
  ['Trading in influence is covered (art. 18 (b) of the Convention).', []],
];

/** Class 3's positives: UNTOC's lettered articles (2, 23) and letters under a paragraph. */
const LETTER_OURS: Row[] = [
  [
    `${UNTOC_EN} See article 2 (j) of the Convention.`,
    [untoc('article 2 (j) of the Convention', { article: 2, subparagraph: 'j' }, '2(j)')],
  ],
  [
    `${UNTOC_FR} Voir l'article 23 b) de la Convention.`,
    [untoc('article 23 b) de la Convention', { article: 23, subparagraph: 'b' }, '23(b)')],
  ],
  [
    `${UNTOC_ES} Véase el artículo 18, párrafo 3 b), de la Convención.`,
    [
      untoc(
        'artículo 18, párrafo 3 b), de la Convención',
        { article: 18, paragraph: 3, subparagraph: 'b' },
        '18(3)(b)',
      ),
    ],
  ],
];

const P5_1_A = (clause: string): Pinpoint => ({ article: 5, paragraph: 1, subparagraph: 'a', clause });

/** Class 4: a clause before the article, the paragraph and letter after it: one pinpoint, spanned from the clause word. */
const CLAUSE_FIRST: Row[] = [
  [
    `${UNTOC_ES} El delito previsto en el inciso i) del artículo 5, párrafo 1 a), de la Convención.`,
    [untoc('inciso i) del artículo 5, párrafo 1 a), de la Convención', P5_1_A('i'), '5(1)(a)(i)')],
  ],
  [
    `${UNTOC_ES} A diferencia del delito previsto en el inciso ii) del artículo 5, párrafo 1 a), el otro es autónomo.`,
    [untoc('inciso ii) del artículo 5, párrafo 1 a)', P5_1_A('ii'), '5(1)(a)(ii)')],
  ],
  [
    `${UNTOC_EN} The offence in subparagraph (i) of article 5, paragraph 1 (a), of the Convention.`,
    [untoc('subparagraph (i) of article 5, paragraph 1 (a), of the Convention', P5_1_A('i'), '5(1)(a)(i)')],
  ],
  [
    `${UNTOC_FR} L'infraction visée au sous-alinéa i) de l'article 5, paragraphe 1 a), de la Convention.`,
    [untoc("sous-alinéa i) de l'article 5, paragraphe 1 a), de la Convention", P5_1_A('i'), '5(1)(a)(i)')],
  ],
];

/** Class 4's negatives: a letter, not a roman, before the article; no letter after it; another treaty's article. */
const CLAUSE_NOT: Row[] = [
  [
    `${UNTOC_ES} El delito previsto en el inciso b) del artículo 5, párrafo 1 a).`,
    [untoc('artículo 5, párrafo 1 a)', { article: 5, paragraph: 1, subparagraph: 'a' }, '5(1)(a)')],
  ],
  [
    `${UNTOC_ES} El delito previsto en el inciso i) del artículo 5, párrafo 1, de la Convención.`,
    [untoc('artículo 5, párrafo 1, de la Convención', { article: 5, paragraph: 1 }, '5(1)')],
  ],
  [
    'El Convenio de Estambul. El delito previsto en el inciso i) del artículo 5, párrafo 1 a) del Convenio de Estambul.',
    [],
  ],
];

/**
 * Class 4, the treaty by the sentence's subject: no treaty named anywhere, UNTOC's defined term in the article's own
 * sentence and a pinpoint below the article (dev es-335, a concordance of the Working Group's lines).
 */
const TERM: Row[] = [
  [
    'A diferencia del delito de confabulación previsto en el inciso i) del artículo 5, párrafo 1 a), el delito mencionado en el inciso ii) adopta un modelo que tipifica la participación en un grupo delictivo organizado como un delito autónomo.',
    [untoc('inciso i) del artículo 5, párrafo 1 a)', P5_1_A('i'), '5(1)(a)(i)')],
  ],
  [
    'The offence of conspiracy in article 5, paragraph 1 (a) (i), differs from the participation in an organized criminal group.',
    [untoc('article 5, paragraph 1 (a) (i)', P5_1_A('i'), '5(1)(a)(i)')],
  ],
  [
    "L'entente visée à l'article 5, paragraphe 1 a) i), diffère de la participation à un groupe criminel organisé.",
    [untoc('article 5, paragraphe 1 a) i)', P5_1_A('i'), '5(1)(a)(i)')],
  ],
];

/** Its negatives: the article alone, a code or Act named, another treaty's subject in the text. */
const TERM_NOT: Row[] = [
  [
    'Ese modelo está inspirado en los artículos 416 y 416bis del Código Penal de Italia. El artículo 5 tipifica la participación en un grupo delictivo organizado.',
    [],
  ],
  [
    'The Penal Code was amended. Its article 5, paragraph 1, criminalizes participation in an organized criminal group.',
    [],
  ],
  ['Under the Act, article 5(1) criminalizes participation in an organized criminal group.', []],
  [
    'Article 5 (1) criminalizes participation in an organized criminal group; the Convention against Corruption too.',
    [],
  ],
  ["La loi n° 2005-06 : l'article 5, paragraphe 1, réprime la participation à un groupe criminel organisé.", []],
];

describe('tuner-dev27-treaty: glued head words, subjects after the pinpoint, unlettered articles, clauses first', () => {
  it.each([...GLUED, ...GLUED_NOT])('glued head word: %s', (input, expected) => expect(found(input)).toEqual(expected));
  it.each([...SUBJECT_AFTER, ...SUBJECT_AFTER_COMMA, ...NAME_KEPT])('name after the pinpoint: %s', (input, expected) =>
    expect(found(input)).toEqual(expected),
  );
  it.each([...LETTER_NOT, ...LETTER_OURS])('first-level letter: %s', (input, expected) =>
    expect(found(input)).toEqual(expected),
  );
  it.each([...TERM, ...TERM_NOT])('by the defined term: %s', (input, expected) =>
    expect(found(input)).toEqual(expected),
  );
  it.each([...CLAUSE_FIRST, ...CLAUSE_NOT])('clause first: %s', (input, expected) =>
    expect(found(input)).toEqual(expected),
  );
});
