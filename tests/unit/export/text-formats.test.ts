import { describe, expect, it } from 'vitest';
import { copyAllText, copyLine } from '../../../lib/export/copy-text';
import { csvField } from '../../../lib/export/csv';
import { escapeMarkdown } from '../../../lib/export/markdown';
import { risNote } from '../../../lib/export/ris';
import { GOLDEN_ENTRIES } from './golden-entries';

const options = { lang: 'en' as const, baseUrl: 'https://undocs.org/' };

describe('copy text', () => {
  it('writes one line per reference with its link, in list order', () => {
    expect(copyAllText(GOLDEN_ENTRIES, options).split('\n')).toEqual([
      'Working Group report, 2011 (CTOC/COP/WG.4/2011/8), para. 49(b) — https://undocs.org/CTOC/COP/WG.4/2011/8',
      'Conference of the Parties decision 4/4, 2008 (CTOC/COP/2008/19) — https://undocs.org/CTOC/COP/2008/19',
      'General Assembly resolution 64/293 (A/RES/64/293), preambular para. 11 — https://undocs.org/A/RES/64/293',
      'Trafficking in Persons Protocol, art. 6(3)(d) — https://undocs.org/A/RES/55/25',
      'Commission on Crime Prevention and Criminal Justice resolution 19/4',
    ]);
  });

  it('follows the link base and the language of pinpoints', () => {
    expect(copyLine(GOLDEN_ENTRIES[0]!, { lang: 'fr', baseUrl: 'https://docs.un.org/fr/' })).toBe(
      'Working Group report, 2011 (CTOC/COP/WG.4/2011/8), par. 49 b) — https://docs.un.org/fr/CTOC/COP/WG.4/2011/8',
    );
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['été', 'été'],
    ['<script>', '<script>'],
    ['=1+1', "'=1+1"],
    ['@cmd', "'@cmd"],
    ['-2, or not', `"'-2, or not"`],
    [null, ''],
    [2011, '2011'],
  ])('%o → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['[link](x)', '\\[link\\](x)'],
    ['# title', '\\# title'],
    ['- item', '\\- item'],
    ['12. item', '12\\. item'],
    ['&amp;', '\\&amp;'],
    ['Décision 4/4, été', 'Décision 4/4, été'],
  ])('%s → %s', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('risNote', () => {
  it('keeps the lines and makes markup inert', () => {
    expect(risNote('a <b>\nTY  - JOUR & co')).toBe('a &lt;b&gt;<br/>TY  - JOUR &amp; co');
  });
});
