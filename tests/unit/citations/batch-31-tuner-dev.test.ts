import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 25 (tuner-dev): classes of the dev probe sets' remaining errors, each fixed as a class in English, French and
 * Spanish with negatives (other treaties, national laws, forms that must stay unread). Each row: the text, then every
 * citation the engine must find in it (span and key); an empty list is a text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/**
 * A range of articles through its connector to a bare treaty noun (no card: the key grammar has no range) cites that
 * noun as ours, as one article does, so a bare article after it in its sentence is that treaty's (probe fres-018).
 */
const ranges: Row[] = [
  [
    'French, `tandis que`',
    "Les articles 5 à 8 de la Convention portent sur l'incrimination, tandis que l'article 10 traite de la responsabilité des personnes morales.",
    [['article 10', 'UNTOC art. 10']],
  ],
  [
    'English, `whereas`, a Protocol',
    'Articles 9 to 11 of the Protocol deal with prevention and border measures, whereas article 6 deals with assistance to victims of trafficking.',
    [['article 6', 'TIP Protocol art. 6']],
  ],
  [
    'Spanish, `mientras que`',
    'Los artículos 5 a 8 de la Convención tratan de la penalización, mientras que el artículo 10 trata de la responsabilidad de las personas jurídicas.',
    [['artículo 10', 'UNTOC art. 10']],
  ],
  [
    'a hyphenated range',
    'Articles 5-8 of the Convention deal with criminalization, whereas article 10 deals with the liability of legal persons.',
    [['article 10', 'UNTOC art. 10']],
  ],
  // Negatives: bounds beyond the treaty's articles; a court's Convention; another Convention named in full; a code; a
  // range written backwards.
  [
    'bounds beyond UNTOC’s 41 articles',
    "Les articles 52 à 55 de la Convention portent sur la coopération, tandis que l'article 10 traite de la responsabilité.",
    [],
  ],
  [
    'a court’s Convention',
    'The Court recalls that Articles 2 to 4 of the Convention enshrine basic values, whereas Article 10 protects freedom of expression.',
    [],
  ],
  [
    'another Convention in full',
    'Articles 2 to 4 of the Convention on the Rights of the Child apply, whereas article 10 concerns family reunification.',
    [],
  ],
  [
    'a code',
    "La loi reprend les articles 5 à 8 du Code pénal, tandis que l'article 10 traite de la responsabilité.",
    [],
  ],
  ['a backwards range', 'Articles 8 to 5 of the Convention, whereas article 10 deals with liability.', []],
];

describe('a range of articles cites its bare treaty noun as ours', () => {
  it.each(ranges)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

const HEADING = 'Chapter II (United Nations Convention against Transnational Organized Crime)\n\n';

/**
 * A common-law Act cited by its sections, named between our treaty in focus and a bare article (a UNODC country
 * review: `article 5 … of the Convention, through section 3 of the … Act. … the Act does not cover … article 5,
 * paragraph 1 (b)`, probe p2en-001): an Act has sections, not articles, so the article stays the treaty's.
 */
const sectionedActs: Row[] = [
  [
    'Kenya: the Act by section, the article repeated',
    `${HEADING}Kenya has criminalized participation in line with article 5, paragraph 1 (a) (i), of the Convention, through section 3 of the Prevention of Organised Crimes Act, 2010. The reviewers noted, however, that the Act does not expressly cover the conduct described in article 5, paragraph 1 (b).`,
    [
      ['article 5, paragraph 1 (a) (i), of the Convention', 'UNTOC art. 5(1)(a)(i)'],
      ['article 5, paragraph 1 (b)', 'UNTOC art. 5(1)(b)'],
    ],
  ],
  [
    'Nigeria: sections of an Act with a bracketed word in its title',
    `${HEADING}Nigeria criminalized trafficking in line with article 5 of the Convention through sections 13 and 14 of the Trafficking in Persons (Prohibition) Enforcement and Administration Act, 2015. The Act does not, however, cover the conduct described in article 6, paragraph 1 (b).`,
    [
      ['article 5 of the Convention', 'UNTOC art. 5'],
      ['article 6, paragraph 1 (b)', 'UNTOC art. 6(1)(b)'],
    ],
  ],
  // Negatives: an Act cited by article (a civil-law statute in English), by a possessive's article, in a bracket; an
  // Act named with no section; another text named after the article.
  [
    'an Act cited by article',
    `${HEADING}Japan criminalized it in line with article 5 of the Convention, through article 3 of the Act on Punishment of Organized Crimes. The Act does not cover the conduct described in article 6.`,
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
  [
    'an Act’s article by a possessive',
    `${HEADING}Japan criminalized it in line with article 5 of the Convention, through section 3 of the Organized Crimes Act. The Act, in its article 4, defines a group; the conduct described in article 6 is not covered.`,
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
  [
    'an Act’s article in a bracket',
    `${HEADING}Kenya criminalized it in line with article 5 of the Convention, through section 3 of the Prevention of Organised Crimes Act. The Evidence Act (art. 6) does not cover it.`,
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
  [
    'an Act named without a section',
    `${HEADING}Kenya criminalized it in line with article 5 of the Convention, through the Prevention of Organised Crimes Act. The Act does not cover the conduct described in article 6.`,
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
  [
    'a Constitution named after the article',
    `${HEADING}Kenya criminalized it in line with article 5 of the Convention, through section 3 of the Prevention of Organised Crimes Act. The Act does not cover the conduct described in article 6 of the Constitution.`,
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
];

describe('an Act cited by section does not take a bare article', () => {
  it.each(sectionedActs)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** `clause` before a letter, a machine translation's `inciso b)` (probe en-060): the letter under the paragraph. */
const clauseLetters: Row[] = [
  [
    'a machine translation from Spanish',
    'In accordance with the article 6, paragraph 3, clause b) of the Protocol of Palermo, the State must inform the victims.',
    [['article 6, paragraph 3, clause b) of the Protocol of Palermo', 'TIP Protocol art. 6(3)(b)']],
  ],
  [
    'a bracketed letter',
    'Under article 6, paragraph 3, clause (b), of the Trafficking Protocol, States shall consider housing.',
    [['article 6, paragraph 3, clause (b), of the Trafficking Protocol', 'TIP Protocol art. 6(3)(b)']],
  ],
  [
    'a clause under a letter, as before',
    'Under article 6, paragraph 3, subparagraph (b), clause (ii), of the Trafficking Protocol, States shall consider it.',
    [
      [
        'article 6, paragraph 3, subparagraph (b), clause (ii), of the Trafficking Protocol',
        'TIP Protocol art. 6(3)(b)(ii)',
      ],
    ],
  ],
  [
    'a bare article after the treaty named before it',
    'The Palermo Protocol, in Article 3, clause (a), defines trafficking.',
    [['Article 3, clause (a)', 'TIP Protocol art. 3(a)']],
  ],
  // Negatives: a roman after `clause` (a clause with no letter: unread); another treaty; an Act.
  ['a roman', 'Under article 6, paragraph 3, clause (i), of the Trafficking Protocol, States shall consider it.', []],
  ['another treaty', 'Under article 6, paragraph 3, clause (b) of the European Convention, States shall act.', []],
  ['an Act', 'Under article 3, clause (a) of the Act, the offence is defined.', []],
];

describe('`clause` before a letter', () => {
  it.each(clauseLetters)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/**
 * A caption line (one to three capitalised words alone on their line: a slide's `Mandate`, a heading) above a treaty's
 * name is no part of that name (dev en-525: the slide's `Mandate` made `Trafficking Protocol` another treaty, and every
 * bare article below lost its treaty). A wrapped sentence's last word still names the treaty after it.
 */
const captionLines: Row[] = [
  [
    'a slide deck under both Protocols’ names',
    'Mandate\nTrafficking Protocol and Smuggling Protocol\nboth supplementing\nthe United Nations Convention against Transnational Organized Crime\nPromote global adherence\nUNODC\nAssist States in Implementing the Protocol\nLegislation\nDefinition\nMigrant Smuggling (1/2)\n Smuggling of migrants is defined as “the procurement, in order to\nobtain a financial or other material benefit, of the illegal\nentry of a person into a State of which the person is not a national.” (Art. 3)\n Enabling a person to remain illegally\n(Article 6)',
    [
      ['Art. 3', 'Migrants Protocol art. 3'],
      ['Article 6', 'Migrants Protocol art. 6'],
    ],
  ],
  [
    'French slides: the plural `additionnels à la Convention`',
    "Mandat\nProtocole de Palerme et Protocole relatif aux migrants\nadditionnels à la Convention des Nations Unies contre la criminalité transnationale organisée\nPromouvoir l'adhésion\nONUDC\nAider les États à mettre en œuvre le Protocole\nLégislation\nDéfinition\nTrafic de migrants (1/2)\n Le trafic illicite de migrants est défini comme « le fait d'assurer, afin d'en tirer\nun avantage financier ou un autre avantage matériel, l'entrée illégale\nd'une personne dans un État dont cette personne n'est ni un ressortissant ni un résident » (art. 3)",
    [['art. 3', 'Migrants Protocol art. 3']],
  ],
  // Negatives: a wrapped `the Optional`⏎`Protocol`; another organisation's treaty named on the line above.
  ['a wrapped `Optional`', 'The Optional\nProtocol requires States to prohibit the sale of children (article 3).', []],
  [
    'another body’s caption with lower-case words',
    'Mandate of the Council of Europe\nConvention on Action against Trafficking in Human Beings\nArticle 4 defines trafficking.',
    [],
  ],
];

describe('a caption line above a treaty’s name', () => {
  it.each(captionLines)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/**
 * Two or three of our Protocols named together with UNTOC in their title (`… additionnels à la Convention`, `… que
 * complementan la Convención`, the plural titles): UNTOC is not the focus; and a bare article whose sentence names one
 * named Protocol's subject alone is that Protocol's, not the last named one's.
 */
const namedProtocols: Row[] = [
  [
    'French plural title, the TIP subject in the sentence',
    "Le Protocole visant à prévenir, réprimer et punir la traite des personnes et le Protocole contre le trafic illicite de migrants, additionnels à la Convention des Nations Unies contre la criminalité transnationale organisée, sont entrés en vigueur. L'article 3 définit la traite des personnes.",
    [['article 3', 'TIP Protocol art. 3']],
  ],
  [
    'Spanish plural title, the Migrants subject in the sentence',
    'El Protocolo para prevenir, reprimir y sancionar la trata de personas y el Protocolo contra el tráfico ilícito de migrantes, que complementan la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, entraron en vigor. El artículo 3 define el tráfico ilícito de migrantes.',
    [['artículo 3', 'Migrants Protocol art. 3']],
  ],
  [
    'English short names, the TIP subject after the Migrants Protocol',
    'The Trafficking Protocol and the Smuggling Protocol supplement the Convention. Trafficking in persons is defined in article 3.',
    [['article 3', 'TIP Protocol art. 3']],
  ],
  // Negative: an article the subject's Protocol does not have (the last named decides, as before).
  [
    'an article beyond the TIP Protocol’s 20',
    'The Trafficking Protocol and the Smuggling Protocol supplement the Convention. Trafficking in persons is addressed in article 25.',
    [['article 25', 'Migrants Protocol art. 25']],
  ],
];

describe('Protocols named together: the sentence’s subject', () => {
  it.each(namedProtocols)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/**
 * A Protocol's acronym right after the article, no noun (`Cf. Art. 3(a) TIP`, a German-style academic citation, probe
 * p2en-106), in a text that speaks of a Protocol or abbreviates UNTOC: that Protocol's, the acronym in the span.
 */
const acronymsAfter: Row[] = [
  [
    'TIP after a bracketed letter',
    'Cf. Art. 3(a) TIP, which lists "abuse of a position of vulnerability" among the means, a term left undefined in the Protocol itself.',
    [['Art. 3(a) TIP', 'TIP Protocol art. 3(a)']],
  ],
  [
    'SoM and FP in a footnote',
    'Vgl. Art. 6 SoM und Art. 5 FP; the Protocols supplement UNTOC.',
    [
      ['Art. 6 SoM', 'Migrants Protocol art. 6'],
      ['Art. 5 FP', 'Firearms Protocol art. 5'],
    ],
  ],
  ['French', 'Le Protocole de Palerme : voir art. 3 TIP.', [['art. 3 TIP', 'TIP Protocol art. 3']]],
  [
    'the acronym before `Protocol`: the name, as before',
    'See Article 7 TIP Protocol on the status of victims.',
    [['Article 7 TIP Protocol', 'TIP Protocol art. 7']],
  ],
  // Negatives: the US TIP Report; a framework programme's number; no Protocol in the text; Somalia's code.
  ['the TIP Report', "The State Department's Art. 3 TIP Report ranks countries; the Protocol is cited elsewhere.", []],
  ['FP7', 'Article 5 FP7 funds research; the Protocol is cited elsewhere.', []],
  ['no Protocol in the text', 'Art. 3 TIP ranks the country in Tier 2.', []],
  ['Somalia', 'See Art. 12 SOM, the Somali constitution.', []],
];

describe('a Protocol’s acronym right after the article', () => {
  it.each(acronymsAfter)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/**
 * A speaker's interjection between commas, led by `and` / `et` / `y`, between the article and its treaty's connector
 * (`l’article 13, et c’est là tout l’enjeu, du protocole…`, probe p2fr-030's form): the treaty named after it is the
 * article's, spanned on the article as any aside. Only a treaty named by its own name (a bare noun stays unread).
 */
const interjections: Row[] = [
  [
    'English',
    'Article 13, and this is the whole point, of the Smuggling of Migrants Protocol obliges States to verify documents.',
    [['Article 13', 'Migrants Protocol art. 13']],
  ],
  [
    'French',
    'L’article 13, et il faut le souligner, du Protocole relatif à la traite des personnes prévoit des mesures.',
    [['article 13', 'TIP Protocol art. 13']],
  ],
  [
    'Spanish',
    'El artículo 13, y esto es lo esencial, del Protocolo contra el tráfico ilícito de migrantes obliga a los Estados.',
    [['artículo 13', 'Migrants Protocol art. 13']],
  ],
  // Negatives: a bare noun after the aside; a law; another Convention; a pinpoint inside (a digit: no aside).
  ['a bare noun', 'Article 13, and this is the point, of the Protocol obliges States.', []],
  ['a law', 'L’article 13, et c’est là tout l’enjeu, de la loi sur les migrants oblige la France.', []],
  ['another Convention', 'Article 5, and this is important, of the Council of Europe Convention applies.', []],
  ['a pinpoint inside', 'Article 5, and in particular paragraph 2, of the Trafficking Protocol applies.', []],
];

describe('an interjection between the article and its treaty', () => {
  it.each(interjections)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/**
 * A slash number in a table's cell under a `Resolution` column, its body named in full in another cell of its row
 * (`Resolución | Órgano | Año` / `64/293 | Asamblea General | 2010`, probe pr-es-029): the body's resolution when its
 * numbering fits, spanned on the number (`table-rows.ts`).
 */
const tableRowResolutions: Row[] = [
  [
    'Spanish, the body after the number',
    'Tabla 2. Instrumentos pertinentes\nResolución | Órgano | Año\n64/293 | Asamblea General | 2010\n2331 (2016) | Consejo de Seguridad | 2016',
    [
      ['64/293', 'A/RES/64/293'],
      ['2331 (2016)', 'S/RES/2331(2016)'],
    ],
  ],
  [
    'English, the body before the number',
    'Table 2. Relevant instruments\nBody | Resolution | Year\nGeneral Assembly | 64/293 | 2010\nHuman Rights Council | 26/8 | 2014',
    [
      ['64/293', 'A/RES/64/293'],
      ['26/8', 'A/HRC/RES/26/8'],
    ],
  ],
  [
    'a Markdown table with its rule line',
    '| Résolution | Organe | Année |\n|---|---|---|\n| 64/293 | Assemblée générale | 2010 |\n| 70/1 | Assemblée générale | 2015 |',
    [
      ['64/293', 'A/RES/64/293'],
      ['70/1', 'A/RES/70/1'],
    ],
  ],
  // Negatives: a ministry's resolution; a number the body's numbering refuses; a column that is not the head word's; a
  // cell holding more than the number.
  ['a ministry', 'Tabla 3\nResolución | Entidad | Año\n0456/2012 | Ministerio de Salud | 2012', []],
  ['a number the Assembly never adopted', 'Resolución | Órgano\n12/3 | Asamblea General', []],
  ['a report column', 'Tabla 4\nInforme | Órgano | Año\n64/293 | Asamblea General | 2010', []],
  ['more than the number in the cell', 'Resolución | Órgano\nVéase 64/293 | Asamblea General', []],
];

describe('a resolution in a table row under a head-word column', () => {
  it.each(tableRowResolutions)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
