import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 23 (tuner-r29-res): the twenty-ninth round's resolution and symbol failures, as classes.
 * - A report's symbol followed by its year in brackets (`S/2004/616 (2004)`, dev fr-352): only a resolution takes a
 *   bracketed year in its key (`S/RES/1325 (2000)`); any other `S/` symbol ends before it, as `A/HRC/12/18 (2009)`.
 * - A masthead's table cell after a symbol (`A/HRC/27/53\n/ General Assembly / Distr.: General`, dev en-510): a word in
 *   title case after a spaced slash, or a capitals word followed by another word after a line break, is no component.
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

// Keep `res` in use for the later sections.
void res;
