import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { lineJoin, normalizePdfText, pageText, type PdfTextItem } from '../../../lib/pdf/pdf-text';

/** Items as pdf.js gives a page: one per line, `hasEOL` at each line end but the last. */
const lines = (...texts: string[]): PdfTextItem[] => texts.map((str, i) => ({ str, hasEOL: i < texts.length - 1 }));

describe('normalizePdfText', () => {
  it.each([
    ['plain text is left alone', 'décision 4/4', 'décision 4/4', false],
    ['a ligature becomes its letters', 'tra\uFB01c illicite', 'trafic illicite', true],
    ['ffl and ff', 'e\uFB04uent o\uFB00ers', 'effluent offers', true],
    ['a decomposed accent is composed', 'de\u0301cision 4/4', 'décision 4/4', true],
    ['a division slash reads as a slash', 'CTOC\u2215COP\u2215WG.4\u22152011\u22158', 'CTOC/COP/WG.4/2011/8', true],
    ['fraction slash and fullwidth solidus', 'A\u2044RES\uFF0F64/293', 'A/RES/64/293', true],
    ['an accent on its own (no base) is kept', '\u0301x', '\u0301x', true],
  ])('%s', (_name, raw, text, mapped) => {
    const out = normalizePdfText(raw);
    expect(out.text).toBe(text);
    expect(out.offsets !== undefined).toBe(mapped);
  });

  it('maps each character back to where it came from, the end included', () => {
    const raw = 'le tra\uFB01c de\u0301cide';
    const out = normalizePdfText(raw);
    const offsets = out.offsets!;
    expect(offsets).toHaveLength(out.text.length + 1);
    expect(offsets[out.text.length]).toBe(raw.length);
    // "trafic": both letters of the ligature map to the ligature.
    const t = out.text.indexOf('trafic');
    expect(raw.slice(offsets[t], offsets[t + 6])).toBe('tra\uFB01c');
    expect(offsets[t + 3]).toBe(offsets[t + 4]);
    // "décide": the composed é maps to the e of "e + ◌́", the next letter after the accent.
    const d = out.text.indexOf('décide');
    expect(raw.slice(offsets[d], offsets[d + 6])).toBe('de\u0301cide');
    expect(raw[offsets[d + 2]!]).toBe('c');
  });

  it('keeps offsets increasing, so any span of the text maps to a span of the original', () => {
    const out = normalizePdfText('\uFB03 e\u0301\u0300 \u2215 \uFB01n');
    const offsets = out.offsets!;
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1]!);
  });
});

describe('lineJoin', () => {
  it.each([
    ['symbol continues after a slash', 'CTOC/COP/WG.4/', '2011/8', '', false],
    ['symbol continues before a slash', 'CTOC/COP/WG.4/2011', '/8', '', false],
    ['a hyphenated word', 'la réso-', 'lution 5/2', '', true],
    ['a hyphen before a capital is real', 'anti-', 'Trafficking', '', false],
    ['a hyphen before a digit is real', 'V.11-', '80123', '', false],
    ['a hyphen after a digit is real', '2011-', 'to', '', false],
    ['a line end is a space', "de l'Assemblée", 'générale', ' ', false],
    ['space already there', 'décision ', '4/4', '', false],
    ['space at the start of the next line', 'décision', ' 4/4', '', false],
    ['nothing before', '', 'x', '', false],
  ])('%s', (_name, before, after, join, dropHyphen) => {
    expect(lineJoin(before, after)).toEqual({ join, dropHyphen });
  });
});

describe('pageText', () => {
  it('joins lines as the text layer reader does, and skips marked-content items', () => {
    const items: PdfTextItem[] = [
      { str: 'voir CTOC/COP/WG.4/', hasEOL: true },
      {},
      { str: '2011/8 et la réso-', hasEOL: true },
      { str: '', hasEOL: true },
      { str: 'lution de l’Assemblée', hasEOL: true },
      { str: 'générale' },
    ];
    expect(pageText(items)).toBe('voir CTOC/COP/WG.4/2011/8 et la résolution de l’Assemblée générale');
  });

  // The strings that the engine missed on PDF-shaped text (pdf-notes V16), now found.
  it.each([
    [
      'a symbol broken after a slash',
      lines('voir le document CTOC/COP/WG.4/', '2011/8 sur ce point'),
      'CTOC/COP/WG.4/2011/8',
    ],
    [
      'a symbol broken before its last number',
      lines('voir CTOC/COP/WG.4/2011/', '8 sur ce point'),
      'CTOC/COP/WG.4/2011/8',
    ],
    ['a hyphenated citation', lines('conformément à sa réso-', 'lution 5/2, la Conférence'), 'résolution 5/2'],
    [
      'a ligature in a treaty name',
      lines("l'article 6 du Protocole contre le tra\uFB01c illicite de migrants"),
      'trafic illicite',
    ],
    ['a decomposed accent', lines('la de\u0301cision 4/4 de la Conférence'), 'décision 4/4'],
    ['look-alike slashes', lines('voir CTOC\u2215COP\u2215WG.4\u22152011\u22158.'), 'CTOC/COP/WG.4/2011/8'],
  ])('%s', (_name, items, expected) => {
    const text = pageText(items);
    const found = findCitations(text).map((c) => c.text);
    expect(found.some((t) => t.includes(expected))).toBe(true);
  });
});
