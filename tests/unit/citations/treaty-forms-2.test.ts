import { describe, expect, it } from 'vitest';
import { checkInSample, describeFormTables, formNamed, rewritten, type FormRow, labelIn } from './form-factories';
import { TREATY_FORM_PERTURBATIONS_2 } from '../../../scripts/treaty-forms-2';
import { ALL_PERTURBATIONS } from '../../../scripts/eval-robustness';
import { mapSpan } from '../../../scripts/perturbations';

/**
 * The second set of a treaty citation's written forms (`scripts/treaty-forms-2.ts`): each form's rewrite of a
 * labelled span, the label carried through, on passages copied from the dev and in-sample fixtures (never the test
 * split), and the spans each form must leave alone.
 */

const form = (name: string) => formNamed(TREATY_FORM_PERTURBATIONS_2, name);

const ROWS: FormRow[] = [
  // 1. treaty-informal: the name after the connector (the bare noun or a title) → an informal name, by the key.
  rewritten(
    'treaty-informal',
    'real-dev-en-010',
    'en',
    'in accordance with article 32, paragraph 3, of the Organized Crime Convention, and rule 2',
    'article 32, paragraph 3, of the Organized Crime Convention',
    'UNTOC art. 32(3)',
    'article 32, paragraph 3, of the Palermo Convention',
  ),
  rewritten(
    'treaty-informal',
    'real-dev-en-093',
    'en',
    'established in accordance with article 5 of this Protocol where those offences',
    'article 5 of this Protocol',
    'Firearms Protocol art. 5',
    'article 5 of the Firearms Protocol',
  ),
  rewritten(
    'treaty-informal',
    'real-dev-fr-068',
    'fr',
    "Chacune de ces infractions est prévue à l'article 6 du Protocole.",
    'article 6 du Protocole',
    'Migrants Protocol art. 6',
    'article 6 du Protocole relatif aux migrants',
  ),
  rewritten(
    'treaty-informal',
    'real-dev-fr-142',
    'fr',
    'le secrétariat de la Conférence conformément à l’article 33 de la Convention; les fonctions',
    'article 33 de la Convention',
    'UNTOC art. 33',
    'article 33 de la Convention de Palerme',
  ),
  rewritten(
    'treaty-informal',
    'real-dev-es-010',
    'es',
    'b) Recordó el artículo 32 de la Convención, con arreglo al cual',
    'artículo 32 de la Convención',
    'UNTOC art. 32',
    'artículo 32 de la Convención de Palermo',
  ),
  // 2. pin-deep-words: a lettered pinpoint in brackets, or its letter after a paragraph in words, all in words.
  rewritten(
    'pin-deep-words',
    'real-dev-en-086',
    'en',
    'Primary criminalization requirements (article 5(1)(a)) ...... 28',
    'article 5(1)(a)',
    'UNTOC art. 5(1)(a)',
    'article 5, paragraph 1, subparagraph (a)',
  ),
  rewritten(
    'pin-deep-words',
    'en-prose-064',
    'en',
    'article 6(3)(d) of the Protocol',
    'article 6(3)(d) of the Protocol',
    'TIP Protocol art. 6(3)(d)',
    'article 6, paragraph 3, subparagraph (d), of the Protocol',
  ),
  rewritten(
    'pin-deep-words',
    'fr-corpus-020',
    'fr',
    "conformément aux lois nationales et à l'article 6, paragraphe 3 d) du Protocole ;",
    'article 6, paragraphe 3 d) du Protocole',
    'TIP Protocol art. 6(3)(d)',
    'article 6, paragraphe 3, alinéa d) du Protocole',
  ),
  rewritten(
    'pin-deep-words',
    'real-dev-es-035',
    'es',
    'a que se refiere la Convención.\nArtículo 16(5)(a).- El Estado mexicano',
    'Artículo 16(5)(a)',
    'UNTOC art. 16(5)(a)',
    'Artículo 16, párrafo 5, apartado a)',
  ),
  // 4. letter-before: the letter before the article (a capital only at a sentence's start).
  rewritten(
    'letter-before',
    'real-dev-en-079',
    'en',
    'organized criminal group, contained in article 2(a) of the Convention, is analysed',
    'article 2(a) of the Convention',
    'UNTOC art. 2(a)',
    'subparagraph (a) of article 2 of the Convention',
  ),
  rewritten(
    'letter-before',
    'real-dev-fr-021',
    'fr',
    'En effet, l’article 3(a) du Protocole dispose que',
    'article 3(a) du Protocole',
    'TIP Protocol art. 3(a)',
    'alinéa a) de l’article 3 du Protocole',
  ),
  rewritten(
    'letter-before',
    'real-dev-es-034',
    'es',
    'la irrelevancia del consentimiento: el artículo 3 b) del Protocolo contra la Trata de Personas',
    'artículo 3 b) del Protocolo contra la Trata de Personas',
    'TIP Protocol art. 3(b)',
    'apartado b) del artículo 3 del Protocolo contra la Trata de Personas',
  ),
];

const alone = (formName: string, from: string, lang: string, text: string, label: string, key: string): FormRow =>
  rewritten(formName, from, lang, text, label, key, label, text);

const LEFT_ALONE: FormRow[] = [
  // An informal name already, or a name going on after the span.
  alone(
    'treaty-informal',
    'real-dev-en-115',
    'en',
    'Article 6(6) of the Palermo Protocol provides that',
    'Article 6(6) of the Palermo Protocol',
    'TIP Protocol art. 6(6)',
  ),
  alone(
    'treaty-informal',
    'real-dev-en-053 (adapted)',
    'en',
    'article 1 of the Protocol thereto',
    'article 1 of the Protocol',
    'TIP Protocol art. 1',
  ),
  // No informal name attested in the language (the French Firearms Protocol).
  alone(
    'treaty-informal',
    'written',
    'fr',
    "l'article 5 du Protocole, les",
    'article 5 du Protocole',
    'Firearms Protocol art. 5',
  ),
  // A list going on after the span, or a pinpoint the key does not hold.
  alone(
    'pin-deep-words',
    'real-dev-en-070',
    'en',
    'pursuant to article 32, paragraphs 3 (d) and 4, of the Convention:',
    'article 32, paragraphs 3 (d)',
    'UNTOC art. 32(3)(d)',
  ),
  alone(
    'pin-deep-words',
    'real-dev-en-086 (adapted)',
    'en',
    '(article 5(1)(a) and (b))',
    'article 5(1)(a)',
    'UNTOC art. 5(1)(a)',
  ),
  // A paragraph in words before the letter, or a list's earlier item before the span.
  alone(
    'letter-before',
    'real-dev-en-066',
    'en',
    'Article 3, paragraph (a) of the Protocol defines trafficking',
    'Article 3, paragraph (a) of the Protocol',
    'TIP Protocol art. 3(a)',
  ),
  alone(
    'letter-before',
    'real-dev-en-425 (adapted)',
    'en',
    'Article 2(b) and Article 3(a) of the HS protocol',
    'Article 3(a) of the HS protocol',
    'Migrants Protocol art. 3(a)',
  ),
  alone('letter-before', 'real-dev-en-086 (adapted)', 'en', 'article 5(1) of it', 'article 5(1)', 'UNTOC art. 5(1)'),
];

/** A list: its text, its labels (text and key), the perturbed text and each label's text after. */
interface ListRow {
  from: string;
  lang: string;
  text: string;
  labels: [string, string][];
  perturbed: string;
  mapped: string[];
}

const LISTS: ListRow[] = [
  {
    from: 'real-dev-en-092',
    lang: 'en',
    text: 'Without prejudice to articles 27 and 28 of the Convention, States Parties',
    labels: [
      ['articles 27', 'UNTOC art. 27'],
      ['28 of the Convention', 'UNTOC art. 28'],
    ],
    perturbed: 'Without prejudice to article 27 and article 28 of the Convention, States Parties',
    mapped: ['article 27', 'article 28 of the Convention'],
  },
  {
    from: 'fr-prose-029',
    lang: 'fr',
    text: 'conformément aux articles 16, 18 et 27 de la Convention',
    labels: [
      ['articles 16', 'UNTOC art. 16'],
      ['18', 'UNTOC art. 18'],
      ['27 de la Convention', 'UNTOC art. 27'],
    ],
    perturbed: 'conformément aux article 16, article 18 et article 27 de la Convention',
    mapped: ['article 16', 'article 18', 'article 27 de la Convention'],
  },
  {
    from: 'real-dev-es-010',
    lang: 'es',
    text: 'Recordó también los artículos 30 y 34 de la Convención, en los que',
    labels: [
      ['artículos 30', 'UNTOC art. 30'],
      ['34 de la Convención', 'UNTOC art. 34'],
    ],
    perturbed: 'Recordó también los artículo 30 y artículo 34 de la Convención, en los que',
    mapped: ['artículo 30', 'artículo 34 de la Convención'],
  },
  // Left alone: an item with a pinpoint (real-dev-es-035), an item of another instrument, an unlabelled item.
  {
    from: 'real-dev-es-035',
    lang: 'es',
    text: 'en virtud de los Artículos 5 (3), 16 (5)(a), 18 (13) y 18 (14):',
    labels: [
      ['Artículos 5 (3)', 'UNTOC art. 5(3)'],
      ['16 (5)(a)', 'UNTOC art. 16(5)(a)'],
    ],
    perturbed: 'en virtud de los Artículos 5 (3), 16 (5)(a), 18 (13) y 18 (14):',
    mapped: ['Artículos 5 (3)', '16 (5)(a)'],
  },
  {
    from: 'real-dev-en-092 (adapted)',
    lang: 'en',
    text: 'Without prejudice to articles 27 and 28 of the Convention',
    labels: [
      ['articles 27', 'UNTOC art. 27'],
      ['28 of the Convention', 'TIP Protocol art. 28'],
    ],
    perturbed: 'Without prejudice to articles 27 and 28 of the Convention',
    mapped: ['articles 27', '28 of the Convention'],
  },
  {
    from: 'real-dev-en-092 (adapted)',
    lang: 'en',
    text: 'Without prejudice to articles 27 and 28 of the Convention',
    labels: [['articles 27', 'UNTOC art. 27']],
    perturbed: 'Without prejudice to articles 27 and 28 of the Convention',
    mapped: ['articles 27'],
  },
];

describeFormTables({
  name: 'second treaty form',
  forms: TREATY_FORM_PERTURBATIONS_2,
  rows: ROWS,
  leftAlone: LEFT_ALONE,
  kindOf: () => 'treaty',
  otherKinds: () => ['symbol'],
  testedApart: ['list-expand'],
});

describe('list-expand: every label of a list carried through', () => {
  it.each(LISTS.map((r) => [r.from, r] as const))('list-expand (%s)', (_from, r) => {
    const labels = r.labels.map(([label, key]) => labelIn(r.text, label, key));
    const p = form('list-expand').perturb(r.text, labels, r.lang);
    expect(p.text).toBe(r.perturbed);
    expect(labels.map((l) => mapSpan(p, l.start, l.end)).map((s) => p.text.slice(s.start, s.end))).toEqual(r.mapped);
  });
});

describe('the forms in the robustness evaluation', () => {
  it('run last, after the second resolution forms, selectable by name', () => {
    const at = ALL_PERTURBATIONS.findIndex((p) => p.name === 'cop-decision-body') + 1;
    expect(ALL_PERTURBATIONS.slice(at, at + 4).map((p) => p.name)).toEqual([
      'treaty-informal',
      'pin-deep-words',
      'list-expand',
      'letter-before',
    ]);
  });

  it.each(TREATY_FORM_PERTURBATIONS_2.map((p) => [p.name, p] as const))(
    '%s: a consistent map over the in-sample passages, keys kept, some treaty spans rewritten and no other',
    (_name, perturbation) => {
      expect(checkInSample(perturbation, 'treaty')).toBeGreaterThan(0);
    },
  );
});
