import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { byFirstLetter, topAlternatives } from '../../../lib/citations/first-letter';
import { OTHER_SUBJECT } from '../../../lib/citations/treaty-subjects';
import { loadCases, SPLITS } from '../../../scripts/eval-citations';

/**
 * Session 17 (tuner-speed): speed-only rewrites, same output. `byFirstLetter` (first-letter.ts) groups a whole-text
 * yes/no regex's alternatives by their first letter; it must answer as the regex does on every text.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

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
    const texts = SPLITS.filter((s) => s.name !== 'real test').flatMap((s) => loadCases(s.dir).map((c) => c.text));
    for (const dir of ['corpus/sources', 'demo/sources'])
      for (const f of readdirSync(`${ROOT}${dir}`).filter((f) => f.endsWith('.txt')))
        texts.push(...readFileSync(`${ROOT}${dir}/${f}`, 'utf8').split('\n'));
    const fast = byFirstLetter(OTHER_SUBJECT);
    let matched = 0;
    for (const text of texts) {
      expect(fast.test(text), text.slice(0, 80)).toBe(OTHER_SUBJECT.test(text));
      if (OTHER_SUBJECT.test(text)) matched++;
    }
    expect(matched).toBeGreaterThan(100);
  });
});
