import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 26 (tuner-names): treaties named in forms the name tables did not read (issue #11; the dev probe sets'
 * errors, each fixed as a class with negatives). Each row: a label, the text, then every citation the engine must find
 * in it (span and key); an empty list is a text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/**
 * A Protocol named by its subject after `on` (`loose-names.ts`): `migrant smuggling` with or without the UN's name,
 * `human trafficking` and `firearms` only after it (probe p3en-119).
 */
const described: Row[] = [
  [
    'the UN protocol on migrant smuggling',
    'Officers boarded the vessel under Article 8(7) of the UN protocol on migrant smuggling, which allows a State to board it.',
    [['Article 8(7) of the UN protocol on migrant smuggling', 'Migrants Protocol art. 8(7)']],
  ],
  [
    'the Protocol on migrant smuggling, no UN (was the TIP Protocol’s bare noun)',
    'Under article 6 of the Protocol on migrant smuggling, States shall criminalize the conduct.',
    [['article 6 of the Protocol on migrant smuggling', 'Migrants Protocol art. 6']],
  ],
  [
    'the United Nations protocol on human trafficking',
    'The court relied on article 6 of the United Nations protocol on human trafficking, which protects victims.',
    [['article 6 of the United Nations protocol on human trafficking', 'TIP Protocol art. 6']],
  ],
  [
    'the UN protocol on firearms',
    'Exports are licensed under article 10 of the UN protocol on firearms, which the EU implemented.',
    [['article 10 of the UN protocol on firearms', 'Firearms Protocol art. 10']],
  ],
  // Negatives: SADC's Protocol on Firearms; the UN and another subject; a demonstrative (the text's own Protocol).
  [
    'SADC’s Protocol on Firearms',
    'See article 5 of the Protocol on Firearms, Ammunition and Other Related Materials in the Southern African region.',
    [],
  ],
  [
    'the UN and another subject',
    'See article 5 of the UN protocol on human rights defenders, which protects them.',
    [],
  ],
];

/** A calque of `Firearms Protocol` (`Protocole d'armes à feu`, probe p3fres-fr-031), capitalised only. */
const calques: Row[] = [
  [
    'de la Protocole d’armes à feu',
    "L'article 5 de la Protocole d'armes à feu exige que chaque État Partie adopte les mesures législatives.",
    [["article 5 de la Protocole d'armes à feu", 'Firearms Protocol art. 5']],
  ],
  [
    'du Protocole d’armes à feu, typographic apostrophe',
    'L’article 10 du Protocole d’armes à feu porte sur les autorisations d’exportation.',
    [['article 10 du Protocole d’armes à feu', 'Firearms Protocol art. 10']],
  ],
  // Negative: a lower-case `protocole d'armes à feu` (a police procedure).
  ['lower case', "L'article 5 du protocole d'armes à feu de la gendarmerie prévoit un registre.", []],
];

/** UNTOC's English title without the article before the UN's name (probe p3en-019). */
const noArticle: Row[] = [
  [
    'of United Nations against the transnational organized crime',
    'According to the article 18 paragraph 13 of the Convention of United Nations against the transnational organized crime, each State Party designates a central authority.',
    [
      [
        'article 18 paragraph 13 of the Convention of United Nations against the transnational organized crime',
        'UNTOC art. 18(13)',
      ],
    ],
  ],
  [
    'of UN against Transnational Organised Crime',
    'Extradition is governed by article 16 of the Convention of UN against Transnational Organised Crime.',
    [['article 16 of the Convention of UN against Transnational Organised Crime', 'UNTOC art. 16']],
  ],
  // Negative: another Convention of United Nations.
  ['the Law of the Sea', 'See article 2 of the Convention of United Nations on the Law of the Sea.', []],
];

/** The UN's name after a short name, in the span (probe p3fres-fr-014). */
const unAfter: Row[] = [
  [
    'de l’ONU',
    "« La France n'applique pas correctement l'article 10 du protocole sur les armes à feu de l'ONU », estime un chercheur.",
    [["article 10 du protocole sur les armes à feu de l'ONU", 'Firearms Protocol art. 10']],
  ],
  [
    'des Nations unies, a past participle after it',
    "L'article 10 du Protocole relatif aux armes à feu des Nations unies adopté en 2001 impose des licences.",
    [['article 10 du Protocole relatif aux armes à feu des Nations unies', 'Firearms Protocol art. 10']],
  ],
  [
    'of the United Nations',
    'The tribunal applied article 3 of the Palermo Protocol of the United Nations, which defines trafficking.',
    [['article 3 of the Palermo Protocol of the United Nations', 'TIP Protocol art. 3']],
  ],
  // Negatives: the UN's name opening another name, or going on with a title's preposition: out of the span.
  [
    'opening UNTOC’s name',
    'See article 3 of the Palermo Protocol of the United Nations Convention against Transnational Organized Crime.',
    [['article 3 of the Palermo Protocol', 'TIP Protocol art. 3']],
  ],
  [
    'a title’s preposition after it',
    "Voir l'article 10 du Protocole relatif aux armes à feu des Nations Unies contre la fabrication illicite.",
    [['article 10 du Protocole relatif aux armes à feu', 'Firearms Protocol art. 10']],
  ],
];

/** A title dated as Swiss federal drafting dates it (probe p3fres-fr-004). */
const dated: Row[] = [
  [
    'Protocole additionnel du 15 novembre 2000 visant à…',
    "Selon l'art. 3 let. a du Protocole additionnel du 15 novembre 2000 visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants (RS 0.311.542), l'expression désigne le recrutement.",
    [
      [
        'art. 3 let. a du Protocole additionnel du 15 novembre 2000 visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants',
        'TIP Protocol art. 3(a)',
      ],
    ],
  ],
  [
    'Convention des Nations Unies du 15 novembre 2000 contre…',
    "L'art. 5 de la Convention des Nations Unies du 15 novembre 2000 contre la criminalité transnationale organisée oblige les États.",
    [
      [
        'art. 5 de la Convention des Nations Unies du 15 novembre 2000 contre la criminalité transnationale organisée',
        'UNTOC art. 5',
      ],
    ],
  ],
  [
    'Protocole additionnel du 31 mai 2001, the Firearms Protocol',
    "L'art. 6 du Protocole additionnel du 31 mai 2001 contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions exige des sanctions.",
    [
      [
        "art. 6 du Protocole additionnel du 31 mai 2001 contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions",
        'Firearms Protocol art. 6',
      ],
    ],
  ],
  // Negatives: the Firearms Protocol with the other Protocols' date; another Convention of that date; a date alone.
  [
    'the wrong date',
    "L'art. 6 du Protocole additionnel du 15 novembre 2000 contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions exige des sanctions.",
    [],
  ],
  ['another subject', "L'art. 6 de la Convention du 15 novembre 2000 sur la cybercriminalité s'applique.", []],
  ['a date alone', "L'art. 6 de la Convention du 15 novembre 2000 s'applique aux groupes.", []],
];

/** UNTOC's French acronym `CTO` at an abbreviated article, no connector (probes p2fres-fr-027, p2fres-fr-006, fr-060). */
const cto: Row[] = [
  ['after the article', 'Coopération : art. 10 ; art. 27 CTO', [['art. 27 CTO', 'UNTOC art. 27']]],
  [
    'after the article, in brackets',
    "La participation à un groupe criminel organisé (art. 5 CTO) procède d'un compromis.",
    [['art. 5 CTO', 'UNTOC art. 5']],
  ],
  [
    'before the article, a comma between',
    'Voir CTO, art. 26 ; Code pénal, art. 225-4-1.',
    [['art. 26', 'UNTOC art. 26']],
  ],
  // Negatives: a chief technology officer; the article in full; another acronym; an article UNTOC lacks; a symbol.
  ['a chief technology officer before', 'We hired a CTO, Article 5 says the board approves it.', []],
  ['the article in full after', 'Under Article 5 CTO duties include the roadmap.', []],
  ['CTOT (no documented usage)', 'La notion de groupe criminel organisé (art. 2, let. a, CTOT) ne coïncide pas.', []],
  ['beyond UNTOC’s 41 articles', 'Voir art. 44 CTO.', []],
  ['a symbol', 'Voir art. 3 CTO/COP/2005/2.', []],
];

/*
 * Forms refused in session 26 (see the README's session-26 entry), each read since by a later session's evidence: the
 * abbreviated noun `art. 3 Prot. traite` since session 39 (`batch-44-lead-session39.test.ts`), a text's own shorthand
 * `art. 3 a) PTP` / `PTM` since session 40, when four blind-labelled probes in three sets used such letters (`PTP`,
 * `PTM`, `PTIM`: `batch-45-lead-session40.test.ts`).
 */

/**
 * Kept as it was: a Protocol's subject after a comma past UNTOC's name stays in the span (the Swiss official title has
 * the comma: RS 0.311.544, `batch-15-tuner-recall.test.ts`), though probe p3fres-fr-054's label ends it at the comma.
 */
const commaSubject: Row[] = [
  [
    'French, lower case',
    "Si la requérante invoque l'article 6 du protocole additionnel à la convention des Nations unies contre la criminalité transnationale organisée, visant à prévenir, réprimer et punir la traite des personnes, ces stipulations sont dépourvues d'effet direct.",
    [
      [
        'article 6 du protocole additionnel à la convention des Nations unies contre la criminalité transnationale organisée, visant à prévenir, réprimer et punir la traite des personnes',
        'TIP Protocol art. 6',
      ],
    ],
  ],
];

describe('a Protocol named by its subject', () => {
  it.each(described)('%s', (_, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('the calque Protocole d’armes à feu', () => {
  it.each(calques)('%s', (_, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('UNTOC’s title without the article before the UN’s name', () => {
  it.each(noArticle)('%s', (_, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('the UN’s name after a short name', () => {
  it.each(unAfter)('%s', (_, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('a title dated in the Swiss style', () => {
  it.each(dated)('%s', (_, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('UNTOC’s French acronym CTO at an abbreviated article', () => {
  it.each(cto)('%s', (_, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('a Protocol’s subject after a comma past UNTOC’s name, kept in the span', () => {
  it.each(commaSubject)('%s', (_, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});
