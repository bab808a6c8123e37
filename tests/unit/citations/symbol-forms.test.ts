import { describe, expect, it } from 'vitest';
import {
  checkInSample,
  describeFormTables,
  formNamed,
  rewritten,
  type FormRow,
  labelIn,
  perturbOne,
} from './form-factories';
import { SYMBOL_FORM_PERTURBATIONS } from '../../../scripts/symbol-forms';
import { ALL_PERTURBATIONS } from '../../../scripts/eval-robustness';
import { loadCases, placeLabels, SPLITS } from '../../../scripts/eval-citations';
import type { Perturbation } from '../../../scripts/perturbations';

/**
 * The written forms of a document symbol (`scripts/symbol-forms.ts`): each form's rewrite of a labelled symbol, or
 * what it puts before it, the label carried through, on passages copied from the dev and in-sample fixtures (never
 * the test split), and the spans each form must leave alone.
 */

const form = (name: string) => formNamed(SYMBOL_FORM_PERTURBATIONS, name);

/** The forms that put a link or a document label before the span, outside it (the label's text unchanged). */
const BEFORE_SPAN = new Set(['sym-link', 'sym-doc-label']);

/** How many in-sample symbol spans have text put just before them (the character before the span grown). */
function putBeforeInSample(perturbation: Perturbation): number {
  let n = 0;
  for (const c of loadCases(SPLITS[0]!.dir)) {
    const placed = placeLabels(c.id, c.text, c.expected);
    const p = perturbation.perturb(c.text, placed, c.lang);
    for (const l of placed) {
      if (l.start === 0 || p.ends[l.start - 1]! - p.starts[l.start - 1]! === 1) continue;
      expect(l.kind, `${c.id} ${l.text}`).toBe('symbol');
      n++;
    }
  }
  return n;
}

/** A row whose form puts `put` just before the label: the label's text unchanged. */
const putBefore = (
  formName: string,
  from: string,
  lang: string,
  text: string,
  label: string,
  key: string,
  put: string,
): FormRow => rewritten(formName, from, lang, text, label, key, label, text.replace(label, put + label));

/** A row the form leaves alone: the text and the label as they are. */
const alone = (formName: string, from: string, lang: string, text: string, label: string, key: string): FormRow =>
  rewritten(formName, from, lang, text, label, key, label);

const SC_2388 = 'S/RES/2388 (2017)\nSecurity Council Distr.: Gene';
const CRPD_AZE = 'examiné le rapport initial de l’Azerbaïdjan (CRPD/C/AZE/1) à ses 125e et 126e séances (';
const UN_DOC_45_49 = 'ex II, 55 UN GAOR Supp (No 49) at 60, UN Doc A/45/49. 2000, New York: United Natio';
const JOINT = "articulières dues à l'exécution de mesures 1 A/47/277-S/24111; voir Documents offic";

const ROWS: FormRow[] = [
  // 1. sym-res-case: the RES component in title case, in a heading's symbol as in a Council one with its year.
  rewritten(
    'sym-res-case',
    'real-dev-en-001',
    'en',
    'A/RES/64/178 Convention, including',
    'A/RES/64/178',
    'A/RES/64/178',
    'A/Res/64/178',
  ),
  rewritten(
    'sym-res-case',
    'real-dev-en-007',
    'en',
    'A/HRC/RES/14/2 United Nations',
    'A/HRC/RES/14/2',
    'A/HRC/RES/14/2',
    'A/HRC/Res/14/2',
  ),
  rewritten(
    'sym-res-case',
    'real-dev-en-013',
    'en',
    SC_2388,
    'S/RES/2388 (2017)',
    'S/RES/2388(2017)',
    'S/Res/2388 (2017)',
  ),
  rewritten(
    'sym-res-case',
    'real-dev-es-279',
    'es',
    'contra el terrorismo [A/RES/60/288] (08.09.2006)',
    'A/RES/60/288',
    'A/RES/60/288',
    'A/Res/60/288',
  ),
  // 2. sym-link: the link before the span, its site chosen by the span's place (bare, with the language, docs.un.org).
  putBefore(
    'sym-link',
    'real-dev-en-200',
    'en',
    'atements of its President of July 13, 2006 (S/PRST/2006/31), December 22',
    'S/PRST/2006/31',
    'S/PRST/2006/31',
    'https://docs.un.org/en/',
  ),
  putBefore('sym-link', 'real-dev-fr-313', 'fr', CRPD_AZE, 'CRPD/C/AZE/1', 'CRPD/C/AZE/1', 'https://undocs.org/'),
  putBefore(
    'sym-link',
    'fr-corpus-042',
    'fr',
    '<sup>19</sup> CTOC/COP/2010/5, CTOC/COP/2010/6 et CTOC/COP/2010/11.',
    'CTOC/COP/2010/6',
    'CTOC/COP/2010/6',
    'https://undocs.org/fr/',
  ),
  putBefore(
    'sym-link',
    'real-dev-es-279',
    'es',
    'contra el terrorismo [A/RES/60/288] (08.09.2006)',
    'A/RES/60/288',
    'A/RES/60/288',
    'https://undocs.org/es/',
  ),
  // 3. sym-year-glued: the space before a Council year taken out.
  rewritten(
    'sym-year-glued',
    'real-dev-en-013',
    'en',
    SC_2388,
    'S/RES/2388 (2017)',
    'S/RES/2388(2017)',
    'S/RES/2388(2017)',
  ),
  rewritten(
    'sym-year-glued',
    'en-prose-049',
    'en',
    'S/RES/2331(2016) and S/RES/2388 (2017)',
    'S/RES/2388 (2017)',
    'S/RES/2388(2017)',
    'S/RES/2388(2017)',
  ),
  // 4. sym-doc-label: the legal style's label, by language.
  putBefore(
    'sym-doc-label',
    'real-dev-en-181',
    'en',
    'ssued by Russia and Turkey in this regard (S/2016/1133);',
    'S/2016/1133',
    'S/2016/1133',
    'U.N. Doc. ',
  ),
  putBefore(
    'sym-doc-label',
    'real-dev-en-013',
    'en',
    'king note of the Secretary-General’s report S/2017/939,',
    'S/2017/939',
    'S/2017/939',
    'document ',
  ),
  putBefore(
    'sym-doc-label',
    'fr-prose-007',
    'fr',
    's recommandations figurant dans son rapport (CTOC/COP/WG.4/2019/6).',
    'CTOC/COP/WG.4/2019/6',
    'CTOC/COP/WG.4/2019/6',
    'document ',
  ),
  putBefore(
    'sym-doc-label',
    'real-dev-es-107',
    'es',
    'anotada se publicó el 17 de febrero de 1998 (A/53/50). Los cambios',
    'A/53/50',
    'A/53/50',
    'documento ',
  ),
  putBefore(
    'sym-doc-label',
    'real-dev-es-022',
    'es',
    'Giammarinaro, A/HRC/29/38, 31 de marzo',
    'A/HRC/29/38',
    'A/HRC/29/38',
    'documento ',
  ),
  // 5. sym-linebreak: after a component's dot before its number, or before the first slash of a long root.
  rewritten(
    'sym-linebreak',
    'real-dev-en-117',
    'en',
    'Summary Record of Fifth Meeting, document E/CN.4/Sub.2/SR.5 (27 November 1947)',
    'E/CN.4/Sub.2/SR.5',
    'E/CN.4/SUB.2/SR.5',
    'E/CN.\n4/Sub.2/SR.5',
  ),
  rewritten(
    'sym-linebreak',
    'mixed-blind-003',
    'fr',
    'Voir les documents CTOC/COP/WG.4/2017/4 et CTOC/COP/WG.4/2018/3.',
    'CTOC/COP/WG.4/2017/4',
    'CTOC/COP/WG.4/2017/4',
    'CTOC/COP/WG.\n4/2017/4',
  ),
  rewritten('sym-linebreak', 'real-dev-fr-313', 'fr', CRPD_AZE, 'CRPD/C/AZE/1', 'CRPD/C/AZE/1', 'CRPD\n/C/AZE/1'),
  rewritten(
    'sym-linebreak',
    'real-dev-es-011',
    'es',
    'contra la Corrupción CAC/COSP/WG.2/2011/3 Distr. general 22',
    'CAC/COSP/WG.2/2011/3',
    'CAC/COSP/WG.2/2011/3',
    'CAC/COSP/WG.\n2/2011/3',
  ),
];

const LEFT_ALONE: FormRow[] = [
  // A presidential statement keeps its capitals; a symbol already in title or lower case, spaced, in a URL.
  alone('sym-res-case', 'real-dev-en-190', 'en', 'statement (S/PRST/2015/11), the', 'S/PRST/2015/11', 'S/PRST/2015/11'),
  alone(
    'sym-res-case',
    'real-dev-en-204',
    'en',
    'text of S/Res/2240 (2015) via',
    'S/Res/2240 (2015)',
    'S/RES/2240(2015)',
  ),
  alone('sym-res-case', 'en-prose-052', 'en', 'a/res/64/293', 'a/res/64/293', 'A/RES/64/293'),
  alone('sym-res-case', 'real-dev-es-153', 'es', 'Código S / RES / 1820 ( documento )', 'S / RES / 1820', 'S/RES/1820'),
  alone(
    'sym-res-case',
    'fr-prose-048',
    'fr',
    'Voir https://undocs.org/fr/A/RES/64/293 pour',
    'A/RES/64/293',
    'A/RES/64/293',
  ),
  // Already a link or after a document's label, a space inside (no link holds one), glued to a joint symbol, or at
  // the passage's start.
  alone(
    'sym-link',
    'en-prose-015',
    'en',
    'Available at https://undocs.org/en/A/HRC/RES/44/4.',
    'A/HRC/RES/44/4',
    'A/HRC/RES/44/4',
  ),
  alone('sym-link', 'real-dev-en-059', 'en', UN_DOC_45_49, 'A/45/49', 'A/45/49'),
  alone(
    'sym-link',
    'real-dev-en-311',
    'en',
    '- Meeting: 7847\n- Code: S/RES/2331\n- Document',
    'S/RES/2331',
    'S/RES/2331',
  ),
  alone('sym-link', 'real-dev-en-013', 'en', `see ${SC_2388}`, 'S/RES/2388 (2017)', 'S/RES/2388(2017)'),
  alone('sym-link', 'real-dev-fr-247', 'fr', JOINT, 'A/47/277', 'A/47/277'),
  alone(
    'sym-link',
    'real-dev-en-003',
    'en',
    'A/RES/70/179 Improving the coordination of',
    'A/RES/70/179',
    'A/RES/70/179',
  ),
  // A part's qualifier (not attested glued), a year already glued, a Council symbol in title case or spaced.
  alone(
    'sym-year-glued',
    'real-dev-en-043',
    'en',
    'U.N. Doc. A/51/49 (Vol. I) (1996).',
    'A/51/49 (Vol. I)',
    'A/51/49(VOL.I)',
  ),
  alone(
    'sym-year-glued',
    'en-prose-049',
    'en',
    'S/RES/2331(2016) and S/RES/2388',
    'S/RES/2331(2016)',
    'S/RES/2331(2016)',
  ),
  alone(
    'sym-year-glued',
    'real-dev-en-204',
    'en',
    'text of S/Res/2240 (2015) via',
    'S/Res/2240 (2015)',
    'S/RES/2240(2015)',
  ),
  // A label already there, a heading's symbol, a list's later item, a head word before the span.
  alone('sym-doc-label', 'real-dev-en-059', 'en', UN_DOC_45_49, 'A/45/49', 'A/45/49'),
  alone(
    'sym-doc-label',
    'es-prose-020',
    'es',
    'En el documento E/2002/68/Add.1 figuran',
    'E/2002/68/Add.1',
    'E/2002/68/ADD.1',
  ),
  alone(
    'sym-doc-label',
    'real-dev-en-026',
    'en',
    'United Nations A/RES/61/180 General Assembly',
    'A/RES/61/180',
    'A/RES/61/180',
  ),
  alone(
    'sym-doc-label',
    'fr-corpus-038',
    'fr',
    '<sup>15</sup> CTOC/COP/2008/8, CTOC/COP/2008/9 et CTOC/COP/2008/11.',
    'CTOC/COP/2008/9',
    'CTOC/COP/2008/9',
  ),
  alone(
    'sym-doc-label',
    'real-dev-en-091',
    'en',
    'adopted by resolution A/RES/55/25 of 15',
    'A/RES/55/25',
    'A/RES/55/25',
  ),
  // Two slashes only, no dot before a number and a one-letter root, a break already there, a joint symbol.
  alone('sym-linebreak', 'real-dev-en-013', 'en', 'Secretary-General’s report S/2017/939,', 'S/2017/939', 'S/2017/939'),
  alone(
    'sym-linebreak',
    'real-dev-en-003',
    'en',
    'A/RES/70/179 Improving the coordination of',
    'A/RES/70/179',
    'A/RES/70/179',
  ),
  alone(
    'sym-linebreak',
    'real-dev-en-153',
    'en',
    'United Nations\nCTOC\n/COP/WG.3/2020/2\nConference',
    'CTOC\n/COP/WG.3/2020/2',
    'CTOC/COP/WG.3/2020/2',
  ),
  alone('sym-linebreak', 'real-dev-fr-247', 'fr', JOINT, 'A/47/277', 'A/47/277'),
];

describeFormTables({
  name: 'symbol form',
  forms: SYMBOL_FORM_PERTURBATIONS,
  rows: ROWS,
  leftAlone: LEFT_ALONE,
  kindOf: () => 'symbol',
  otherKinds: () => ['treaty', 'cop-instrument', 'resolution'],
});

describe('each symbol form: where it writes, and other labels', () => {
  it.each(ROWS.map((r) => [r.form, r.from, r] as const))(
    '%s (%s): a link or a label before the span, the others inside it',
    (_form, _from, r) => {
      const out = perturbOne(form(r.form), r.text, labelIn(r.text, r.label, r.key, 'symbol'), r.lang);
      if (BEFORE_SPAN.has(r.form)) expect(out.label).toBe(r.label);
      else expect(out.label).not.toBe(r.label);
    },
  );

  it('has a row for every language the link, label and line-break forms write', () => {
    for (const name of ['sym-doc-label', 'sym-link', 'sym-linebreak']) {
      expect(new Set(ROWS.filter((r) => r.form === name).map((r) => r.lang)), name).toEqual(
        new Set(['en', 'fr', 'es']),
      );
    }
  });

  it('never puts a link or a label inside another label', () => {
    const text = 'resolution 2140 (2014) (S/2016/73)';
    const labels = [
      labelIn(text, 'S/2016/73', 'S/2016/73', 'symbol'),
      labelIn(text, 'resolution 2140 (2014) (', 'S/RES/2140(2014)', 'resolution'),
    ];
    for (const name of BEFORE_SPAN) expect(form(name).perturb(text, labels, 'en').text).toBe(text);
  });
});

describe('the symbol forms in the robustness evaluation', () => {
  it('run after the resolution forms, selectable by name', () => {
    const at = ALL_PERTURBATIONS.findIndex((p) => p.name === 'council-year') + 1;
    expect(ALL_PERTURBATIONS.slice(at, at + 5).map((p) => p.name)).toEqual([
      'sym-res-case',
      'sym-link',
      'sym-year-glued',
      'sym-doc-label',
      'sym-linebreak',
    ]);
  });

  it.each(SYMBOL_FORM_PERTURBATIONS.map((p) => [p.name, p] as const))(
    '%s: a consistent map over the in-sample passages, keys kept, some symbol spans rewritten and no other',
    (name, perturbation) => {
      // A link or a label changes the text before the spans, never a span's text: counted there.
      if (BEFORE_SPAN.has(name)) {
        expect(checkInSample(perturbation, 'symbol')).toBe(0);
        expect(putBeforeInSample(perturbation)).toBeGreaterThan(0);
      } else expect(checkInSample(perturbation, 'symbol', true)).toBeGreaterThan(0);
    },
  );
});
