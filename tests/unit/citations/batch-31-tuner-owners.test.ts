import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { nameAfter } from '../../../lib/citations/name-forms';
import { OTHER_PROTOCOL_NAMED } from '../../../lib/citations/other-treaty-marks';
import { outsideOwner } from '../../../lib/citations/outside-bodies';

/**
 * Session 25 (tuner-owners): a body outside the key grammar's table owns the instrument after it, read from one table
 * in three word orders (`outside-bodies.ts`, which replaced `foreignBefore` in `org-names.ts`, `otherBodyPossessive` in
 * `org-around.ts` and `foreignOwnerBefore` in `foreign-owner.ts`). Each row: the text, then every citation the engine
 * must find in it (span and key); an empty list is a text with no citation of ours. The negatives are ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/** `before`: English order, right before the head word or a one-word body name (what `foreignBefore` read). */
const before: Row[] = [
  ['a board with its acronym', 'The UNICEF Executive Board decision 2013/2 approved the plan.', []],
  [
    'a noun and its complement (dev fr-250)',
    'In an ECOSOC text, Commission on Narcotic Drugs resolution 45/8 is cited.',
    [],
  ],
  ['`Governing` before a one-word body name', 'UNEP Governing Council decision 27/2 set up the forum.', []],
  [
    'the Sub-Commission after a line break (dev en-399)',
    'Having considered\nSubcommission resolution 1994/7 and the report,',
    [],
  ],
  ['the Sub-Commission glued to its hyphen', 'Sub-Commission resolution 1994/7 recalled', []],
  ['an acronym in brackets', 'The Assembly (PACE) Resolution 1337 (2003) on migration', []],
  ['an acronym', 'IACHR Resolution 04/19 on migrants', []],
  ['a qualifier before a one-word body name', 'OSCE Ministerial Council Decision No. 1/13 was adopted', []],
  ['a board with its complement', 'the Board of Governors decision 2019/12', []],
  [
    'negative: our name with its complement',
    'Commission on Human Rights resolution 2005/59 on the death penalty',
    [['Commission on Human Rights resolution 2005/59', 'E/CN.4/RES/2005/59']],
  ],
  [
    'negative: our name',
    'General Assembly resolution 64/293 adopted the Plan',
    [['General Assembly resolution 64/293', 'A/RES/64/293']],
  ],
];

/** `subject`: the subject of `in its / dans sa / en su` (what `otherBodyPossessive` and `foreignOwnerBefore` read). */
const subject: Row[] = [
  [
    'a noun and its complement (dev en-306)',
    'Adopted as recommended by the Commission on Narcotic Drugs in its resolution 12(XXV) of 1972.',
    [],
  ],
  ['French', 'la Commission des stupéfiants, dans sa résolution 45/8, a demandé', []],
  ['Spanish', 'la Comisión de Estupefacientes, en su resolución 45/8, pidió', []],
  ['a board and its clause (pr-en-088)', 'The UNDP/UNFPA/UNOPS Executive Board, in its decision 2019/12, approved', []],
  ['a Spanish board', 'la Junta Ejecutiva del PNUD, en su decisión 2019/12, aprobó', []],
  ['a French board', "le Conseil d'administration, dans sa décision 2019/12, a approuvé", []],
  ['a health assembly', 'The World Health Assembly, in its resolution 72/8, asked', []],
  [
    'the Sub-Commission with its complement',
    'The Sub-Commission on the Promotion and Protection of Human Rights, in its resolution 2005/3, asked',
    [],
  ],
  [
    'a committee after a clause naming ours: the subject is the nearest noun',
    'The Human Rights Council noted that the Committee on the Rights of the Child, in its decision 19/1, asked',
    [],
  ],
  [
    'French, after a noun of ours with its complement (read from each noun, not only the first)',
    "Le Conseil des droits de l'homme a noté que le Comité des droits de l'enfant, dans sa décision 19/1, a demandé",
    [],
  ],
  [
    'Spanish, after a noun of ours with its complement',
    'El Consejo de Derechos Humanos observó que el Comité de los Derechos del Niño, en su decisión 19/1, pidió',
    [],
  ],
  [
    'negative: French, our noun with its complement',
    "Le Conseil des droits de l'homme, dans sa décision 19/1, a demandé",
    [['décision 19/1', 'A/HRC/DEC/19/1']],
  ],
  [
    'negative: Spanish, our noun with its complement',
    'El Consejo de Derechos Humanos, en su decisión 19/1, pidió',
    [['decisión 19/1', 'A/HRC/DEC/19/1']],
  ],
  [
    'negative: our name with its complement',
    'The Commission on Human Rights, in its resolution 2005/59, asked',
    [['resolution 2005/59', 'E/CN.4/RES/2005/59']],
  ],
  [
    'negative: a body of ours between the outside name and the head word',
    'The Executive Board noted that the General Assembly, in its resolution 70/1, adopted the Agenda.',
    [['resolution 70/1', 'A/RES/70/1']],
  ],
  [
    'negative: `Assembly` is ours cut from its name, not a noun with its complement',
    'In 1994 the General Assembly of the United Nations approved, by its resolution 49/60, a Declaration.',
    [['resolution 49/60', 'A/RES/49/60']],
  ],
  [
    'negative: `Governing` is a qualifier before the head word only, not a subject',
    'the Governing bodies, in its decision 2019/12',
    [['decision 2019/12', 'E/DEC/2019/12']],
  ],
];

/** `adopting`: an adoption verb and a determiner between (what `foreignOwnerBefore` read). */
const adopting: Row[] = [
  ['Spanish, a determiner (pr-es-049)', 'y la Comisión Interamericana la Resolución 1/20 sobre pandemia', []],
  ['an acronym and a verb', 'In April 2020 the IACHR adopted Resolution 1/20 on the pandemic.', []],
  ['French, a verb and a determiner', 'la Commission interaméricaine a adopté la résolution 1/20 sur la pandémie', []],
  [
    'negative: our body adopting',
    'The Human Rights Council adopted resolution 5/1 on institution-building.',
    [['resolution 5/1', 'A/HRC/RES/5/1']],
  ],
];

describe('a body outside the table owns the instrument (session 25)', () => {
  it.each([...before, ...subject, ...adopting])('%s', (_label, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/**
 * `outsideOwner` itself: the text, where the citation's words start (`first`, -1 after a pinpoint chain; the text
 * before `|`), the head word (after `^`), whether `first` is a one-word body name, whether a body of ours is named with
 * the instrument, whether a possessive stands before the head word, and the answer.
 */
const direct: [string, string, boolean, boolean, boolean, boolean][] = [
  [
    'OSCE Ministerial |Council ^Decision No. 1/13',
    'bare one-word body name after a qualifier',
    true,
    false,
    false,
    true,
  ],
  [
    'OSCE Ministerial |Council ^Decision No. 1/13',
    'a qualifier alone is no body before a head word',
    false,
    false,
    false,
    false,
  ],
  [
    'UNICEF Executive Board |^decision 2013/2',
    'English order, whatever body of ours follows',
    false,
    true,
    false,
    true,
  ],
  [
    'UNICEF Executive Board ^decision 2013/2',
    'after a pinpoint chain: not before; ours named',
    false,
    true,
    false,
    false,
  ],
  [
    'UNICEF Executive Board ^decision 2013/2',
    'after a pinpoint chain: adopting, nothing of ours',
    false,
    false,
    false,
    true,
  ],
  ['The Executive Board, in its |^decision 2019/12', 'subject, a body of ours named with it', false, true, true, false],
  ['The Executive Board, in its |^decision 2019/12', 'subject, nothing of ours named', false, false, true, true],
  ['|^decision 2019/12 of the Executive Board', 'nothing before the head word', false, false, false, false],
];

describe('outsideOwner (session 25)', () => {
  it.each(direct)('%s: %s', (marked, _label, bare, ours, possessive, expected) => {
    const text = marked.replace(/[|^]/g, '');
    const bar = marked.indexOf('|');
    const head = marked.replace('|', '').indexOf('^');
    expect(outsideOwner(text, bar, head, bare, ours, possessive)).toBe(expected);
  });
});

/**
 * Another treaty's numbered Protocol (session 25, second review finding): the number after a number sign has one home,
 * `PROTOCOL_NUMBER` in `other-treaty-marks.ts`, read after a bare treaty noun (`nameAfter`'s `NUMBERED_AFTER`) and
 * text-wide (`OTHER_PROTOCOL_NAMED` in `other-treaty-marks.ts`), so both read the same signs. Each row: what follows
 * `Protocol`, whether it is another numbered Protocol, then whether the text-wide mark reads it too (`Protocol II`, a
 * roman numeral, and a lone `I` are read after the noun only; `Protocol 1 to the ECHR` text-wide only).
 */
const numbered: [string, boolean, boolean][] = [
  [' No. 12 to the Convention', true, true],
  [' No 1 to the Convention', true, true],
  [' n° 7 à la Convention', true, true],
  [' nº 7 à la Convention', true, true],
  [' n.º 12 al Convenio', true, true],
  [' núm. 3 al Convenio', true, true],
  [' Nr. 1 to the Convention', true, true],
  [' II to the Geneva Conventions', true, false],
  [' I to the Geneva Conventions', true, false],
  // Negatives: a document's or a law's number (`No. 1/2002`), three digits, the pronoun.
  [' No. 1/2002 of the ministry', false, false],
  [' No. 123 of the ministry', false, false],
  [' I would argue', false, false],
];

describe('another numbered Protocol, one form (session 25)', () => {
  it.each(numbered)('Protocol%s', (after, afterNoun, textWide) => {
    const text = `under the Protocol${after}`;
    expect(nameAfter(text, 10, 18)).toBe(afterNoun);
    expect(OTHER_PROTOCOL_NAMED.test(text)).toBe(textWide);
  });
});

/** The engine: such a Protocol's article is not one of ours (a text that names none of our treaties). */
const numberedInText: Row[] = [
  [
    'a numbered Protocol named, then its bare noun',
    'Protocol Nr. 12 entered into force in 2005. Article 1 of the Protocol prohibits discrimination by any public authority.',
    [],
  ],
  ['Spanish', 'El Protocolo n.º 12 entró en vigor en 2005. El artículo 1 del Protocolo prohíbe la discriminación.', []],
  [
    'negative: a document number is no Protocol number',
    'Protocol Nr. 1/2005 of the police sets the procedure. Article 6 of the Protocol protects victims of trafficking.',
    [['Article 6 of the Protocol', 'TIP Protocol art. 6']],
  ],
];

describe('another numbered Protocol in a text (session 25)', () => {
  it.each(numberedInText)('%s', (_label, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
