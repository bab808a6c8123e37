import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 22 (tuner-spaced): a symbol whose every slash is spaced, as a PDF's text layer or a web page sets it
 * (`E / 2009 / L.18`, the robustness form `res-symbol-spaced`), reads as the same symbol unspaced
 * (`lib/citations/symbol-spaced.ts`): every series, the documents listed after it, a heading's series for a bare
 * resolution's body. Rows are the dev passages' own lines as the perturbation writes them; prose with spaced slashes
 * stays no citation.
 */

type Row = readonly [string, readonly Expect[]];

/** The text, kind and key of what the engine finds (pinpoints are other tests'). */
const cards = (text: string): { text: string; kind: string; key: string }[] =>
  found(text).map((c) => ({ text: c.text, kind: c.kind, key: c.key }));
const want = (expected: readonly Expect[]): { text: string; kind: string; key: string }[] =>
  expected.map((e) => ({ text: e.text, kind: e.kind, key: e.key }));

describe('a consistently spaced symbol of every series reads as unspaced', () => {
  const rows: Row[] = [
    // A draft `L.`, a summary record `SR.`, after a year (dev en-185, es-201).
    [
      'the United Nations system (E / 2009 / L.18 and E / 2009 / SR.32).',
      [sym('E / 2009 / L.18', 'E/2009/L.18'), sym('E / 2009 / SR.32', 'E/2009/SR.32')],
    ],
    ['las Naciones Unidas para el desarrollo (E / 2008 / L.12, en su', [sym('E / 2008 / L.12', 'E/2008/L.12')]],
    // An information series `INF` and its addendum (dev en-185, en-255).
    ['United Nations E / 2009 / INF / 2 / Add.1\n\nEconomic and Social Council', [sym('E / 2009 / INF / 2 / Add.1')]],
    ['U.N. Doc. E / 2000 / INF / 2 / Add.2 at 35 (2000).', [sym('E / 2000 / INF / 2 / Add.2')]],
    // After a session: a draft, a meeting record (dev en-005, en-169).
    ['[without reference to a Main Committee (A / 64 / L.64)]', [sym('A / 64 / L.64', 'A/64/L.64')]],
    ['5 UN Doc. A / 58 / PV.50, at 19 (Oct. 31, 2003).', [sym('A / 58 / PV.50', 'A/58/PV.50')]],
    // A lettered series alone: the Council's records (dev en-324, en-400).
    ['17-40016 (E) *1740016* S / PV.8114 Maintenance of international peace', [sym('S / PV.8114', 'S/PV.8114')]],
    ['United Nations S / PV.8649* Security Council Seventy-fourth year', [sym('S / PV.8649', 'S/PV.8649')]],
    // A special session (dev en-256, fr-286).
    [
      'for the Twenty-first Century (A / S-23 / 10 / Rev.1), in particular',
      [sym('A / S-23 / 10 / Rev.1', 'A/S-23/10/REV.1')],
    ],
    // Roots of several letters: the NPT, UNHCR's Executive Committee, OHCHR's information series (dev en-025, es-086,
    // fr-210).
    [
      'Corruption\n\nNPT / CONF.2020 / PC.I / CRP.2\n\nTranslation from Norwegian',
      [sym('NPT / CONF.2020 / PC.I / CRP.2')],
    ],
    ['COMISIONADO\n\n\nEC / 47 / SC / CRP.29\n30 de mayo de 1997', [sym('EC / 47 / SC / CRP.29', 'EC/47/SC/CRP.29')]],
    [
      'February 2017 – 1,000 – HRC / NONE / 2017 / 7\n\nHAUT-COMMISSARIAT',
      [sym('HRC / NONE / 2017 / 7', 'HRC/NONE/2017/7')],
    ],
    // The Council's resolution without the Assembly's `A/`, its number set whole (dev fr-298).
    ['Un article de Wikipédia.\n\nHRC / RES / 48/13\nAutre nom', [sym('HRC / RES / 48/13', 'A/HRC/RES/48/13')]],
    // An old single number after a document word or an official record's supplement (dev en-308, en-306, fr-247).
    ['Supp. No. 20, p. 46, UN Doc. A / 1775 (1950): ‘1. The', [sym('A / 1775', 'A/1775')]],
    ['Fifty-fourth Session, Supplement No. 3 (E / 5248), chap. X.', [sym('E / 5248', 'E/5248')]],
    ['avril, mai et juin 1992, document S / 24111. 98-76154', [sym('S / 24111', 'S/24111')]],
    // A lower-cased corpus (dev es-332).
    [
      'cuestiones transfronterizas en africa occidental ( s / prst / 2004 / 7 ) .',
      [sym('s / prst / 2004 / 7', 'S/PRST/2004/7')],
    ],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(cards(text)).toEqual(want(expected));
  });
});

describe('a list after a spaced symbol', () => {
  const rows: Row[] = [
    // Its addendum (dev en-178, es-127, fr-248), another meeting (dev fr-248).
    [
      'are being issued initially in documents E / 2009 / INF / 2 and Add.1. Those',
      [sym('E / 2009 / INF / 2', 'E/2009/INF/2'), sym('Add.1', 'E/2009/INF/2/ADD.1')],
    ],
    [
      '[sin remisión previa a una Comisión Principal (A / 62 / L.34 y Add.1)]',
      [sym('A / 62 / L.34', 'A/62/L.34'), sym('Add.1', 'A/62/L.34/ADD.1')],
    ],
    [
      '- Projet de résolution A / 61 / L.6 et Add.1\n- Séances plénières A / 61 / PV.38 et 39\n',
      [
        sym('A / 61 / L.6', 'A/61/L.6'),
        sym('Add.1', 'A/61/L.6/ADD.1'),
        sym('A / 61 / PV.38', 'A/61/PV.38'),
        sym('39', 'A/61/PV.39'),
      ],
    ],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(cards(text)).toEqual(want(expected));
  });
});

describe('a spaced symbol as a resolution’s own or a heading’s series', () => {
  const rows: Row[] = [
    // The Council's symbol in brackets after its number (dev en-361): both cited.
    [
      'United Nations Security Council Resolution 1325 (S / RES / 1325), on women, peace, and security',
      [res('Security Council Resolution 1325', 'S/RES/1325'), sym('S / RES / 1325', 'S/RES/1325')],
    ],
    // A heading's Human Rights Council series: its bare numbers are the Council's (dev fr-300).
    [
      'A / HRC / RES / 36/5 2 juillet 2015, 33/7 du 29 septembre 2016 et 35/17 du 22 juin 2017, la résolution',
      [sym('A / HRC / RES / 36/5', 'A/HRC/RES/36/5'), res('33/7', 'A/HRC/RES/33/7'), res('35/17', 'A/HRC/RES/35/17')],
    ],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(cards(text)).toEqual(want(expected));
  });
});

describe('prose with spaced slashes stays no citation', () => {
  it.each([
    'States parties shall adopt legislative and / or other measures.',
    'The victim and his / her family shall be informed of the proceedings.',
    'The budget for 2018 / 19 was approved by the Committee.',
    'Vehicles travelled at 50 km / h in the zone.',
    'About 1 / 3 of respondents agreed.',
    'The report dated 12 / 2019 was circulated.',
    // A root's letter before numbers the UN's grammar does not put there: no session, no year, no document word.
    'Category A / 12 / 2019 staff were recruited.',
    'Grade A / 20 / 3 posts and S / 25 / 30 positions.',
    'The ratio E / 1000 was computed for each sample.',
    'Plan A / 1775 was adopted.',
    'Option A / B / C was retained.',
    // A root of several letters before numbers alone.
    'The ST / 2 / 3 split was used; see EC / 12 / 2 and CAT / 12 / 5 above.',
    // A lower-case word after a spaced slash, a lower-case root before a word that is no UN series.
    'E / and / or S / 3',
    'the a / b / 12 ratio',
    // A path spaced like the symbol; a Danish company's `A/S` before a date.
    'path / docs / CTOC / COP / 2010 / 17',
    'The Danske A / S 23 / 10 / 2020 meeting.',
    // An ECOWAS act, as unspaced (`parse-symbol.ts`'s plain grammar read it spaced before).
    'Supplementary Protocol A / SP.1 / 01 / 05 of 19 January 2005',
  ])('%s', (text) => {
    expect(cards(text)).toEqual([]);
  });

  it('a stray lower-case word ends the symbol before its slash', () => {
    expect(cards('See CEDAW / C / JAM / Q / 5 / and Add.1')).toEqual(
      want([sym('CEDAW / C / JAM / Q / 5', 'CEDAW/C/JAM/Q/5'), sym('Add.1', 'CEDAW/C/JAM/Q/5/ADD.1')]),
    );
  });
});
