import { describe, expect, it } from 'vitest';
import { checkInSample, describeFormTables, formNamed, rewritten, type FormRow, labelIn } from './form-factories';
import { NUMBER_FORM_PERTURBATIONS } from '../../../scripts/number-forms';
import { ALL_PERTURBATIONS, perturbCase } from '../../../scripts/eval-robustness';
import { loadCases, SPLITS } from '../../../scripts/eval-citations';
import type { LabelSpan } from '../../../scripts/perturbations';

/**
 * The numbering and head-word forms of a resolution or COP instrument citation (`scripts/number-forms.ts`): each
 * form's rewrite of a labelled span (or, for the session's ordinal, of the text right after it), the label carried
 * through, on passages copied from the dev and in-sample fixtures (never the test split), and what each form leaves.
 */

const form = (name: string) => formNamed(NUMBER_FORM_PERTURBATIONS, name);

/** A row the form leaves alone: the text and the label as they are. */
const alone = (formName: string, from: string, lang: string, text: string, label: string, key: string): FormRow =>
  rewritten(formName, from, lang, text, label, key, label);

/** The kind of a row's label: a COP instrument's key starts with `COP `. */
const kindOf = (key: string) => (key.startsWith('COP ') ? 'cop-instrument' : 'resolution');

const MB_035 = 'la résolution 5/2 et les décisions 1/5, 2/3 ';
const MB_019 =
  'decision 3/2 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime';
const EN_184 = 'resolution 1915 (ORG-75), resolution 2046 (S-III), adopted at the fifty-fourth session, the organi';

const ROWS: FormRow[] = [
  // 1. num-sign: the sign picked by the span's start (start % 3), the head word's language, not the passage's.
  rewritten('num-sign', 'mixed-blind-035', 'fr', MB_035, 'résolution 5/2', 'COP resolution 5/2', 'résolution n° 5/2'),
  rewritten(
    'num-sign',
    'fr-corpus-040',
    'fr',
    '*Rappelant également* sa décision 4/4 du 17 octobre 2008',
    'décision 4/4',
    'COP decision 4/4',
    'décision no 4/4',
  ),
  rewritten(
    'num-sign',
    'real-dev-fr-248',
    'fr',
    '\nÀ sa soixante et unième session, l’Assemblée générale (résolution 61/6).',
    'résolution 61/6',
    'A/RES/61/6',
    'résolution nº 61/6',
  ),
  rewritten(
    'num-sign',
    'real-dev-es-109',
    'es',
    'Tomando nota de la resolución 53/111 de la Asamblea General, de 9 de diciembre de 1998',
    'resolución 53/111 de la Asamblea General',
    'A/RES/53/111',
    'resolución núm. 53/111 de la Asamblea General',
  ),
  rewritten(
    'num-sign',
    'mixed-blind-007',
    'es',
    'Recordando la resolución 2331 (2016) del Consejo de Seguridad,',
    'resolución 2331 (2016) del Consejo de Seguridad',
    'S/RES/2331(2016)',
    'resolución n.º 2331 (2016) del Consejo de Seguridad',
  ),
  rewritten(
    'num-sign',
    'real-dev-en-175',
    'en',
    'In its resolution 74/247, the General Assembly decided to establish an open-ended',
    'resolution 74/247',
    'A/RES/74/247',
    'resolution No. 74/247',
  ),
  rewritten(
    'num-sign',
    'mixed-blind-001',
    'en',
    'In paragraph 3 of its resolution 5/2, the Conference welcomed',
    'paragraph 3 of its resolution 5/2',
    'COP resolution 5/2',
    'paragraph 3 of its resolution No. 5/2',
  ),
  // 2. head-capital: the head word at the span's start, or after an English body's name.
  rewritten(
    'head-capital',
    'fr-prose-040',
    'fr',
    'La Conférence, dans sa décision 3/3, a prié le Secrétariat',
    'décision 3/3',
    'COP decision 3/3',
    'Décision 3/3',
  ),
  rewritten(
    'head-capital',
    'mixed-blind-023',
    'es',
    'En su decisión 3/3, la Conferencia decidió',
    'decisión 3/3',
    'COP decision 3/3',
    'Decisión 3/3',
  ),
  rewritten(
    'head-capital',
    'real-dev-es-251',
    'es',
    'Recordando sus resoluciones 54/175, de 17 de diciembre de 1999',
    'resoluciones 54/175',
    'A/RES/54/175',
    'Resoluciones 54/175',
  ),
  rewritten(
    'head-capital',
    'real-dev-en-036',
    'en',
    'Summary Pursuant to General Assembly resolution 57/176, the present report',
    'General Assembly resolution 57/176',
    'A/RES/57/176',
    'General Assembly Resolution 57/176',
  ),
  // 3. cop-body-name: the Organized Crime Convention's full name in the span → its short name.
  rewritten(
    'cop-body-name',
    'mixed-blind-019',
    'en',
    MB_019,
    MB_019,
    'COP decision 3/2',
    'decision 3/2 of the Conference of the Parties to the Organized Crime Convention',
  ),
  rewritten(
    'cop-body-name',
    'fr-corpus-070',
    'fr',
    'sur la décision 4/4 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée, intitulée',
    'décision 4/4 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
    'COP decision 4/4',
    'décision 4/4 de la Conférence des Parties à la Convention contre la criminalité organisée',
  ),
  rewritten(
    'cop-body-name',
    'real-dev-es-129',
    'es',
    'de conformidad con la resolución 8/3 de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, titulada',
    'resolución 8/3 de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    'COP resolution 8/3',
    'resolución 8/3 de la Conferencia de las Partes en la Convención contra la Delincuencia Organizada',
  ),
  // 4. session-ordinal: the span as it is, the session after it in figures.
  rewritten(
    'session-ordinal',
    'fr-prose-002',
    'fr',
    'Voir la décision 4/4, adoptée à la quatrième session.',
    'décision 4/4',
    'COP decision 4/4',
    'décision 4/4',
    'Voir la décision 4/4, adoptée à la 4e session.',
  ),
  rewritten(
    'session-ordinal',
    'real-dev-en-237',
    'en',
    'Follow-up to resolution 4/8 of 30 March 2007 adopted by the Human Rights Council at its fourth session entitled',
    'resolution 4/8',
    'A/HRC/RES/4/8',
    'resolution 4/8',
    'Follow-up to resolution 4/8 of 30 March 2007 adopted by the Human Rights Council at its 4th session entitled',
  ),
  rewritten(
    'session-ordinal',
    'real-dev-en-184',
    'en',
    EN_184,
    'resolution 2046 (S-III)',
    'E/RES/2046(S-III)',
    'resolution 2046 (S-III)',
    EN_184.replace('fifty-fourth', '54th'),
  ),
  // Composed: no Spanish span in dev or in-sample has its session after it; the phrase is real-dev-es-027's.
  rewritten(
    'session-ordinal',
    'mixed-blind-023 + real-dev-es-027',
    'es',
    'En su decisión 3/3, adoptada en su tercer período de sesiones, la Conferencia decidió',
    'decisión 3/3',
    'COP decision 3/3',
    'decisión 3/3',
    'En su decisión 3/3, adoptada en su 3.er período de sesiones, la Conferencia decidió',
  ),
];

const LEFT_ALONE: FormRow[] = [
  // A number sign already there, a line break, a list or a glued number after, a plural, a special session.
  alone(
    'num-sign',
    'real-dev-fr-278',
    'fr',
    'Par sa résolution n° 1 593 du 31 mars, le Conseil',
    'résolution n° 1 593',
    'S/RES/1593',
  ),
  alone(
    'num-sign',
    'real-dev-es-291',
    'es',
    'concretamente, la resolución \n1373 (2001) (en lo sucesivo, “la Resolución”)',
    'resolución \n1373 (2001)',
    'S/RES/1373(2001)',
  ),
  alone(
    'num-sign',
    'real-dev-en-256',
    'en',
    'implementation of\n\n    resolution 1325 (2000), 1612 (2005) and 1674 (2006)',
    'resolution 1325 (2000)',
    'S/RES/1325(2000)',
  ),
  alone('num-sign', 'mixed-edge-031', 'fr', 'Voir la décision 4/4 et 24/7.', 'décision 4/4', 'COP decision 4/4'),
  alone(
    'num-sign',
    'real-dev-es-201',
    'es',
    'en la aplicación de la resolución 62/2082008/2 Progress in the implementation',
    'resolución 62/208',
    'A/RES/62/208',
  ),
  alone(
    'num-sign',
    'real-dev-es-251',
    'es',
    'Recordando sus resoluciones 54/175, de 17 de diciembre de 1999',
    'resoluciones 54/175',
    'A/RES/54/175',
  ),
  alone(
    'num-sign',
    'real-dev-en-237',
    'en',
    'follow-up to Human Rights Council resolution S-1/1 and S-3/1',
    'Human Rights Council resolution S-1/1',
    'A/HRC/RES/S-1/1',
  ),
  // The key does not name the number (the form never rewrites into another document).
  alone('num-sign', 'mixed-blind-035', 'fr', MB_035, 'résolution 5/2', 'COP resolution 5/3'),
  // Already a capital, a head word not at the span's start, a bare number.
  alone(
    'head-capital',
    'real-dev-fr-103',
    'fr',
    'Résolution 1888 du Conseil de sécurité des Nations Unies - United Nations',
    'Résolution 1888 du Conseil de sécurité des Nations Unies',
    'S/RES/1888',
  ),
  alone(
    'head-capital',
    'mixed-blind-001',
    'en',
    'In paragraph 3 of its resolution 5/2, the Conference welcomed',
    'paragraph 3 of its resolution 5/2',
    'COP resolution 5/2',
  ),
  alone(
    'head-capital',
    'real-dev-es-251',
    'es',
    'sobre el derecho al desarrollo, 55/196, de 20 de diciembre de 2000',
    '55/196',
    'A/RES/55/196',
  ),
  // The Conference named short, or a span whose key is not a COP instrument's.
  alone(
    'cop-body-name',
    'fr-corpus-001',
    'fr',
    'travail présenté dans la décision 4/4 de la Conférence, le Groupe de travail',
    'décision 4/4 de la Conférence',
    'COP decision 4/4',
  ),
  alone('cop-body-name', 'mixed-blind-019', 'en', MB_019, MB_019, 'A/RES/3/2'),
  // The session in another sentence, or not named with `en su` (`celebró su primer período`).
  alone(
    'session-ordinal',
    'real-dev-fr-248',
    'fr',
    '56/46, 57/47 et 59/19).\nÀ sa soixante et unième session, l’Assemblée générale',
    '59/19',
    'A/RES/59/19',
  ),
  alone(
    'session-ordinal',
    'real-dev-es-071',
    'es',
    'la resolución 5/1 de 18 de junio  de  2007  del  Consejo  de\nDerechos Humanos, celebró su primer período de  sesiones',
    'resolución 5/1',
    'A/HRC/RES/5/1',
  ),
];

describeFormTables({
  name: 'number form',
  forms: NUMBER_FORM_PERTURBATIONS,
  rows: ROWS,
  leftAlone: LEFT_ALONE,
  kindOf: (r) => kindOf(r.key),
  otherKinds: () => ['treaty', 'symbol'],
});

describe('each number form and a list of labels', () => {
  it('rewrites the session once when a list of labels comes before it (real-dev-en-184)', () => {
    const labels = [
      labelIn(EN_184, 'resolution 1915 (ORG-75)', 'E/RES/1915(ORG-75)', 'resolution'),
      labelIn(EN_184, 'resolution 2046 (S-III)', 'E/RES/2046(S-III)', 'resolution'),
    ];
    expect(form('session-ordinal').perturb(EN_184, labels.slice(0, 1), 'en').text).toContain('54th');
    expect(form('session-ordinal').perturb(EN_184, labels, 'en').text).toBe(EN_184.replace('fifty-fourth', '54th'));
  });
});

describe('the number forms in the robustness evaluation', () => {
  it('run after the symbol forms, selectable by name', () => {
    const names = ALL_PERTURBATIONS.map((p) => p.name);
    const at = names.indexOf('sym-linebreak') + 1;
    expect(names.slice(at, at + 4)).toEqual(['num-sign', 'head-capital', 'cop-body-name', 'session-ordinal']);
  });

  it.each(NUMBER_FORM_PERTURBATIONS.filter((p) => p.name !== 'session-ordinal').map((p) => [p.name, p] as const))(
    '%s: a consistent map over the in-sample passages, keys kept, some spans rewritten, nothing outside them',
    (_name, perturbation) => {
      // Each kind on its own (`checkInSample` checks one kind): the form given only that kind's labels.
      const counts = ['resolution', 'cop-instrument'].map((kind) =>
        checkInSample(
          { ...perturbation, perturb: (t, labels, lang) => perturbation.perturb(t, onlyKind(labels, kind), lang) },
          kind,
          true,
        ),
      );
      expect(counts[0]! + counts[1]!).toBeGreaterThan(0);
    },
  );

  it('session-ordinal: a consistent map over the in-sample passages, keys and spans kept, some passages rewritten', () => {
    const p = form('session-ordinal');
    expect(checkInSample(p, 'none')).toBe(0);
    expect(loadCases(SPLITS[0]!.dir).filter((c) => perturbCase(c, p).text !== c.text)).toHaveLength(1);
  });
});

/** The labels of `kind`. */
const onlyKind = (labels: readonly LabelSpan[] | undefined, kind: string) => labels?.filter((l) => l.kind === kind);
