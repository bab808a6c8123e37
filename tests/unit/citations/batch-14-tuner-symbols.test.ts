import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 11 (tuner-symbols): UN document symbols read by class. A report's pinpoint chain after a symbol, a pre-1976
 * resolution's session in brackets, slashes OCR read as strokes, a component of two words, and documents listed on a
 * shared series. Each case failed before its rule; its dev passage or the real document its form comes from is named
 * in its comment.
 */
const cited: [string, Expect[]][] = [
  [
    // A report's chapter, then the draft it carried, after a comma (dev en-185, ECOSOC's 2009 resolutions' contents).
    '(E/2009/31, chap. I.A, draft resolution I, and E/2009/SR.36)',
    [sym('E/2009/31, chap. I.A, draft resolution I', 'E/2009/31'), sym('E/2009/SR.36')],
  ],
  [
    // A congress report's chapter and its adopted resolution (the Salvador Declaration's usual citation), in Spanish too.
    'A/CONF.213/18, chap. I, resolution 1; A/CONF.213/18, cap. I, resolución 1',
    [
      sym('A/CONF.213/18, chap. I, resolution 1', 'A/CONF.213/18'),
      sym('A/CONF.213/18, cap. I, resolución 1', 'A/CONF.213/18'),
    ],
  ],
  [
    // French: chapter, section and draft; and a chain ending in a paragraph, which the pinpoint keeps.
    'E/2009/31, chap. I, sect. A, projet de résolution II; A/66/10, chap. IV, para. 75',
    [
      sym('E/2009/31, chap. I, sect. A, projet de résolution II', 'E/2009/31'),
      sym('A/66/10, chap. IV, para. 75', 'A/66/10', { paragraph: 75 }),
    ],
  ],
  [
    // A pre-1976 resolution's session in brackets after its number (dev fr-090's infobox composite, keyed as written).
    'Code | A/RES/27/3010 (XXVII) (Document) |',
    [sym('A/RES/27/3010 (XXVII)', 'A/RES/27/3010(XXVII)')],
  ],
  [
    // With the resolution's part letter (the Universal Declaration), and ECOSOC's.
    'see A/RES/217 A (III) and E/RES/1733 (LIV).',
    [sym('A/RES/217 A (III)', 'A/RES/217A(III)'), sym('E/RES/1733 (LIV)', 'E/RES/1733(LIV)')],
  ],
  [
    // Slashes OCR read as strokes `l`, `I` (dev en-188, the President of the Assembly's scanned letter).
    "In accordance with pa'ragraph 21 of AlRESI71/280, it is our honour",
    [sym('AlRESI71/280', 'A/RES/71/280')],
  ],
  [
    // The same strokes after the first slash, a Council series, and `|`.
    'A/RESI71/280; AIHRCIRESI29/1; S|RES|2331 (2016)',
    [
      sym('A/RESI71/280', 'A/RES/71/280'),
      sym('AIHRCIRESI29/1', 'A/HRC/RES/29/1'),
      sym('S|RES|2331 (2016)', 'S/RES/2331(2016)'),
    ],
  ],
  [
    // A component of two words (UNCTAD's commodity conferences, dev es-028).
    'Distr. LIMITADA TD/OLIVE OIL.10/L.1/Add.1 25 de abril de 2005',
    [sym('TD/OLIVE OIL.10/L.1/Add.1', 'TD/OLIVEOIL.10/L.1/ADD.1')],
  ],
  [
    // A range of addenda with a hyphen (a Third Committee report: "issued in seven parts, under the symbol A/62/439
    // and Add.1-6"): its end, as `Add.1 a 4`.
    'The report is issued under the symbol A/62/439 and Add.1-6.',
    [sym('A/62/439'), sym('Add.1', 'A/62/439/ADD.1'), sym('6', 'A/62/439/ADD.6')],
  ],
  [
    // Documents listed on a shared series after a plain number (Commission reports, Council documents).
    '(E/CN.15/2008/6 and 7); A/HRC/29/38, 39 and 40.',
    [
      sym('E/CN.15/2008/6'),
      sym('7', 'E/CN.15/2008/7'),
      sym('A/HRC/29/38'),
      sym('39', 'A/HRC/29/39'),
      sym('40', 'A/HRC/29/40'),
    ],
  ],
  [
    // The Environment Assembly's resolutions, an amendment, and ECE's and the Joint Inspection Unit's series.
    'UNEP/EA.4/Res.1; ST/SGB/2019/8/Amend.1; ECE/TRANS/WP.29/2019/2; JIU/REP/2014/3',
    [sym('UNEP/EA.4/Res.1'), sym('ST/SGB/2019/8/Amend.1'), sym('ECE/TRANS/WP.29/2019/2'), sym('JIU/REP/2014/3')],
  ],
  [
    // Special and emergency special sessions; a supplement as the UN's library writes it.
    'A/RES/S-27/2; A/ES-10/L.22; A/RES/ES-10/19; A/74/10 (SUPP)',
    [sym('A/RES/S-27/2'), sym('A/ES-10/L.22'), sym('A/RES/ES-10/19'), sym('A/74/10 (SUPP)', 'A/74/10(SUPP)')],
  ],
  [
    // A budget section in brackets, like a volume (the programme budget's fascicles).
    'A/64/6 (Sect. 16); A/70/6 (Sect. 29A), para. 3',
    [
      sym('A/64/6 (Sect. 16)', 'A/64/6(SECT.16)'),
      sym('A/70/6 (Sect. 29A), para. 3', 'A/70/6(SECT.29A)', { paragraph: 3 }),
    ],
  ],
  [
    // A revision written without its number is keyed as written (the fixture README's convention).
    'the Commission adopted E/CN.15/2013/L.20/Rev on 26 April 2013.',
    [sym('E/CN.15/2013/L.20/Rev')],
  ],
  [
    // A stray slash after the last component, then the addendum listed (dev en-194, a UN parallel-corpus line).
    'Fifth periodic report of Jamaica (CEDAW/C/JAM/5; CEDAW/C/JAM/Q/5/ and Add.1)',
    [sym('CEDAW/C/JAM/5'), sym('CEDAW/C/JAM/Q/5'), sym('Add.1', 'CEDAW/C/JAM/Q/5/ADD.1')],
  ],
  [
    // Prose after a spaced stray slash is no component (was keyed `A/HRC/29/38/AND`); a stray slash at the end.
    'see A/HRC/29/38/ and the report A/64/440/.',
    [sym('A/HRC/29/38'), sym('A/64/440')],
  ],
  [
    // Digits OCR read as their lookalike letters next to a digit (`l`, `I` for 1, `O` for 0), with strokes too.
    'E/CN.4/l998/53; A/RES/7O/1; A/HRC/RES/l7/1; AlRESI71/28O',
    [
      sym('E/CN.4/l998/53', 'E/CN.4/1998/53'),
      sym('A/RES/7O/1', 'A/RES/70/1'),
      sym('A/HRC/RES/l7/1', 'A/HRC/RES/17/1'),
      sym('AlRESI71/28O', 'A/RES/71/280'),
    ],
  ],
  [
    // Drafts and papers listed on a shared series (Third Committee drafts, COP conference room papers).
    'draft resolutions A/C.3/62/L.11 and L.12; CTOC/COP/2020/CRP.4, CRP.5 and CRP.6',
    [
      sym('A/C.3/62/L.11'),
      sym('L.12', 'A/C.3/62/L.12'),
      sym('CTOC/COP/2020/CRP.4'),
      sym('CRP.5', 'CTOC/COP/2020/CRP.5'),
      sym('CRP.6', 'CTOC/COP/2020/CRP.6'),
    ],
  ],
  [
    // The fourteenth round's first run (dev fr-108, es-104, es-105, es-099): a connector glued to the last number, a
    // treaty body's lettered last component, a space after a record's full stop, a part in French or Spanish.
    '(CEDAW/PSWG/2002/I/CRP.1/Add.4et CEDAW/PSWG/2002/I/CRP.2/Add.2); (CRC/C/Q/COS.2); (véase CRC/C/SR. 605 y 606)',
    [
      sym('CEDAW/PSWG/2002/I/CRP.1/Add.4'),
      sym('CEDAW/PSWG/2002/I/CRP.2/Add.2'),
      sym('CRC/C/Q/COS.2'),
      sym('CRC/C/SR. 605', 'CRC/C/SR.605'),
      sym('606', 'CRC/C/SR.606'),
    ],
  ],
  [
    'Véase A/CONF.157/24 (Parte I), cap. III. Véase',
    [sym('A/CONF.157/24 (Parte I), cap. III', 'A/CONF.157/24(PARTEI)')],
  ],
];

describe('symbols by class (session 11)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** What those readings leave alone: debris, press releases, prose after a symbol, numbers that are no document. */
const notCited: [string, Expect[]][] = [
  // OHCHR's press releases share the publications' `HR/` root (`HR/PUB/10/2` is a document).
  ['HR/CN/1061; HR/CT/581; HR/PUB/10/2', [sym('HR/PUB/10/2')]],
  // A list marker in lower case is no session; a page or a year after a comma is no listed document.
  [
    'A/RES/55/25 (iii) the Protocol; (A/64/440, 12); (A/HRC/29/38, 2015)',
    [sym('A/RES/55/25'), sym('A/64/440'), sym('A/HRC/29/38')],
  ],
  // A resolution with its year after a comma is another citation, not a level of the report.
  ['S/2017/939, resolution 238 (1968)', [sym('S/2017/939'), res('resolution 238 (1968)', 'S/RES/238(1968)')]],
  // Lower-case words in a component; capitals with no stroke and digit; file names, job and sales numbers.
  ['TD/see fig.10/2; Alresford 12; BUENOS AIRES 2019; xAlRESI71/280', []],
  ['A_RES_31_59-EN - PDF; V.19-04212 (E); Sales No. E/F.06.XIV.8; SC/13081; AG/RES. 2019 (XXXIV-O/04)', []],
  // A symbol that reads as written keeps its letters (`PC.I`, `C.I`); a word glued on is no digit.
  ['NPT/CONF.2020/PC.I/CRP.2; TD/B/C.I/37; A/64/440Of the', [sym('NPT/CONF.2020/PC.I/CRP.2'), sym('TD/B/C.I/37')]],
  // A draft's list that goes down, or changes series, is not read as one series.
  ['A/C.3/62/L.11 and L.3; E/CN.15/2019/L.3/Rev.1 and L.4', [sym('A/C.3/62/L.11'), sym('E/CN.15/2019/L.3/Rev.1')]],
  // A word glued on that is no connector; a path repeating its root.
  ['A/RES/55/25yes; CTOC/COP/WG.4/CTOC/COP/WG.4', []],
  // A hyphen number that is no special session; a draft's blank series.
  ['A/HRC-12/3; A/HRC/32/L. Draft resolution', []],
  // A chapter word with no marker, or prose after the comma.
  ['E/2009/31, chapter Iran; A/64/440, part of which', [sym('E/2009/31'), sym('A/64/440')]],
];

describe('what the session 11 symbol readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
