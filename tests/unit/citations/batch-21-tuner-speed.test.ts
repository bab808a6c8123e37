import { describe, expect, it } from 'vitest';
import { byFirstLetter, topAlternatives } from '../../../lib/citations/first-letter';
import { OTHER_SUBJECT } from '../../../lib/citations/treaty-subjects';
import { engineTexts } from './engine-texts';

/**
 * Session 17 (tuner-speed): speed-only rewrites, same output. `byFirstLetter` (first-letter.ts) groups a whole-text
 * yes/no regex's alternatives by their first letter; it must answer as the regex does on every text.
 */
describe('byFirstLetter', () => {
  const rewrites: [RegExp, string][] = [
    [/climat|corruption|torture/i, 'c(?:limat|orruption)|t(?:orture)'],
    // Letters that may be absent, and what does not start with a letter, stay whole, after the groups.
    [/\bCEDAW\b|a?bc|climat|\/CMP/i, 'c(?:limat)|\\bCEDAW\\b|a?bc|\\/CMP'],
    // Case-sensitive: only lower-case letters are grouped (`Code` and `code` are different words).
    [/Code|code|cour/, 'c(?:ode|our)|Code'],
    // Escapes and classes are read whole (`[|]` is no alternative).
    [/a[|]b|a\|c|d/, 'a(?:[|]b|\\|c)|d(?:)'],
  ];
  it.each(rewrites)('%s → %s', (re, source) => {
    expect(byFirstLetter(re).source).toBe(source);
    expect(byFirstLetter(re).flags).toBe(re.flags);
  });

  // Capture groups or backreferences would be renumbered; a global or sticky regex's `lastIndex` would differ.
  const kept: RegExp[] = [/(a)b|c/i, /a(?<x>b)|c/, new RegExp('(?:a)\\1|c'), /ab|ac/g, /ab|ac/y];
  it.each(kept)('%s is returned as it is', (re) => expect(byFirstLetter(re)).toBe(re));

  it('splits only top-level alternatives', () => {
    expect(topAlternatives('a(?:b|c)|[(|]d|\\(e|f')).toEqual(['a(?:b|c)', '[(|]d', '\\(e', 'f']);
  });

  it('answers as OTHER_SUBJECT on every labelled text and every source of the compendium and the samples', () => {
    const texts = engineTexts({ testSplit: false, lines: true });
    const fast = byFirstLetter(OTHER_SUBJECT);
    let matched = 0;
    for (const text of texts) {
      expect(fast.test(text), text.slice(0, 80)).toBe(OTHER_SUBJECT.test(text));
      if (OTHER_SUBJECT.test(text)) matched++;
    }
    expect(matched).toBeGreaterThan(100);
  });
});
