import { describe, expect, it } from 'vitest';
import { corpusData, evaluate, loadCases } from '../../../scripts/eval-citations';
import { PROBE_SPLITS } from '../../../scripts/eval-probes';

/**
 * The probe sets (`tests/fixtures/citations/probes/`, team-written forms, sessions 23–24): the dev set (sets 1, 2, 4
 * and R) is held to the errors recorded, each by case and kind (a new miss or false hit fails, a fixed one asks for
 * the list to shrink); the held-out set (set 3) is only checked to load and to be scored (never tuned on, so no list).
 */

/** Dev errors (`npm run eval:probes -- --verbose`), as `id kind FP|FN "span" → key`, as the engine reads them now (set 1
 * written in session 23; set 2 scored held out at its end, moved to dev in session 24; sets 4 and R written in session 24). */
const KNOWN_DEV_ERRORS: readonly string[] = [
  'probe-en-014 FP treaty "article 3" → TIP Protocol art. 3',
  'probe-en-030 FP treaty "article 2, subparagraph (a), of the Convention" → UNTOC art. 2(a)',
  'probe-en-032 FN treaty "article 40" → UNTOC art. 40',
  'probe-en-036 FP treaty "articles 5" → UNTOC art. 5',
  'probe-en-036 FP treaty "6" → UNTOC art. 6',
  'probe-en-036 FP treaty "8" → UNTOC art. 8',
  'probe-en-036 FP treaty "23 of this Convention" → UNTOC art. 23',
  'probe-en-036 FP treaty "article 3, paragraph 1, of this Convention" → UNTOC art. 3(1)',
  'probe-en-065 FP treaty "Article 4 of the Convention" → UNTOC art. 4',
  'probe-en-068 FP treaty "article 6 of this Protocol" → TIP Protocol art. 6',
  'probe-en-118 FN treaty "article 5" → TIP Protocol art. 5',
  'probe-en-118 FN treaty "article 6" → TIP Protocol art. 6',
  'probe-fres-033 FN treaty "art. 2, let. a, CTOT" → UNTOC art. 2(a)',
  'probe-p2fres-fr-006 FN treaty "art. 34 § 2" → UNTOC art. 34(2)',
  'probe-p2fres-fr-011 FN treaty "article 3 (a)" → TIP Protocol art. 3(a)',
  'probe-p2fres-fr-027 FN treaty "art. 3 Prot. traite" → TIP Protocol art. 3',
  'probe-p2fres-fr-027 FN treaty "art. 5" → TIP Protocol art. 5',
  'probe-p2fres-fr-027 FN treaty "art. 10" → TIP Protocol art. 10',
  'probe-p2fres-fr-027 FN treaty "art. 27 CTO" → UNTOC art. 27',
  'probe-p2fres-fr-029 FN treaty "articles 12" → UNTOC art. 12',
  'probe-p2fres-fr-030 FN treaty "article 13" → Migrants Protocol art. 13',
  'probe-p2fres-fr-037 FN treaty "art. 3 a) PTP" → TIP Protocol art. 3(a)',
  'probe-p2fres-fr-037 FN treaty "art. 3 a) PTM" → Migrants Protocol art. 3(a)',
  'probe-p2fres-es-058 FN treaty "art. 3º, inc. c)" → TIP Protocol art. 3(c)',
  'probe-p4-en-086 FN treaty "article 3(a)" → TIP Protocol art. 3(a)',
  'probe-p4-en-086 FN treaty "Article 3(b)" → TIP Protocol art. 3(b)',
  'probe-p4-fr-031 FN treaty "article 34, paragraphe 1" → UNTOC art. 34(1)',
  'probe-pr-en-064 FP resolution "paragraph 4 of Security Council resolution 2462 (2019)" → S/RES/2462(2019)',
  'probe-pr-en-064 FN resolution "operative paragraph 4 of Security Council resolution 2462 (2019)" → S/RES/2462(2019)',
  'probe-pr-fr-018 FN resolution "décision 27/101 de la Commission" → CCPCJ decision 27/101',
];

const dev = PROBE_SPLITS.find((s) => s.name === 'dev');
const heldOut = PROBE_SPLITS.find((s) => s.name === 'held-out');
const data = corpusData();

describe('probe sets', () => {
  it('the dev set gives exactly the errors recorded, no other', () => {
    const report = evaluate(loadCases(dev?.dir), data, false);
    expect(report.cases).toBe(880);
    expect(report.errors).toEqual(KNOWN_DEV_ERRORS);
  });

  it('the held-out set (set 3) loads and is scored on treaty articles only', () => {
    const report = evaluate(loadCases(heldOut?.dir), data, false);
    expect(report.cases).toBe(240);
    expect(report.byKind.treaty.tp + report.byKind.treaty.fn).toBe(256);
    expect(report.byKind.symbol.tp + report.byKind.symbol.fn).toBe(0);
  });
});
