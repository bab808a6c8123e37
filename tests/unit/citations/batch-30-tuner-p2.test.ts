import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 24 (tuner-p2): forms of probe set 2 (`tests/fixtures/citations/probes/dev/set2-*.json`), fixed by class with
 * negatives. Each row: the text, then every citation the engine must find in it (span and key); an empty list is a
 * text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/** Informal and translated names of ours: the subject alone, the UN's name or acronym, `of Palermo`. */
const names: Row[] = [
  [
    '`Protocol of Palermo`, translated from `Protocolo de Palermo`',
    'In accordance with numeral 3 of article 6 of the Protocol of Palermo, the State must provide housing.',
    [['numeral 3 of article 6 of the Protocol of Palermo', 'TIP Protocol art. 6(3)']],
  ],
  [
    '`Convention of Palermo`',
    'Under article 5 of the Convention of Palermo, States criminalize participation.',
    [['article 5 of the Convention of Palermo', 'UNTOC art. 5']],
  ],
  [
    '`Protocol of Palermo` with its own subject',
    'See article 6 of the Protocol of Palermo against the Smuggling of Migrants.',
    [['article 6 of the Protocol of Palermo against the Smuggling of Migrants', 'Migrants Protocol art. 6']],
  ],
  [
    '`Protocol relating to the trafficking of persons`, calqued from French',
    'In accordance to the article 9, paragraph 1, of the Protocol relating to the trafficking of persons, States act.',
    [['article 9, paragraph 1, of the Protocol relating to the trafficking of persons', 'TIP Protocol art. 9(1)']],
  ],
  [
    '`Convention of the UNO against…`, translated from Russian, `item` for `пункт`',
    'According to item 1 of article 10 of Convention of the UNO against transnational organized crime, each State acts.',
    [['item 1 of article 10 of Convention of the UNO against transnational organized crime', 'UNTOC art. 10(1)']],
  ],
  [
    '`Protocole relatif à la traite`, double spaces of a PDF',
    'En outre, l’article  10,  paragraphe  2  du  Protocole  relatif à la traite  prévoit une formation.',
    [['article  10,  paragraphe  2  du  Protocole  relatif à la traite', 'TIP Protocol art. 10(2)']],
  ],
  [
    '`Protocole des Nations Unies relatif à la traite`',
    'telle que l’entend l’alinéa a) de l’article 3 du Protocole des Nations Unies relatif à la traite.',
    [['alinéa a) de l’article 3 du Protocole des Nations Unies relatif à la traite', 'TIP Protocol art. 3(a)']],
  ],
  [
    '`Protocole ONU sur la traite`',
    'La Belgique n’a pas mis en œuvre l’art. 6.3 du Protocole ONU sur la traite.',
    [['art. 6.3 du Protocole ONU sur la traite', 'TIP Protocol art. 6(3)']],
  ],
  [
    '`Protocole traite` in brackets',
    'Elle est applicable au Protocole (art. 1 § 2 du Protocole traite).',
    [['art. 1 § 2 du Protocole traite', 'TIP Protocol art. 1(2)']],
  ],
  [
    '`Protocolo contra la Trata`',
    'Véase el art. 6.3.b) del Protocolo contra la Trata, que menciona el asesoramiento.',
    [['art. 6.3.b) del Protocolo contra la Trata', 'TIP Protocol art. 6(3)(b)']],
  ],
  [
    '`Protocolo de Trata de la ONU`',
    'Como se indica en el Artículo 3 (a) del Protocolo de Trata de la ONU, la trata significa el reclutamiento.',
    [['Artículo 3 (a) del Protocolo de Trata de la ONU', 'TIP Protocol art. 3(a)']],
  ],
  [
    '`convention UNTOC`, machine-translation spacing',
    "conformément à l' article 24 de la convention UNTOC , les États doivent protéger les témoins .",
    [['article 24 de la convention UNTOC', 'UNTOC art. 24']],
  ],
  [
    "a slide's `Protocolo Trata:`",
    'Palermo (2000)\n– Convención: arts. 5 y 6 → tipificación\n– Protocolo Trata: art. 3 → definición',
    [
      ['arts. 5', 'UNTOC art. 5'],
      ['6', 'UNTOC art. 6'],
      ['art. 3', 'TIP Protocol art. 3'],
    ],
  ],
  [
    '`trata` as the verb',
    'El artículo 9 del Protocolo trata de la prevención.',
    [['artículo 9 del Protocolo', 'TIP Protocol art. 9']],
  ],
  // Negatives: `traite` the verb; a national `protocolo de trata`; a symbol after the noun; the Palermo Protocol
  // only by `of Palermo`'s words, not another city's.
  [
    '`traite` as the verb after the noun',
    'L’article 6 du Protocole traite de la protection des victimes de la traite.',
    [['article 6 du Protocole', 'TIP Protocol art. 6']],
  ],
  ['`traite` as the verb, no article', 'Le Protocole traite, en outre, de la coopération.', []],
  [
    'a national `protocolo de trata` (a procedure)',
    'El artículo 4 del Protocolo de Trata del Ministerio de Seguridad regula la atención a víctimas.',
    [],
  ],
  [
    'a symbol after `Convention`',
    'See article 5 of the Convention UNTOC/COP/2010/17 for details.',
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
  ['a Protocol of another city', 'Article 3 of the Protocol of Kyoto sets emission targets.', []],
];

/** Pinpoints: a dotted letter's bracket, Swiss `ch.` and `let.`, `item N of article`. */
const pinpoints: Row[] = [
  [
    'a dotted letter whose bracket closes the aside',
    'Shelters must offer counselling (TIP Protocol, Article 6.3.b). Where no interpreter is available, staff call.',
    [['Article 6.3.b', 'TIP Protocol art. 6(3)(b)']],
  ],
  [
    'a dotted letter with its own bracket before the connector, inside an aside',
    '(véase el art. 6.3.b) del Protocolo de Palermo)',
    [['art. 6.3.b) del Protocolo de Palermo', 'TIP Protocol art. 6(3)(b)']],
  ],
  [
    'Swiss `ch.` and `let.`',
    'Le recourant invoque l’art. 6 ch. 1 let. a du Protocole additionnel contre le trafic illicite de migrants par terre, air et mer (RS 0.311.541).',
    [
      [
        'art. 6 ch. 1 let. a du Protocole additionnel contre le trafic illicite de migrants par terre, air et mer',
        'Migrants Protocol art. 6(1)(a)',
      ],
    ],
  ],
  [
    'Swiss `ch.` after a comma',
    "Voir l'art. 34, ch. 2 de la Convention de Palerme.",
    [['art. 34, ch. 2 de la Convention de Palerme', 'UNTOC art. 34(2)']],
  ],
  [
    '`item N of article` to the Protocol',
    'Under item 2 of article 5 of the Protocol against the Smuggling of Migrants, States act.',
    [['item 2 of article 5 of the Protocol against the Smuggling of Migrants', 'Migrants Protocol art. 5(2)']],
  ],
  // Negatives: an agenda's item; `item` of another treaty's article; `ch.` without a number.
  [
    "an agenda's item before a resolution",
    'Under agenda item 4 of the provisional agenda, see General Assembly resolution 60/1.',
    [['General Assembly resolution 60/1', 'A/RES/60/1']],
  ],
  ["`item` of a Statute's article", 'See item 2 of article 5 of the Statute of the Court.', []],
];

/** Another treaty's numbered Protocol (`Protocol V`, `Protocol No. 12`): never one of ours. */
const numbered: Row[] = [
  [
    'CCW Protocol V',
    'Article 3(2) of Protocol V to the Convention on Certain Conventional Weapons places the responsibility on the party.',
    [],
  ],
  ['ECHR Protocol No. 12', 'Article 1 of Protocol No. 12 to the Convention prohibits discrimination.', []],
  ['Additional Protocol I', 'See article 51 of the Protocol I to the Geneva Conventions.', []],
  ['French `Protocole n° 7`', "Voir l'article 4 du Protocole n° 7 à la Convention européenne.", []],
  // Positives kept: the pronoun `I`; a heading's numeral run in after the noun.
  [
    'the pronoun `I` after the noun',
    'Having read article 3 of the Protocol I would say the definition is broad.',
    [['article 3 of the Protocol', 'TIP Protocol art. 3']],
  ],
  [
    "a heading's numeral run in",
    'The Trafficking Protocol matters. Under article 5 of the Protocol IV. Conclusions follow.',
    [['article 5 of the Protocol', 'TIP Protocol art. 5']],
  ],
];

describe('informal and translated names of ours', () => {
  it.each(names)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('pinpoint forms', () => {
  it.each(pinpoints)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe("another treaty's numbered Protocol", () => {
  it.each(numbered)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** `this Protocol` in a text that names no Protocol: the one its subject words name. */
const subjects: Row[] = [
  [
    "the Migrants Protocol's article 4, by `the object of such offences`",
    'This Protocol shall apply to the offences established in accordance with article 6 of this Protocol, as well as to the protection of the rights of persons who have been the object of such offences.',
    [['article 6 of this Protocol', 'Migrants Protocol art. 6']],
  ],
  [
    "the Migrants Protocol's article 5 in Spanish",
    'Los migrantes no estarán sujetos a enjuiciamiento penal por el hecho de haber sido objeto de alguna de las conductas enunciadas en el artículo 6 del presente Protocolo.',
    [['artículo 6 del presente Protocolo', 'Migrants Protocol art. 6']],
  ],
  [
    'the Firearms Protocol by `arme à feu` in the singular',
    'La falsification de la marque que doit porter une arme à feu en vertu de l’article 8 du présent Protocole.',
    [['article 8 du présent Protocole', 'Firearms Protocol art. 8']],
  ],
  // Negatives: no subject keeps the TIP Protocol; two subjects keep it too.
  [
    'no subject words',
    'The offences established in accordance with article 5 of this Protocol shall be punished.',
    [['article 5 of this Protocol', 'TIP Protocol art. 5']],
  ],
  [
    'victims of trafficking in persons and `the object of such offences`',
    'Victims of trafficking in persons who have been the object of such offences are protected under article 6 of this Protocol.',
    [['article 6 of this Protocol', 'TIP Protocol art. 6']],
  ],
];

/** Another Convention's own `the Convention`: a rights court assessing a violation, a treaty body, ACTIP or UNCAC. */
const otherConventions: Row[] = [
  [
    "the ECtHR's assessment of a violation",
    'The Palermo Protocol defines trafficking in Article 3(a). In assessing whether there has been a violation of Article 4 of the Convention, the Court must have regard to it.',
    [['Article 3(a)', 'TIP Protocol art. 3(a)']],
  ],
  [
    'the CEDAW Committee by its full name',
    'The Committee on the Elimination of Discrimination against Women recommends that the State party align its definition with article 3 of the Trafficking in Persons Protocol while fulfilling its obligations under article 6 of the Convention.',
    [['article 3 of the Trafficking in Persons Protocol', 'TIP Protocol art. 3']],
  ],
  [
    'ACTIP named by its acronym, nothing of ours',
    'ACTIP, Article 14(7) requires each Party to consider not holding victims liable; Article 2 of the Convention sets out its objectives.',
    [],
  ],
  ['UNCAC named by its acronym', 'Under UNCAC, article 5 of the Convention requires preventive policies.', []],
  // Negatives: UNTOC named keeps the Convention ours; a parliament's committee is no treaty body; a violation alleged.
  [
    'UNCAC beside UNTOC named in full',
    'Unlike UNCAC, the United Nations Convention against Transnational Organized Crime requires in article 5 of the Convention the criminalization of participation.',
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
  [
    "a parliament's committee",
    'The Committee on Foreign Affairs recommends ratification; article 5 of the Convention requires criminalization of participation in an organized criminal group.',
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
];

/** A law owns the article its possessive or relative pronoun points to. */
const lawOwners: Row[] = [
  [
    "an organic law's `en son article 2`",
    'La loi organique n° 2016-61 du 3 août 2016 relative à la prévention de la traite des personnes reprend, en son article 2, la définition de l’article 3 du Protocole de Palerme.',
    [['article 3 du Protocole de Palerme', 'TIP Protocol art. 3']],
  ],
  [
    "a law's `dont l'article 3`",
    'Le Niger a adopté la loi n° 2015-36 du 26 mai 2015 relative au trafic illicite de migrants, dont l’article 3 reprend la définition figurant à l’article 3, alinéa a), du Protocole contre le trafic illicite de migrants par terre, air et mer.',
    [
      [
        'article 3, alinéa a), du Protocole contre le trafic illicite de migrants par terre, air et mer',
        'Migrants Protocol art. 3(a)',
      ],
    ],
  ],
  [
    '`The law, whose article 3`',
    'The law, whose article 3 copies article 3 of the Palermo Protocol, was adopted.',
    [['article 3 of the Palermo Protocol', 'TIP Protocol art. 3']],
  ],
  // Negatives: a treaty of ours owns its relative's article.
  [
    '`le Protocole de Palerme, dont l’article 3`',
    'Le Protocole de Palerme, dont l’article 3 définit la traite, est ratifié.',
    [['article 3', 'TIP Protocol art. 3']],
  ],
  [
    '`cuyo artículo 3` of ours',
    'El Protocolo contra la trata de personas, cuyo artículo 3 define la trata, fue ratificado.',
    [['artículo 3', 'TIP Protocol art. 3']],
  ],
];

describe("`this Protocol` by the text's subject", () => {
  it.each(subjects)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe("another Convention's own `the Convention`", () => {
  it.each(otherConventions)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a law owns its possessive article', () => {
  it.each(lawOwners)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** More forms: `article first`, `Protocolo de Contrabando de Migrantes`, another pinpoint grammar, UNTOC's possessive. */
const moreForms: Row[] = [
  [
    '`article first of the Protocol`, translated from French',
    'Under the article first of the Protocol against the smuggling of migrants, this Protocol completes the Convention.',
    [['article first of the Protocol against the smuggling of migrants', 'Migrants Protocol art. 1']],
  ],
  [
    '`Protocolo de Contrabando de Migrantes`, a calque of smuggling',
    'El Protocolo de Contrabando de Migrantes, en su artículo 6 (1) (a), requiere que los Estados criminalicen el contrabando.',
    [['artículo 6 (1) (a)', 'Migrants Protocol art. 6(1)(a)']],
  ],
  [
    "the Refugee Convention's `article 1er, A, 2` beside ours",
    'Elle a été victime de traite au sens de l’article 3 du protocole de Palerme et appartient à un groupe social au sens de l’article 1er, A, 2 de la convention de Genève.',
    [['article 3 du protocole de Palerme', 'TIP Protocol art. 3']],
  ],
  [
    "UNTOC's possessive, another Convention named before it",
    "Article 42 of the Convention (Jurisdiction) closely mirrors UNTOC's article 15, although the Convention against Corruption adds a ground.",
    [['article 15', 'UNTOC art. 15']],
  ],
  [
    "UNTOC's possessive, a bill named after it",
    "UNTOC's art. 2(b) definition of 'serious crime' was imported wholesale into the 2015 Bill.",
    [['art. 2(b)', 'UNTOC art. 2(b)']],
  ],
  // Negatives: `article first` as prose; UNTOC's possessive out of its range; another owner's possessive.
  [
    '`article first` as prose',
    'The article first appeared in 2000 in the Protocol against the Smuggling of Migrants.',
    [],
  ],
  ["UNTOC's article beyond its 41", "UNTOC's article 45 is broad.", []],
  [
    "another owner's possessive beside UNTOC's",
    "The ICC's article 5 differs from UNTOC's article 5.",
    [['article 5', 'UNTOC art. 5']],
  ],
];

describe('more forms', () => {
  it.each(moreForms)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** Concordance tables: an empty cell's dash ends its row; a header that captions the treaty's name. */
const tables: Row[] = [
  [
    "rows ending with an empty cell's dash",
    'Provision | UNTOC | Migrants Protocol\nJurisdiction | Art. 15 | —\nMutual legal assistance | Art. 18 | —\nProtection of migrants | — | Art. 16',
    [
      ['Art. 15', 'UNTOC art. 15'],
      ['Art. 18', 'UNTOC art. 18'],
      ['Art. 16', 'Migrants Protocol art. 16'],
    ],
  ],
  [
    "a header captioning the Protocol's name",
    'Disposition du Protocole relatif aux armes à feu | Loi ivoirienne sur les armes\nArt. 5, par. 1 a) | art. 12\nArt. 7 | art. 31 (registres)',
    [
      ['Art. 5, par. 1 a)', 'Firearms Protocol art. 5(1)(a)'],
      ['Art. 7', 'Firearms Protocol art. 7'],
    ],
  ],
  // Negatives: a dash in prose still joins its line; a header captioning another Convention.
  [
    'a dash ending a prose line',
    'The offence of participation —\nArticle 5 of the Convention requires it.',
    [['Article 5 of the Convention', 'UNTOC art. 5']],
  ],
  ['a header captioning another Convention', 'Disposition de la Convention européenne | Loi\nArt. 6 | art. 12', []],
];

/** `migrant smuggling` names our subject: a page on it with no treaty named cites the Migrants Protocol bare. */
const subjectWords: Row[] = [
  [
    'a FAQ page titled `Migrant smuggling`',
    'Migrant smuggling – frequently asked questions\n\nAre smuggled migrants criminals?\nNo. Under article 5, migrants shall not become liable to criminal prosecution for the fact of having been the object of smuggling.',
    [['article 5', 'Migrants Protocol art. 5']],
  ],
  // Negatives: a national act named in the sentence; another treaty named.
  [
    'a national act beside `migrant smuggling`',
    'Migrant smuggling is an offence under the Migration Act; article 5 of the Act sets the penalty.',
    [],
  ],
  [
    'another treaty named beside `migrant smuggling`',
    'Migrant smuggling and refugees: article 31 of the 1951 Convention protects refugees who enter irregularly.',
    [],
  ],
];

/** A quoted lower-case term after `on` / `sur` is what the article is about, not a title. */
const quotedTopics: Row[] = [
  [
    'an English quoted term',
    "The definition of 'organized criminal group' in article 2 (a), read together with article 2 (c) of the Convention on 'structured group', excludes random groups. (UNTOC Legislative Guide, para. 28)",
    [
      ['article 2 (a)', 'UNTOC art. 2(a)'],
      ['article 2 (c) of the Convention', 'UNTOC art. 2(c)'],
    ],
  ],
  [
    'a French quoted term in guillemets',
    "Voir l'article 2 de la Convention sur « groupe structuré » et le Guide.",
    [['article 2 de la Convention', 'UNTOC art. 2']],
  ],
  // Negatives: a quoted title in capitals; another treaty's subject quoted.
  ['a quoted title', "Article 5 of the Convention on 'Cybercrime' requires it.", []],
  ["another treaty's subject quoted", "See article 4 of the Convention on 'biological diversity'.", []],
];

/** A `see` pointer after a colon or semicolon right after our treaty's named article points into that treaty. */
const pointers: Row[] = [
  [
    "a judgment's `: see also Art 3(a)`, a code named before",
    'The offence under s 73.1 of the Criminal Code is the implementation of Art 6 of the Smuggling Protocol: see also Art 3(a), which defines smuggling of migrants.',
    [
      ['Art 6 of the Smuggling Protocol', 'Migrants Protocol art. 6'],
      ['Art 3(a)', 'Migrants Protocol art. 3(a)'],
    ],
  ],
  [
    'French `; voir aussi l’article 3`',
    "Le Code pénal met en œuvre l'article 6 du Protocole relatif aux migrants ; voir aussi l'article 3, qui définit le trafic.",
    [
      ['article 6 du Protocole relatif aux migrants', 'Migrants Protocol art. 6'],
      ['article 3', 'Migrants Protocol art. 3'],
    ],
  ],
  // Negatives: no `see` word; the pointer names another text.
  [
    'a colon without a `see` word, a code named',
    'The Criminal Code implements Art 6 of the Smuggling Protocol: the Court held that Art 3 applies.',
    [['Art 6 of the Smuggling Protocol', 'Migrants Protocol art. 6']],
  ],
  [
    'the pointer names another text',
    'The Criminal Code implements Art 6 of the Smuggling Protocol: see also Art 12 of the Criminal Code.',
    [['Art 6 of the Smuggling Protocol', 'Migrants Protocol art. 6']],
  ],
];

describe('see pointers', () => {
  it.each(pointers)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('quoted topics', () => {
  it.each(quotedTopics)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('our subject words', () => {
  it.each(subjectWords)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('concordance tables', () => {
  it.each(tables)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
