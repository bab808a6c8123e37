import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 24 (tuner-p4): forms of probe set 4 (`tests/fixtures/citations/probes/dev/set4-*.json`), fixed by class with
 * negatives. Each row: the text, then every citation the engine must find in it (span and key); an empty list is a
 * text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] =>
  findCitations(text)
    .filter((c) => c.kind === 'treaty')
    .map((c) => [c.text, c.key]);

/**
 * A PDF's spaces before commas inside a pinpointed citation (`reading-text.ts`), in a text the engine reads for its
 * other spacing debris (a text with no other debris is read as it is: a search for ` ,` in every text cost ~3 %).
 */
const spacedCommas: Row[] = [
  [
    'doubled spaces and a space before each comma',
    'UNTOC. Information as required by article  32 ,  paragraph  5 ,  of  the  Convention , including on measures.',
    [['article  32 ,  paragraph  5 ,  of  the  Convention', 'UNTOC art. 32(5)']],
  ],
  [
    'one space before each comma, a doubled space elsewhere in the text (a PDF’s)',
    'As  required by article 32 , paragraph 5, of the Organized Crime Convention, States report.',
    [['article 32 , paragraph 5, of the Organized Crime Convention', 'UNTOC art. 32(5)']],
  ],
  [
    'a Spanish pinpoint',
    'Según  el artículo 18 , párrafo 13 , de la Convención de Palermo, cada Estado designa una autoridad.',
    [['artículo 18 , párrafo 13 , de la Convención de Palermo', 'UNTOC art. 18(13)']],
  ],
  [
    'negative: a law named after the spaced comma',
    'As required by article 32 , paragraph 5 , of the Penal Code of 2004, the court decides.',
    [],
  ],
];

/** `des` and a common noun after a possessive's article: the verb's object, not the article's text. */
const possessiveObject: Row[] = [
  [
    '`prévoit à son article 6, paragraphe 3, des mesures`',
    'Le Protocole contre la traite prévoit à son article 6, paragraphe 3, des mesures de rétablissement, et son article 7 encourage le séjour.',
    [
      ['article 6, paragraphe 3', 'TIP Protocol art. 6(3)'],
      ['article 7', 'TIP Protocol art. 7'],
    ],
  ],
  [
    '`en son article 6 des mesures`',
    'Le Protocole de Palerme prévoit en son article 6 des mesures.',
    [['article 6', 'TIP Protocol art. 6']],
  ],
  [
    'negative: a law owns its possessive article',
    'La loi prévoit en son article 6 des peines, conformément au Protocole relatif à la traite des personnes.',
    [],
  ],
  [
    'negative: `des` without a possessive names the text',
    'Le Protocole relatif à la traite est cité à l’article 6 des statuts de l’association.',
    [],
  ],
];

/** A paragraph numbered `numéro` / `número` / `number` before its article. */
const numberedParagraph: Row[] = [
  [
    '`numéro 3 de l’article 5` (a machine translation of `numeral 3`)',
    "Le Mexique a signalé que l'article 10 de sa Loi générale reprend le numéro 3 de l'article 5 de la Convention de Palerme.",
    [["numéro 3 de l'article 5 de la Convention de Palerme", 'UNTOC art. 5(3)']],
  ],
  [
    'Spain’s `número 2 del artículo 10`',
    'Conforme al número 2 del artículo 10 de la Convención de Palermo, los Estados actúan.',
    [['número 2 del artículo 10 de la Convención de Palermo', 'UNTOC art. 10(2)']],
  ],
  [
    '`number 3 of article 5`',
    'Under number 3 of article 5 of the Palermo Convention, States act.',
    [['number 3 of article 5 of the Palermo Convention', 'UNTOC art. 5(3)']],
  ],
  [
    'negative: a journal’s issue number before a citation',
    'Voir le numéro 3 de la revue, article 5 de la Convention de Palerme.',
    [['article 5 de la Convention de Palerme', 'UNTOC art. 5']],
  ],
  ['negative: a law’s article', "Le numéro 3 de l'article 5 de la loi n° 12 dispose.", []],
];

/** A contrast clause before a possessive's article: the treaty set against the owner does not own it. */
const contrast: Row[] = [
  [
    '`à la différence de l’article 6 du Protocole…, son article 1er` (a directive’s)',
    "La directive 2002/90/CE définit l'aide à l'entrée ; à la différence de l'article 6 du Protocole contre le trafic illicite de migrants, son article 1er n'exige pas d'avantage financier.",
    [['article 6 du Protocole contre le trafic illicite de migrants', 'Migrants Protocol art. 6']],
  ],
  [
    '`unlike article 6 of the Protocol, its article 1`',
    'Unlike article 6 of the Smuggling of Migrants Protocol, its article 1 requires no financial benefit.',
    [['article 6 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 6']],
  ],
  [
    'the Council of Europe Convention before the contrast owns it',
    'The Council of Europe Convention goes further: unlike article 4 of the Palermo Protocol, its article 26 protects victims.',
    [['article 4 of the Palermo Protocol', 'TIP Protocol art. 4']],
  ],
  [
    '`a diferencia del artículo 6 del Protocolo…, su artículo 1`',
    'A diferencia del artículo 6 del Protocolo contra el tráfico ilícito de migrantes, su artículo 1 no exige beneficio.',
    [['artículo 6 del Protocolo contra el tráfico ilícito de migrantes', 'Migrants Protocol art. 6']],
  ],
  [
    'our Protocol before the contrast still owns it',
    'Le Protocole relatif aux migrants, contrairement à la directive, exige en son article 6 un avantage financier.',
    [['article 6', 'Migrants Protocol art. 6']],
  ],
  [
    'a contrast with another text, our Protocol the subject after it',
    'Contrairement à la directive, le Protocole relatif aux migrants exige en son article 6 un avantage financier.',
    [['article 6', 'Migrants Protocol art. 6']],
  ],
];

/** A treaty's acronym glued to the article, no connector: before it (UNTOC, the Protocols') or after it (`PAF`). */
const acronyms: Row[] = [
  [
    'a table row: each cell’s acronym names its treaty',
    'Criminalization | UNTOC art. 5, 6, 8, 23 | TIP art. 5 | SOM art. 6 | FP art. 5',
    [
      ['art. 5', 'UNTOC art. 5'],
      ['6', 'UNTOC art. 6'],
      ['8', 'UNTOC art. 8'],
      ['23', 'UNTOC art. 23'],
      ['art. 5', 'TIP Protocol art. 5'],
      ['art. 6', 'Migrants Protocol art. 6'],
      ['art. 5', 'Firearms Protocol art. 5'],
    ],
  ],
  [
    'UNTOC’s acronym decides over a law named later in the sentence',
    'The State criminalizes obstruction of justice (UNTOC art. 23 (a) and (b)) in sections 118 to 120 of its Penal Code.',
    [
      ['art. 23 (a)', 'UNTOC art. 23(a)'],
      ['(b)', 'UNTOC art. 23(b)'],
    ],
  ],
  ['negative: `TIP` in a text that does not abbreviate UNTOC', 'Criminalization | TIP art. 5 | FP art. 5', []],
  ['negative: the US TIP report', 'The US TIP art. 5 report ranks States.', []],
  [
    'negative: another convention’s acronym, a hyphenated `US-TIP`',
    'The Convention against Corruption (UNCAC) and UNTOC apply. UNCAC art. 5 covers prevention. US-TIP art. 5.',
    [],
  ],
  [
    '`Art. 5 PAF`: the acronym after the article is in the span',
    'Tableau 3. Le Protocole relatif aux armes à feu (PAF)\nDisposition | Objet\nArt. 5 PAF | Incrimination | Loi n° 2013-432, art. 12\nArt. 10 PAF | Licences | Décret n° 2015-118, art. 3',
    [
      ['Art. 5 PAF', 'Firearms Protocol art. 5'],
      ['Art. 10 PAF', 'Firearms Protocol art. 10'],
    ],
  ],
  [
    '`l’art. 5 PAF prévoit`',
    "Le Protocole relatif aux armes à feu (PAF) est ratifié. L'art. 5 PAF prévoit une incrimination.",
    [['art. 5 PAF', 'Firearms Protocol art. 5']],
  ],
  [
    'a bare noun after the article stays out of the span',
    'Le Protocole relatif aux armes à feu est ratifié. Article 5 Protocole : incrimination.',
    [['Article 5', 'Firearms Protocol art. 5']],
  ],
];

/** A court's conclusion of a violation; an aside between dashes before the treaty's connector. */
const courtsAndAsides: Row[] = [
  [
    'an ECtHR conclusion: its bare Convention and articles are its own',
    'Having regard to those shortcomings, the Court concludes that there has been a violation of Article 4 § 1 of the Convention under its procedural limb, and that no separate issue arises under Article 8.',
    [],
  ],
  [
    '`holds that there has been a violation`',
    'The Court holds that there has been a violation of Article 4 of the Convention.',
    [],
  ],
  [
    'negative: a Conference concluding, not on a violation',
    'The Conference concludes that there has been progress. Article 5 of the Convention requires criminalization.',
    [['Article 5 of the Convention', 'UNTOC art. 5']],
  ],
  [
    'an aside between dashes, then the treaty',
    'Article 11 — on border measures — of the Trafficking Protocol requires States parties to strengthen border controls.',
    [['Article 11', 'TIP Protocol art. 11']],
  ],
  [
    'negative: an aside between dashes, then a law',
    'Article 11 – on border measures – of the Penal Code requires controls.',
    [],
  ],
];

/** A treaty named right before an abbreviated article with a comma; a translation's title of UNTOC. */
const namedBefore: Row[] = [
  [
    '`Smuggling of Migrants Protocol, art. 1(3):` before a quotation naming the Convention',
    'Smuggling of Migrants Protocol, art. 1(3): “The offences established in accordance with article 6 of this Protocol shall be regarded as offences established in accordance with the Convention.”',
    [
      ['art. 1(3)', 'Migrants Protocol art. 1(3)'],
      ['article 6 of this Protocol', 'Migrants Protocol art. 6'],
    ],
  ],
  [
    'negative: another Convention, art. 4',
    'Council of Europe Convention, art. 4: “Trafficking in human beings shall mean …”',
    [],
  ],
  [
    'negative: an Optional Protocol, art. 3',
    'Optional Protocol, art. 3: “States Parties shall prohibit the sale of children”.',
    [],
  ],
  [
    'negative: prose after a comma, `article` in full',
    'In addition to the Convention, article 5 requires States to act under the Smuggling Protocol.',
    [],
  ],
  [
    '`Convention des Nations Unies contre le crime organisé transnational`',
    "Selon l'article 18 paragraphe 13 de la Convention des Nations Unies contre le crime organisé transnational, chaque État partie désigne une autorité centrale.",
    [
      [
        'article 18 paragraphe 13 de la Convention des Nations Unies contre le crime organisé transnational',
        'UNTOC art. 18(13)',
      ],
    ],
  ],
  [
    '`contre le crime transnational organisé`',
    "Selon l'article 5 de la Convention contre le crime transnational organisé, chaque État.",
    [['article 5 de la Convention contre le crime transnational organisé', 'UNTOC art. 5']],
  ],
  [
    'negative: `contre le crime` alone',
    "Selon l'article 5 de la Convention contre le crime organisé, chaque État.",
    [],
  ],
];

/** An article set beside its own treaty's provision by a verb right after it: another text's article. */
const compared: Row[] = [
  [
    '`l’article 4 a) reprend … l’article 3 a) du Protocole de Palerme` (the Warsaw Convention’s)',
    "Le rapport explicatif de la Convention de Varsovie souligne que l'article 4 a) reprend la définition de l'article 3 a) du Protocole de Palerme, tandis que l'article 12 va au-delà de l'article 6 de ce protocole.",
    [
      ['article 3 a) du Protocole de Palerme', 'TIP Protocol art. 3(a)'],
      ['article 6 de ce protocole', 'TIP Protocol art. 6'],
    ],
  ],
  [
    '`its Article 4 reproduces the Protocol’s definition` (the Council of Europe Convention’s)',
    'The Council of Europe Convention builds on the Palermo Protocol: its Article 4 reproduces the Protocol’s definition, while Article 26 adds a non-punishment provision absent from the UN text.',
    [],
  ],
  [
    'an article of ours restating another of ours keeps its card',
    'The Palermo Protocol defines trafficking in its article 3, which article 5 of the Protocol reproduces.',
    [
      ['article 3', 'TIP Protocol art. 3'],
      ['article 5 of the Protocol', 'TIP Protocol art. 5'],
    ],
  ],
  [
    'no verb between: the treaty named after decides as before',
    // Article 3 a), not 4 a): the TIP Protocol's article 4 has no letters (session 32, `LETTERS_LISTED` in `keys.ts`).
    "Le rapport souligne que l'article 3 a) du Protocole de Palerme définit la traite.",
    [['article 3 a) du Protocole de Palerme', 'TIP Protocol art. 3(a)']],
  ],
];

/** Two clauses whose subjects are articles: the bare second is the first's treaty's, not one named in between. */
const subjectPairs: Row[] = [
  [
    '`El artículo primero del Protocolo…, y el artículo segundo`',
    'El artículo primero del Protocolo sobre armas de fuego establece su relación con la Convención, y el artículo segundo enuncia su finalidad.',
    [
      ['artículo primero del Protocolo sobre armas de fuego', 'Firearms Protocol art. 1'],
      ['artículo segundo', 'Firearms Protocol art. 2'],
    ],
  ],
  [
    '`Article 1 of the Smuggling of Migrants Protocol …, and article 2`',
    'Article 1 of the Smuggling of Migrants Protocol sets out its relation with the Convention, and article 2 states its purpose.',
    [
      ['Article 1 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 1'],
      ['article 2', 'Migrants Protocol art. 2'],
    ],
  ],
  [
    '`L’article 1er du Protocole…, et l’article 2`',
    "L'article 1er du Protocole relatif aux armes à feu définit sa relation avec la Convention, et l'article 2 énonce son objet.",
    [
      ['article 1er du Protocole relatif aux armes à feu', 'Firearms Protocol art. 1'],
      ['article 2', 'Firearms Protocol art. 2'],
    ],
  ],
  [
    'negative: a code’s article first',
    'The Convention applies. Article 5 of the Penal Code refers to the Convention, and article 6 sets penalties.',
    [],
  ],
];

describe('spaces before commas (PDF extraction)', () => {
  it.each(spacedCommas)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a possessive article before its verb object', () => {
  it.each(possessiveObject)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a paragraph numbered before its article', () => {
  it.each(numberedParagraph)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a contrast clause before a possessive article', () => {
  it.each(contrast)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('an acronym glued to the article', () => {
  it.each(acronyms)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a court’s violation, an aside between dashes', () => {
  it.each(courtsAndAsides)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a treaty named before its abbreviated article; UNTOC translated', () => {
  it.each(namedBefore)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('an article set beside its own treaty’s provision', () => {
  it.each(compared)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('two clauses whose subjects are articles', () => {
  it.each(subjectPairs)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
