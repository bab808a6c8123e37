import { describe, expect, it } from 'vitest';
import { found, res, cop, sym, type Expect } from './factories';

/**
 * Resolutions, COP instruments and symbols under the conventions settled in session 8, each from the tenth round's dev
 * passage that taught it (`real-dev-en-128`, `en-129`, `en-130`, `en-131`, `es-055`, `es-056`, `es-057`, `fr-060`,
 * `fr-061`, `fr-062`). One case per rule; each failed before it.
 */
const cited: [string, Expect[]][] = [
  [
    // A plain four-digit number in a text that names the Security Council, before it with a verb between (fr-061).
    'En 2019, le Conseil de sécurité a adopté la résolution 2474 sur les personnes disparues.',
    [res('résolution 2474', 'S/RES/2474')],
  ],
  [
    // The Council named only by its acronym, after the number; and a list after a quoted title and a colon (fr-062).
    'le cadre normatif initié par la résolution 1265 a depuis été complété par neuf autres résolutions intitulées « protection des civils en période de conflit armé » : 1296 (2000), 1674 (2006) et 2417 (2018). En 2009, la première réunion du groupe informel d’experts du CSNU a eu lieu.',
    [
      res('résolution 1265', 'S/RES/1265'),
      res('1296 (2000)', 'S/RES/1296(2000)'),
      res('1674 (2006)', 'S/RES/1674(2006)'),
      res('2417 (2018)', 'S/RES/2417(2018)'),
    ],
  ],
  [
    // A list going on past a date and a subject set off by commas (en-129).
    'including Council\n\nresolutions 26/8 of 26 June 2014, on the mandate of the Special Rapporteur on trafficking\n\nin persons, especially women and children, and 32/3 of 30 June 2016, on protecting victims',
    [res('Council\n\nresolutions 26/8', 'A/HRC/RES/26/8'), res('32/3', 'A/HRC/RES/32/3')],
  ],
  [
    // A related document's title line: the body, its session, then the head word (es-055, past the heading zone).
    `${'Documentos relacionados. '.repeat(14)}\nConsejo de Derechos Humanos. 11º Período de sesiones. Resolución 11/3. La trata de personas`,
    [res('Resolución 11/3', 'A/HRC/RES/11/3')],
  ],
  [
    // A body after the number through its session (es-056).
    'El Mecanismo de Examen se lanzó en 2022 mediante la resolución 10/1 de la 10ª sesión de la CdP. Los Procedimientos',
    [cop('resolución 10/1 de la 10ª sesión de la CdP', 'COP resolution 10/1')],
  ],
  [
    // Corrigenda after a comma, each with its series word (en-131).
    'Document of the United Nations Economic and Social Council E/CONF.82/15, Corr.1 and Corr.2 (English only)',
    [sym('E/CONF.82/15'), sym('Corr.1', 'E/CONF.82/15/CORR.1'), sym('Corr.2', 'E/CONF.82/15/CORR.2')],
  ],
  [
    // Symbols glued in an exported bitext, with or without a full stop between (es-057).
    'United NationsNaciones Unidas\nCAC/COSP/IRG/2015/2CAC/COSP/IRG/2015/2\n**\nCAC/COSP/IRG/2015/1.CAC/COSP/IRG/2015/1.\nReview',
    [sym('CAC/COSP/IRG/2015/2'), sym('CAC/COSP/IRG/2015/2'), sym('CAC/COSP/IRG/2015/1'), sym('CAC/COSP/IRG/2015/1')],
  ],
  [
    // The year in the Colombian legal style, the Council named two paragraphs later (eleventh round dev share, es-061).
    'La Resolución 1325 de 2000 es una conquista del movimiento social.\nEmitida por el Consejo de Seguridad de las Naciones Unidas en el año 2000, esta resolución',
    [res('Resolución 1325 de 2000', 'S/RES/1325(2000)')],
  ],
  [
    // A page's link tag between the head word and the number; the body before it with "of the United Nations" and
    // "in" (en-040, en-063).
    'The Protocol was approved by the General Assembly of the United Nations in resolution <a href="/doc/source/docs/A_RES_3_256-E.pdf" target="_blank">256 (III)</a><superscript>2</superscript> of 3 December 1948.',
    [res('256 (III)', 'A/RES/256(III)')],
  ],
  [
    // The body named in full earlier in the sentence, a date between (es-052): the number fits it (GA or HRC here).
    'La Convención de las Naciones Unidas contra la Corrupción fue adoptada por la Asamblea General de las Naciones Unidas el 31 de octubre de 2003 mediante la Resolución 58/4.',
    [res('Resolución 58/4', 'A/RES/58/4')],
  ],
  [
    // The Council by its acronyms and "of the United Nations" by the UN's (news and NGO pages, by class).
    "UNSC Resolution 2331 on trafficking; la Resolución 1325 del CSNU; la résolution 1820 du Conseil de sécurité de l'ONU.",
    [
      res('UNSC Resolution 2331', 'S/RES/2331'),
      res('Resolución 1325 del CSNU', 'S/RES/1325'),
      res("résolution 1820 du Conseil de sécurité de l'ONU", 'S/RES/1820'),
    ],
  ],
];

describe('resolutions, COP instruments and symbols (tenth round dev, session 8 conventions)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe("a document's own heading, flattened into its text", () => {
  it.each([
    // The title line after its session line (en-130).
    [
      'Human Rights Council Eleventh Session Resolution 11/3. Trafficking in persons, especially women and children The Human Rights Council, Reaffirming … its resolution 8/12 of 18 June 2008, in which the Council extended',
      [res('resolution 8/12', 'A/HRC/RES/8/12')],
    ],
    // The adoption line run on after the number (fr-060).
    [
      'S/RES/2365 (2017)* Nations Unies Conseil de sécurité Distr. générale 30 juin 2017 Résolution 2365 (2017) Adoptée par le Conseil de sécurité à sa 7992 e séance, le 30 juin 2017 Le Conseil de sécurité, Rappelant ses résolutions 1590 (2005)',
      [sym('S/RES/2365 (2017)', 'S/RES/2365(2017)'), res('résolutions 1590 (2005)', 'S/RES/1590(2005)')],
    ],
    // Run into its preamble on one line, the same body's (en-139, eleventh round dev share).
    [
      'www.lawcommission.gov.np 1 UNITED NATIONS CONVENTION AGAINST TRANSNATIONAL ORGANIZED CRIME, 2004 General Assembly resolution 55/25 of 15 November 2000 Entered into force on 29 September 2003 The General Assembly, Recalling its resolution 53/111 of 9 December 1998',
      [res('resolution 53/111', 'A/RES/53/111')],
    ],
  ] as [string, Expect[]][])('is not a citation: %j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('not citations', () => {
  it.each([
    // A plain number in a text that never names the Security Council.
    'la résolution 1265 a depuis été complétée par le Parlement.',
    // A plain number of fewer than four digits, even with the Council named.
    'Le Conseil de sécurité a rappelé la résolution 242 sur le Moyen-Orient.',
    // A session that names no body stays out; the number alone fits several bodies.
    'resolution 10/1 of its tenth session',
    // A capitalised word after a symbol that is not another symbol's root.
    'A/64/293Bis',
    // The body named in an earlier sentence does not reach a bare number that fits several bodies.
    'The General Assembly met in New York. Resolution 8/12 was adopted later.',
    // A one-word name earlier in the sentence names no body (`the Conference of the States Parties`, dev en-018).
    'At its seventh session, the Conference of the States Parties to the United Nations Convention against Corruption adopted the following resolutions: resolution 7/1 on mutual legal assistance',
    // A ministry's resolution in the Colombian style, in a text that never names the Council.
    'la Resolución 1325 de 2000 del Ministerio de Salud',
  ])('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
  it("keeps another body's resolution before the preamble (dev `en-062`)", () => {
    expect(
      found(
        'Working Group on the Implementation of Paragraph 6 of Resolution 60/251 ***** The Human Rights Council, Guided',
      ),
    ).toEqual([res('Paragraph 6 of Resolution 60/251', 'A/RES/60/251', { paragraph: 6 })]);
  });
  it('keeps a citation going on in lower case', () => {
    expect(found('See resolution 1325 (2000) adopted by the Security Council on 31 October 2000.')).toEqual([
      res('resolution 1325 (2000)', 'S/RES/1325(2000)'),
    ]);
  });
});
