import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 23 (tuner-probe-precision): wrong cards found by a probe set of forms written blind (`/work/probe23`), fixed
 * by class with negatives. Each row: the text, then every citation the engine must find in it (span and key); an empty
 * list is a text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/**
 * Pinpoints of national drafting styles: Belgian `§ 1er`, Chilean `N° 1 letra a)`, German `Abs. 3`. Read, or no card:
 * never the bare article with a wrong key.
 */
const pinpoints: Row[] = [
  [
    'Belgian `§ 1er` between commas',
    "En vertu de l'article 11, § 1er, du Protocole relatif à la traite des personnes, les États parties renforcent les contrôles.",
    [['article 11, § 1er, du Protocole relatif à la traite des personnes', 'TIP Protocol art. 11(1)']],
  ],
  [
    '`alinéa 1er`',
    "L'article 5, alinéa 1er, du Protocole relatif à la traite des personnes impose l'incrimination.",
    [['article 5, alinéa 1er, du Protocole relatif à la traite des personnes', 'TIP Protocol art. 5(1)']],
  ],
  [
    'Chilean `N° 1 letra a)` after `en su`',
    'El Protocolo contra el Tráfico Ilícito de Migrantes, en su artículo 6 N° 1 letra a), obliga a tipificar el tráfico.',
    [['artículo 6 N° 1 letra a)', 'Migrants Protocol art. 6(1)(a)']],
  ],
  [
    'Chilean `Nº 2` before the treaty',
    'Véase el artículo 16 Nº 2 del Protocolo contra el Tráfico Ilícito de Migrantes.',
    [['artículo 16 Nº 2 del Protocolo contra el Tráfico Ilícito de Migrantes', 'Migrants Protocol art. 16(2)']],
  ],
  [
    'German `Abs.` in an English translation',
    'According to Art. 6 Abs. 3 of the Palermo Protocol, the contracting states should consider measures.',
    [['Art. 6 Abs. 3 of the Palermo Protocol', 'TIP Protocol art. 6(3)']],
  ],
  [
    '`Abs.` with `lit.`',
    'Art. 6 Abs. 3 lit. b of the Palermo Protocol lists housing among the measures.',
    [['Art. 6 Abs. 3 lit. b of the Palermo Protocol', 'TIP Protocol art. 6(3)(b)']],
  ],
  // Negatives: a pinpoint word whose number is not read leaves no card, not the bare article.
  [
    'German `Ziff.` (unread)',
    'According to Art. 6 Ziff. 3 of the Palermo Protocol, States shall consider measures.',
    [],
  ],
  ['Dutch `lid` (unread)', 'According to art. 6 lid 3 of the Palermo Protocol, States shall consider measures.', []],
  ['`, Section 3 of` (unread)', 'According to Article 6, Section 3 of the Palermo Protocol, States shall act.', []],
  [
    'French `point 3` (unread)',
    "Selon l'article 6 point 3 du Protocole de Palerme, les États envisagent des mesures.",
    [],
  ],
  ['`§ 11er` is no ordinal', "l'article 5, § 11er, du Protocole relatif à la traite des personnes", []],
  ['`N°` before a law number', 'el artículo 6 Nº 20.507 del Protocolo contra el tráfico ilícito de migrantes', []],
  ['`No.` without the degree sign is not read as a pinpoint', 'Article 6 No. 3 of the Palermo Protocol', []],
  [
    'a list with `and` is no unread pinpoint',
    'Under article 6 and 7 of the Palermo Protocol, States shall act.',
    [
      ['article 6', 'TIP Protocol art. 6'],
      ['7 of the Palermo Protocol', 'TIP Protocol art. 7'],
    ],
  ],
  [
    'Spanish: a list with `y`',
    'El artículo 5 y 6 del Protocolo de Palermo',
    [
      ['artículo 5', 'TIP Protocol art. 5'],
      ['6 del Protocolo de Palermo', 'TIP Protocol art. 6'],
    ],
  ],
];

describe('national pinpoint styles', () => {
  it.each(pinpoints)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/**
 * A court's own Convention (`othersOwnConvention`): a violation found of an article, or the court speaking (`The Court
 * reiterates`, `La Cour estime`) with no treaty of ours named in full before the bare Convention. UNTOC named in full
 * and in focus stays ours, and so does a bare Convention after one of our Protocols when the court only speaks.
 */
const courts: Row[] = [
  [
    'an ECtHR summary: a violation found, after the Palermo Protocol',
    'In Chowdury and Others v. Greece the Court referred to Article 10 § 2 of the Palermo Protocol, which requires States to provide training, and found a violation of Article 4 § 2 of the Convention.',
    [['Article 10 § 2 of the Palermo Protocol', 'TIP Protocol art. 10(2)']],
  ],
  [
    'French: the Court speaking, the Protocol named in the next sentence',
    "La Cour estime que la traite des êtres humains relève en elle-même de la portée de l'article 4 de la Convention. Elle se réfère à cet égard à la définition figurant à l'article 3 a) du Protocole de Palerme.",
    [['article 3 a) du Protocole de Palerme', 'TIP Protocol art. 3(a)']],
  ],
  [
    'English: the Court speaking before any treaty of ours',
    'The Court reiterates that trafficking falls within Article 4 of the Convention; Article 3(a) of the Palermo Protocol defines it.',
    [['Article 3(a) of the Palermo Protocol', 'TIP Protocol art. 3(a)']],
  ],
  [
    'the past tense: `the Court reiterated`',
    'the Court reiterated that Article 4 of the Convention applies; see Article 3(a) of the Palermo Protocol.',
    [['Article 3(a) of the Palermo Protocol', 'TIP Protocol art. 3(a)']],
  ],
  [
    'French: `La Cour a rappelé`',
    "La Cour a rappelé que l'article 4 de la Convention s'applique; voir l'article 3 a) du Protocole de Palerme.",
    [['article 3 a) du Protocole de Palerme', 'TIP Protocol art. 3(a)']],
  ],
  [
    'French: `conclut à la violation`',
    "La Cour conclut à la violation de l'article 4 de la Convention, à la lumière de l'article 3 a) du Protocole de Palerme.",
    [['article 3 a) du Protocole de Palerme', 'TIP Protocol art. 3(a)']],
  ],
  [
    'Spanish: the Inter-American Court `declaró la violación`',
    'La Corte declaró la violación del artículo 6 de la Convención y citó el artículo 3 a) del Protocolo de Palermo.',
    [['artículo 3 a) del Protocolo de Palermo', 'TIP Protocol art. 3(a)']],
  ],
  [
    "a rights court's case by its name, after the Palermo Protocol in focus",
    'In Chowdury and Others v. Greece, the Court applied Article 4 of the Convention in the light of Article 3(a) of the Palermo Protocol.',
    [['Article 3(a) of the Palermo Protocol', 'TIP Protocol art. 3(a)']],
  ],
  [
    'OSCOLA `v` without a stop, the Protocol named first',
    'The Court, referring to Article 3(a) of the Palermo Protocol, held in Rantsev v Cyprus and Russia that trafficking falls within Article 4 of the Convention.',
    [['Article 3(a) of the Palermo Protocol', 'TIP Protocol art. 3(a)']],
  ],
  [
    'French: `Siliadin c. France`',
    "Dans l'affaire Siliadin c. France, l'article 4 de la Convention et l'article 3 a) du Protocole de Palerme.",
    [['article 3 a) du Protocole de Palerme', 'TIP Protocol art. 3(a)']],
  ],
  // Negatives.
  [
    'the ICJ case names UNTOC in full: its bare Convention stays ours after the Protocol',
    'In Equatorial Guinea v. France, the Court examined Article 4 of the United Nations Convention against Transnational Organized Crime and Article 35 of the Convention, and the Palermo Protocol, article 5 of the Convention.',
    [
      ['Article 4 of the United Nations Convention against Transnational Organized Crime', 'UNTOC art. 4'],
      ['Article 35 of the Convention', 'UNTOC art. 35'],
      ['article 5 of the Convention', 'UNTOC art. 5'],
    ],
  ],
  [
    'a national prosecution names the State first',
    'United States v. Kil Soo Lee applied the Palermo Protocol; article 5 of the Convention requires criminalization.',
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
  [
    'UNTOC named in full and in focus stays ours (an ICJ case on it)',
    'The Court found a violation of Article 4 of the Palermo Convention and of article 5 of the Convention.',
    [
      ['Article 4 of the Palermo Convention', 'UNTOC art. 4'],
      ['article 5 of the Convention', 'UNTOC art. 5'],
    ],
  ],
  [
    'French: the ICJ speaking of UNTOC named in full',
    "La Cour estime que l'article 4 de la Convention des Nations Unies contre la criminalité transnationale organisée ne vise pas les immunités; l'article 4 de la Convention ne les incorpore pas.",
    [
      ['article 4 de la Convention des Nations Unies contre la criminalité transnationale organisée', 'UNTOC art. 4'],
      ['article 4 de la Convention', 'UNTOC art. 4'],
    ],
  ],
  [
    'the court only speaking, one of our Protocols in focus: its parent Convention',
    'The Court referred to Article 3 of the Palermo Protocol and to article 5 of the Convention, which criminalizes participation in an organized criminal group.',
    [
      ['Article 3 of the Palermo Protocol', 'TIP Protocol art. 3'],
      ['article 5 of the Convention', 'UNTOC art. 5'],
    ],
  ],
  [
    'a party asking the Court `to find a violation` is no finding',
    'Equatorial Guinea asked the Court to find a violation of Article 4 of the Convention by France, in a case on the Palermo Protocol.',
    [['Article 4 of the Convention', 'UNTOC art. 4']],
  ],
  [
    'Spanish: `La Corte considera` is not read (a court reviewing the law that approves UNTOC)',
    'La Corte considera que el artículo 5 de la Convención y el artículo 3 del Protocolo de Palermo se aplican.',
    [
      ['artículo 5 de la Convención', 'UNTOC art. 5'],
      ['artículo 3 del Protocolo de Palermo', 'TIP Protocol art. 3'],
    ],
  ],
  [
    'no court: a working group noting',
    'The Working Group noted that article 5 of the Convention and article 3 of the Trafficking in Persons Protocol apply.',
    [
      ['article 5 of the Convention', 'UNTOC art. 5'],
      ['article 3 of the Trafficking in Persons Protocol', 'TIP Protocol art. 3'],
    ],
  ],
];

describe("a court's own Convention", () => {
  it.each(courts)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** A possessive's owner named before it in its sentence decides its article, not a treaty named after the article. */
const possessives: Row[] = [
  [
    'French: the Council of Europe Convention owns `son article 4 a)`',
    "La Convention du Conseil de l'Europe reprend à son article 4 a) la définition de l'article 3 a) du Protocole de Palerme, mais s'applique aussi à la traite interne.",
    [['article 3 a) du Protocole de Palerme', 'TIP Protocol art. 3(a)']],
  ],
  [
    'Spanish: a law by its number owns `su artículo 5`',
    'La Ley 9.095 de Costa Rica remite en su artículo 5 a las definiciones del Protocolo de Palermo; el artículo 5 de esa ley no reproduce el elemento de los medios.',
    [],
  ],
  ['Spanish: a law pointed back to', 'La ley, en su artículo 5, remite al Protocolo de Palermo.', []],
  [
    'French: `Cette loi, en son article 2`',
    'Cette loi, en son article 2, reprend la définition du Protocole de Palerme.',
    [],
  ],
  [
    'English: an EU Directive owns `its Article 2`',
    "The Directive, in its Article 2, follows the Palermo Protocol's definition.",
    [],
  ],
  [
    'English: the Council of Europe Convention owns `its Article 4(a)`',
    'The Council of Europe Convention defines trafficking in its Article 4(a) in the terms of the Palermo Protocol.',
    [],
  ],
  // Negatives: ours when the owner is ours, and a possessive before its owner reads the nouns after.
  [
    'Spanish: the Protocol owns it, the Convention after it does not decide',
    'El Protocolo de Palermo define la trata en su artículo 3, que la Convención completa.',
    [['artículo 3', 'TIP Protocol art. 3']],
  ],
  [
    'Spanish: a possessive before its owner',
    'En su artículo 3, el Protocolo de Palermo define la trata.',
    [['artículo 3', 'TIP Protocol art. 3']],
  ],
  [
    'English: the Protocol named before `its article 3`',
    'The Palermo Protocol, in its article 3, sets out the definition.',
    [['article 3', 'TIP Protocol art. 3']],
  ],
  [
    'French: the Protocol named before, the Convention after',
    'Le Protocole de Palerme définit la traite à son article 3 a), en complément de la Convention.',
    [['article 3 a)', 'TIP Protocol art. 3(a)']],
  ],
  [
    'English: the Protocol, then the Convention, then `its article 5`',
    'The Trafficking Protocol must be read together with the Convention: article 1, paragraph 3, of the Protocol makes the offences established under its article 5 offences established in accordance with the Convention.',
    [
      ['article 1, paragraph 3, of the Protocol', 'TIP Protocol art. 1(3)'],
      ['article 5', 'TIP Protocol art. 5'],
    ],
  ],
];

describe("a possessive's owner", () => {
  it.each(possessives)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** A law's own article heading at a line's start, its sentence after a full stop: not our treaty's article. */
const lawHeadings: Row[] = [
  [
    'a Belgian assent law: `Art. 2. La Convention … sortira son plein et entier effet`',
    'Loi portant assentiment à la Convention des Nations Unies contre la criminalité transnationale organisée, faite à New York le 15 novembre 2000.\nArt. 2. La Convention des Nations Unies contre la criminalité transnationale organisée, faite à New York le 15 novembre 2000, sortira son plein et entier effet.',
    [],
  ],
  [
    '`Article 1er. La présente loi`, then `Art. 2. Le Protocole`',
    "Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution.\nArt. 2. Le Protocole relatif à la traite des personnes sortira son plein et entier effet.",
    [],
  ],
  [
    'a Colombian approving law: `Artículo 1°. Apruébase`',
    'Ley 800 de 2003\nArtículo 1°. Apruébase la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional.',
    [],
  ],
  [
    'the stop lost after the number',
    'Art. 2 La Convention des Nations Unies contre la criminalité transnationale organisée sortira son plein et entier effet.',
    [],
  ],
  [
    'a Brazilian decree in English: `Art. 1º The Additional Protocol … will be executed`',
    'DECRETA:\n\nArt. 1º The Additional Protocol to the United Nations Convention against Transnational Organized Crime, against the Smuggling of Migrants by Land, Sea and Air, will be executed and fulfilled.',
    [],
  ],
  // Negatives: a footnote's reference names its treaty with no determiner; an article in prose is read as before.
  [
    'a footnote: `[1] Article 3. Protocol to Prevent…`',
    '[1] Article 3. Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children.',
    [
      [
        'Article 3. Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
        'TIP Protocol art. 3',
      ],
    ],
  ],
  [
    'an article in prose, its treaty named in the same sentence',
    'Under the Palermo Protocol, article 5 requires criminalization. The Protocol also sets out protection.',
    [['article 5', 'TIP Protocol art. 5']],
  ],
];

describe("a law's own article heading", () => {
  it.each(lawHeadings)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
