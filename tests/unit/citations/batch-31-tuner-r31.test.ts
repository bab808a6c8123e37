import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 25 (tuner-r31): the thirty-first round's three failing passages, by class. Each row: the text, then every
 * citation the engine must find in it (span and key); an empty list is a text with no citation of ours. Negatives
 * included.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/**
 * `the present Convention` in another treaty's text that never writes its subject word (dev es-347: Ley 970's
 * transcript of UNCAC): UNCAC's own terms (`CORRUPTION_TERMS` in `treaty-subjects.ts`) say whose text it is.
 */
const otherTreatyText: Row[] = [
  [
    'UNCAC definitions, Spanish (dev es-347)',
    '- c) Por “funcionario de una organización internacional pública” se entenderá un empleado público internacional;\n\n- h) Por “delito determinante” se entenderá todo delito del que se derive un producto que pueda pasar a constituir materia de un delito definido en el artículo 23 de la presente Convención;',
    [],
  ],
  [
    'UNCAC definitions, English',
    '(c) “Official of a public international organization” shall mean an international civil servant; (h) “Predicate offence” shall mean any offence as a result of which proceeds have been generated that may become the subject of an offence as defined in article 23 of this Convention;',
    [],
  ],
  [
    'UNCAC definitions, French',
    'c) On entend par « fonctionnaire d’une organisation internationale publique » un fonctionnaire international; h) On entend par « infraction principale » toute infraction visée à l’article 23 de la présente Convention;',
    [],
  ],
  [
    'an offence UNTOC does not have',
    'Each State Party shall consider establishing illicit enrichment as a criminal offence, subject to article 30 of this Convention.',
    [],
  ],
  [
    'trading in influence, Spanish',
    'Cada Estado Parte considerará tipificar el tráfico de influencias, con arreglo al artículo 30 de la presente Convención.',
    [],
  ],
  [
    'a law approving UNCAC, named in full',
    'LEY 970 DE 2005 por medio de la cual se aprueba la “Convención de las Naciones Unidas contra la Corrupción”. h) Por “delito determinante” se entenderá todo delito definido en el artículo 23 de la presente Convención;',
    [],
  ],
  [
    'negative: UNTOC’s own definitions, Spanish',
    'h) Por “delito determinante” se entenderá todo delito del que se derive un producto que pueda pasar a constituir materia de un delito definido en el artículo 6 de la presente Convención;',
    [['artículo 6 de la presente Convención', 'UNTOC art. 6']],
  ],
  [
    'negative: UNTOC’s article 8 (foreign public official is its term too)',
    'Each State Party shall consider adopting such measures as may be necessary to establish as criminal offences conduct involving a foreign public official or international civil servant, as referred to in article 8 of this Convention.',
    [['article 8 of this Convention', 'UNTOC art. 8']],
  ],
  [
    'negative: a law approving UNTOC',
    'LEY 800 DE 2003 por medio de la cual se aprueba la “Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional”. h) Por “delito determinante” se entenderá todo delito definido en el artículo 6 de la presente Convención;',
    [['artículo 6 de la presente Convención', 'UNTOC art. 6']],
  ],
  [
    'negative: UNCAC’s term in a text naming our Protocol',
    '“Official of a public international organization” is UNCAC’s term. The Protocol against the Smuggling of Migrants by Land, Sea and Air requires, in article 6 of this Protocol, criminalization.',
    [['article 6 of this Protocol', 'Migrants Protocol art. 6']],
  ],
];

/** A resolution's head word, its year, then its number in brackets (dev en-526): spanned on the number. */
const yearThenNumber: Row[] = [
  [
    'ECOSOC before the head word (dev en-526)',
    'in response to a United Nations Economic and Social Council (ECOSOC) resolution in 2006 (2006/27) requesting agencies',
    [['2006/27', 'E/RES/2006/27']],
  ],
  ['`of` the year', 'an ECOSOC resolution of 2006 (2006/27) asked agencies', [['2006/27', 'E/RES/2006/27']]],
  ['an Assembly session number', 'a General Assembly resolution in 2000 (55/25) asked', [['55/25', 'A/RES/55/25']]],
  [
    'French, the body as the subject',
    'le Conseil économique et social, dans sa résolution de 2006 (2006/27), a demandé',
    [['2006/27', 'E/RES/2006/27']],
  ],
  [
    'Spanish, the body as the subject',
    'el Consejo Económico y Social, en su resolución de 2006 (2006/27), pidió',
    [['2006/27', 'E/RES/2006/27']],
  ],
  ['negative: a year that is not the number’s', 'an ECOSOC resolution in 2006 (2005/27) asked agencies', []],
  ['negative: a plain number (a count)', 'an ECOSOC resolution in 2006 (12) asked agencies', []],
  ['negative: a page', 'an ECOSOC resolution in 2006 (p. 12) asked agencies', []],
  ['negative: a paragraph', 'an ECOSOC resolution in 2006 (para. 4) asked agencies', []],
  ['negative: a year alone', 'an ECOSOC resolution in 2006 (2007) asked agencies', []],
  ['negative: a plural head word', 'the ECOSOC resolutions in 2006 (2006/27) asked agencies', []],
  ['negative: a symbol in the brackets', 'an ECOSOC resolution in 2006 (2006/27/Add.1) asked agencies', []],
];

/** `<Body>’ decision n` (dev en-527): the apostrophe alone after a name ending in `s`, in the span as `’s` is. */
const possessive: Row[] = [
  [
    'the Commission on Human Rights (dev en-527)',
    'The Economic and Social Council, in its decision 2004/228, endorsed Commission on Human Rights’ decision 2004/110.',
    [
      ['decision 2004/228', 'E/DEC/2004/228'],
      ['Commission on Human Rights’ decision 2004/110', 'E/CN.4/DEC/2004/110'],
    ],
  ],
  [
    'a straight apostrophe, a list',
    "The Commission on Human Rights' resolutions 2004/45 and 2005/43 were adopted.",
    [
      ["Commission on Human Rights' resolutions 2004/45", 'E/CN.4/RES/2004/45'],
      ['2005/43', 'E/CN.4/RES/2005/43'],
    ],
  ],
  [
    'the Conference of the Parties',
    'The Conference of the Parties’ decision 4/4 was adopted.',
    [['Conference of the Parties’ decision 4/4', 'COP decision 4/4']],
  ],
  [
    'negative: `’s` as before',
    'The Council endorsed the Human Rights Council’s resolution 8/12.',
    [['Human Rights Council’s resolution 8/12', 'A/HRC/RES/8/12']],
  ],
  [
    'negative: a closing quotation mark after a name not ending in s',
    "The 'General Assembly' resolution 55/25 was adopted.",
    [['resolution 55/25', 'A/RES/55/25']],
  ],
];

describe('another treaty’s own text by its own terms (session 25, tuner-r31)', () => {
  it.each(otherTreatyText)('%s', (_label, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a resolution’s year, then its number in brackets (session 25, tuner-r31)', () => {
  it.each(yearThenNumber)('%s', (_label, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

describe('a body’s possessive apostrophe after its final s (session 25, tuner-r31)', () => {
  it.each(possessive)('%s', (_label, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
