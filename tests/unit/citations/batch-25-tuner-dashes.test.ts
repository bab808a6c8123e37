import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { gluedDashes } from '../../../lib/citations/reading-text';
import { found, res, sym, tre, type Expect } from './factories';

/**
 * Session 21 (tuner-dashes): a typesetter, a word processor or a secondary source sets every hyphen as an en dash
 * (U+2013). The engine reads a glued en dash after a letter as a hyphen (`gluedDashes`, `reading-text.ts`), a treaty
 * body's combined reports with an en dash as one symbol keyed with the hyphen (`COMBINED_REPORTS`, `symbol-grammar.ts`),
 * and a French article's hyphenated paragraph or letter with an en dash (`article-head.ts`). An en dash between two
 * numbers elsewhere stays a range.
 */

/** The text as a typesetter sets it: every hyphen an en dash. */
const enDash = (text: string): string => text.replace(/-/g, '\u2013');

/** The citations' spans and keys. */
const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

describe('gluedDashes: a glued en dash after a letter reads as a hyphen, one character for one', () => {
  it.each([
    // A special session, a session in brackets, a CBD working group, a word's hyphen.
    ['A/S–23/10/Rev.1', 'A/S-23/10/Rev.1'],
    ['resolution 2046 (S–III)', 'resolution 2046 (S-III)'],
    ['resolution 1915 (ORG–75)', 'resolution 1915 (ORG-75)'],
    ['UNEP/CBD/BS/WG–L&R/4/1/Add.1', 'UNEP/CBD/BS/WG-L&R/4/1/Add.1'],
    ['UNEP/CBD/BS/COP–MOP/3/15', 'UNEP/CBD/BS/COP-MOP/3/15'],
    ['sub–article 2', 'sub-article 2'],
    ['décision–cadre', 'décision-cadre'],
    // Stays: between numbers (a range), after a number, spaced, a roman numeral's range, before a symbol's root.
    ['articles 5–7', 'articles 5–7'],
    ['CRC/C/KEN/CO/3–5', 'CRC/C/KEN/CO/3–5'],
    ['article 3–a', 'article 3–a'],
    ['Criminalization – Article 5', 'Criminalization – Article 5'],
    ['word –', 'word –'],
    ['(Vols. I–III)', '(Vols. I–III)'],
    ['sessions XX–XXV', 'sessions XX–XXV'],
    ['pp. xii–xv', 'pp. xii–xv'],
    ['Report–A/64/293', 'Report–A/64/293'],
    ['UNODC–CTOC/COP/2020/3', 'UNODC–CTOC/COP/2020/3'],
    ['UNEP–UNEP(DTIE)/Hg/INC.1/4', 'UNEP–UNEP(DTIE)/Hg/INC.1/4'],
    // An em dash or a minus sign: not a hyphen's typesetting.
    ['sub—article', 'sub—article'],
  ])('%s → %s', (text, want) => {
    expect(gluedDashes(text)).toBe(want);
    expect(gluedDashes(text).length).toBe(text.length);
  });

  it('returns the text itself when it holds no en dash', () => {
    const text = 'A/S-23/10/Rev.1 and sub-article 2';
    expect(gluedDashes(text)).toBe(text);
  });
});

/**
 * Citations written with hyphens, as the UN writes them: the en dash form reads the same keys over the same spans (each
 * hyphen an en dash); the hyphen form is checked too. Each failed on real dev passages set with en dashes (en-098,
 * en-150, en-184, en-256, en-363, es-111, es-250, fr-098, fr-106, fr-201, fr-225, fr-245, fr-247, fr-286, fr-342).
 */
const POSITIVE: [string, Expect[]][] = [
  // A treaty body's combined periodic reports, concluding observations and lists of issues.
  [
    'Concluding observations, CRC/C/KEN/CO/3-5, para. 12.',
    [sym('CRC/C/KEN/CO/3-5, para. 12', 'CRC/C/KEN/CO/3-5', { paragraph: 12 })],
  ],
  ['Replies to the list of issues (CRC/C/LUX/Q/3-4/Add.1).', [sym('CRC/C/LUX/Q/3-4/Add.1')]],
  ['Observations finales (CERD/C/AND/CO/1-6)', [sym('CERD/C/AND/CO/1-6')]],
  ['the combined reports (CERD/C/AND/1-6) of Andorra', [sym('CERD/C/AND/1-6')]],
  ['Observaciones finales (CRC/C/OPSC/USA/CO/3-4)', [sym('CRC/C/OPSC/USA/CO/3-4')]],
  ['informe (CRC/C/OPSC/USA/3-4)', [sym('CRC/C/OPSC/USA/3-4')]],
  ['See CRC/C/OPAC/CO/3-4; CRC/C/TKM/CO/2-4', [sym('CRC/C/OPAC/CO/3-4'), sym('CRC/C/TKM/CO/2-4')]],
  ['E/C.12/KEN/CO/2-5 and CEDAW/C/KEN/CO/7-8', [sym('E/C.12/KEN/CO/2-5'), sym('CEDAW/C/KEN/CO/7-8')]],
  ['CAT/C/KEN/CO/2-3, CCPR/C/KEN/CO/3-4', [sym('CAT/C/KEN/CO/2-3'), sym('CCPR/C/KEN/CO/3-4')]],
  // A special session's component, a session in brackets.
  ['Report of the Ad Hoc Committee (A/S-23/10/Rev.1)', [sym('A/S-23/10/Rev.1')]],
  ['General Assembly resolution A/RES/ES-10/19', [sym('A/RES/ES-10/19')]],
  [
    'Economic and Social Council resolution 2046 (S-III)',
    [res('Economic and Social Council resolution 2046 (S-III)', 'E/RES/2046(S-III)')],
  ],
  [
    'Economic and Social Council resolution 1915 (ORG-75)',
    [res('Economic and Social Council resolution 1915 (ORG-75)', 'E/RES/1915(ORG-75)')],
  ],
  // The CBD's joined letters.
  ['Voir UNEP/CBD/BS/WG-L&R/4/1/Add.1.', [sym('UNEP/CBD/BS/WG-L&R/4/1/Add.1')]],
  ['UNEP/CBD/BS/COP-MOP/3/15', [sym('UNEP/CBD/BS/COP-MOP/3/15')]],
  // A joint symbol of a letter to both organs: two symbols.
  ['1 A/47/277-S/24111; voir Documents officiels', [sym('A/47/277'), sym('S/24111')]],
  // A pinpoint word with a hyphen; a French article's paragraph or letter after a hyphen.
  [
    'sub-article 2 of article (8) of the Migrants Protocol',
    [
      tre('sub-article 2 of article (8) of the Migrants Protocol', 'Migrants Protocol art. 8(2)', {
        article: 8,
        paragraph: 2,
      }),
    ],
  ],
  [
    "l'article 9-2, b, du Protocole de Palerme",
    [
      tre('article 9-2, b, du Protocole de Palerme', 'TIP Protocol art. 9(2)(b)', {
        article: 9,
        paragraph: 2,
        subparagraph: 'b',
      }),
    ],
  ],
  [
    "l'article 3-a du Protocole de Palerme",
    [tre('article 3-a du Protocole de Palerme', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
];

describe('citations set with en dashes read as with hyphens (session 21)', () => {
  it.each(POSITIVE)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
    const dashed = found(enDash(text));
    expect(dashed).toEqual(want.map((w) => ({ ...w, text: enDash(w.text) })));
  });
});

/**
 * What an en dash between numbers is: a range, as today (hyphen and en dash read alike there), and a dash between a
 * word and a symbol; never a combined report outside a committee's report series. Each row: the text with an en
 * dash, the spans and keys.
 */
const NEGATIVE: [string, [string, string][]][] = [
  // A range of documents, not a combined report: another series, a general comment, summary records, a year's.
  [
    'A/64/290–292',
    [
      ['A/64/290', 'A/64/290'],
      ['292', 'A/64/292'],
    ],
  ],
  ['see A/64/29–30 and annex', [['A/64/29', 'A/64/29']]],
  [
    'CRC/C/GC/13–14',
    [
      ['CRC/C/GC/13', 'CRC/C/GC/13'],
      ['14', 'CRC/C/GC/14'],
    ],
  ],
  [
    'CCPR/C/SR.3–4',
    [
      ['CCPR/C/SR.3', 'CCPR/C/SR.3'],
      ['4', 'CCPR/C/SR.4'],
    ],
  ],
  [
    'CEDAW/C/2005/1–2',
    [
      ['CEDAW/C/2005/1', 'CEDAW/C/2005/1'],
      ['2', 'CEDAW/C/2005/2'],
    ],
  ],
  ['S/2004/1–2 and', [['S/2004/1', 'S/2004/1']]],
  // Ranges of articles and paragraphs: what they read with a hyphen.
  ['articles 5–7 of the Trafficking in Persons Protocol', []],
  ['article 5–7 du Protocole de Palerme', []],
  ['paragraphs 3–5 of resolution 64/293', [['paragraphs 3–5 of resolution 64/293', 'A/RES/64/293']]],
  ['pages 1–8 of A/64/293', [['A/64/293', 'A/64/293']]],
  // A roman range in a volume qualifier, keyed as written.
  ['NPT/CONF.2010/50 (Vols. I–III)', [['NPT/CONF.2010/50 (Vols. I–III)', 'NPT/CONF.2010/50(VOLS.I–III)']]],
  // A dash between a word and a symbol: the symbol, not glued to the word.
  ['Report–A/64/293', [['A/64/293', 'A/64/293']]],
  ['UNODC–A/RES/64/293', [['A/RES/64/293', 'A/RES/64/293']]],
  // Another text's article after a hyphenated instrument (`décision-cadre`, dev fr-123): no treaty's article 1.
  [
    'La Convention des Nations Unies contre la criminalité transnationale organisée définit le groupe criminel ' +
      'organisé ; la proposition de décision–cadre de la Commission européenne du 19 janvier 2005 définit quant à ' +
      'elle en son article premier « l’organisation criminelle ».',
    [],
  ],
];

describe('an en dash between numbers stays a range; no combined report outside its series (session 21)', () => {
  it.each(NEGATIVE)('%s', (text, want) => {
    expect(spansAndKeys(text)).toEqual(want);
  });
});
