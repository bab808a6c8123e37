import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 23 (tuner-r29-res): the twenty-ninth round's resolution and symbol failures, as classes.
 * - A report's symbol followed by its year in brackets (`S/2004/616 (2004)`, dev fr-352): only a resolution takes a
 *   bracketed year in its key (`S/RES/1325 (2000)`); any other `S/` symbol ends before it, as `A/HRC/12/18 (2009)`.
 * - A masthead's table cell after a symbol (`A/HRC/27/53\n/ General Assembly / Distr.: General`, dev en-510): a word in
 *   title case after a spaced slash, or a capitals word followed by another word after a line break, is no component.
 * - A plain Council number before another document's symbol in brackets (`Security Council resolution 1820
 *   (S/2009/362)`, dev en-512, a report's title): the number ends there, the symbol is its own citation.
 * - A body of the table named right before the head word: the parse from the name owns the citation; when it refuses
 *   (a plain number of another body, a `Commission` not ours) the head word's parse no longer reads it as bare.
 * - A list whose last plain number carries its year as a word (`resoluciones 1814, 1816 y 1838 de 2008`, dev es-340):
 *   the year dates every member that fits it.
 * - A bare `Commission` in a text about a commission outside the table (dev en-511, the Commission on Narcotic Drugs):
 *   no card (`other-commissions.ts`).
 */
const SYMBOL_YEAR: [string, Expect[]][] = [
  [
    // Adapted from dev fr-352 (a reference list's entry).
    'Rapport du Secrétaire général, « Rétablissement de l’état de droit », S/2004/616 (2004)',
    [sym('S/2004/616')],
  ],
  ['See the report of the Secretary-General (S/2009/362 (2009)).', [sym('S/2009/362')]],
  ['Informe del Secretario General S/PRST/2008/1 (2008)', [sym('S/PRST/2008/1')]],
  // Guards: a resolution's symbol keeps its year, spaced, glued, in lower case or after a stray slash.
  ['adopted S/RES/1325 (2000) on women', [sym('S/RES/1325 (2000)', 'S/RES/1325(2000)')]],
  ['adopted S / RES / 1325 (2000) on women', [sym('S / RES / 1325 (2000)', 'S/RES/1325(2000)')]],
  ['adopted s/res/1820(2008) on women', [sym('s/res/1820(2008)', 'S/RES/1820(2008)')]],
  ['document à paraître S/RES/2598/(2021))', [sym('S/RES/2598/(2021)', 'S/RES/2598(2021)')]],
  // As before for other roots: the year is a date, out of span and key.
  ['Étude analytique, A/HRC/12/18 (2009)', [sym('A/HRC/12/18')]],
];

const MASTHEAD: [string, Expect[]][] = [
  [
    // Adapted from dev en-510 (a Word-to-HTML copy of a report's masthead, the table's cells split by ` / `).
    'United Nations / A/HRC/27/53\n/ General Assembly / Distr.: General\n22 July 2014',
    [sym('A/HRC/27/53')],
  ],
  ['United Nations / A/HRC/27/53 / Distr.: General', [sym('A/HRC/27/53')]],
  ['United Nations / A/HRC/27/53\n/General Assembly', [sym('A/HRC/27/53')]],
  ['UNITED NATIONS / E/CN.15/2019/3\n/ ECONOMIC AND SOCIAL COUNCIL', [sym('E/CN.15/2019/3')]],
  ['Naciones Unidas / A/HRC/27/53\n/ Asamblea General / Distr. general', [sym('A/HRC/27/53')]],
  // Every slash spaced (the robustness form `res-symbol-spaced`): the cell before it is no spaced path.
  ['United Nations / A / HRC / 27 / 53\n/ General Assembly', [sym('A / HRC / 27 / 53', 'A/HRC/27/53')]],
  // Guards: a path spaced like a symbol stays unread; components after a spaced or broken slash are read as before.
  ['path / docs / CTOC / COP / 2010 / 17', []],
  ['see A/HRC/15/34/ Add.1 and A/HRC/15/34/ Add. 2', [sym('A/HRC/15/34/ Add.1'), sym('A/HRC/15/34/ Add. 2')]],
  ['see A/HRC/15/34\n/Add.1 now', [sym('A/HRC/15/34\n/Add.1')]],
  ['see E/CN.4/\nSub.2/2004/5 now', [sym('E/CN.4/\nSub.2/2004/5')]],
  ['see E/CN.15/2008/ CRP.2 and S/ PV.7847', [sym('E/CN.15/2008/ CRP.2'), sym('S/ PV.7847')]],
  ['see CEDAW / C / JAM / Q / 5 now', [sym('CEDAW / C / JAM / Q / 5')]],
  ['see TD/OLIVE OIL.10/L.1/Add.1 now', [sym('TD/OLIVE OIL.10/L.1/Add.1', 'TD/OLIVEOIL.10/L.1/ADD.1')]],
  ['see S/ Res/1325 now', [sym('S/ Res/1325')]],
];

describe('a bracketed year after a symbol other than a resolution (session 23, tuner-r29-res)', () => {
  it.each(SYMBOL_YEAR)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('a masthead cell after a symbol (session 23, tuner-r29-res)', () => {
  it.each(MASTHEAD)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

const BRACKET_SYMBOL: [string, Expect[]][] = [
  [
    // Adapted from dev en-512 (a ReliefWeb page title).
    'Report of the Secretary-General pursuant to Security Council resolution 1820 (S/2009/362)',
    [res('Security Council resolution 1820', 'S/RES/1820'), sym('S/2009/362')],
  ],
  [
    'Rapport du Secrétaire général présenté en application de la résolution 1820 du Conseil de sécurité (S/2009/362)',
    [res('résolution 1820 du Conseil de sécurité', 'S/RES/1820'), sym('S/2009/362')],
  ],
  [
    'Informe del Secretario General en cumplimiento de la resolución 1820 del Consejo de Seguridad (S / 2009 / 362)',
    [res('resolución 1820 del Consejo de Seguridad', 'S/RES/1820'), sym('S / 2009 / 362', 'S/2009/362')],
  ],
  [
    'Security Council resolution 2331 (A/HRC/37/L.5)',
    [res('Security Council resolution 2331', 'S/RES/2331'), sym('A/HRC/37/L.5')],
  ],
  // Guards: the Council's own symbol as before; a bracket that holds no symbol still ends no plain number.
  [
    'Security Council Resolution 1325 (S/RES/1325), on women',
    [res('Security Council Resolution 1325', 'S/RES/1325'), sym('S/RES/1325')],
  ],
  ['Security Council resolution 1888 (see below) was adopted.', []],
  ['Security Council resolution 1888 (a/b testing) was adopted.', []],
];

const BODY_BEFORE: [string, Expect[]][] = [
  // A plain number is only the Council's: after another body of the table, no card, even in a text naming the Council.
  ['The Security Council met. ECOSOC resolution 1503 was recalled.', []],
  [
    'The Security Council met. Commission on Human Rights resolution 1503 (E/CN.4/RES/1503) was recalled.',
    [sym('E/CN.4/RES/1503')],
  ],
  ['El Consejo de Seguridad se reunió. Asamblea General resolución 1514 fue citada.', []],
  // Guards: the Council named before its plain number; a capitalised word that names no body.
  [
    'The Security Council met. Security Council resolution 1820 and UNSC resolution 1888 were recalled.',
    [res('Security Council resolution 1820', 'S/RES/1820'), res('UNSC resolution 1888', 'S/RES/1888')],
  ],
  ['The Security Council met. The Omega resolution 1820 was recalled.', [res('resolution 1820', 'S/RES/1820')]],
  ['The Security Council met. The Saga resolution 1888 was recalled.', [res('resolution 1888', 'S/RES/1888')]],
  [
    'Recalling General Assembly resolution 50/148 of 21 December 1995,',
    [res('General Assembly resolution 50/148', 'A/RES/50/148')],
  ],
];

const LIST_YEAR: [string, Expect[]][] = [
  [
    // Adapted from dev es-340.
    'El Consejo de Seguridad aprobó varias. La UE se acogió a las resoluciones 1814, 1816 y 1838 de 2008 para justificar la operación.',
    [
      res('resoluciones 1814', 'S/RES/1814(2008)'),
      res('1816', 'S/RES/1816(2008)'),
      res('1838 de 2008', 'S/RES/1838(2008)'),
    ],
  ],
  [
    'The Security Council adopted several. The EU relied on resolutions 1814, 1816 and 1838 of 2008 to justify it.',
    [
      res('resolutions 1814', 'S/RES/1814(2008)'),
      res('1816', 'S/RES/1816(2008)'),
      res('1838 of 2008', 'S/RES/1838(2008)'),
    ],
  ],
  [
    'Le Conseil de sécurité en adopta plusieurs. L’UE invoqua les résolutions 1814, 1816 et 1838 de 2008.',
    [
      res('résolutions 1814', 'S/RES/1814(2008)'),
      res('1816', 'S/RES/1816(2008)'),
      res('1838 de 2008', 'S/RES/1838(2008)'),
    ],
  ],
  // Negatives: a member that does not fit the year keeps no year; a bracketed year is its own number's.
  [
    'The Security Council met. It recalled resolutions 1325 and 1820 of 2008.',
    [res('resolutions 1325', 'S/RES/1325'), res('1820 of 2008', 'S/RES/1820(2008)')],
  ],
  [
    'The Security Council met. It recalled resolutions 1814, 1816 and 1838 (2008).',
    [res('resolutions 1814', 'S/RES/1814'), res('1816', 'S/RES/1816'), res('1838 (2008)', 'S/RES/1838(2008)')],
  ],
];

const COMMISSION: [string, Expect[]][] = [
  [
    // Adapted from dev en-511 (a report of the Commission on Narcotic Drugs, an ECOSOC draft).
    'At its thirty-ninth session, the Commission on Narcotic Drugs recommended the following draft. The Economic and Social Council, Recalling Commission on Narcotic Drugs resolution 13 (XXXVIII), Recalling its resolution 1995/40, as requested in paragraph 7 of Commission resolution 13 (XXXVIII),',
    [res('resolution 1995/40', 'E/RES/1995/40')],
  ],
  [
    'La Commission de la condition de la femme, Rappelant la résolution 40/3 de la Commission, et la résolution de la Commission 41/2,',
    [],
  ],
  ['La Comisión de Estupefacientes, Recordando la resolución 56/3 de la Comisión,', []],
  ['The Inter-American Commission on Human Rights adopted Commission resolution 1/20 in 2020.', []],
  // Guards: a text naming ours, in full or inside nothing else; the Sub-Commission is not another commission.
  [
    'The Commission on Human Rights met. Recalling Commission resolution 2005/59,',
    [res('Commission resolution 2005/59', 'E/CN.4/RES/2005/59')],
  ],
  [
    'The Sub-Commission on the Promotion and Protection of Human Rights reported. The Commission on Human Rights met. Recalling Commission resolution 2005/59,',
    [res('Commission resolution 2005/59', 'E/CN.4/RES/2005/59')],
  ],
  [
    'The Commission on Narcotic Drugs met in March. The Commission on Crime Prevention and Criminal Justice then recalled Commission resolution 22/7.',
    [res('Commission resolution 22/7', 'CCPCJ resolution 22/7')],
  ],
];

describe("a plain Council number before another document's symbol in brackets (session 23, tuner-r29-res)", () => {
  it.each(BRACKET_SYMBOL)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('a body named right before the head word owns the citation (session 23, tuner-r29-res)', () => {
  it.each(BODY_BEFORE)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a list's closing year as a word dates every member (session 23, tuner-r29-res)", () => {
  it.each(LIST_YEAR)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('a bare Commission in a text about a commission outside the table (session 23, tuner-r29-res)', () => {
  it.each(COMMISSION)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
