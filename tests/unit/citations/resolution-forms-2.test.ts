import { describe, expect, it } from 'vitest';
import { checkInSample, formNamed, rewritten, type FormRow, labelIn } from './form-factories';
import { RESOLUTION_FORM_PERTURBATIONS_2 } from '../../../scripts/resolution-forms-2';
import { ALL_PERTURBATIONS } from '../../../scripts/eval-robustness';
import { mapSpan, type LabelSpan } from '../../../scripts/perturbations';

/**
 * The second list of a resolution's written forms (`scripts/resolution-forms-2.ts`): each form's rewrite, every label
 * carried through, on passages copied from the dev and in-sample fixtures (never the test split), and the spans each
 * form must leave alone.
 */

const form = (name: string) => formNamed(RESOLUTION_FORM_PERTURBATIONS_2, name);

/** The kind a form rewrites. */
const kindOf = (name: string) => (name === 'cop-decision-body' ? 'cop-instrument' : 'resolution');

/** A row: a passage, its labels (text and key, in order), the perturbed passage and each label's text after. */
interface Row {
  form: string;
  from: string;
  lang: string;
  text: string;
  labels: readonly (readonly [string, string])[];
  perturbed: string;
  mapped: readonly string[];
}

/** The labels of a row placed on its text, in order. */
function place(r: Row): LabelSpan[] {
  let at = 0;
  return r.labels.map(([label, key]) => {
    const start = r.text.indexOf(label, at);
    if (start < 0) throw new Error(`${label} not in ${r.text}`);
    at = start + label.length;
    return { start, end: at, kind: kindOf(r.form), key };
  });
}

/** A one-label row from `rewritten` (`form-factories.ts`). */
const one = (r: FormRow): Row => ({ ...r, labels: [[r.label, r.key]], mapped: [r.mapped] });

const ROWS: Row[] = [
  // 1. res-list-expand: the head word repeated, each label carried through.
  {
    form: 'res-list-expand',
    from: 'real-dev-en-011',
    lang: 'en',
    text: 'has been prepared pursuant to General Assembly resolutions 64/293 and 70/179. It summarizes',
    labels: [
      ['General Assembly resolutions 64/293', 'A/RES/64/293'],
      ['70/179', 'A/RES/70/179'],
    ],
    perturbed: 'has been prepared pursuant to General Assembly resolution 64/293 and resolution 70/179. It summarizes',
    mapped: ['General Assembly resolution 64/293', 'resolution 70/179'],
  },
  {
    form: 'res-list-expand',
    from: 'real-dev-en-181',
    lang: 'en',
    text: 'its resolutions 2254 (2015) and 2268 (2016) and relevant statements',
    labels: [
      ['resolutions 2254 (2015)', 'S/RES/2254(2015)'],
      ['2268 (2016)', 'S/RES/2268(2016)'],
    ],
    perturbed: 'its resolution 2254 (2015) and resolution 2268 (2016) and relevant statements',
    mapped: ['resolution 2254 (2015)', 'resolution 2268 (2016)'],
  },
  // French and Spanish: the determiner in the singular, repeated before the second item outside its label.
  {
    form: 'res-list-expand',
    from: 'real-dev-fr-114',
    lang: 'fr',
    text: 'Réaffirmant ses résolutions 24/23 et 29/8, en date respectivement',
    labels: [
      ['résolutions 24/23', 'A/HRC/RES/24/23'],
      ['29/8', 'A/HRC/RES/29/8'],
    ],
    perturbed: 'Réaffirmant sa résolution 24/23 et sa résolution 29/8, en date respectivement',
    mapped: ['résolution 24/23', 'résolution 29/8'],
  },
  {
    form: 'res-list-expand',
    from: 'real-dev-es-108',
    lang: 'es',
    text: 'la aplicación de sus resoluciones 1612 (2005) y 1882 (2009) ha generado progresos',
    labels: [
      ['resoluciones 1612 (2005)', 'S/RES/1612(2005)'],
      ['1882 (2009)', 'S/RES/1882(2009)'],
    ],
    perturbed: 'la aplicación de su resolución 1612 (2005) y su resolución 1882 (2009) ha generado progresos',
    mapped: ['resolución 1612 (2005)', 'resolución 1882 (2009)'],
  },
  // 2. res-body-between: the body between the head word and the number.
  one(
    rewritten(
      'res-body-between',
      'fr-corpus-047',
      'fr',
      "avec satisfaction la résolution 64/293 de l'Assemblée générale en date du 30 juillet 2010",
      "résolution 64/293 de l'Assemblée générale",
      'A/RES/64/293',
      "résolution de l'Assemblée générale 64/293",
    ),
  ),
  one(
    rewritten(
      'res-body-between',
      'real-dev-fr-272',
      'fr',
      'de la résolution 1593 (2005) du Conseil de sécurité qui défère au Procureur',
      'résolution 1593 (2005) du Conseil de sécurité',
      'S/RES/1593(2005)',
      'résolution du Conseil de sécurité 1593 (2005)',
    ),
  ),
  one(
    rewritten(
      'res-body-between',
      'real-dev-es-023',
      'es',
      'Recordando la resolución 53/111 de la Asamblea General, de 9 de diciembre',
      'resolución 53/111 de la Asamblea General',
      'A/RES/53/111',
      'resolución de la Asamblea General 53/111',
    ),
  ),
  one(
    rewritten(
      'res-body-between',
      'real-dev-es-209',
      'es',
      'En virtud de la Resolución 42/10 del Consejo de Derechos Humanos, el Relator Especial',
      'Resolución 42/10 del Consejo de Derechos Humanos',
      'A/HRC/RES/42/10',
      'Resolución del Consejo de Derechos Humanos 42/10',
    ),
  ),
  // 3. cop-decision-body: the Conference named after the instrument, inside its label.
  one(
    rewritten(
      'cop-decision-body',
      'real-dev-en-171',
      'en',
      'I. Introduction\n1. In decision 4/4, the Conference of the Parties',
      'decision 4/4',
      'COP decision 4/4',
      'decision 4/4 of the Conference of the Parties',
    ),
  ),
  one(
    rewritten(
      'cop-decision-body',
      'real-dev-es-056',
      'es',
      'de la UNTOC mediante la resolución 9/1. El Mecanismo de Examen',
      'resolución 9/1',
      'COP resolution 9/1',
      'resolución 9/1 de la Conferencia de las Partes',
    ),
  ),
  one(
    rewritten(
      'cop-decision-body',
      'fr-prose-011',
      'fr',
      "La décision 4/1 porte sur l'assistance technique",
      'décision 4/1',
      'COP decision 4/1',
      'décision 4/1 de la Conférence des Parties',
    ),
  ),
];

/** A row the form leaves alone. */
const alone = (r: Omit<Row, 'perturbed' | 'mapped'>): Row => ({
  ...r,
  perturbed: r.text,
  mapped: r.labels.map((l) => l[0]),
});

const LEFT_ALONE: Row[] = [
  // A list of three, a list whose first item has the body between, a second item naming the body, no determiner.
  alone({
    form: 'res-list-expand',
    from: 'real-dev-en-119',
    lang: 'en',
    text: 'pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) on these',
    labels: [
      ['resolutions 1267 (1999)', 'S/RES/1267(1999)'],
      ['1989 (2011)', 'S/RES/1989(2011)'],
      ['2253 (2015)', 'S/RES/2253(2015)'],
    ],
  }),
  alone({
    form: 'res-list-expand',
    from: 'real-dev-fr-060',
    lang: 'fr',
    text: 'Prenant note des résolutions 71/72 et 70/80 de l’Assemblée générale, par lesquelles',
    labels: [
      ['résolutions 71/72', 'A/RES/71/72'],
      ['70/80 de l’Assemblée générale', 'A/RES/70/80'],
    ],
  }),
  alone({
    form: 'res-list-expand',
    from: 'real-dev-en-139',
    lang: 'en',
    text: 'in accordance with resolutions 53/111 and 53/114 and 54/1',
    labels: [
      ['resolutions 53/111', 'A/RES/53/111'],
      ['53/114', 'A/RES/53/114'],
    ],
  }),
  alone({
    form: 'res-list-expand',
    from: 'real-dev-fr-050',
    lang: 'fr',
    text: 'a adopté les résolutions 53/111[1] et 53/114[2] par lesquelles',
    labels: [
      ['résolutions 53/111', 'A/RES/53/111'],
      ['53/114', 'A/RES/53/114'],
    ],
  }),
  alone({
    form: 'res-list-expand',
    from: 'real-dev-es-253',
    lang: 'es',
    text: 'se prorrogaron mediante resoluciones 15/15 y 22/8.',
    labels: [
      ['resoluciones 15/15', 'A/HRC/RES/15/15'],
      ['22/8', 'A/HRC/RES/22/8'],
    ],
  }),
  // A longer body, an annex, a body the key does not name, English.
  alone({
    form: 'res-body-between',
    from: 'real-dev-fr-103',
    lang: 'fr',
    text: 'La résolution 1888 du Conseil de sécurité des Nations Unies a été adoptée',
    labels: [['résolution 1888 du Conseil de sécurité des Nations Unies', 'S/RES/1888']],
  }),
  alone({
    form: 'res-body-between',
    from: 'fr-corpus-024',
    lang: 'fr',
    text: "Résolution 55/25 de l'Assemblée générale, annexe I.",
    labels: [["Résolution 55/25 de l'Assemblée générale, annexe I", 'A/RES/55/25']],
  }),
  alone({
    form: 'res-body-between',
    from: 'real-dev-fr-080',
    lang: 'fr',
    text: 'La résolution 1992/2 du Conseil a assigné',
    labels: [['résolution 1992/2 du Conseil', 'E/RES/1992/2']],
  }),
  alone({
    form: 'res-body-between',
    from: 'mixed-blind-001',
    lang: 'en',
    text: 'the Conference welcomed General Assembly resolution 64/293.',
    labels: [['General Assembly resolution 64/293', 'A/RES/64/293']],
  }),
  // A possessive before it, a body already after it, a list.
  alone({
    form: 'cop-decision-body',
    from: 'real-dev-en-009',
    lang: 'en',
    text: '1. In its decision 4/4, the Conference of the Parties',
    labels: [['decision 4/4', 'COP decision 4/4']],
  }),
  alone({
    form: 'cop-decision-body',
    from: 'real-dev-en-050',
    lang: 'en',
    text: 'Reaffirming decision 1/2 of 7 July 2004, in which',
    labels: [['decision 1/2', 'COP decision 1/2']],
  }),
  alone({
    form: 'cop-decision-body',
    from: 'mixed-edge-031',
    lang: 'fr',
    text: 'décision 4/4 et 24/7.',
    labels: [['décision 4/4', 'COP decision 4/4']],
  }),
];

describe('each form of the second list on real passages: the perturbed text and every label carried through', () => {
  it.each([...ROWS, ...LEFT_ALONE].map((r) => [r.form, r.from, r] as const))('%s (%s)', (_f, _from, r) => {
    const labels = place(r);
    const p = form(r.form).perturb(r.text, labels, r.lang);
    expect(p.text).toBe(r.perturbed);
    expect(
      labels.map((l) => {
        const s = mapSpan(p, l.start, l.end);
        return p.text.slice(s.start, s.end);
      }),
    ).toEqual(r.mapped);
  });

  it('has a row for every form', () => {
    expect(new Set(ROWS.map((r) => r.form))).toEqual(new Set(RESOLUTION_FORM_PERTURBATIONS_2.map((p) => p.name)));
  });

  it.each(ROWS.map((r) => [r.form, r.from, r] as const))('%s (%s) with labels of another kind', (_f, _from, r) => {
    for (const kind of ['treaty', 'symbol', kindOf(r.form) === 'resolution' ? 'cop-instrument' : 'resolution']) {
      const labels = place(r).map((l) => ({ ...l, kind }));
      expect(form(r.form).perturb(r.text, labels, r.lang).text).toBe(r.text);
    }
  });

  it('never rewrites across another label', () => {
    const r = ROWS[0]!;
    const labels = [...place(r), labelIn(r.text, 'resolutions 64/293', 'A/RES/64/293', 'resolution')];
    expect(form('res-list-expand').perturb(r.text, labels, r.lang).text).toBe(r.text);
  });
});

describe('the second list of resolution forms in the robustness evaluation', () => {
  it('run after the numbering forms, selectable by name', () => {
    const at = ALL_PERTURBATIONS.findIndex((p) => p.name === 'session-ordinal') + 1;
    expect(ALL_PERTURBATIONS.slice(at, at + 3).map((p) => p.name)).toEqual([
      'res-list-expand',
      'res-body-between',
      'cop-decision-body',
    ]);
  });

  it.each(RESOLUTION_FORM_PERTURBATIONS_2.map((p) => [p.name, p] as const))(
    '%s: a consistent map over the in-sample passages, keys kept, some spans of its kind rewritten and no other',
    (name, perturbation) => {
      expect(checkInSample(perturbation, kindOf(name))).toBeGreaterThan(0);
    },
  );
});
