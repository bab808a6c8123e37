import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 9 (tuner-symbols): UN document symbols read by the UN's own symbol grammar (first component, subsidiary
 * components `AC.n`, special components, final components `Add.` / `Rev.`, additional components in brackets), with the
 * debris extraction leaves in them, and resolutions' head words and own headings. Each case failed before its rule;
 * the dev passage or the grammar's form is named in its comment.
 */
const cited: [string, Expect[]][] = [
  [
    // A space after the full stop of a component's number (dev en-081).
    'supplementing the United Nations Convention against Transnational Organized Crime, A/AC. 254/4/Add. 1/Rev. 6, Art. 6.',
    [sym('A/AC. 254/4/Add. 1/Rev. 6', 'A/AC.254/4/ADD.1/REV.6')],
  ],
  [
    // A space before the first slash, the Assembly's session after it (dev fr-073).
    '[ESP] [sobre la base del informe de la Tercera Comisión (A /66/457)] [~] |',
    [sym('A /66/457', 'A/66/457')],
  ],
  [
    // The year after a spaced ECOSOC or Security Council root (the grammar: E/yyyy/n since 1978, S/yyyy/n since 1994).
    'See the reports S /2017/939 and E/ 2004/33.',
    [sym('S /2017/939', 'S/2017/939'), sym('E/ 2004/33', 'E/2004/33')],
  ],
  [
    // A budget section in brackets, an additional component like `(Vol. I)` (the programme budget, UNODC's section).
    'Proposed programme budget for the biennium 2010-2011 (A/64/6 (Sect. 16)).',
    [sym('A/64/6 (Sect. 16)', 'A/64/6(SECT.16)')],
  ],
  [
    // A General Assembly special session component (`S-27`, the special session on children).
    'the outcome document "A world fit for children" (A/RES/S-27/2, annex) and the report A/S-27/19/Rev.1.',
    [sym('A/RES/S-27/2, annex', 'A/RES/S-27/2'), sym('A/S-27/19/Rev.1', 'A/S-27/19/REV.1')],
  ],
  [
    // The head word in UTF-8 read as GBK (`ó` → `贸`, dev es-031).
    'Recordando la resoluci贸n 54/212 de la Asamblea General, del 22 del diciembre de 1999',
    [res('resoluci贸n 54/212 de la Asamblea General', 'A/RES/54/212')],
  ],
];

describe('symbols by the UN symbol grammar, resolution head words (session 9)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** A document's own heading (the settled convention; dev en-013, en-016, fr-051 relabelled or read to it). */
const ownHeadings: [string, Expect[]][] = [
  [
    // Its adoption line on the next line (dev en-013).
    'Resolution 2388 (2017)\nAdopted by the Security Council at its 8111th meeting, on 21 November 2017\nThe Security Council, Recalling Resolution 2331 (2016),',
    [res('Resolution 2331 (2016)', 'S/RES/2331(2016)')],
  ],
  [
    // Run into its preamble, a space before the subject's comma (French typography, dev fr-051).
    "Résolution 10/1 Lancement du processus d'examen La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée , Rappelant sa résolution 9/1",
    [{ text: 'résolution 9/1', kind: 'cop-instrument', key: 'COP resolution 9/1' }],
  ],
];

describe("a document's own heading (session 9)", () => {
  it.each(ownHeadings)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** What the new readings must not take. */
const notCited: [string, Expect[]][] = [
  // A staff grade: a spaced one-letter root whose number is no Assembly session.
  ['Grade A /20/3 posts and Grade A /30/3 posts', []],
  // Lower case: a spaced `a / 66/4` is prose.
  ['a / 66/457 split', []],
  // A footnote number on the next line after a full stop is not a component's number (dev es-016).
  ['A/57/50/Rev.1.\n02', [sym('A/57/50/Rev.1', 'A/57/50/REV.1')]],
  // A bracketed page number after a symbol is not an additional component.
  ['A/64/6 (p. 16)', [sym('A/64/6')]],
  // A record's heading kept when the adoption line goes on in lower case (a citation).
  ['Resolution 2388 (2017)\nadopted by the Council', [res('Resolution 2388 (2017)', 'S/RES/2388(2017)')]],
];

describe('what the session 9 symbol readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
