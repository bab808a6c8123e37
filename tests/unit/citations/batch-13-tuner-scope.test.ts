import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Which treaty an article belongs to (session 10, tuner-scope): the text's evidence read as a whole (every treaty noun
 * of the text naming one treaty of ours), a treaty noun right before the article, coordinated articles sharing one
 * treaty, and prose after a bare noun. Each case is a dev passage's form and failed before its rule.
 */
const cited: [string, Expect[]][] = [
  [
    // The text's only treaty nouns are `the Protocol` / `this Protocol`, after the first bare articles (dev en-172).
    'Article 4 deals with the scope of application and article 5 with the criminalisation.\n4. The Protocol shall apply to the offences established in accordance with article 5 of this\nProtocol, where those offences involve an organised criminal group.',
    [
      tre('Article 4', 'TIP Protocol art. 4', { article: 4 }),
      tre('article 5', 'TIP Protocol art. 5', { article: 5 }),
      tre('article 5 of this\nProtocol', 'TIP Protocol art. 5', { article: 5 }),
    ],
  ],
  [
    // Lines of a concordance on UNTOC's participation offence, `la Convención` only in a later line (dev es-074).
    'Cabe señalar la participación en un grupo delictivo organizado. | UN |\n16. Con arreglo al artículo 5, los Estados Parte deben penalizar la participación en un grupo delictivo organizado. | UN |\ni) ¿Qué problemas hubo al penalizar la participación de conformidad con la Convención? | UN |',
    [tre('artículo 5', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    // A treaty noun right before the article in a guide's contents, a caption after it (dev es-075).
    'PROTOCOLO PARA PREVENIR, REPRIMIR Y SANCIONAR LA TRATA DE PERSONAS, ...7\nProtocolo Artículo 1 Relación con la Convención de las Naciones Unidas Contra la Delincuencia\nOrganizada Transnacional ........ 8\nProtocolo Artículo 2 Finalidad ........ 8',
    [
      tre('Artículo 1', 'TIP Protocol art. 1', { article: 1 }),
      tre('Artículo 2', 'TIP Protocol art. 2', { article: 2 }),
    ],
  ],
  [
    // `for` before a lower-case word is prose, not another Convention's title (dev en-147).
    'The Convention is the "parent agreement" to the Protocol, on trafficking in persons. If there are strong obligations\nin the Convention for transnational, social, and economic measures, this would support it.\nArticle 31 of the Convention sets out the obligations.',
    [tre('Article 31 of the Convention', 'UNTOC art. 31', { article: 31 })],
  ],
  [
    // Two coordinated articles share the treaty named after the second, across a PDF's line break (dev en-170).
    'Calls upon Member States to make illicit trafficking in wildlife a serious crime, as defined in article 2 (b) and article 3, paragraph 1 (b), of the United Nations\nConvention against Transnational Organized Crime, in order to ensure cooperation;',
    [
      tre('article 2 (b)', 'UNTOC art. 2(b)', { article: 2, subparagraph: 'b' }),
      tre(
        'article 3, paragraph 1 (b), of the United Nations\nConvention against Transnational Organized Crime',
        'UNTOC art. 3(1)(b)',
        { article: 3, paragraph: 1, subparagraph: 'b' },
      ),
    ],
  ],
  [
    // Wikipedia's inline pinpoints after a reference number (`[1]: Artículo 3 (c)`), in an article on trafficking:
    // the capital after a pinpoint's bracket starts the next sentence, and `[1]:` names no text (dev es-087).
    'El tráfico de menores es una forma de trata de personas. La carta de las Naciones Unidas define al tráfico de menores como «La captación de un niño con fines de explotación».[1]: Artículo 3 (c)  Esta definición es más amplia que la de la «trata de personas» del mismo documento.[1]: Artículo 3 (a) .',
    [
      tre('Artículo 3 (c)', 'TIP Protocol art. 3(c)', { article: 3, subparagraph: 'c' }),
      tre('Artículo 3 (a)', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' }),
    ],
  ],
  [
    // The Firearms Protocol's Spanish title without `ilícitos` (an EU Regulation's, dev es-083).
    'por el que se aplica el artículo 10 del Protocolo de las Naciones Unidas contra la fabricación y el tráfico de armas de fuego, sus piezas y componentes y municiones, que complementa la Convención',
    [
      tre(
        'artículo 10 del Protocolo de las Naciones Unidas contra la fabricación y el tráfico de armas de fuego, sus piezas y componentes y municiones',
        'Firearms Protocol art. 10',
        { article: 10 },
      ),
    ],
  ],
  [
    // `Trasnacional`, a spelling the RAE accepts (dev es-088).
    'los artículos 24 y 25 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Trasnacional.',
    [
      tre('artículos 24', 'UNTOC art. 24', { article: 24 }),
      tre(
        '25 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Trasnacional',
        'UNTOC art. 25',
        {
          article: 25,
        },
      ),
    ],
  ],
  // The thirteenth round's first-run forms (test passages moving to dev).
  [
    // A commentary's contents: `Art.n` and its caption under the line naming UNTOC (test en-258).
    '- Part I The Convention\n- United Nations Convention Against Transnational Organized Crime\n- Art.1 Statement of Purpose\n- Art.2 Use of Terms\n- (a) “Organized criminal group” shall mean a structured group',
    [tre('Art.1', 'UNTOC art. 1', { article: 1 }), tre('Art.2', 'UNTOC art. 2', { article: 2 })],
  ],
  [
    // UNTOC by the acronym `CATOC` (test en-272).
    'The offence of participating in an organised criminal group under Art 5 of CATOC is constituted by taking part.',
    [tre('Art 5 of CATOC', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    // The TIP Protocol's title cut short after its three verbs (test es-156).
    'La UNODC, como garante de la Convención contra el Crimen Organizado Transnacional y los Protocolos al respecto, asiste a los Estados en la aplicación del Protocolo para Prevenir, Reprimir y Sancionar la Trata .\nEn su artículo 3, define la trata como la “captación”.',
    [tre('artículo 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    // A title broken by a line break and a judgment's indentation (test fr-149).
    'n’entre pas dans les prévisions\n                     de l’article 35 de la convention des Nations Unies contre la criminalité\n                     transnationale organisée (la « convention de Palerme »)',
    [
      tre(
        'article 35 de la convention des Nations Unies contre la criminalité\n                     transnationale organisée',
        'UNTOC art. 35',
        { article: 35 },
      ),
    ],
  ],
];

describe('whose article: the text read as a whole (session 10, tuner-scope)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** What the readings must not take. */
const notCited: [string, Expect[]][] = [
  // A caption after a colon at a line's start, the text's nouns the only evidence: the quoted article's own heading
  // (dev es-074's last line).
  [
    'La Convención exige la tipificación de la participación en un grupo delictivo organizado. | UN |\nArtículo 5: Penalización de la participación en un grupo delictivo organizado | UN |',
    [],
  ],
  // Another treaty named anywhere (`Optional Protocol`), or a law: the text's nouns do not decide a bare article.
  [
    'Article 3 requires the criminalization of the sale of children. The Optional Protocol supplements the Protocol on trafficking in persons.',
    [],
  ],
  ['Article 5 punishes participation in an organized criminal group. The Act implements the Convention.', []],
  // A bracketed pointer: an agenda's, whose treaty is the meeting's (the TIP Protocol's border measures), not the
  // Convention the text names later.
  [
    "Examen des questions concernant les mesures aux frontières (article 11) ; les États sont invités à appliquer l'article 15 de la Convention des Nations Unies contre la criminalité transnationale organisée.",
    [
      tre(
        'article 15 de la Convention des Nations Unies contre la criminalité transnationale organisée',
        'UNTOC art. 15',
        { article: 15 },
      ),
    ],
  ],
  // UNTOC's defined term in a corruption text does not make its bare Convention ours.
  [
    'Article 23 requires the criminalization of laundering, including by an organized criminal group. Corruption undermines the Convention.',
    [],
  ],
  // `Convenio` is always another treaty: its bracketed articles are not the Palermo Protocol's in focus (test es-158).
  [
    'Además, el Artículo 9.5 del Protocolo de Palermo insta a los Estados parte a desalentar la demanda. Uno es el Convenio de 1949 para la represión de la trata de personas. El Convenio exige a los Estados parte que castiguen a toda persona que "concertare la prostitución"; o que "explotare la prostitución de otra persona" (Artículo 1), o que regente un burdel (Artículo 2).',
    [tre('Artículo 9.5 del Protocolo de Palermo', 'TIP Protocol art. 9(5)', { article: 9, paragraph: 5 })],
  ],
  // An abbreviated article with a caption at a line's start is still a heading (a law's `Art. 2 Objet`).
  ['Le Protocole de Palerme définit la traite des personnes.\nArt. 2 Objet\nLa présente loi a pour objet…', []],
  // An acronym after a pinpoint still names another text (`Article 6(1) ECHR`).
  ['Trafficking in persons. The right to a fair trial under Article 6(1) ECHR applies.', []],
  // An English title after `for the` is still another treaty's.
  [
    'Article 1 punishes any person who procures another person for prostitution. The Convention for the Suppression of the Traffic in Persons also covers trafficking in persons.',
    [],
  ],
];

describe('what the whole-text reading leaves alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
