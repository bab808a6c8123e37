import { describe, expect, it } from 'vitest';
import { corpusData, evaluate, loadCases } from '../../../scripts/eval-citations';
import { PROBE_SPLITS } from '../../../scripts/eval-probes';

/**
 * The probe sets (`tests/fixtures/citations/probes/`, team-written forms, sessions 23–32): the dev set (sets 1–9 and
 * R) is held to the errors recorded, each by case and kind (a new miss or false hit fails, a fixed one asks for the list
 * to shrink); the held-out set (set 10) is only checked to load and to be scored (never tuned on, so no list).
 */

/** Dev errors (`npm run eval:probes -- --verbose`), as `id kind FP|FN "span" → key`, as the engine reads them now (set 1
 * written in session 23; set 2 scored held out at its end, moved to dev in session 24; sets 4 and R written in session 24;
 * set 3 scored held out at the end of session 24, moved to dev in session 25; set 5 held out sessions 25–28, moved to dev
 * in session 29; set 6 scored held out once at the end of session 29, moved to dev, tuned on in session 30; set 7 scored
 * held out once at the end of session 30, then moved to dev, two of its classes tuned on after the scoring; set 8 scored
 * held out at the end of session 31, tuned on in session 32; set 9 scored held out at the end of session 32, then moved
 * to dev). */
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
  'probe-p2fres-fr-011 FN treaty "article 3 (a)" → TIP Protocol art. 3(a)',
  'probe-p2fres-fr-027 FN treaty "art. 3 Prot. traite" → TIP Protocol art. 3',
  'probe-p2fres-fr-027 FN treaty "art. 5" → TIP Protocol art. 5',
  'probe-p2fres-fr-027 FN treaty "art. 10" → TIP Protocol art. 10',
  'probe-p2fres-fr-029 FN treaty "articles 12" → UNTOC art. 12',
  'probe-p2fres-fr-030 FN treaty "article 13" → Migrants Protocol art. 13',
  'probe-p2fres-fr-037 FN treaty "art. 3 a) PTP" → TIP Protocol art. 3(a)',
  'probe-p2fres-fr-037 FN treaty "art. 3 a) PTM" → Migrants Protocol art. 3(a)',
  'probe-p2fres-es-058 FN treaty "art. 3º, inc. c)" → TIP Protocol art. 3(c)',
  'probe-p3en-007 FN treaty "Article 5" → UNTOC art. 5',
  'probe-p3en-015 FN treaty "Art. 5(1)(b)" → Firearms Protocol art. 5(1)(b)',
  'probe-p3en-015 FN treaty "Art. 7" → Firearms Protocol art. 7',
  'probe-p3en-025 FP treaty "article 14(1)" → UNTOC art. 14(1)',
  'probe-p3en-025 FN treaty "article 14(1)" → TIP Protocol art. 14(1)',
  'probe-p3en-027 FP treaty "article 8" → UNTOC art. 8',
  'probe-p3en-027 FP treaty "article 8, paragraph 2" → UNTOC art. 8(2)',
  'probe-p3en-027 FN treaty "article 8" → Migrants Protocol art. 8',
  'probe-p3en-027 FN treaty "article 8, paragraph 2" → Migrants Protocol art. 8(2)',
  'probe-p3en-053 FN treaty "§4" → UNTOC art. 16(4)',
  'probe-p3en-059 FN treaty "article 9, paragraph 5" → TIP Protocol art. 9(5)',
  'probe-p3en-063 FN treaty "art. 9(1)(a)" → Migrants Protocol art. 9(1)(a)',
  'probe-p3en-098 FN treaty "article 19" → UNTOC art. 19',
  'probe-p3en-098 FN treaty "article 20" → UNTOC art. 20',
  'probe-p3en-108 FN treaty "article 9" → Firearms Protocol art. 9',
  'probe-p3fres-fr-006 FN treaty "alinéa 6(1)a) du Protocole contre le trafic illicite de migrants" → Migrants Protocol art. 6(1)(a)',
  'probe-p3fres-fr-006 FN treaty "alinéa 3a) du Protocole" → Migrants Protocol art. 3(a)',
  'probe-p3fres-fr-020 FN treaty "art. 8" → Firearms Protocol art. 8',
  'probe-p3fres-fr-028 FN treaty "article 18" → UNTOC art. 18',
  'probe-p3fres-fr-032 FN treaty "Art. 3" → Migrants Protocol art. 3',
  'probe-p3fres-fr-032 FN treaty "Art. 6" → Migrants Protocol art. 6',
  'probe-p3fres-fr-032 FN treaty "Art. 16" → Migrants Protocol art. 16',
  'probe-p3fres-fr-032 FN treaty "Art. 18" → Migrants Protocol art. 18',
  'probe-p3fres-fr-034 FN treaty "article 6" → Migrants Protocol art. 6',
  'probe-p3fres-fr-045 FN treaty "article 7" → TIP Protocol art. 7',
  'probe-p3fres-fr-057 FN treaty "art. 2 b)" → UNTOC art. 2(b)',
  'probe-p3fres-fr-057 FN treaty "art. 2 c)" → UNTOC art. 2(c)',
  'probe-p3fres-fr-057 FN treaty "art. 3 § 1" → UNTOC art. 3(1)',
  'probe-p3fres-fr-057 FN treaty "2" → UNTOC art. 3(2)',
  'probe-p3fres-fr-060 FN treaty "art. 6.3.b" → TIP Protocol art. 6(3)(b)',
  'probe-p3fres-es-003 FP treaty "literal a) del numeral 1 del artículo 6" → TIP Protocol art. 6(1)(a)',
  'probe-p3fres-es-003 FN treaty "literal a) del numeral 1 del artículo 6" → UNTOC art. 6(1)(a)',
  'probe-p3fres-es-010 FP treaty "artículo 6.1 de la Convención" → UNTOC art. 6(1)',
  'probe-p3fres-es-016 FP treaty "Art. 16" → Migrants Protocol art. 16',
  'probe-p3fres-es-016 FN treaty "Art. 16" → Migrants Protocol art. 16',
  'probe-p3fres-es-053 FN treaty "apartado a) del párrafo 1 del artículo 6" → Migrants Protocol art. 6(1)(a)',
  'probe-p3fres-es-053 FN treaty "apartado a) del artículo 3" → Migrants Protocol art. 3(a)',
  'probe-p3fres-es-058 FN treaty "artculo 24 de la Convencin de las Naciones Unidas contra la Delincuencia Organizada Transnacional" → UNTOC art. 24',
  'probe-p4-en-086 FN treaty "article 3(a)" → TIP Protocol art. 3(a)',
  'probe-p4-en-086 FN treaty "Article 3(b)" → TIP Protocol art. 3(b)',
  'probe-p4-fr-031 FN treaty "article 34, paragraphe 1" → UNTOC art. 34(1)',
  'probe-p5en-013 FP treaty "article 6" → UNTOC art. 6',
  'probe-p5en-013 FN treaty "article 6" → Migrants Protocol art. 6',
  'probe-p5en-034 FN treaty "article 19" → Migrants Protocol art. 19',
  'probe-p5en-060 FP treaty "Art 5" → UNTOC art. 5',
  'probe-p5en-060 FP treaty "Art 6" → UNTOC art. 6',
  'probe-p5en-060 FP treaty "Art 7" → UNTOC art. 7',
  'probe-p5en-060 FP treaty "Art 8" → UNTOC art. 8',
  'probe-p5en-060 FP treaty "Art 9" → UNTOC art. 9',
  'probe-p5en-060 FP treaty "Art 10" → UNTOC art. 10',
  'probe-p5en-060 FN treaty "Art 5" → Firearms Protocol art. 5',
  'probe-p5en-060 FN treaty "Art 6" → Firearms Protocol art. 6',
  'probe-p5en-060 FN treaty "Art 7" → Firearms Protocol art. 7',
  'probe-p5en-060 FN treaty "Art 8" → Firearms Protocol art. 8',
  'probe-p5en-060 FN treaty "Art 9" → Firearms Protocol art. 9',
  'probe-p5en-060 FN treaty "Art 10" → Firearms Protocol art. 10',
  'probe-p5en-093 FN treaty "Article 18" → Migrants Protocol art. 18',
  'probe-p5en-100 FP treaty "Article 6" → Firearms Protocol art. 6',
  'probe-p5en-114 FN treaty "art. 6 of the Additional Protocol of the United Nations Convention against the transnational organised crime for to combat the traffic of migrants by land, by sea and by air" → Migrants Protocol art. 6',
  'probe-p5en-115 FN treaty "article 8 of the Protocol against the manufacture and the illicit traffic of fire arms, of their pieces, elements and munitions" → Firearms Protocol art. 8',
  'probe-p5en-116 FN treaty "Art. 2 item «a» of the Convention of UN against transnational organized criminality" → UNTOC art. 2(a)',
  'probe-p5fres-005 FN treaty "art. 8" → Firearms Protocol art. 8',
  'probe-p6en-050 FN treaty "article 7" → TIP Protocol art. 7',
  'probe-p6en-050 FN treaty "article 8" → TIP Protocol art. 8',
  'probe-p6en-099 FN treaty "article 5 of the present Protocol" → TIP Protocol art. 5',
  'probe-p6en-106 FN treaty "Ar ticle 12 (a) of the Migrants Pro tocol" → Migrants Protocol art. 12(a)',
  'probe-p6fres-017 FN treaty "article 8" → Firearms Protocol art. 8',
  'probe-p6fres-040 FN treaty "article 5" → Migrants Protocol art. 5',
  'probe-p6fres-079 FN treaty "artículo 6 (3) (c)" → TIP Protocol art. 6(3)(c)',
  'probe-p6fres-079 FN treaty "Artículo 7" → TIP Protocol art. 7',
  'probe-p7en-006 FN treaty "Article 3(b)" → TIP Protocol art. 3(b)',
  'probe-p7en-035 FN treaty "article 3, subparagraph (a)" → TIP Protocol art. 3(a)',
  'probe-p7en-081 FN treaty "article 20, paragraph 2, of the Protocol" → Migrants Protocol art. 20(2)',
  'probe-p7en-085 FN treaty "article 25" → UNTOC art. 25',
  'probe-p7en-097 FN treaty "art. 14, para. 1" → TIP Protocol art. 14(1)',
  'probe-p7en-106 FN treaty "art 7" → Migrants Protocol art. 7',
  'probe-p7en-110 FP treaty "article 5 of the Protocol" → TIP Protocol art. 5',
  'probe-p7en-110 FN treaty "article 5 of the Protocol aiming to prevent, repress and punish the treatment of persons, in particular of the women and the children" → TIP Protocol art. 5',
  'probe-p7fres-079 FN treaty "Art. 5" → UNTOC art. 5',
  'probe-p7fres-079 FN treaty "Art. 6" → UNTOC art. 6',
  'probe-p7fres-079 FN treaty "Art. 8" → UNTOC art. 8',
  'probe-p7fres-079 FN treaty "Art. 23" → UNTOC art. 23',
  'probe-p7fres-089 FN treaty "párrafo 3 del artículo 6" → Migrants Protocol art. 6(3)',
  'probe-p8fres-023 FN treaty "article 2 point a) de la Convention" → UNTOC art. 2(a)',
  'probe-p8fres-029 FP treaty "article 6" → UNTOC art. 6',
  'probe-p8fres-029 FN treaty "article 6" → Migrants Protocol art. 6',
  'probe-p8fres-114 FN treaty "párrafo 2 del artículo 34" → UNTOC art. 34(2)',
  'probe-p9en-010 FN treaty "Art. 9" → Firearms Protocol art. 9',
  'probe-p9en-010 FN treaty "Art. 15" → Firearms Protocol art. 15',
  'probe-p9en-096 FN treaty "article 13" → UNTOC art. 13',
  'probe-p9es-015 FN treaty "6 del Protocolo de trata" → TIP Protocol art. 6',
  'probe-p9es-015 FN treaty "art. 24 de la Conv." → UNTOC art. 24',
  'probe-p9es-018 FN treaty "Artículo 9(4)" → TIP Protocol art. 9(4)',
  'probe-p9es-030 FN treaty "art. 5" → UNTOC art. 5',
  'probe-p9es-030 FN treaty "art. 3 PT" → TIP Protocol art. 3',
  'probe-p9es-030 FN treaty "art. 3 c)" → TIP Protocol art. 3(c)',
  'probe-p9es-030 FN treaty "art. 6 PTM" → Migrants Protocol art. 6',
  'probe-p9es-030 FN treaty "art. 5 PTM" → Migrants Protocol art. 5',
  'probe-p9es-032 FN treaty "artículo 9" → TIP Protocol art. 9',
  'probe-p9es-034 FP treaty "artículo 13" → TIP Protocol art. 13',
  'probe-p9es-048 FP treaty "artículo 5" → UNTOC art. 5',
  'probe-p9es-048 FN treaty "artículo 5" → TIP Protocol art. 5',
  'probe-p9fr-003 FN treaty "alinéa 3a)" → Migrants Protocol art. 3(a)',
  'probe-p9fr-003 FN treaty "par. 6(1)" → Migrants Protocol art. 6(1)',
  'probe-p9fr-013 FN treaty "article 6 (3) du Protocole pour empêcher, supprimer et punir le trafic dans les personnes" → TIP Protocol art. 6(3)',
  'probe-p9fr-017 FN treaty "art. 3, al. a)" → Migrants Protocol art. 3(a)',
  'probe-p9fr-017 FN treaty "art. 3, al. b)" → Migrants Protocol art. 3(b)',
  'probe-p9fr-017 FN treaty "art. 5" → Migrants Protocol art. 5',
  'probe-p9fr-017 FN treaty "art. 6, par. 4" → Migrants Protocol art. 6(4)',
  'probe-p9fr-031 FP treaty "art. 5" → UNTOC art. 5',
  'probe-p9fr-031 FP treaty "art. 6" → UNTOC art. 6',
  'probe-p9fr-031 FP treaty "art. 5" → UNTOC art. 5',
  'probe-p9fr-031 FN treaty "art. 5" → TIP Protocol art. 5',
  'probe-p9fr-031 FN treaty "art. 6" → Migrants Protocol art. 6',
  'probe-p9fr-031 FN treaty "art. 5" → Firearms Protocol art. 5',
  'probe-p9fr-032 FN treaty "article 3 alinéa c du Protocole additionnel" → TIP Protocol art. 3(c)',
  'probe-p9fr-044 FN treaty "art. 2 b)" → UNTOC art. 2(b)',
  'probe-p9fr-044 FN treaty "art. 3, par. 2" → UNTOC art. 3(2)',
  'probe-p9fr-045 FN treaty "article 5, paragraphe 1" → TIP Protocol art. 5(1)',
  'probe-p9fr-047 FP treaty "article 20" → UNTOC art. 20',
  'probe-p9fr-047 FP treaty "article 6" → UNTOC art. 6',
  'probe-p9fr-047 FN treaty "article 6" → TIP Protocol art. 6',
  'probe-p9fr-048 FN treaty "article 3, alinéa e)" → Firearms Protocol art. 3(e)',
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
    expect(report.cases).toBe(2320);
    expect(report.errors).toEqual(KNOWN_DEV_ERRORS);
  });

  it('the held-out set (set 10) loads and is scored on every kind', () => {
    const report = evaluate(loadCases(heldOut?.dir), data, false);
    expect(report.cases).toBe(240);
    expect(report.byKind.treaty.tp + report.byKind.treaty.fn).toBe(246);
    expect(report.byKind.symbol.tp + report.byKind.symbol.fn).toBe(27);
    expect(report.byKind.resolution.tp + report.byKind.resolution.fn).toBe(23);
    expect(report.byKind['cop-instrument'].tp + report.byKind['cop-instrument'].fn).toBe(11);
  });
});
