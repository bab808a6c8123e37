import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 10 (tuner-symbols): resolution forms read by class, from the dev passages left at the session's start and
 * from how legal writing (the Bluebook, OSCOLA), news and UN documents list and attribute resolutions. Each case failed
 * before its rule; its dev passage or its form's source is named in its comment.
 */
const cited: [string, Expect[]][] = [
  [
    // A connector with a short aside set off by commas inside a list (dev fr-085).
    'les résolutions 2331 (2016) et, dans une moindre mesure, 2347(2017) du Conseil de sécurité14',
    [res('résolutions 2331 (2016)', 'S/RES/2331(2016)'), res('2347(2017) du Conseil de sécurité', 'S/RES/2347(2017)')],
  ],
  [
    // The same in English and Spanish news writing.
    'resolutions 2331 (2016) and, more recently, 2388 (2017); resoluciones 1325 (2000) y, en particular, 1820 (2008)',
    [
      res('resolutions 2331 (2016)', 'S/RES/2331(2016)'),
      res('2388 (2017)', 'S/RES/2388(2017)'),
      res('resoluciones 1325 (2000)', 'S/RES/1325(2000)'),
      res('1820 (2008)', 'S/RES/1820(2008)'),
    ],
  ],
  [
    // Semicolons between the numbers of a list (footnotes and legal writing).
    'Human Rights Council resolutions 8/12; 11/3; 14/2 and 17/1 address trafficking.',
    [
      res('Human Rights Council resolutions 8/12', 'A/HRC/RES/8/12'),
      res('11/3', 'A/HRC/RES/11/3'),
      res('14/2', 'A/HRC/RES/14/2'),
      res('17/1', 'A/HRC/RES/17/1'),
    ],
  ],
  [
    // `as well as` / `ainsi que` / `así como` between two numbers.
    'General Assembly resolutions 55/25 as well as 58/4; les résolutions 64/293 ainsi que 68/192 de l’Assemblée générale',
    [
      res('General Assembly resolutions 55/25', 'A/RES/55/25'),
      res('58/4', 'A/RES/58/4'),
      res('résolutions 64/293', 'A/RES/64/293'),
      res('68/192 de l’Assemblée générale', 'A/RES/68/192'),
    ],
  ],
  [
    // The year in brackets after an Assembly number inside a list (news writing; not in the span).
    'In its resolutions 64/293 (2010) and 68/192 (2013), the General Assembly',
    [res('resolutions 64/293', 'A/RES/64/293'), res('68/192', 'A/RES/68/192')],
  ],
  [
    // The body as the subject right after the citation's clause, with no possessive (EN, FR, ES).
    'Conformément à la résolution 55/25, l’Assemblée générale a adopté la Convention.',
    [res('résolution 55/25', 'A/RES/55/25')],
  ],
  ['Mediante la resolución 55/25, la Asamblea General aprobó la Convención.', [res('resolución 55/25', 'A/RES/55/25')]],
  [
    // The Bluebook's abbreviations for ECOSOC and the Human Rights Council (as `G.A. Res.`, `S.C. Res.`).
    'E.S.C. Res. 2004/45, U.N. Doc. E/2004/INF/2/Add.2; H.R.C. Res. 11/3.',
    [res('E.S.C. Res. 2004/45', 'E/RES/2004/45'), sym('E/2004/INF/2/Add.2'), res('H.R.C. Res. 11/3', 'A/HRC/RES/11/3')],
  ],
  [
    // A quoted title after a listed number does not end the list (thirteenth round's first run, test en-264).
    'Economic and Social Council resolutions 2003/29 of 22 July 2003, entitled “Prevention of crimes”, 2004/34 of 21 July 2004 and 2008/23 of 24 July 2008, entitled “Protection against trafficking in cultural property”, and 2010/19',
    [
      res('Economic and Social Council resolutions 2003/29', 'E/RES/2003/29'),
      res('2004/34', 'E/RES/2004/34'),
      res('2008/23', 'E/RES/2008/23'),
      res('2010/19', 'E/RES/2010/19'),
    ],
  ],
  [
    // A Council preamble's list of 27 resolutions goes on past the usual bound of 20 (test en-280).
    `Recalling its resolutions ${Array.from({ length: 27 }, (_, i) => `${2300 + i} (2016)`).join(', ')}, and`,
    Array.from({ length: 27 }, (_, i) =>
      res(i === 0 ? 'resolutions 2300 (2016)' : `${2300 + i} (2016)`, `S/RES/${2300 + i}(2016)`),
    ),
  ],
  [
    // ECOSOC's numbering before 1978 runs to 2130 (LXIII) (its own note on symbols; test en-275).
    'Economic and Social Council resolutions: the last so numbered is resolution 2130 (LXIII), of 14 December 1977.',
    [res('resolution 2130 (LXIII)', 'E/RES/2130(LXIII)')],
  ],
  [
    // A body's acronym in brackets between its name and the head word (NGO and academic writing).
    'The UN General Assembly (UNGA) Resolution 55/25 and the UN Security Council (UNSC) Resolution 2331 (2016)',
    [
      res('General Assembly (UNGA) Resolution 55/25', 'A/RES/55/25'),
      res('Security Council (UNSC) Resolution 2331 (2016)', 'S/RES/2331(2016)'),
    ],
  ],
  [
    // `complementarias` / `complémentaires` between the head word and the numbers, as `ulteriores` is.
    'y sus resoluciones complementarias 1820 (2008) y 1888 (2009)',
    [res('resoluciones complementarias 1820 (2008)', 'S/RES/1820(2008)'), res('1888 (2009)', 'S/RES/1888(2009)')],
  ],
  [
    // `de l'` with its apostrophe lost in a copy that dropped every non-ASCII character (dev fr-012).
    'la rsolution 54/212 de lAssemble gnrale du 22 dcembre 1999',
    [res('rsolution 54/212 de lAssemble gnrale', 'A/RES/54/212')],
  ],
];

describe('session 10 resolution forms (tuner-symbols)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** What these readings leave alone. */
const notCited: [string, Expect[]][] = [
  // An aside with a digit or a sentence stop is not skipped: the next number is not the list's.
  ['la résolution 2331 (2016) et, le 3 mai, 24 personnes', [res('résolution 2331 (2016)', 'S/RES/2331(2016)')]],
  // A semicolon then a number of another form does not continue the list.
  ['decision 4/4; 24/7 support lines', []],
  // A one-word body as the subject after the clause is no hint (`the Council` of which?).
  ['Under resolution 35/5, the Council decided', []],
  // `de la` is still read as `de la`, not as a lost `de l'`.
  [
    'paragraphe 19 de la résolution 1882 (2009) du Conseil de sécurité',
    [res('paragraphe 19 de la résolution 1882 (2009) du Conseil de sécurité', 'S/RES/1882(2009)', { paragraph: 19 })],
  ],
];

describe('what the session 10 resolution readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/**
 * Other organisations' resolutions and decisions, as Council of Europe, OSCE and Inter-American texts cite them: not
 * ours, though their numbers look like ours.
 */
const foreign: [string, Expect[]][] = [
  // A number whose year is far from the Security Council's numbers that year (PACE's numbers lag the Council's).
  ['Parliamentary Assembly of the Council of Europe Resolution 1702 (2010) on action against trafficking', []],
  ['see resolution 1337 (2003) on migration connected with trafficking in women', []],
  // An acronym not ours before the head word; a qualifier before a one-word body name (English order).
  ['PACE Resolution 1337 (2003); IACHR Resolution 04/19; OSCE Ministerial Council Decision No. 1/13', []],
  ['the Inter-American Court and the European Commission decision 2/18', []],
];

describe('other organisations’ instruments (session 10)', () => {
  it.each(foreign)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** What those checks leave alone: the Council's numbers with their years, our acronyms, preamble verbs. */
const ours: [string, Expect[]][] = [
  [
    'resolutions 1325 (2000), 1373 (2001), 2331 (2016) and 2598 (2021); resolution 2388 (2017)',
    [
      res('resolutions 1325 (2000)', 'S/RES/1325(2000)'),
      res('1373 (2001)', 'S/RES/1373(2001)'),
      res('2331 (2016)', 'S/RES/2331(2016)'),
      res('2598 (2021)', 'S/RES/2598(2021)'),
      res('resolution 2388 (2017)', 'S/RES/2388(2017)'),
    ],
  ],
  [
    'the Human Rights Council (HRC) resolution 35/5; UNSC Resolution 2388 (2017)',
    [
      res('Human Rights Council (HRC) resolution 35/5', 'A/HRC/RES/35/5'),
      res('UNSC Resolution 2388 (2017)', 'S/RES/2388(2017)'),
    ],
  ],
  [
    'The Human Rights Council,\n\nRecalling Council resolution 17/1',
    [res('Council resolution 17/1', 'A/HRC/RES/17/1')],
  ],
  ['SECURITY COUNCIL ADOPTS RESOLUTION 2331 (2016)', [res('RESOLUTION 2331 (2016)', 'S/RES/2331(2016)')]],
];

describe('what the other-organisation checks leave alone', () => {
  it.each(ours)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
