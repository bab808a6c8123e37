import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 22 (tuner-symbol-breaks): a symbol's written forms of `scripts/symbol-forms.ts` the engine missed on dev. A
 * line break before a symbol's last number with running text after it (`A/HRC/5/L.\n4 Report of the…`, dev en-237,
 * es-139, es-149) or after a treaty body's country code (`(CRC/C/Q/COS.\n2)`, dev es-104): `symbol-breaks.ts`; and a
 * Council resolution's plain number before its own symbol in brackets after a link or a document label
 * (`Resolution 1325 (https://docs.un.org/en/S/RES/1325)`, dev en-361): `SYMBOL_LEAD`. Texts as the perturbations write
 * the dev passages; each row compares every citation's text, kind and key.
 */

type Row = readonly [string, readonly Expect[]];

/** The perturbed dev texts: each failed before its rule. */
const read: Row[] = [
  [
    // dev en-237: a draft resolution's symbol on a list, its title on the same line after the broken number.
    '(a) On the following draft resolutions tabled at its fifth session:\n\nA/HRC/5/L.\n4 Report of the United Nations ' +
      'High Commissioner for Human Rights on the follow-up to the report of the Commission of Inquiry on Lebanon\n\n' +
      'A/HRC/5/L.\n5 Human rights situation in the Occupied Palestinian Territory',
    [sym('A/HRC/5/L.\n4', 'A/HRC/5/L.4'), sym('A/HRC/5/L.\n5', 'A/HRC/5/L.5')],
  ],
  [
    // dev en-237: two digits after the break, then the next item.
    'A/HRC/2/L.\n30 World Programme for Human Rights Education\n\nA/HRC/4/L.\n3 Israeli violations of religious and ' +
      'cultural rights in Occupied East Jerusalem',
    [sym('A/HRC/2/L.\n30', 'A/HRC/2/L.30'), sym('A/HRC/4/L.\n3', 'A/HRC/4/L.3')],
  ],
  [
    // dev es-139: a footnote's sentence goes on in lower case after the number.
    '* El documento A/HRC/9/L.\n10 contendrá los capítulos del informe relativos a la organización del período de ' +
      'sesiones',
    [sym('A/HRC/9/L.\n10', 'A/HRC/9/L.10')],
  ],
  [
    // dev es-139: a running header's page word after the number.
    'GE.08-16344 (S) 241008 281008 A/HRC/9/L.\n11 página 2 ÍNDICE (continuación)',
    [sym('A/HRC/9/L.\n11', 'A/HRC/9/L.11')],
  ],
  [
    // dev es-149: the page word on the line after the number (a soft wrap joins it to the number's line).
    'utilización de niños en la pornografía;\nA/HRC/7/L.\n11\npágina 2',
    [sym('A/HRC/7/L.\n11', 'A/HRC/7/L.11')],
  ],
  [
    // dev es-104: a dotted country code, then the break, in brackets.
    'El Comité toma nota de las respuestas presentadas por escrito a su lista de cuestiones (CRC/C/Q/COS.\n2), ' +
      'aunque lamenta el retraso de su presentación.',
    [sym('CRC/C/Q/COS.\n2', 'CRC/C/Q/COS.2')],
  ],
  [
    // dev en-361 (sym-link): the resolution and its own symbol after a link.
    'United Nations Security Council Resolution 1325 (https://docs.un.org/en/S/RES/1325), on women, peace, and ' +
      'security, was adopted unanimously',
    [res('Security Council Resolution 1325', 'S/RES/1325'), sym('S/RES/1325')],
  ],
  [
    // dev en-361 (sym-doc-label): after a document label.
    'United Nations Security Council Resolution 1325 (document S/RES/1325), on women, peace, and security, was ' +
      'adopted unanimously',
    [res('Security Council Resolution 1325', 'S/RES/1325'), sym('S/RES/1325')],
  ],
];

/** A complete symbol at a line's end keeps its own number; a lost number is not taken from a date or a paragraph. */
const kept: Row[] = [
  // A complete symbol, then a number on the next line: the list's title, a page, another code's number.
  ['A/HRC/5/L.4\n4 Report of the United Nations High Commissioner', [sym('A/HRC/5/L.4')]],
  ['A/HRC/7/L.11\npágina 2', [sym('A/HRC/7/L.11')]],
  ['El documento A/HRC/9/L.10\n10 contendrá los capítulos', [sym('A/HRC/9/L.10')]],
  ['su lista de cuestiones (CRC/C/Q/COS.2\n3), aunque lamenta', [sym('CRC/C/Q/COS.2')]],
  // A series whose number was lost, then a date's day on the next line: no symbol (English, Spanish, French, abridged).
  ['CTOC/COP/WG.4/2010/CRP.\n\n22 September 2010\n\nEnglish only', []],
  ['A/HRC/9/L.\n\n9 de octubre de 2008', []],
  ['A/HRC/32/L.\n\n1er janvier 2010', []],
  ['CTOC/COP/WG.4/2010/CRP.\n\n22 Sept. 2010', []],
  // A country code at a sentence's end, then a numbered paragraph: no symbol.
  ['the reply (see CAT/C/GBR.\n\n2. The Committee welcomes', []],
  // A country code's number on the next line without the bracket that closes it: not read.
  ['CRC/C/Q/COS.\n2 Report of the Committee', []],
  // A plain number before a link to another site: no document lead.
  ['Security Council resolution 1325 (https://example.org/S/RES/1325), on women', []],
];

describe('a symbol broken before its last number (session 22, tuner-symbol-breaks)', () => {
  it.each(read)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('what a line break after a symbol does not join (session 22, tuner-symbol-breaks)', () => {
  it.each(kept)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
