import { describe, expect, it } from 'vitest';
import { corpusData, loadCases, placeLabels, SPLITS, type EvalCase } from '../../../scripts/eval-citations';
import { errorKey, perturbCase, robustness } from '../../../scripts/eval-robustness';
import { FORM_PERTURBATIONS } from '../../../scripts/citation-forms';
import { RESOLUTION_FORM_PERTURBATIONS } from '../../../scripts/resolution-forms';
import { NUMBER_FORM_PERTURBATIONS } from '../../../scripts/number-forms';
import { RESOLUTION_FORM_PERTURBATIONS_2 } from '../../../scripts/resolution-forms-2';
import { TREATY_FORM_PERTURBATIONS_2 } from '../../../scripts/treaty-forms-2';
import { mapSpan, PERTURBATIONS, rewrite, type Perturbation, type Perturbed } from '../../../scripts/perturbations';

/**
 * The robustness evaluation (`scripts/eval-robustness.ts`): each perturbation's text and offset map, labels carried
 * through it, and the engine reading the perturbations its reading layer (`lib/citations/reading-text.ts`) covers
 * exactly as the original, on the in-sample and real dev splits.
 */

const byName = (name: string): Perturbation => {
  const p = PERTURBATIONS.find((x) => x.name === name);
  if (!p) throw new Error(`no perturbation ${name}`);
  return p;
};

/** The perturbed text of `[start, end)` of the original, through the map. */
const spanText = (p: Perturbed, start: number, end: number) => {
  const s = mapSpan(p, start, end);
  return p.text.slice(s.start, s.end);
};

const words = (n: number) => 'word '.repeat(n).trim();
const LONG = `${'x'.repeat(55)} resolutions tail`;
const PROSE = 'the resolutions organizations recommendations '.repeat(8);

describe('rewrite: text inserted between two characters belongs to the one after it', () => {
  it.each([
    { name: 'a span ending before the insertion leaves it out', start: 0, end: 2, expected: 'ab' },
    { name: 'a span starting after it leaves it out', start: 2, end: 4, expected: 'cd' },
    { name: 'a span across it keeps it', start: 1, end: 3, expected: 'bXc' },
    { name: 'an empty span maps to an empty span', start: 2, end: 2, expected: '' },
  ])('$name', ({ start, end, expected }) => {
    const p = rewrite(
      'abcd',
      (ch) => ch,
      (i) => (i === 2 ? 'X' : ''),
    );
    expect(p.text).toBe('abXcd');
    expect(spanText(p, start, end)).toBe(expected);
  });

  it('a replaced character maps to its whole replacement', () => {
    const p = rewrite('a b', (ch) => (ch === ' ' ? '  ' : ch));
    expect(p.starts).toEqual([0, 1, 3, 4]);
    expect(p.ends).toEqual([1, 3, 4]);
    expect(spanText(p, 0, 3)).toBe('a  b');
  });
});

describe('each perturbation: its text, and a label carried through its map', () => {
  it.each([
    // [perturbation, original, perturbed, a label of the original, the label in the perturbed text]
    ['double-space', 'article 6 of the Protocol', 'article  6  of  the  Protocol', 'article 6', 'article  6'],
    ['nbsp-digit', 'see article 6 of it', 'see article\u00a06\u00a0of it', 'article 6', 'article\u00a06'],
    [
      'nbsp-all',
      'resolution 64/293 of',
      'resolution\u00a064/293\u00a0of',
      'resolution 64/293',
      'resolution\u00a064/293',
    ],
    ['narrow-nbsp', 'n° 3 ; « la »', 'n°\u202f3\u202f; «\u202fla\u202f»', 'n° 3', 'n°\u202f3'],
    ['crlf', 'resolution\n64/293\n', 'resolution\r\n64/293\r\n', 'resolution\n64/293', 'resolution\r\n64/293'],
    [
      'zero-width',
      'see A/RES/64/293.',
      'see A/\u200bRES/\u200b64/\u200b293.',
      'A/RES/64/293',
      'A/\u200bRES/\u200b64/\u200b293',
    ],
    ['apostrophe', "l'article l’article", "l’article l'article", "l'article", 'l’article'],
    ['decomposed', 'la résolution', 'la re\u0301solution', 'résolution', 're\u0301solution'],
    ['straight-quotes', '“a” ‘b’ «c»', `"a" 'b' "c"`, '«c»', '"c"'],
    ['wrap-60', words(20), `${words(12)}\n${words(8)}`, 'word word', 'word\nword'],
    ['wrap-45', words(20), `${words(9)}\n${words(9)}\n${words(2)}`, 'word word', 'word word'],
    ['wrap-hyphen', LONG, `${'x'.repeat(55)} reso-\nlutions tail`, 'resolutions', 'reso-\nlutions'],
    [
      'no-accents',
      'la résolution, la decisión, œuvre',
      'la resolution, la decision, œuvre',
      'résolution',
      'resolution',
    ],
    ['en-dash', 'paras. 29-32 of A/RES/ES-10/19', 'paras. 29–32 of A/RES/ES–10/19', 'A/RES/ES-10/19', 'A/RES/ES–10/19'],
  ])('%s: %j', (name, original, perturbed, label, mapped) => {
    const p = byName(name).perturb(original);
    expect(p.text).toBe(perturbed);
    const at = name === 'wrap-60' ? original.indexOf(label, 55) : original.indexOf(label);
    expect(spanText(p, at, at + label.length)).toBe(mapped);
  });

  const TITLE = 'Convention against Transnational Organized Crime, supplementing it';
  const GLUED = `x the ${TITLE}, there.`;
  const ABBREVIATIONS =
    'see art. 5, para. 3, op. cit. 7, e.g. this, U.N. and G.A. them; Add. 1 and Rev. 2 here. '.repeat(10);
  it.each([
    // [perturbation, original, its labels, perturbed, the labels in the perturbed text]
    [
      'footnote',
      'General Assembly resolution 64/293, annex, the Global Plan of Action.',
      ['resolution 64/293, annex'],
      'General Assembly resolution 64/293, annex11, the Global Plan of Action.',
      ['resolution 64/293, annex'],
    ],
    [
      'footnote-sup',
      'General Assembly resolution 64/293, annex, the Global Plan of Action.',
      ['resolution 64/293, annex'],
      'General Assembly resolution 64/293, annex¹¹, the Global Plan of Action.',
      ['resolution 64/293, annex'],
    ],
    [
      'footnote',
      'See the Protocol, the Convention, the report. Under art. 5, para. 3, the text, No. 4, the Protocol.',
      ['the Convention'],
      'See the Protocol, the Convention18, the report. Under art. 5, para. 3, the text8, No. 4, the Protocol.',
      ['the Convention'],
    ],
    // A marker goes after a citation, never inside one: unlabelled, this title gets one after `Crime`.
    ['footnote', GLUED, [], `x the ${TITLE.replace('Crime', 'Crime16')}, there5.`, []],
    ['footnote', GLUED, [TITLE], `x the ${TITLE}, there5.`, [TITLE]],
    ['footnote-sup', GLUED, [TITLE], `x the ${TITLE}, there⁵.`, [TITLE]],
  ])('%s: %j with labels %j', (name, original, labels, perturbed, mapped) => {
    const spans = labels.map((l) => ({ start: original.indexOf(l), end: original.indexOf(l) + l.length }));
    const p = byName(name).perturb(original, spans);
    expect(p.text).toBe(perturbed);
    expect(spans.map((s) => spanText(p, s.start, s.end))).toEqual(mapped);
  });

  it.each(['footnote', 'footnote-sup'])('%s: never after an abbreviation, a number or a short word', (name) => {
    const p = byName(name).perturb(ABBREVIATIONS);
    const digits = /[\d\u00b2\u00b3\u00b9\u2070-\u2079]+(?=[,.;:])/gu;
    expect(p.text.match(digits)?.length).toBeGreaterThan(3);
    expect(p.text.replace(digits, '')).toBe(ABBREVIATIONS.replace(/(\d)[,.;:]/g, (m) => m).replace(digits, ''));
    for (const m of p.text.matchAll(/(\p{L}+)[\d\u00b2\u00b3\u00b9\u2070-\u2079]+[,.;:]/gu)) {
      expect(['this', 'them', 'here']).toContain(m[1]);
    }
  });

  it.each([
    // Perturbations that choose their places by a hash of the position: what they insert or replace, and where.
    { name: 'tab', text: PROSE, made: /\t/g, as: ' ', count: [4, 20] },
    { name: 'soft-hyphen', text: PROSE, made: /\u00ad/g, as: '', count: [4, 40] },
    { name: 'zero-width', text: PROSE, made: /\u200b/g, as: '', count: [4, 40] },
  ])('$name: about one in four or five places, undone by taking them out', ({ name, text, made, as, count }) => {
    const p = byName(name).perturb(text);
    const n = p.text.match(made)?.length ?? 0;
    expect(n).toBeGreaterThanOrEqual(count[0]!);
    expect(n).toBeLessThanOrEqual(count[1]!);
    expect(p.text.replace(made, as)).toBe(text);
    // A hint goes inside a long word only: never next to a space.
    if (as === '') expect(p.text).not.toMatch(/ [\u00ad\u200b]|[\u00ad\u200b] /);
    // A whole word maps to itself with its hints inside.
    const at = text.indexOf('recommendations');
    expect(spanText(p, at, at + 15).replace(made, as)).toBe('recommendations');
  });

  it.each(PERTURBATIONS.map((p) => [p.name, p] as const))(
    '%s: a consistent map over real passages (every label maps to a span, ordered)',
    (_name, perturbation) => {
      for (const c of loadCases(SPLITS[0]!.dir).slice(0, 80)) {
        const p = perturbation.perturb(c.text, placeLabels(c.id, c.text, c.expected));
        expect(p.starts).toHaveLength(c.text.length + 1);
        expect(p.ends).toHaveLength(c.text.length);
        expect(p.starts[c.text.length]).toBe(p.text.length);
        for (let i = 0; i < c.text.length; i++) {
          expect(p.starts[i]!).toBeLessThanOrEqual(p.ends[i]!);
          expect(p.ends[i]!).toBeLessThanOrEqual(p.starts[i + 1]!);
        }
        const moved = perturbCase(c, perturbation);
        expect(moved.text).toBe(p.text);
        expect(moved.expected.map((e) => e.key)).toEqual(c.expected.map((e) => e.key));
      }
    },
  );
});

/**
 * The perturbations the engine's reading layer covers (spaces, line ends, invisible characters), the apostrophe,
 * which its patterns read in both forms, and the en dash (session 21: read as a hyphen after a letter, a treaty body's
 * combined reports and a French article's paragraph read with either, a range between numbers either way): scored on
 * them, the engine's figures are the original's, kind by kind and error by error.
 */
const READ_AS_ORIGINAL = [...PERTURBATIONS.filter((p) => p.readAway), byName('apostrophe'), byName('en-dash')];

describe('the engine reads a perturbed passage as the original', () => {
  const data = corpusData();
  const counts = (r: ReturnType<typeof robustness>[number]) =>
    Object.fromEntries(Object.entries(r.report.byKind).map(([k, s]) => [k, [s.tp, s.fp, s.fn]]));

  it.each([
    ['in-sample', SPLITS[0]!],
    ['real dev', SPLITS[1]!],
  ])(
    'on the %s passages',
    (_name, split) => {
      const cases: EvalCase[] = loadCases(split.dir);
      expect(cases.length).toBeGreaterThan(300);
      const [original, ...rows] = robustness(cases, data, split.details, READ_AS_ORIGINAL);
      expect(original!.report.overall.tp).toBeGreaterThan(300);
      for (const row of rows) {
        expect(counts(row), row.name).toEqual(counts(original!));
        expect(row.report.errors.map(errorKey), row.name).toEqual(original!.report.errors.map(errorKey));
      }
    },
    60_000,
  );
});

/**
 * The written forms of a treaty citation (`scripts/citation-forms.ts`, session 22): the in-sample passages read
 * exactly as the original under each; the real dev passages lose no more than the misses recorded (`KNOWN_DEV_MISSES`:
 * the classes in `tests/fixtures/citations/real/README.md` were first scored in session 22, then read by tuner-forms) and
 * add no false hit, so a rule that loses a form fails.
 */
describe('the engine reads a citation written in another attested form', () => {
  const data = corpusData();
  /**
   * Misses each form adds on real dev: the engine's known weaknesses. First scored in session 22 (art-abbrev 8,
   * pin-brackets 0, pin-words 1, treaty-name 5); none left after tuner-forms (`batch-26-tuner-forms.test.ts`). The
   * resolution and symbol forms: res-symbol-spaced 47 when first scored, none after `symbol-spaced.ts`
   * (`batch-26-tuner-spaced.test.ts`); res-abbrev 1 (dev en-416: `S.C. Res. 1851`, then a bare `resolution (1846)`
   * whose body the full name gave). The number forms (`scripts/number-forms.ts`): num-sign 50 when first scored (French
   * `no` unread, a pinpoint lost before `of its resolution No.`, a bare article read after `Resolution No. 1373`), none
   * after tuner-signs (`batch-26-tuner-signs.test.ts`); head-capital, cop-body-name, session-ordinal none. The second
   * resolution forms (`scripts/resolution-forms-2.ts`): res-list-expand, res-body-between, cop-decision-body none when
   * first scored (the engine read each as the original, no fix needed).
   * The second treaty forms (`scripts/treaty-forms-2.ts`): treaty-informal 1 and letter-before 3 when first scored (a bare
   * `Protocolo` after UNTOC named in full in a text citing another Treaty's articles 179 and 181, a reference marker's
   * pinpoint with its letter first), none after tuner-treaty-forms-2 (`batch-26-tuner-treaty-forms-2.test.ts`);
   * pin-deep-words and list-expand none.
   */
  const KNOWN_DEV_MISSES: Record<string, number> = {
    'art-abbrev': 0,
    'pin-brackets': 0,
    'pin-words': 0,
    'treaty-name': 0,
    'body-after': 0,
    'body-before': 0,
    'res-symbol-spaced': 0,
    'res-abbrev': 1,
    'council-year': 0,
    'num-sign': 0,
    'head-capital': 0,
    'cop-body-name': 0,
    'session-ordinal': 0,
    'res-list-expand': 0,
    'res-body-between': 0,
    'cop-decision-body': 0,
    'treaty-informal': 0,
    'pin-deep-words': 0,
    'list-expand': 0,
    'letter-before': 0,
  };
  const FORMS = [
    ...FORM_PERTURBATIONS,
    ...RESOLUTION_FORM_PERTURBATIONS,
    ...NUMBER_FORM_PERTURBATIONS,
    ...RESOLUTION_FORM_PERTURBATIONS_2,
    ...TREATY_FORM_PERTURBATIONS_2,
  ];

  it('on the in-sample passages, exactly as the original', () => {
    const [original, ...rows] = robustness(loadCases(SPLITS[0]!.dir), data, SPLITS[0]!.details, FORMS);
    expect(rows.map((r) => r.name)).toEqual(Object.keys(KNOWN_DEV_MISSES));
    for (const row of rows)
      expect(row.report.errors.map(errorKey), row.name).toEqual(original!.report.errors.map(errorKey));
  }, 60_000);

  it('on the real dev passages, no more misses than recorded and no more false hits than the original', () => {
    const [original, ...rows] = robustness(loadCases(SPLITS[1]!.dir), data, SPLITS[1]!.details, FORMS);
    for (const row of rows) {
      expect(row.report.overall.fn, row.name).toBeLessThanOrEqual(
        original!.report.overall.fn + (KNOWN_DEV_MISSES[row.name] ?? 0),
      );
      expect(row.report.overall.fp, row.name).toBeLessThanOrEqual(original!.report.overall.fp);
    }
  }, 60_000);
});
