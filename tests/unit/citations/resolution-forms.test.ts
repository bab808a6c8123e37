import { describe, expect, it } from 'vitest';
import { checkInSample, describeFormTables, formNamed, rewritten, type FormRow, labelIn } from './form-factories';
import { RESOLUTION_FORM_PERTURBATIONS } from '../../../scripts/resolution-forms';
import { ALL_PERTURBATIONS } from '../../../scripts/eval-robustness';

/**
 * The written forms of a resolution or symbol citation (`scripts/resolution-forms.ts`): each form's rewrite of a
 * labelled span, the label carried through, on passages copied from the dev and in-sample fixtures (never the test
 * split), and the spans each form must leave alone.
 */

const form = (name: string) => formNamed(RESOLUTION_FORM_PERTURBATIONS, name);

/** The kind a form rewrites: `symbol` for the spaced slashes, `resolution` for the others. */
const kindOf = (formName: string) => (formName === 'res-symbol-spaced' ? 'symbol' : 'resolution');

/** A row the form leaves alone: the text and the label as they are. */
const alone = (formName: string, from: string, lang: string, text: string, label: string, key: string): FormRow =>
  rewritten(formName, from, lang, text, label, key, label);

const GA_64_293 = 'the Conference welcomed General Assembly resolution 64/293.';
const SC_2331 = 'had been built through Security Council resolution 2331 (2016), the Protocol to Prevent';

const ROWS: FormRow[] = [
  // 1. body-after: the body's full name at the span's start moved after the number.
  rewritten(
    'body-after',
    'mixed-blind-001',
    'en',
    GA_64_293,
    'General Assembly resolution 64/293',
    'A/RES/64/293',
    'resolution 64/293 of the General Assembly',
  ),
  rewritten(
    'body-after',
    'real-dev-en-017',
    'en',
    SC_2331,
    'Security Council resolution 2331 (2016)',
    'S/RES/2331(2016)',
    'resolution 2331 (2016) of the Security Council',
  ),
  rewritten(
    'body-after',
    'real-dev-en-362',
    'en',
    'On 16 June 2011, the Human Rights Council resolution 17/1 extended the Special Rapporteur’s mandate',
    'Human Rights Council resolution 17/1',
    'A/HRC/RES/17/1',
    'resolution 17/1 of the Human Rights Council',
  ),
  rewritten(
    'body-after',
    'real-dev-en-189',
    'en',
    'criminal justice under Economic and Social Council resolution 155 C (VII) of 13 August 1948 and',
    'Economic and Social Council resolution 155 C (VII)',
    'E/RES/155C(VII)',
    'resolution 155 C (VII) of the Economic and Social Council',
  ),
  // At a sentence's start the head word takes the body's capital.
  rewritten(
    'body-after',
    'en-prose-040',
    'en',
    'Commission on Crime Prevention and Criminal Justice resolution 19/4',
    'Commission on Crime Prevention and Criminal Justice resolution 19/4',
    'CCPCJ resolution 19/4',
    'Resolution 19/4 of the Commission on Crime Prevention and Criminal Justice',
  ),
  // 2. body-before: the inverse, the head word's case kept.
  rewritten(
    'body-before',
    'en-prose-047',
    'en',
    'The Assembly recalled resolution 64/293 of the General Assembly and, later, resolution',
    'resolution 64/293 of the General Assembly',
    'A/RES/64/293',
    'General Assembly resolution 64/293',
  ),
  rewritten(
    'body-before',
    'en-prose-046',
    'en',
    'Resolution 64/293 of the General Assembly annexes the Global Plan of Action.',
    'Resolution 64/293 of the General Assembly',
    'A/RES/64/293',
    'General Assembly Resolution 64/293',
  ),
  rewritten(
    'body-before',
    'en-prose-039',
    'en',
    'resolution 19/4 of the Commission on Crime Prevention and Criminal Justice',
    'resolution 19/4 of the Commission on Crime Prevention and Criminal Justice',
    'CCPCJ resolution 19/4',
    'Commission on Crime Prevention and Criminal Justice resolution 19/4',
  ),
  // 3. res-symbol-spaced: every slash spaced but a `…/RES/` symbol's resolution number.
  rewritten(
    'res-symbol-spaced',
    'real-dev-en-003',
    'en',
    'A/RES/70/179 Improving the coordination of efforts',
    'A/RES/70/179',
    'A/RES/70/179',
    'A / RES / 70/179',
  ),
  rewritten(
    'res-symbol-spaced',
    'real-dev-en-013',
    'en',
    'Taking note of the Secretary-General’s report S/2017/939,',
    'S/2017/939',
    'S/2017/939',
    'S / 2017 / 939',
  ),
  rewritten(
    'res-symbol-spaced',
    'real-dev-en-013',
    'en',
    'S/RES/2388 (2017)\nSecurity Council Distr.: General 21 November 2017',
    'S/RES/2388 (2017)',
    'S/RES/2388(2017)',
    'S / RES / 2388 (2017)',
  ),
  rewritten(
    'res-symbol-spaced',
    'real-dev-en-007',
    'en',
    'A/HRC/RES/14/2 United Nations Convention against Transnational',
    'A/HRC/RES/14/2',
    'A/HRC/RES/14/2',
    'A / HRC / RES / 14/2',
  ),
  rewritten(
    'res-symbol-spaced',
    'fr-corpus-038',
    'fr',
    '<sup>15</sup> CTOC/COP/2008/8, CTOC/COP/2008/9 et CTOC/COP/2008/11.',
    'CTOC/COP/2008/8',
    'CTOC/COP/2008/8',
    'CTOC / COP / 2008 / 8',
  ),
  rewritten(
    'res-symbol-spaced',
    'es-prose-020',
    'es',
    'En el documento E/2002/68/Add.1 figuran los Principios y Directrices.',
    'E/2002/68/Add.1',
    'E/2002/68/Add.1',
    'E / 2002 / 68 / Add.1',
  ),
  // 4. res-abbrev: the Assembly's and the Council's legal abbreviation.
  rewritten(
    'res-abbrev',
    'mixed-blind-001',
    'en',
    GA_64_293,
    'General Assembly resolution 64/293',
    'A/RES/64/293',
    'G.A. Res. 64/293',
  ),
  rewritten(
    'res-abbrev',
    'real-dev-en-107',
    'en',
    'process in line with Security Council resolution 1325 (2000) and the follow up resolutions.',
    'Security Council resolution 1325 (2000)',
    'S/RES/1325(2000)',
    'S.C. Res. 1325 (2000)',
  ),
  // 5. council-year: the space before a Council year taken out, or put in.
  rewritten(
    'council-year',
    'real-dev-en-013',
    'en',
    'General 21 November 2017\nResolution 2388 (2017)\nAdopted by the Security Council at its',
    'Resolution 2388 (2017)',
    'S/RES/2388(2017)',
    'Resolution 2388(2017)',
  ),
  rewritten(
    'council-year',
    'fr-prose-012',
    'fr',
    'Aux termes de la résolution 2331 (2016) du Conseil de sécurité, la traite peut',
    'résolution 2331 (2016) du Conseil de sécurité',
    'S/RES/2331(2016)',
    'résolution 2331(2016) du Conseil de sécurité',
  ),
  rewritten(
    'council-year',
    'mixed-blind-007',
    'es',
    'Recordando la resolución 2331 (2016) del Consejo de Seguridad,',
    'resolución 2331 (2016) del Consejo de Seguridad',
    'S/RES/2331(2016)',
    'resolución 2331(2016) del Consejo de Seguridad',
  ),
  rewritten(
    'council-year',
    'real-dev-fr-085',
    'fr',
    '2199 (2015) et, dans une moindre mesure, 2347(2017) du Conseil de sécurité14 imposent',
    '2347(2017) du Conseil de sécurité',
    'S/RES/2347(2017)',
    '2347 (2017) du Conseil de sécurité',
  ),
];

const LEFT_ALONE: FormRow[] = [
  // A list: a plural head word, a number going on after the span, an earlier item before it.
  alone(
    'body-after',
    'en-prose-038',
    'en',
    'General Assembly resolutions 61/144 and 61/180',
    'General Assembly resolutions 61/144',
    'A/RES/61/144',
  ),
  alone(
    'res-abbrev',
    'real-dev-en-120',
    'en',
    'in particular General Assembly resolutions 61/144\n\nand 61/180, and also decision',
    'General Assembly resolutions 61/144',
    'A/RES/61/144',
  ),
  alone(
    'body-before',
    'mixed-edge-022',
    'en',
    'resolutions 2331 (2016) and 2388 (2017) of the Security Council',
    '2388 (2017) of the Security Council',
    'S/RES/2388(2017)',
  ),
  // The body's name is longer than the span (`United Nations` before it) or does not start it.
  alone(
    'body-after',
    'real-dev-en-210',
    'en',
    'particularly United Nations Security Council Resolution 1373. (see FATF 1, 35, I)',
    'Security Council Resolution 1373',
    'S/RES/1373',
  ),
  alone(
    'res-abbrev',
    'real-dev-en-160',
    'en',
    'Home » United Nations » United Nations Security Council Resolution 2370 – Threats',
    'United Nations Security Council Resolution 2370',
    'S/RES/2370',
  ),
  alone(
    'body-after',
    'real-dev-en-390',
    'en',
    'Having considered paragraph 3 of General Assembly resolution 36/168 of 16 December',
    'paragraph 3 of General Assembly resolution 36/168',
    'A/RES/36/168',
  ),
  // A year the span leaves out after it, a line break inside, a special session's number.
  alone(
    'body-after',
    'real-dev-en-218',
    'en',
    'adopted by General Assembly resolution 55/25 (2000).',
    'General Assembly resolution 55/25',
    'A/RES/55/25',
  ),
  alone(
    'body-after',
    'real-dev-en-250',
    'en',
    'United Nations Security Council Resolution\n1265\nEncyclopedia',
    'Security Council Resolution\n1265',
    'S/RES/1265',
  ),
  alone(
    'body-after',
    'real-dev-en-237',
    'en',
    'follow-up to Human Rights Council resolution S-1/1 and S-3/1',
    'Human Rights Council resolution S-1/1',
    'A/HRC/RES/S-1/1',
  ),
  // The body is not the key's (the form never rewrites into another body's resolution).
  alone('body-after', 'mixed-blind-001', 'en', GA_64_293, 'General Assembly resolution 64/293', 'S/RES/64/293'),
  alone('res-abbrev', 'real-dev-en-017', 'en', SC_2331, 'Security Council resolution 2331 (2016)', 'S/RES/2332(2016)'),
  // French and Spanish: the body's place is left as written.
  alone(
    'body-before',
    'real-dev-fr-302',
    'fr',
    'en application de la résolution 1846 (2008) du Conseil de sécurité   Introduction',
    'résolution 1846 (2008) du Conseil de sécurité',
    'S/RES/1846(2008)',
  ),
  alone(
    'body-after',
    'real-dev-es-003',
    'es',
    'en particular las resoluciones de la Asamblea General 63/156, de 18 de diciembre de 2008, y 64/178,',
    'resoluciones de la Asamblea General 63/156',
    'A/RES/63/156',
  ),
  // A symbol in a URL, glued to another symbol, debris, or with a pinpoint inside the span.
  alone(
    'res-symbol-spaced',
    'fr-prose-048',
    'fr',
    'Voir https://undocs.org/fr/A/RES/64/293 pour le texte.',
    'A/RES/64/293',
    'A/RES/64/293',
  ),
  alone(
    'res-symbol-spaced',
    'real-dev-fr-247',
    'fr',
    "l'exécution de mesures 1 A/47/277-S/24111; voir Documents officiels",
    'A/47/277',
    'A/47/277',
  ),
  alone(
    'res-symbol-spaced',
    'real-dev-en-499',
    'en',
    '40 ILM 384 (2001), UN Doc A55/383 (Annex III, p. 62), [2004] ATS 11',
    'A55/383',
    'A55/383',
  ),
  alone(
    'res-symbol-spaced',
    'real-dev-en-306',
    'en',
    'in its resolution 12(XXV) (E/5248-E/CN.7/555, para. 607 and chap. XII',
    'E/CN.7/555, para. 607',
    'E/CN.7/555',
  ),
  // A Council resolution without its year in the key, or with a stray comma in it.
  alone(
    'council-year',
    'real-dev-en-361',
    'en',
    'United Nations Security Council Resolution 1325 (S/RES/1325), on women',
    'Security Council Resolution 1325',
    'S/RES/1325',
  ),
  alone(
    'council-year',
    'real-dev-en-505',
    'en',
    'resolution 1853 (2008), resolution 1862 (2009,) resolution 1907 (2009)',
    'resolution 1862 (2009,)',
    'S/RES/1862(2009)',
  ),
];

describeFormTables({
  name: 'resolution form',
  forms: RESOLUTION_FORM_PERTURBATIONS,
  rows: ROWS,
  leftAlone: LEFT_ALONE,
  kindOf: (r) => kindOf(r.form),
  otherKinds: (r) => ['treaty', 'cop-instrument', r.form === 'res-symbol-spaced' ? 'resolution' : 'symbol'],
});

describe('each resolution form and other labels', () => {
  it('never rewrites across another label', () => {
    const labels = [
      labelIn(GA_64_293, 'General Assembly resolution 64/293', 'A/RES/64/293', 'resolution'),
      labelIn(GA_64_293, 'resolution 64/293', 'A/RES/64/293', 'resolution'),
    ];
    for (const name of ['body-after', 'res-abbrev'])
      expect(form(name).perturb(GA_64_293, labels, 'en').text).toBe(GA_64_293);
  });
});

describe('the resolution forms in the robustness evaluation', () => {
  it('run after the treaty forms, selectable by name', () => {
    const at = ALL_PERTURBATIONS.findIndex((p) => p.name === 'treaty-name') + 1;
    expect(ALL_PERTURBATIONS.slice(at, at + 5).map((p) => p.name)).toEqual([
      'body-after',
      'body-before',
      'res-symbol-spaced',
      'res-abbrev',
      'council-year',
    ]);
  });

  it.each(RESOLUTION_FORM_PERTURBATIONS.map((p) => [p.name, p] as const))(
    '%s: a consistent map over the in-sample passages, keys kept, some spans of its kind rewritten and no other',
    (name, perturbation) => {
      expect(checkInSample(perturbation, kindOf(name), true)).toBeGreaterThan(0);
    },
  );
});
