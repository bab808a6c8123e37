import { describe, expect, it } from 'vitest';
import {
  APPLICANT,
  CONVENTION_CHAPTERS,
  GRETA,
  RIGHTS_ACRONYM,
  RIGHTS_COURT,
  TREATY_BODY_TEXT,
} from '../../../lib/citations/other-treaty-marks';
import { ANY_MARK } from '../../../lib/citations/treaty-text';
import { scan, SHORTCUTS, TRIGGER_SOURCE } from '../../../lib/citations/scanner';
import { HAS_NUMBER, hasNumber } from '../../../lib/citations/might-cite';
import { loadCases, SPLITS } from '../../../scripts/eval-citations';

/**
 * Session 18 (tuner-speed2): speed-only rewrites, same output. `ANY_MARK` (treaty-text.ts) is the one search that
 * spares `TreatyText` its six reads of the other treaties' marks: it must match wherever one of them does.
 */
const MARKS = { RIGHTS_COURT, APPLICANT, TREATY_BODY_TEXT, RIGHTS_ACRONYM, GRETA, CONVENTION_CHAPTERS };

describe('ANY_MARK', () => {
  const marked: [string, string][] = [
    ['RIGHTS_COURT', 'the ECtHR found'],
    ['RIGHTS_COURT', 'la Cour européenne des droits de l’homme'],
    ['RIGHTS_COURT', 'Por consiguiente, ha habido violación del artículo 4'],
    ['APPLICANT', 'The applicant lodged a criminal complaint'],
    ['TREATY_BODY_TEXT', 'recomendación general núm. 38'],
    ['RIGHTS_ACRONYM', 'article 4 de la CEDH'],
    ['GRETA', 'le GRETA considère'],
    ['CONVENTION_CHAPTERS', 'chapters IV and V of the Convention'],
  ];
  it.each(marked)('%s: %s', (name, text) => {
    expect(MARKS[name as keyof typeof MARKS].test(text)).toBe(true);
    expect(ANY_MARK.test(text)).toBe(true);
  });

  it('matches every labelled text one of the marks matches', () => {
    const texts = SPLITS.filter((s) => s.name !== 'real test').flatMap((s) => loadCases(s.dir).map((c) => c.text));
    let some = 0;
    for (const text of texts) {
      const any = Object.values(MARKS).some((re) => re.test(text));
      if (any) some++;
      if (any) expect(ANY_MARK.test(text), text.slice(0, 80)).toBe(true);
    }
    expect(some).toBeGreaterThan(10);
  });
});

describe('hasNumber', () => {
  // `HAS_NUMBER`'s source starts with its digit alternative, which `hasNumber` tests apart.
  it('splits HAS_NUMBER at its digit', () => expect(HAS_NUMBER.source.startsWith('\\d|')).toBe(true));

  const texts = [
    'resolution 55/25',
    'l’article premier de la Convention',
    'el artículo tercero del Protocolo',
    'Article Six of the Protocol',
    'the article and its commentary',
    'no number here',
    '',
  ];
  it.each(texts)('answers as HAS_NUMBER: %s', (text) => expect(hasNumber(text)).toBe(HAS_NUMBER.test(text)));

  it('answers as HAS_NUMBER on every labelled text', () => {
    const all = SPLITS.filter((s) => s.name !== 'real test').flatMap((s) => loadCases(s.dir).map((c) => c.text));
    for (const text of all) expect(hasNumber(text), text.slice(0, 80)).toBe(HAS_NUMBER.test(text));
  });
});

describe('scanner shortcuts', () => {
  it('are taken (no earlier trigger alternative starts as a bare treaty noun or at an r)', () => {
    expect(SHORTCUTS).toEqual({ noun: true, head: true });
  });

  it('read every trigger as TRIGGER_RE does, on every labelled text', () => {
    const trigger = new RegExp(TRIGGER_SOURCE, 'iy');
    const types = ['symbol', 'instrument', 'article', 'pin', 'org', 'protocol'];
    const texts = SPLITS.filter((s) => s.name !== 'real test').flatMap((s) => loadCases(s.dir).map((c) => c.text));
    let checked = 0;
    for (const text of texts) {
      for (const t of scan(text, true)) {
        if (!/[pcr]/i.test(text.charAt(t.start)) || /\w/.test(text.charAt(t.start - 1))) continue;
        trigger.lastIndex = t.start;
        const m = trigger.exec(text);
        const g = m ? m.slice(1).findIndex((x) => x !== undefined) : -1;
        expect(types[g], text.slice(t.start, t.start + 30)).toBe(t.type);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
