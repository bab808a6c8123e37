import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 23 (tuner-probe-recall): missed citations found by a probe set of forms written blind (`/work/probe23`),
 * read by class with negatives. Each row: the text, then every citation the engine must find in it (span and key); an
 * empty list is a text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

const TIP_FR_SWISS =
  'Protocole additionnel visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants';

/**
 * Titles: the Swiss official French titles (`Protocole additionnel visant à…`, `Protocole additionnel contre le trafic
 * illicite de migrants…`) and the Spanish Migrants Protocol's subject without its article.
 */
const titles: Row[] = [
  [
    'Swiss TIP title, a possessive and `al. a)` after it',
    `Le ${TIP_FR_SWISS}, définit la traite à son art. 3, al. a); la let. b de la même disposition précise le reste.`,
    [['art. 3, al. a)', 'TIP Protocol art. 3(a)']],
  ],
  [
    'Swiss TIP title after the connector',
    `Voir l'article 6, al. 1, du ${TIP_FR_SWISS}.`,
    [[`article 6, al. 1, du ${TIP_FR_SWISS}`, 'TIP Protocol art. 6(1)']],
  ],
  [
    'Swiss Migrants Protocol title',
    "Voir l'art. 8 du Protocole additionnel contre le trafic illicite de migrants par terre, air et mer.",
    [
      [
        'art. 8 du Protocole additionnel contre le trafic illicite de migrants par terre, air et mer',
        'Migrants Protocol art. 8',
      ],
    ],
  ],
  [
    'Spanish Migrants subject without its article, `sobre`',
    'El artículo 16.2 del Protocolo sobre Tráfico Ilícito de Migrantes obliga a proteger a los migrantes.',
    [['artículo 16.2 del Protocolo sobre Tráfico Ilícito de Migrantes', 'Migrants Protocol art. 16(2)']],
  ],
  [
    'Spanish Migrants subject without its article, `contra`',
    'Según el artículo 6 del Protocolo contra tráfico ilícito de migrantes, los Estados tipifican el delito.',
    [['artículo 6 del Protocolo contra tráfico ilícito de migrantes', 'Migrants Protocol art. 6']],
  ],
  // Negatives: other additional Protocols; a bare `Protocole additionnel`; Spanish trafficking without `migrantes`.
  [
    "Geneva Conventions' Additional Protocol",
    "Voir l'article 6 du Protocole additionnel aux Conventions de Genève.",
    [],
  ],
  [
    "the ECHR's Additional Protocol",
    "Voir l'article 6 du Protocole additionnel à la Convention européenne des droits de l'homme.",
    [],
  ],
  [
    'a bare `Protocole additionnel` on another subject',
    "L'article 3 du Protocole additionnel relatif à la protection des victimes des conflits armés.",
    [],
  ],
  [
    'an Optional Protocol on the subject is not the Migrants Protocol',
    'El artículo 5 del Protocolo Facultativo sobre tráfico ilícito de migrantes trabajadores.',
    [],
  ],
];

/**
 * A prefix name in capitals right before the article (`SOM Protocol Article 19`, `TIP Protocol`, `TOC Convention`),
 * and a treaty named in full there in a text whose subject is another treaty's (refugees): the named treaty's.
 */
const prefixBefore: Row[] = [
  [
    '`SOM Protocol` before the article, refugees named after',
    'SOM Protocol Article 19 (saving clause) ensures that nothing in the Protocol affects the rights of refugees under the 1951 Convention and its 1967 Protocol.',
    [['Article 19', 'Migrants Protocol art. 19']],
  ],
  [
    '`Smuggling Protocol` before the article, refugees named after',
    'Smuggling Protocol Article 19 ensures that nothing in the Protocol affects the rights of refugees.',
    [['Article 19', 'Migrants Protocol art. 19']],
  ],
  [
    '`TIP Protocol` before the article in a text on refugees',
    'TIP Protocol Article 14 preserves the rights of refugees and the principle of non-refoulement.',
    [['Article 14', 'TIP Protocol art. 14']],
  ],
  [
    '`TOC Convention` before the article',
    'TOC Convention Article 16 governs extradition of refugees accused of serious crimes.',
    [['Article 16', 'UNTOC art. 16']],
  ],
  [
    '`SOM Protocol` in a text on trafficking is still the Migrants Protocol',
    'SOM Protocol Article 19 is a saving clause. Trafficking in persons is a crime.',
    [['Article 19', 'Migrants Protocol art. 19']],
  ],
  // Negatives: an acronym ending a longer word; the bare Protocol of a refugee text; another Protocol's name.
  ['`ATIP` is not `TIP`', 'ATIP Protocol Article 3 ensures that the rights of refugees are kept.', []],
  [
    'bare Protocol in a text on refugees',
    'The Protocol, in Article 1, extends the rights of refugees beyond the 1951 dateline.',
    [],
  ],
  ['Kyoto Protocol before the article', 'Kyoto Protocol Article 3 sets the emission targets of the Parties.', []],
];

/** An English possessive `'s`: the owner's article, not a treaty named after it. */
const possessives: Row[] = [
  [
    'our Protocol owns it, another Convention named after',
    "The Smuggling Protocol's art. 8 sets out a procedure for boarding and searching vessels that is modelled on article 17 of the 1988 United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances.",
    [['art. 8', 'Migrants Protocol art. 8']],
  ],
  [
    'our Protocol owns it, a bare Convention named after',
    "The Smuggling Protocol's art. 8 is modelled on article 17 of the 1988 Convention.",
    [['art. 8', 'Migrants Protocol art. 8']],
  ],
  [
    "UNTOC's own article",
    "UNTOC's article 5 requires States to criminalize participation.",
    [['article 5', 'UNTOC art. 5']],
  ],
  // Negatives: the owner is no treaty.
  [
    'the Council of Europe owns it',
    "The Council of Europe's article 4 is modelled on article 3 of the Palermo Protocol.",
    [['article 3 of the Palermo Protocol', 'TIP Protocol art. 3']],
  ],
  ["a State's own article", "Australia's article 5 follows the Palermo Protocol closely.", []],
  [
    "a code's own article",
    "The Penal Code's article 188 mirrors the Protocol against the Smuggling of Migrants by Land, Sea and Air.",
    [],
  ],
];

/**
 * Another instrument named right after the article, a comma or spaces between: its article, whatever the table's
 * heading or the sentence names.
 */
const instrumentAfter: Row[] = [
  [
    'a concordance table under `TIP Protocol`',
    'Table 2. Concordance\nTIP Protocol    Domestic law\nArt. 3(a)    Art. 2, Law No. 64 of 2010\nArt. 5(1)    Art. 3, Law No. 64 of 2010',
    [
      ['Art. 3(a)', 'TIP Protocol art. 3(a)'],
      ['Art. 5(1)', 'TIP Protocol art. 5(1)'],
    ],
  ],
  [
    'a code named after the article in a sentence on the Protocol',
    'Under the Palermo Protocol, as in Article 5 Code pénal, the offence is defined broadly.',
    [],
  ],
  [
    'Spanish law named after the article',
    'El Protocolo de Palermo, así como el artículo 7, Ley N° 20.507, definen la trata de personas.',
    [],
  ],
  // Another treaty's acronym after the comma lists another item: the article stays ours.
  [
    'a list item of another treaty after it',
    'Trafficking (TIP Protocol art 3, CEDAW art 6)',
    [['art 3', 'TIP Protocol art. 3']],
  ],
  // Our treaty named after the comma stays ours (the next clause's subject: spanned on the article).
  [
    'our treaty after the comma',
    'Article 3, Smuggling of Migrants Protocol defines smuggling.',
    [['Article 3', 'Migrants Protocol art. 3']],
  ],
  [
    'our treaty after the comma, in the span',
    'See Article 3, Smuggling of Migrants Protocol.',
    [['Article 3, Smuggling of Migrants Protocol', 'Migrants Protocol art. 3']],
  ],
];

/** A table's column header (cells split by bars): ours, or a national text's, for the articles starting its cells. */
const columns: Row[] = [
  [
    'UNTOC acronym over the first column, a code over the second',
    'Tableau de concordance\nCNUCTO | Code pénal\nart. 6 (blanchiment) | art. 324-1\nart. 8 (corruption) | art. 432-11',
    [
      ['art. 6', 'UNTOC art. 6'],
      ['art. 8', 'UNTOC art. 8'],
    ],
  ],
  [
    'a law over the first column, UNTOC over the second',
    'Loi n° 2010-64 | CNUCTO\nart. 2 | art. 6\nart. 3 | art. 8',
    [
      ['art. 6', 'UNTOC art. 6'],
      ['art. 8', 'UNTOC art. 8'],
    ],
  ],
  [
    '`Domestic law` over the first column, the TIP Protocol over the second',
    'Domestic law | TIP Protocol\nArt. 2 | Art. 3(a)\nArt. 3 | Art. 5(1)',
    [
      ['Art. 3(a)', 'TIP Protocol art. 3(a)'],
      ['Art. 5(1)', 'TIP Protocol art. 5(1)'],
    ],
  ],
  [
    'Spanish code and the Palermo Protocol',
    'Código Penal | Protocolo de Palermo\nart. 411 | art. 3\nart. 412 | art. 5',
    [
      ['art. 3', 'TIP Protocol art. 3'],
      ['art. 5', 'TIP Protocol art. 5'],
    ],
  ],
  [
    'a Markdown table with its rule',
    '| CNUCTO | Code pénal |\n|---|---|\n| art. 6 | art. 324-1 |\n| art. 8 | art. 432-11 |',
    [
      ['art. 6', 'UNTOC art. 6'],
      ['art. 8', 'UNTOC art. 8'],
    ],
  ],
  // Negatives: a header naming nothing decides nothing (no treaty in the text: no card).
  ['a contents table without a treaty', 'Article | Subject\nart. 2 | definitions\nart. 5 | participation', []],
];

/** A bare article coordinated with an article before it by the same preposition repeated: the treaty named before. */
const coordinated: Row[] = [
  [
    '`and of article 27` after `of article 19 of the Convention`, the Migrants Protocol after',
    'The Working Group recommended that States parties make use of article 19 of the Convention, on joint investigations, and of article 27 (law enforcement cooperation), as well as article 5 of the Migrants Protocol. (Report of the Working Group on the Smuggling of Migrants, United Nations Convention against Transnational Organized Crime)',
    [
      ['article 19 of the Convention', 'UNTOC art. 19'],
      ['article 27', 'UNTOC art. 27'],
      ['article 5 of the Migrants Protocol', 'Migrants Protocol art. 5'],
    ],
  ],
  [
    'French `et à l’article`',
    "Conformément à l'article 16 de la Convention des Nations Unies contre la criminalité transnationale organisée et à l'article 18, dont s'inspire le Protocole relatif aux migrants, les États coopèrent.",
    [
      ['article 16 de la Convention des Nations Unies contre la criminalité transnationale organisée', 'UNTOC art. 16'],
      ['article 18', 'UNTOC art. 18'],
    ],
  ],
  // Negatives: the preposition not repeated (the noun after decides, as before); a new clause.
  [
    'no repeated preposition',
    'Under article 19 of the Convention, joint investigations are possible, and article 5 of the Migrants Protocol applies.',
    [
      ['article 19 of the Convention', 'UNTOC art. 19'],
      ['article 5 of the Migrants Protocol', 'Migrants Protocol art. 5'],
    ],
  ],
];

describe('an article coordinated with the one before it', () => {
  it.each(coordinated)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a table column header', () => {
  it.each(columns)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('titles: Swiss French, Spanish without the article', () => {
  it.each(titles)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a prefix name in capitals before the article', () => {
  it.each(prefixBefore)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe("an English possessive's owner", () => {
  it.each(possessives)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('another instrument named right after the article', () => {
  it.each(instrumentAfter)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
