import { describe, expect, it } from 'vitest';
import { collapseWhitespace, originalOffset } from '../../../lib/page/read/collapse';

describe('collapseWhitespace', () => {
  it.each([
    ['plain text', 'décision 4/4', 'décision 4/4', false],
    ['an indented line break', "l'Assemblée\n        générale", "l'Assemblée générale", true],
    ['a tab', 'résolution\t5/2', 'résolution 5/2', true],
    ['a no-break space, kept', 'décision\u00a04/4', 'décision\u00a04/4', false],
    ['leading and trailing runs', '\n  CTOC/COP/WG.4/2011/8  ', ' CTOC/COP/WG.4/2011/8 ', true],
  ])('%s', (_name, raw, text, mapped) => {
    const collapsed = collapseWhitespace(raw);
    expect(collapsed.text).toBe(text);
    expect(collapsed.offsets !== undefined).toBe(mapped);
  });

  it('maps every position back to the original, ends included', () => {
    const raw = "de l'Assemblée\n        générale.";
    const collapsed = collapseWhitespace(raw);
    const start = collapsed.text.indexOf('générale');
    expect(raw.slice(originalOffset(collapsed, start), originalOffset(collapsed, start + 8))).toBe('générale');
    expect(originalOffset(collapsed, collapsed.text.length)).toBe(raw.length);
    expect(raw.slice(0, originalOffset(collapsed, collapsed.text.indexOf(' générale')))).toBe("de l'Assemblée");
  });
});
