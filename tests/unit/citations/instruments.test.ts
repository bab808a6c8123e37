import { describe, expect, it } from 'vitest';
import { cop, found, IN_COP_DOCUMENT, res, type Expect } from './factories';

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

describe('COP decisions and resolutions, in a COP document', () => {
  it.each(copCases)('%j', (input, expected) => {
    expect(found(input, undefined, false, IN_COP_DOCUMENT)).toEqual(expected);
  });
});

describe('a bare instrument outside a COP document', () => {
  // Without the document's author, `décision 4/4` could be the COP's, the Human Rights Council's or the CCPCJ's: it is
  // not reported rather than given to the COP. Named bodies still are.
  it.each(copCases.filter(([input]) => !/Conf[ée]rence/.test(input)))('%j is not reported', (input) => {
    expect(found(input)).toEqual([]);
  });
});

/** Bare numbers whose body comes from the document: its heading, its preamble's subject, or the number itself. */
const inferred: [string, Expect[]][] = [
  [
    'Resolution adopted by the General Assembly on 18 December 2019\n\nThe General Assembly,\n\nRecalling its resolution 70/1',
    [res('resolution 70/1', 'A/RES/70/1')],
  ],
  [
    'The Human Rights Council,\n\nRecalling its resolutions 8/12 of 18 June 2008 and 11/3',
    [res('resolutions 8/12', 'A/HRC/RES/8/12'), res('11/3', 'A/HRC/RES/11/3')],
  ],
  [
    'The Economic and Social Council,\nRecalling its resolution 1982/20 of 4 May 1982,',
    [res('resolution 1982/20', 'E/RES/1982/20')],
  ],
  // Only the General Assembly numbers its resolutions 64/…: the number says whose it is.
  ['as requested in resolution 64/293', [res('resolution 64/293', 'A/RES/64/293')]],
  // A short name: the Council whose numbering fits, the Commission whose numbering fits.
  [
    'Council resolutions 8/12 and 11/3',
    [res('Council resolutions 8/12', 'A/HRC/RES/8/12'), res('11/3', 'A/HRC/RES/11/3')],
  ],
  [
    'en virtud de la decisión 2004/110 de la Comisión',
    [res('decisión 2004/110 de la Comisión', 'E/CN.4/DEC/2004/110')],
  ],
  ['Assembly resolution 70/179', [res('Assembly resolution 70/179', 'A/RES/70/179')]],
  // A document of another treaty regime: its own `resolution 1/2` is nobody's in the table.
  [
    'The Conference of the States Parties to the United Nations Convention against Corruption,\nRecalling its resolution 1/2,',
    [],
  ],
  ['La Commission de la condition de la femme,\n Rappelant ses résolutions 39/2 du 31 mars 1995 et 40/1', []],
];

describe('body inference', () => {
  it.each(inferred)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });

  it('lets the text win over the caller’s context', () => {
    expect(found('The General Assembly,\nRecalling its resolution 55/25', undefined, false, IN_COP_DOCUMENT)).toEqual([
      res('resolution 55/25', 'A/RES/55/25'),
    ]);
  });

  it('keeps the caller’s context when the passage only cites another body’s symbol', () => {
    expect(
      found('paragraph 8 (c) of resolution 5/2 and resolution A/RES/64/293', undefined, false, IN_COP_DOCUMENT).map(
        (c) => c.key,
      ),
    ).toEqual(['COP resolution 5/2', 'A/RES/64/293']);
  });
});

/** Forms of real text: presidential statements, pre-1976 numbering, legal citations, lists past clauses. */
const forms: [string, Expect[]][] = [
  ['Recalling Presidential Statement 2015/25,', [res('Presidential Statement 2015/25', 'S/PRST/2015/25')]],
  ['la déclaration présidentielle 2016/10', [res('déclaration présidentielle 2016/10', 'S/PRST/2016/10')]],
  [
    'adopted by the General Assembly in its resolution 317 (IV) of 2 December 1949',
    [res('resolution 317 (IV)', 'A/RES/317(IV)')],
  ],
  ['Resolución 217 A (III).', [res('Resolución 217 A (III)', 'A/RES/217A(III)')]],
  [
    'Economic and Social Council decisions 16 (LVI) and 17 (LVI) of 17 May 1974 and 1980/127 of 2 May 1980',
    [
      res('Economic and Social Council decisions 16 (LVI)', 'E/DEC/16(LVI)'),
      res('17 (LVI)', 'E/DEC/17(LVI)'),
      res('1980/127', 'E/DEC/1980/127'),
    ],
  ],
  ['G.A. res. 51/66, 51 U.N. GAOR', [res('G.A. res. 51/66', 'A/RES/51/66')]],
  ['S.C. Res. 2467 (2019)', [res('S.C. Res. 2467 (2019)', 'S/RES/2467(2019)')]],
  // A bare ", Annex" belongs to the span but states no pinpoint.
  ['Human Rights Council Res. 5/2, Annex', [res('Human Rights Council Res. 5/2, Annex', 'A/HRC/RES/5/2')]],
  [
    'United Nations Security Council Resolution 2331 – Maintenance',
    [res('Security Council Resolution 2331', 'S/RES/2331')],
  ],
  [
    'resolutions 2195 (2014) and 2253 (2015), which express concern that terrorists benefit, as well as 2242 (2015), which',
    [
      res('resolutions 2195 (2014)', 'S/RES/2195(2014)'),
      res('2253 (2015)', 'S/RES/2253(2015)'),
      res('2242 (2015)', 'S/RES/2242(2015)'),
    ],
  ],
  // "res" alone is no head word: it needs a body before it.
  ['see res. 51/66', []],
];

describe('forms of real text', () => {
  it.each(forms)('%j', (input, expected) => {
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
  // The Conference of the States Parties to UNCAC, not the COP.
  'Resolución 3/1 de la Conferencia de los Estados parte en la Convención de las Naciones Unidas contra la Corrupción',
  'Conference of the States Parties to the United Nations Convention against Corruption. In its resolution 2/1, the Conference set out additional principles.',
];

describe('not instruments', () => {
  it.each(notInstruments)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});
