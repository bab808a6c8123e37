import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 11 (tuner-lists): a list of resolutions read as a grammar (`list-gap.ts`), not as forms — a head word, then
 * instrument numbers with anything between them that is not a sentence-level break, until a sentence end, a
 * paragraph break, a body named after a number or a head word of another kind. Variants written from real UN
 * preambles (A/RES/61/180, S/RES/2336 (2016), S/RES/2482 (2019), E/RES/2011/42, Council resolutions on Libya and
 * Somalia, HRC 35/5); each failed before its rule.
 */
const lists: [string, Expect[]][] = [
  [
    // A plural head, what its instruments are about, then `in particular` (dev en-181, S/RES/2336 (2016)).
    'Recalling all its previous resolutions and Presidential Statements on the situation in the Syrian Arab Republic, in particular 2254 (2015) and 2268 (2016), and the Geneva Communiqué',
    [res('2254 (2015)', 'S/RES/2254(2015)'), res('2268 (2016)', 'S/RES/2268(2016)')],
  ],
  [
    // The same with `including` and a three-item list.
    'Recalling its previous resolutions and statements of its President concerning the situation in Libya, including 1970 (2011), 1973 (2011) and 2009 (2011),',
    [
      res('1970 (2011)', 'S/RES/1970(2011)'),
      res('1973 (2011)', 'S/RES/1973(2011)'),
      res('2009 (2011)', 'S/RES/2009(2011)'),
    ],
  ],
  [
    // French: `en particulier` after the subject of the head.
    'Rappelant toutes ses résolutions et déclarations présidentielles antérieures sur la situation en Somalie, en particulier 2036 (2012) et 2093 (2013),',
    [res('2036 (2012)', 'S/RES/2036(2012)'), res('2093 (2013)', 'S/RES/2093(2013)')],
  ],
  [
    // A relative clause ending with a bare comma before the next number (no `and`).
    'Reaffirming its resolutions 63/156 of 18 December 2008, in which it called upon States, 64/178 of 18 December 2009, which welcomed the adoption, and 67/145 of 20 December 2012,',
    [res('resolutions 63/156', 'A/RES/63/156'), res('64/178', 'A/RES/64/178'), res('67/145', 'A/RES/67/145')],
  ],
  [
    // A pinpoint of a listed instrument between two numbers.
    'Recalling General Assembly resolutions 55/25 of 15 November 2000, annex II, 55/255 of 31 May 2001, annex, and 58/137',
    [
      res('General Assembly resolutions 55/25', 'A/RES/55/25'),
      res('55/255', 'A/RES/55/255'),
      res('58/137', 'A/RES/58/137'),
    ],
  ],
  [
    // A bracketed aside inside a Council list.
    'Recalling its resolutions 1267 (1999), 1373 (2001), 1452 (2002) (as amended), 1526 (2004) and 1617 (2005)',
    [
      res('resolutions 1267 (1999)', 'S/RES/1267(1999)'),
      res('1373 (2001)', 'S/RES/1373(2001)'),
      res('1452 (2002)', 'S/RES/1452(2002)'),
      res('1526 (2004)', 'S/RES/1526(2004)'),
      res('1617 (2005)', 'S/RES/1617(2005)'),
    ],
  ],
  [
    // Two Assembly numbers far apart: one list is one body's (44/25 fits the Human Rights Council too).
    'Recalling its resolutions 44/25 of 20 November 1989 and 64/293 of 30 July 2010,',
    [res('resolutions 44/25', 'A/RES/44/25'), res('64/293', 'A/RES/64/293')],
  ],
  [
    // `its` inside a quoted draft is the draft's subject's, not the document's author's (dev en-182, E/RES/2011/42).
    'The Economic and Social Council, Recalling its resolution 2004/45. Recommends to the General Assembly the adoption of the following draft resolution: “The General Assembly, “Recalling its resolutions 58/17 of 3 December 2003, 61/52 of 4 December 2006 and 64/78 of 7 December 2009,',
    [
      res('resolution 2004/45', 'E/RES/2004/45'),
      res('resolutions 58/17', 'A/RES/58/17'),
      res('61/52', 'A/RES/61/52'),
      res('64/78', 'A/RES/64/78'),
    ],
  ],
  [
    // A dropped comma between two Council numbers with their years.
    'Security Council resolutions 1325 (2000), 1820 (2008) 1888 (2009), and 2467 (2019)',
    [
      res('Security Council resolutions 1325 (2000)', 'S/RES/1325(2000)'),
      res('1820 (2008)', 'S/RES/1820(2008)'),
      res('1888 (2009)', 'S/RES/1888(2009)'),
      res('2467 (2019)', 'S/RES/2467(2019)'),
    ],
  ],
  [
    // A colon or `namely` opening the list after a plural head.
    'Recalling its previous resolutions on the subject: 2254 (2015), 2268 (2016); all its resolutions, namely 1970 (2011) and 1973 (2011)',
    [
      res('2254 (2015)', 'S/RES/2254(2015)'),
      res('2268 (2016)', 'S/RES/2268(2016)'),
      res('1970 (2011)', 'S/RES/1970(2011)'),
      res('1973 (2011)', 'S/RES/1973(2011)'),
    ],
  ],
  [
    // A body right after a plural head, before its subject and `including` (HRC 35/5's preamble): the list's body.
    'Reaffirming all previous resolutions of the Human Rights Council on trafficking in persons, including 8/12 and 11/3,',
    [res('8/12', 'A/HRC/RES/8/12'), res('11/3', 'A/HRC/RES/11/3')],
  ],
  [
    // Lone footnote digits between the numbers (a UNCAC Conference report quoting a draft, dev en-205).
    'and Human Rights Council resolutions 23/9 of 13 June 2013, 1 29/11 of 2 July 2015 2 and 35/25 of 23 June 2017, 3 Recalling',
    [
      res('Human Rights Council resolutions 23/9', 'A/HRC/RES/23/9'),
      res('29/11', 'A/HRC/RES/29/11'),
      res('35/25', 'A/HRC/RES/35/25'),
    ],
  ],
];

/** Where a list must stop (each passes before and after the rules; the gap's bounds). */
const stops: [string, Expect[]][] = [
  [
    // A number after a sentence end is not the list's.
    'Recalling its resolution 64/293 of 30 July 2010. 68/192 States voted in favour.',
    [res('resolution 64/293', 'A/RES/64/293')],
  ],
  [
    // A digit that starts no date (votes) ends the gap.
    'General Assembly resolution 64/293 on the Global Plan, adopted by 120 votes to none, and 68/192',
    [res('General Assembly resolution 64/293', 'A/RES/64/293')],
  ],
  [
    // A number with no separator right before it (`that 68/192`) is not listed.
    'General Assembly resolution 64/293, which notes that 68/192 is pending',
    [res('General Assembly resolution 64/293', 'A/RES/64/293')],
  ],
  [
    // A body named right after the number belongs to it; the list does not run past it.
    'la résolution 55/25 de l’Assemblée générale et 2/3 des États parties',
    [res('résolution 55/25 de l’Assemblée générale', 'A/RES/55/25')],
  ],
  [
    // A paragraph break before a capital ends the list. Since session 15 the Council's `n (yyyy)` shape after it is
    // read on its own (`bare-council.ts`), spanned on its number as a list member would be.
    'Recalling its resolutions 2331 (2016) and 2388 (2017),\n\nWelcoming 2467 (2019) as',
    [
      res('resolutions 2331 (2016)', 'S/RES/2331(2016)'),
      res('2388 (2017)', 'S/RES/2388(2017)'),
      res('2467 (2019)', 'S/RES/2467(2019)'),
    ],
  ],
  [
    // A plain number after the head's subject and `in particular` is no instrument shape.
    'its resolutions on Somalia, in particular 12 of them, and resolution 2036 (2012)',
    [res('resolution 2036 (2012)', 'S/RES/2036(2012)')],
  ],
  [
    // A year inside the head's gap ends it (`adopted in 2015`).
    'its resolutions adopted in 2015, in particular 70/1',
    [],
  ],
  [
    // Only a Council number with its year after a space alone; a colon before a plain number opens nothing.
    'Recalling resolution 64/293 2331 (2016); the resolutions: 12 of them; General Assembly resolution 64/293, 12 States and 68/192',
    [res('resolution 64/293', 'A/RES/64/293'), res('General Assembly resolution 64/293', 'A/RES/64/293')],
  ],
];

/**
 * Numbering read by class (each failed before its rule): ECOSOC's pre-1978 sessions (special, organizational, a part
 * letter; the NOTE on numbering of E/2013/99, dev en-184, en-189), the Assembly's special sessions, a presidential
 * statement's symbol without `S/` (dev en-187, the lead's decision), a short body name earlier in the sentence.
 */
const numbering: [string, Expect[]][] = [
  [
    'Economic and Social Council resolutions 1915 (ORG-75) and 2046 (S-III)',
    [
      res('Economic and Social Council resolutions 1915 (ORG-75)', 'E/RES/1915(ORG-75)'),
      res('2046 (S-III)', 'E/RES/2046(S-III)'),
    ],
  ],
  [
    'Economic and Social Council resolution 155 C (VII)',
    [res('Economic and Social Council resolution 155 C (VII)', 'E/RES/155C(VII)')],
  ],
  // Past the Assembly's last roman session, a lettered number can only be ECOSOC's.
  ['for example: resolution 1926 B (LVIII).', [res('resolution 1926 B (LVIII)', 'E/RES/1926B(LVIII)')]],
  ['General Assembly resolution 3201 (S-VI)', [res('General Assembly resolution 3201 (S-VI)', 'A/RES/3201(S-VI)')]],
  [
    'and its relevant presidential statements, including PRST/2018/9, Reaffirming',
    [res('PRST/2018/9', 'S/PRST/2018/9')],
  ],
  [
    'as part of the new system adopted for symbols of Council documents, the resolutions have been numbered on a yearly basis (for example: resolution 1990/47).',
    [res('resolution 1990/47', 'E/RES/1990/47')],
  ],
  [
    'In the Commission documents of that year (for example, resolution 1990/47)',
    [res('resolution 1990/47', 'E/CN.4/RES/1990/47')],
  ],
];

/** What the numbering rules leave as it was. */
const numberingKept: [string, Expect[]][] = [
  // The Assembly's, not ECOSOC's (ECOSOC's third session numbered far below 217).
  [
    'Recalling resolution 217 A (III) and then resolution 1386 (XIV) of that',
    [res('resolution 217 A (III)', 'A/RES/217A(III)'), res('resolution 1386 (XIV)', 'A/RES/1386(XIV)')],
  ],
  // The symbol keeps its kind.
  ['its statement S/PRST/2018/9', [{ text: 'S/PRST/2018/9', kind: 'symbol', key: 'S/PRST/2018/9' }]],
  // Without a short name or a body, a yearly number that two bodies share is not reported.
  ['for example: resolution 1990/47', []],
];

describe('numbering by class (session 11)', () => {
  it.each(numbering)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
  it.each(numberingKept)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/**
 * The fourteenth round's dev forms, by class (each failed before its rule): a list across the Assembly's two
 * numberings with a pinpoint after each number (A/RES/52/91, dev fr-095), any adjective before a full shape and a
 * bracketed footnote marker before the body (dev fr-091), a roman session after a comma (dev es-089), a front page's
 * title lines and its own heading with loose debris before the adoption line (dev fr-093).
 */
const forms: [string, Expect[]][] = [
  [
    'Considérant que, conformément à ses résolutions 415 (V), annexe, en date du 1er décembre 1950, et 46/152, annexe, en date du 18 décembre 1991, le dixième Congrès',
    [res('résolutions 415 (V), annexe', 'A/RES/415(V)'), res('46/152, annexe', 'A/RES/46/152')],
  ],
  [
    'conformément à la résolution consensuelle 55/255 ([5]) de l’Assemblée générale des Nations unies.',
    [res('résolution consensuelle 55/255 ([5]) de l’Assemblée générale des Nations unies', 'A/RES/55/255')],
  ],
  [
    'según la resolución aprobada 1325 (2000) del Consejo de Seguridad',
    [res('resolución aprobada 1325 (2000) del Consejo de Seguridad', 'S/RES/1325(2000)')],
  ],
  [
    'cuando la Asamblea General aprobó el Convenio para la represión de la trata de personas (Resolución 317, IV).',
    [res('Resolución 317, IV', 'A/RES/317(IV)')],
  ],
  [
    "Résolution 2178 de l'ONU sur le terrorisme\n\nConseil de sécurité\nS/RES/2178 (2014)\nDistr. générale 24 septembre 2014\nRésolution 2178 (2014) e Adoptée par le Conseil de sécurité à sa 7272 séance, le 24 septembre 2014 Le Conseil de sécurité,\nRéaffirmant",
    [sym('S/RES/2178 (2014)', 'S/RES/2178(2014)')],
  ],
];

/** What those rules leave alone. */
const formsKept: [string, Expect[]][] = [
  // A preposition is no adjective; a plain number takes none.
  ['the resolution from 2004/45 and the resolution texts 12 and 13', []],
  // An English word after the head is a verb, not an adjective (a COP text, where `2/3` would be the COP's).
  [
    'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime, the resolution requires 2/3 of the votes.',
    [],
  ],
  // A roman after a comma only before a bracket or a stop.
  ['Security Council resolution 1325, In 2000', [res('Security Council resolution 1325', 'S/RES/1325')]],
  // A title line repeating a number with no front page's symbol after it is kept (a record lists it).
  [
    'Resolution 2331 (2016)\nMaintenance of international peace and security\nS/RES/2388 (2017)',
    [res('Resolution 2331 (2016)', 'S/RES/2331(2016)'), sym('S/RES/2388 (2017)', 'S/RES/2388(2017)')],
  ],
];

describe('the fourteenth round’s dev forms by class (session 11)', () => {
  it.each(forms)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
  it.each(formsKept)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('resolution lists as a grammar (session 11)', () => {
  it.each(lists)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('where a list stops (session 11)', () => {
  it.each(stops)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
