import { describe, expect, it } from 'vitest';
import { cop, found, res, type Expect } from './factories';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const copCases: [string, Expect[]][] = [
  ['décision 4/4', [cop('décision 4/4', 'COP decision 4/4')]],
  ['sa résolution 5/2', [cop('résolution 5/2', 'COP resolution 5/2')]],
  ['**Décision 1/5**', [cop('Décision 1/5', 'COP decision 1/5')]],
  ['decision 4/4', [cop('decision 4/4', 'COP decision 4/4')]],
  ['resolution 5/2', [cop('resolution 5/2', 'COP resolution 5/2')]],
  ['decisión 4/4', [cop('decisión 4/4', 'COP decision 4/4')]],
  ['resolución 5/2', [cop('resolución 5/2', 'COP resolution 5/2')]],
  [`décision${NBSP}4/4`, [cop(`décision${NBSP}4/4`, 'COP decision 4/4')]],
  [`résolution${NNBSP}5/2`, [cop(`résolution${NNBSP}5/2`, 'COP resolution 5/2')]],
  ['decisions 1/5 and 2/3', [cop('decisions 1/5', 'COP decision 1/5'), cop('2/3', 'COP decision 2/3')]],
  ['ses décisions 1/5 et 2/3', [cop('décisions 1/5', 'COP decision 1/5'), cop('2/3', 'COP decision 2/3')]],
  ['décision 4/1 de la Conférence', [cop('décision 4/1 de la Conférence', 'COP decision 4/1')]],
  ['décision 4/1 de la Conférence de prêter attention', [cop('décision 4/1 de la Conférence', 'COP decision 4/1')]],
  ['décision 4/4 du 17 octobre 2008', [cop('décision 4/4', 'COP decision 4/4')]],
  ['Conference of the Parties decision 4/4', [cop('Conference of the Parties decision 4/4', 'COP decision 4/4')]],
  [
    "l'alinéa c) du paragraphe 8 de la résolution 5/2",
    [cop('alinéa c) du paragraphe 8 de la résolution 5/2', 'COP resolution 5/2', { paragraph: 8, subparagraph: 'c' })],
  ],
  [
    'paragraph 8 (b) of resolution 5/2',
    [cop('paragraph 8 (b) of resolution 5/2', 'COP resolution 5/2', { paragraph: 8, subparagraph: 'b' })],
  ],
  ['resolution 5/2, paragraph 9', [cop('resolution 5/2, paragraph 9', 'COP resolution 5/2', { paragraph: 9 })]],
  [
    "l'alinéa o) ii) de la décision 4/4",
    [cop('alinéa o) ii) de la décision 4/4', 'COP decision 4/4', { subparagraph: 'o', clause: 'ii' })],
  ],
  [
    'alinéa 11 du préambule de la résolution 5/2',
    [cop('alinéa 11 du préambule de la résolution 5/2', 'COP resolution 5/2', { paragraph: 11, preambular: true })],
  ],
  [
    'paragraphs 7 and 8 of resolution 5/2',
    [
      cop('paragraphs 7', 'COP resolution 5/2', { paragraph: 7 }),
      cop('8 of resolution 5/2', 'COP resolution 5/2', { paragraph: 8 }),
    ],
  ],
];

describe('COP decisions and resolutions', () => {
  it.each(copCases)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const otherBodies: [string, Expect[]][] = [
  ["résolution 55/25 de l'Assemblée générale", [res("résolution 55/25 de l'Assemblée générale", 'A/RES/55/25')]],
  [
    "Résolution 55/25 de l'Assemblée générale, annexe II.",
    [res("Résolution 55/25 de l'Assemblée générale, annexe II", 'A/RES/55/25', { annex: 'II' })],
  ],
  [
    "les résolutions de l'Assemblée générale 61/144 du 19 décembre 2006 et 61/180 du 20 décembre 2006",
    [res("résolutions de l'Assemblée générale 61/144", 'A/RES/61/144'), res('61/180', 'A/RES/61/180')],
  ],
  ['General Assembly resolution 64/293', [res('General Assembly resolution 64/293', 'A/RES/64/293')]],
  ["l'Assemblée générale, dans sa résolution 64/293", [res('résolution 64/293', 'A/RES/64/293')]],
  ['the General Assembly, in its resolution 55/25,', [res('resolution 55/25', 'A/RES/55/25')]],
  ['resolution 2331 (2016)', [res('resolution 2331 (2016)', 'S/RES/2331(2016)')]],
  [
    'résolution 2331 (2016) du Conseil de sécurité',
    [res('résolution 2331 (2016) du Conseil de sécurité', 'S/RES/2331(2016)')],
  ],
  ['Human Rights Council resolution 44/4', [res('Human Rights Council resolution 44/4', 'A/HRC/RES/44/4')]],
  [
    'résolution 19/4 de la Commission pour la prévention du crime et la justice pénale',
    [res('résolution 19/4 de la Commission pour la prévention du crime et la justice pénale', 'CCPCJ resolution 19/4')],
  ],
  [
    'Economic and Social Council resolution 2004/45',
    [res('Economic and Social Council resolution 2004/45', 'E/RES/2004/45')],
  ],
  ['Dans sa résolution 2004/45, le Conseil économique et social', [res('résolution 2004/45', 'E/RES/2004/45')]],
  [
    "paragraphe 44 de la résolution 64/293 de l'Assemblée générale",
    [res("paragraphe 44 de la résolution 64/293 de l'Assemblée générale", 'A/RES/64/293', { paragraph: 44 })],
  ],
  [
    'resolución 64/293 de la Asamblea General, y más tarde la resolución 64/293',
    [res('resolución 64/293 de la Asamblea General', 'A/RES/64/293'), res('resolución 64/293', 'A/RES/64/293')],
  ],
];

describe('resolutions of other bodies', () => {
  it.each(otherBodies)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notInstruments = [
  'résolution 1/5 du Conseil d’administration',
  'decision 2/3 of the Commission on Narcotic Drugs',
  'la résolution 5/2 de la Commission des stupéfiants',
  'decision 1/2 of the Conference on Disarmament',
  'la décision de la Conférence de créer un groupe',
  'décision 4/4/2008',
  'résolution 4/4.5',
  'résolution 2004/45 adoptée sans vote',
];

describe('not instruments', () => {
  it.each(notInstruments)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});
