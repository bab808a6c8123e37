import { describe, expect, it } from 'vitest';
import { readingText } from '../../../lib/citations/reading-text';
import { STOP_WORD_RE, stopWordMayStart } from '../../../lib/citations/list-stop-words';
import { loadCases, SPLITS } from '../../../scripts/eval-citations';

/**
 * Session 47 (speed): `stopWordMayStart`'s first- and second-letter table (`STOP_SECONDS`) is written by hand beside
 * `STOP_WORD_RE`: it must never refuse a place where the regex matches, or a list would run on past its stop word.
 */
describe('stopWordMayStart', () => {
  const rows: [string, boolean][] = [
    // text at 0, may a stop word start there
    ['resolution', true],
    ['Rsolution', true], // a lost accent
    ['UNSCR', true],
    ['paras.', true],
    ['atículo', true], // a typo the regex reads
    ['adopted', false],
    ['sur', false],
    ['concerning', false],
    ['the', false], // an initial no stop word has
  ];
  it.each(rows)('%j → %s', (text, expected) => {
    expect(stopWordMayStart(text, 0)).toBe(expected);
  });

  it('says no only where STOP_WORD_RE does not match, at every position of every labelled text', () => {
    // The real test split stays unread here, as for every check made while tuning.
    const texts = SPLITS.filter((s) => s.name !== 'real test')
      .flatMap((s) => loadCases(s.dir).map((c) => c.text))
      .map((text) => readingText(text).text);
    const search = new RegExp(STOP_WORD_RE.source, STOP_WORD_RE.flags.replace('y', 'g'));
    let matched = 0;
    let refused = 0;
    for (const text of texts) {
      for (let pos = 0; pos < text.length; pos++) if (!stopWordMayStart(text, pos)) refused++;
      for (let m = search.exec(text); m; search.lastIndex = m.index + 1, m = search.exec(text)) {
        matched++;
        expect(stopWordMayStart(text, m.index), `${m.index}: ${text.slice(m.index, m.index + 30)}`).toBe(true);
      }
    }
    // Not vacuous: the regex matches often in these texts, and the gate spares most positions.
    expect(matched).toBeGreaterThan(1_000);
    expect(refused).toBeGreaterThan(100_000);
  });
});
