import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Session 15 (tuner-treaty2): a treaty body's subject as the text's subject makes its bare `the Convention` that
 * treaty's, not UNTOC's (dev fr-303: the CEDAW Committee's report, `l’égard` with a typographic apostrophe). Each row
 * fails without the rule; the controls keep UNTOC where the text names our subject too.
 */
const notCited: string[] = [
  // The CEDAW Committee named with a typographic apostrophe (dev fr-303).
  'Rapport du Comité pour l’élimination de la discrimination à l’égard des femmes\n\nApplication de l’article 21 de la Convention',
  // The Committee on the Rights of the Child in French, typographic apostrophe.
  'Rapport du Comité des droits de l’enfant\n\nApplication de l’article 12 de la Convention',
  // The other treaty bodies by their treaty's subject or their own name, EN / FR / ES.
  'Report of the Committee on the Elimination of Racial Discrimination. Implementation of article 9 of the Convention',
  'Rapport du Comité des travailleurs migrants. Application de l’article 9 de la Convention',
  'Informe del Comité sobre los Derechos de las Personas con Discapacidad. Aplicación del artículo 35 de la Convención',
  'Report of the Committee on Enforced Disappearances under article 29 of the Convention',
  'Rapport du Comité des droits de l’homme. Application de l’article 5 de la Convention',
  'Report of the Human Rights Committee. Implementation of article 5 of the Convention',
  'Informe del Comité de Derechos Humanos. Aplicación del artículo 5 de la Convención',
];

describe('a treaty body subject keeps bare nouns off our treaties', () => {
  it.each(notCited)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});

const cited: [string, Expect[]][] = [
  // A text naming our subject too stays ours (the rule: UNTOC / TIP when the text names them).
  [
    'Le Comité des droits de l’enfant et la traite des personnes : l’article 5 de la Convention',
    [tre('article 5 de la Convention', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    'Trafficking in persons and migrant workers: article 5 of the Convention',
    [tre('article 5 of the Convention', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    'La trata de personas y las personas con discapacidad: artículo 5 de la Convención',
    [tre('artículo 5 de la Convención', 'UNTOC art. 5', { article: 5 })],
  ],
];

describe('our subject named keeps the bare Convention ours', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
