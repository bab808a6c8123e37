import { describe, expect, it } from 'vitest';
import { cop, found, IN_COP_DOCUMENT, res, type Expect } from './factories';

/**
 * Session 15 (tuner-spans): the span conventions the lead settled this session (`notes/session15/SPAN-RULES.md`, S1,
 * S3, S4), each as a class with a row in EN, FR and ES; the dev passage that showed the class is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // S1: a pinpoint before the head word is in the span, through a possessive (`of its`, `de sa`, `de su`; dev en-351,
  // in-sample mixed-blind-001 relabelled).
  [
    'The General Assembly,\n\nRecalling paragraph 2 of its\nresolution 56/119 of 19 December 2001,',
    [res('paragraph 2 of its\nresolution 56/119', 'A/RES/56/119', { paragraph: 2 })],
  ],
  [
    'L’Assemblée générale,\n\nRappelant le paragraphe 2 de sa résolution 56/119 du 19 décembre 2001,',
    [res('paragraphe 2 de sa résolution 56/119', 'A/RES/56/119', { paragraph: 2 })],
  ],
  [
    'La Asamblea General,\n\nRecordando el párrafo 2 de su resolución 56/119, de 19 de diciembre de 2001,',
    [res('párrafo 2 de su resolución 56/119', 'A/RES/56/119', { paragraph: 2 })],
  ],
  // S3: a Conference of the Parties named after the number runs through its Convention's name (dev es-129, es-154;
  // in-sample mixed-blind-019, fr-corpus-070 relabelled), by its full title, a short name or an acronym.
  [
    'the Working Group established by decision 4/4 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, which',
    [
      cop(
        'decision 4/4 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
        'COP decision 4/4',
      ),
    ],
  ],
  [
    'conformément à la décision 4/4 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée, intitulée',
    [
      cop(
        'décision 4/4 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
        'COP decision 4/4',
      ),
    ],
  ],
  [
    'de conformidad con la resolución 8/3 de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, titulada',
    [
      cop(
        'resolución 8/3 de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
        'COP resolution 8/3',
      ),
    ],
  ],
  [
    'as requested in resolution 5/3 of the Conference of the Parties to the Organized Crime Convention.',
    [cop('resolution 5/3 of the Conference of the Parties to the Organized Crime Convention', 'COP resolution 5/3')],
  ],
  [
    'la décision 9/1 de la Conférence des Parties à la Convention de Palerme, et',
    [cop('décision 9/1 de la Conférence des Parties à la Convention de Palerme', 'COP decision 9/1')],
  ],
  [
    'según la decisión 9/1 de la Conferencia de las Partes en la UNTOC y',
    [cop('decisión 9/1 de la Conferencia de las Partes en la UNTOC', 'COP decision 9/1')],
  ],
];

describe('session 15 span conventions (tuner-spans)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** The same in a COP document (its own `resolution 5/2`). */
const inCop: [string, Expect[]][] = [
  [
    'In paragraph 3 of its resolution 5/2, the Conference welcomed',
    [cop('paragraph 3 of its resolution 5/2', 'COP resolution 5/2', { paragraph: 3 })],
  ],
  [
    'Au paragraphe 3 de sa décision 5/2, la Conférence a salué',
    [cop('paragraphe 3 de sa décision 5/2', 'COP decision 5/2', { paragraph: 3 })],
  ],
  [
    'En el párrafo 3 de su resolución 5/2, la Conferencia acogió',
    [cop('párrafo 3 de su resolución 5/2', 'COP resolution 5/2', { paragraph: 3 })],
  ],
];

describe('session 15 span conventions in a COP document (tuner-spans)', () => {
  it.each(inCop)('%j', (input, expected) => {
    expect(found(input, undefined, false, IN_COP_DOCUMENT)).toEqual(expected);
  });
});

const notCited: [string, Expect[]][] = [
  // `of its` before a word that is no head word: no chain.
  ['paragraph 2 of its report 56/119', []],
  // S3: a bare `the Convention` after `Parties` is no name: out of the span (EN, FR, ES).
  [
    'decision 9/1 of the Conference of the Parties to the Convention, in which',
    [cop('decision 9/1 of the Conference of the Parties', 'COP decision 9/1')],
  ],
  [
    'la décision 9/1 de la Conférence des Parties à la Convention, dans laquelle',
    [cop('décision 9/1 de la Conférence des Parties', 'COP decision 9/1')],
  ],
  [
    'la decisión 9/1 de la Conferencia de las Partes en la Convención, en la que',
    [cop('decisión 9/1 de la Conferencia de las Partes', 'COP decision 9/1')],
  ],
  // Nor its session (`at its fifth session`, `en su quinto período de sesiones`).
  [
    'resolution 5/3 of the Conference of the Parties at its fifth session',
    [cop('resolution 5/3 of the Conference of the Parties', 'COP resolution 5/3')],
  ],
  // Another treaty's Conference: not ours (EN, FR, ES).
  ['decision 9/1 of the Conference of the Parties to the United Nations Framework Convention on Climate Change', []],
  ['resolution 5/1 of the Conference of the Parties to the United Nations Convention against Corruption', []],
  ['la décision 9/1 de la Conférence des Parties à la Convention sur la diversité biologique', []],
  [
    'la resolución 5/1 de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Corrupción',
    [],
  ],
];

describe('what the session 15 span readings leave alone (tuner-spans)', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
