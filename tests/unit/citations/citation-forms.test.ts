import { describe, expect, it } from 'vitest';
import { checkInSample, describeFormTables, formNamed, rewritten, type FormRow, labelIn } from './form-factories';
import { FORM_PERTURBATIONS } from '../../../scripts/citation-forms';
import { RESOLUTION_FORM_PERTURBATIONS } from '../../../scripts/resolution-forms';
import { SYMBOL_FORM_PERTURBATIONS } from '../../../scripts/symbol-forms';
import { NUMBER_FORM_PERTURBATIONS } from '../../../scripts/number-forms';
import { RESOLUTION_FORM_PERTURBATIONS_2 } from '../../../scripts/resolution-forms-2';
import { TREATY_FORM_PERTURBATIONS_2 } from '../../../scripts/treaty-forms-2';
import { ALL_PERTURBATIONS } from '../../../scripts/eval-robustness';
import { PERTURBATIONS } from '../../../scripts/perturbations';

/**
 * The written forms of a treaty-article citation (`scripts/citation-forms.ts`): each form's rewrite of a labelled
 * span, the label carried through, on passages copied from the dev and in-sample fixtures (never the test split),
 * and the spans each form must leave alone.
 */

const form = (name: string) => formNamed(FORM_PERTURBATIONS, name);

const ROWS: FormRow[] = [
  // 1. art-abbrev: the head word at the span's start, or after a French or Spanish determiner inside it.
  rewritten(
    'art-abbrev',
    'real-dev-en-053',
    'en',
    'as stated in article 1 of the Protocol, both',
    'article 1 of the Protocol',
    'TIP Protocol art. 1',
    'art. 1 of the Protocol',
  ),
  rewritten(
    'art-abbrev',
    'real-dev-en-069',
    'en',
    'Article 6.2 of the Protocol Each State',
    'Article 6.2 of the Protocol',
    'TIP Protocol art. 6(2)',
    'Art. 6.2 of the Protocol',
  ),
  rewritten(
    'art-abbrev',
    'fr-prose-029',
    'fr',
    'conformément aux articles 16, 18 et 27 de la Convention',
    'articles 16',
    'UNTOC art. 16',
    'arts. 16',
  ),
  rewritten(
    'art-abbrev',
    'fr-prose-021',
    'fr',
    "L'article 3 du Protocole relatif à la traite des personnes définit la traite.",
    'article 3 du Protocole relatif à la traite des personnes',
    'TIP Protocol art. 3',
    'art. 3 du Protocole relatif à la traite des personnes',
  ),
  rewritten(
    'art-abbrev',
    'fr-corpus-015',
    'fr',
    "Conformément au paragraphe 6 de l'article 6 du Protocole relatif à la traite des personnes, les États",
    "paragraphe 6 de l'article 6 du Protocole relatif à la traite des personnes",
    'TIP Protocol art. 6(6)',
    "paragraphe 6 de l'art. 6 du Protocole relatif à la traite des personnes",
  ),
  rewritten(
    'art-abbrev',
    'es-prose-006',
    'es',
    'de conformidad con el artículo 5 del Protocolo',
    'artículo 5 del Protocolo',
    'TIP Protocol art. 5',
    'art. 5 del Protocolo',
  ),
  rewritten(
    'art-abbrev',
    'real-dev-es-064',
    'es',
    'En la Convención (apartado a del artículo 2), se define',
    'apartado a del artículo 2',
    'UNTOC art. 2(a)',
    'apartado a del art. 2',
  ),
  // 2. pin-brackets: a paragraph in words after the article, or before it, into brackets; the commas around it go.
  rewritten(
    'pin-brackets',
    'es-written (a Spanish paragraph before its article, lower case: the head word keeps its case)',
    'es',
    'según el párrafo 2 del artículo 6 del Protocolo, los Estados',
    'párrafo 2 del artículo 6 del Protocolo',
    'TIP Protocol art. 6(2)',
    'artículo 6(2) del Protocolo',
  ),
  rewritten(
    'pin-brackets',
    'real-dev-en-010',
    'en',
    'in accordance with article 32, paragraph 3, of the Organized Crime Convention, and rule 2',
    'article 32, paragraph 3, of the Organized Crime Convention',
    'UNTOC art. 32(3)',
    'article 32(3) of the Organized Crime Convention',
  ),
  rewritten(
    'pin-brackets',
    'en-prose-008',
    'en',
    'in accordance with article 6, paragraph 3 (d), of the Protocol, States shall consider',
    'article 6, paragraph 3 (d), of the Protocol',
    'TIP Protocol art. 6(3)(d)',
    'article 6(3)(d) of the Protocol',
  ),
  rewritten(
    'pin-brackets',
    'real-dev-en-364',
    'en',
    'Pursuant to Article 18, Paragraph 13 of the Convention, the Republic',
    'Article 18, Paragraph 13 of the Convention',
    'UNTOC art. 18(13)',
    'Article 18(13) of the Convention',
  ),
  rewritten(
    'pin-brackets',
    'real-dev-en-070',
    'en',
    'comply with the provision of paragraph 5 of article 32 by providing',
    'paragraph 5 of article 32',
    'UNTOC art. 32(5)',
    'article 32(5)',
  ),
  rewritten(
    'pin-brackets',
    'fr-corpus-020',
    'fr',
    "et à l'article 6, paragraphe 3 d) du Protocole ;",
    'article 6, paragraphe 3 d) du Protocole',
    'TIP Protocol art. 6(3)(d)',
    'article 6(3)(d) du Protocole',
  ),
  // The French determiner before `paragraphe` agrees with `article`: `au paragraphe 1 de l'article 10` → `à l'article 10(1)`.
  rewritten(
    'pin-brackets',
    'fr-corpus-021',
    'fr',
    "énoncées au paragraphe 1 de l'article 10 du Protocole relatif à la traite des personnes, sur",
    "paragraphe 1 de l'article 10 du Protocole relatif à la traite des personnes",
    'TIP Protocol art. 10(1)',
    'article 10(1) du Protocole relatif à la traite des personnes',
    "énoncées à l'article 10(1) du Protocole relatif à la traite des personnes, sur",
  ),
  rewritten(
    'pin-brackets',
    'es-prose-007',
    'es',
    'el artículo 6, párrafo 3 d), del Protocolo contra la trata de personas',
    'artículo 6, párrafo 3 d), del Protocolo contra la trata de personas',
    'TIP Protocol art. 6(3)(d)',
    'artículo 6(3)(d) del Protocolo contra la trata de personas',
  ),
  rewritten(
    'pin-brackets',
    'real-dev-es-322',
    'es',
    'establecidas en el artículo 36, apartado 3, de la Convención\ny en',
    'artículo 36, apartado 3, de la Convención',
    'UNTOC art. 36(3)',
    'artículo 36(3) de la Convención',
  ),
  // 3. pin-words: the inverse; the trailing comma only before a connector.
  rewritten(
    'pin-words',
    'real-dev-en-067',
    'en',
    'More specifically, article 32 (3) of the Convention provides',
    'article 32 (3) of the Convention',
    'UNTOC art. 32(3)',
    'article 32, paragraph 3, of the Convention',
  ),
  rewritten(
    'pin-words',
    'real-dev-en-069',
    'en',
    'Article 6.2 of the Protocol Each State',
    'Article 6.2 of the Protocol',
    'TIP Protocol art. 6(2)',
    'Article 6, paragraph 2, of the Protocol',
  ),
  rewritten(
    'pin-words',
    'real-dev-en-074',
    'en',
    'However, as Article 6(4), explains, this',
    'Article 6(4)',
    'Migrants Protocol art. 6(4)',
    'Article 6, paragraph 4',
  ),
  rewritten(
    'pin-words',
    'en-prose-064',
    'en',
    'article 6(3)(d) of the Protocol',
    'article 6(3)(d) of the Protocol',
    'TIP Protocol art. 6(3)(d)',
    'article 6, paragraph 3 (d), of the Protocol',
  ),
  rewritten(
    'pin-words',
    'real-dev-fr-037',
    'fr',
    'L’article 16(1) du Protocole stipule que',
    'article 16(1) du Protocole',
    'Migrants Protocol art. 16(1)',
    'article 16, paragraphe 1, du Protocole',
  ),
  rewritten(
    'pin-words',
    'real-dev-fr-033',
    'fr',
    "n'apparait qu'une seule fois à l'article 15 (2) «\nConformément",
    'article 15 (2)',
    'Migrants Protocol art. 15(2)',
    'article 15, paragraphe 2',
  ),
  rewritten(
    'pin-words',
    'real-dev-es-063',
    'es',
    'que el artículo 16(1) del Protocolo exige',
    'artículo 16(1) del Protocolo',
    'Migrants Protocol art. 16(1)',
    'artículo 16, párrafo 1, del Protocolo',
  ),
  rewritten(
    'pin-words',
    'real-dev-es-035',
    'es',
    'Artículo 16(5)(a).- El Estado mexicano',
    'Artículo 16(5)(a)',
    'UNTOC art. 16(5)(a)',
    'Artículo 16, párrafo 5 a)',
  ),
  // 4. treaty-name: the same instrument under another of its names (the choice hashed by the span's position).
  rewritten(
    'treaty-name',
    'real-dev-en-053',
    'en',
    'as stated in article 1 of the Protocol, both',
    'article 1 of the Protocol',
    'TIP Protocol art. 1',
    'article 1 of the Trafficking in Persons Protocol',
  ),
  rewritten(
    'treaty-name',
    'real-dev-en-028',
    'en',
    'in accordance with article 32 of the Convention, and',
    'article 32 of the Convention',
    'UNTOC art. 32',
    'article 32 of the Organized Crime Convention',
  ),
  rewritten(
    'treaty-name',
    'real-dev-en-072',
    'en',
    'conduct set forth in article 6 of this Protocol.',
    'article 6 of this Protocol',
    'Migrants Protocol art. 6',
    'article 6 of the Protocol against the Smuggling of Migrants by Land, Sea and Air',
  ),
  rewritten(
    'treaty-name',
    'en-prose-061',
    'en',
    'article 5 of the Firearms Protocol',
    'article 5 of the Firearms Protocol',
    'Firearms Protocol art. 5',
    'article 5 of the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
  ),
  rewritten(
    'treaty-name',
    'fr-corpus-023',
    'fr',
    "dans l'application de l'article 5 du Protocole ;",
    'article 5 du Protocole',
    'TIP Protocol art. 5',
    'article 5 du Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants',
  ),
  rewritten(
    'treaty-name',
    'real-dev-fr-331',
    'fr',
    'Sous réserve de l’article 4 de la présente Convention, un État',
    'article 4 de la présente Convention',
    'UNTOC art. 4',
    'article 4 de la Convention des Nations Unies contre la criminalité transnationale organisée',
  ),
  rewritten(
    'treaty-name',
    'es-prose-006',
    'es',
    'de conformidad con el artículo 5 del Protocolo',
    'artículo 5 del Protocolo',
    'TIP Protocol art. 5',
    'artículo 5 del Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños',
  ),
  rewritten(
    'treaty-name',
    'real-dev-es-010',
    'es',
    'b) Recordó el artículo 32 de la Convención, con arreglo',
    'artículo 32 de la Convención',
    'UNTOC art. 32',
    'artículo 32 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
  ),
];

/** A row the form leaves alone: the text and the label as they are. */
const alone = (formName: string, from: string, lang: string, text: string, label: string, key: string): FormRow =>
  rewritten(formName, from, lang, text, label, key, label);

const LEFT_ALONE: FormRow[] = [
  // Not the plain shape: a number in words, a plural paragraph (a list), the paragraph's word abbreviated.
  alone(
    'art-abbrev',
    'real-dev-fr (UNODC module 1)',
    'fr',
    "et l'article premier du Protocole contre le trafic illicite de migrants expliquent",
    'article premier du Protocole contre le trafic illicite de migrants',
    'Migrants Protocol art. 1',
  ),
  alone(
    'pin-brackets',
    'real-dev-en-070',
    'en',
    'article 32, paragraphs 3 (d) and 4, of the Convention',
    'article 32, paragraphs 3 (d)',
    'UNTOC art. 32(3)(d)',
  ),
  alone(
    'pin-brackets',
    'real-dev-en-124',
    'en',
    '(art. 1, para. 3 of the Trafficking in Persons Protocol).',
    'art. 1, para. 3 of the Trafficking in Persons Protocol',
    'TIP Protocol art. 1(3)',
  ),
  // A word before `paragraphe` that is no determiner the French reorder knows (`ce`): it gives up.
  alone(
    'pin-brackets',
    'fr-corpus-021 (adapted)',
    'fr',
    "selon ce paragraphe 1 de l'article 10 du Protocole",
    "paragraphe 1 de l'article 10 du Protocole",
    'TIP Protocol art. 10(1)',
  ),
  // The key's pinpoint is not the text's: the form never rewrites to another article or paragraph.
  alone(
    'pin-words',
    'real-dev-en-067',
    'en',
    'article 32 (3) of the Convention provides',
    'article 32 (3) of the Convention',
    'UNTOC art. 32',
  ),
  // A letter is no paragraph; a list going on after the span (real-dev-en-086 with a second paragraph).
  alone(
    'pin-words',
    'real-dev-en-213',
    'en',
    'Article 3(a) of the Protocol',
    'Article 3(a) of the Protocol',
    'TIP Protocol art. 3(a)',
  ),
  alone(
    'pin-words',
    'real-dev-en-086 (adapted)',
    'en',
    'requirements (article 5(2) and (3)) ...',
    'article 5(2)',
    'UNTOC art. 5(2)',
  ),
  // A word glued to the span's end (extraction debris): `paragraph 1which` would glue it to the number.
  alone(
    'pin-words',
    'real-dev-en-493',
    'en',
    'in accordance with article 18(1)which reads as follows',
    'article 18(1)',
    'Firearms Protocol art. 18(1)',
  ),
  // A name the form does not know, or a name going on after the span.
  alone(
    'treaty-name',
    'real-dev-en-115',
    'en',
    'Article 6(6) of the Palermo Protocol provides',
    'Article 6(6) of the Palermo Protocol',
    'TIP Protocol art. 6(6)',
  ),
  alone(
    'treaty-name',
    'real-dev-en-053 (adapted)',
    'en',
    'article 1 of the Protocol thereto',
    'article 1 of the Protocol',
    'TIP Protocol art. 1',
  ),
  // Not a treaty label, or a treaty other than the four.
  alone(
    'treaty-name',
    'real-dev-en-053',
    'en',
    'as stated in article 1 of the Protocol, both',
    'article 1 of the Protocol',
    'CRC art. 1',
  ),
];

describeFormTables({
  name: 'written form',
  forms: FORM_PERTURBATIONS,
  rows: ROWS,
  leftAlone: LEFT_ALONE,
  kindOf: () => 'treaty',
  otherKinds: () => ['symbol'],
});

describe('each written form: languages and other labels', () => {
  it('covers every form in every language', () => {
    for (const f of FORM_PERTURBATIONS) {
      expect(new Set(ROWS.filter((r) => r.form === f.name).map((r) => r.lang)), f.name).toEqual(
        new Set(['en', 'fr', 'es']),
      );
    }
  });

  it('never rewrites across another label', () => {
    const text = 'in accordance with article 32, paragraph 3, of the Organized Crime Convention';
    const labels = [
      labelIn(text, text.slice(19), 'UNTOC art. 32(3)'),
      labelIn(text, 'paragraph 3', 'UNTOC art. 32(3)'),
    ];
    expect(form('pin-brackets').perturb(text, labels, 'en').text).toBe(text);
  });
});

describe('the forms in the robustness evaluation', () => {
  it('run after the typographic perturbations, selectable by name', () => {
    expect(ALL_PERTURBATIONS.map((p) => p.name)).toEqual([
      ...PERTURBATIONS.map((p) => p.name),
      'art-abbrev',
      'pin-brackets',
      'pin-words',
      'treaty-name',
      // then the resolution and symbol forms (`resolution-forms.test.ts`)
      ...RESOLUTION_FORM_PERTURBATIONS.map((p) => p.name),
      // then the symbol forms (`symbol-forms.test.ts`)
      ...SYMBOL_FORM_PERTURBATIONS.map((p) => p.name),
      // then the numbering forms (`number-forms.test.ts`)
      ...NUMBER_FORM_PERTURBATIONS.map((p) => p.name),
      // then the second list of resolution forms (`resolution-forms-2.test.ts`)
      ...RESOLUTION_FORM_PERTURBATIONS_2.map((p) => p.name),
      // then the second treaty forms (`treaty-forms-2.test.ts`)
      ...TREATY_FORM_PERTURBATIONS_2.map((p) => p.name),
    ]);
  });

  it.each(FORM_PERTURBATIONS.map((p) => [p.name, p] as const))(
    '%s: a consistent map over the in-sample passages, keys kept, some treaty spans rewritten and no other',
    (_name, perturbation) => {
      expect(checkInSample(perturbation, 'treaty')).toBeGreaterThan(0);
    },
  );
});
