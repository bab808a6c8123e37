import { describe, expect, it } from 'vitest';
import { found, res, sym, tre, type Expect } from './factories';

/**
 * Citations as the ninth round's batch A and the tenth round's dev share wrote them (`real-dev-en-111`, `en-112`,
 * `en-114`, `en-117`, `en-120`, `es-051`, `fr-054`, `fr-057`). One case per rule; each failed before it.
 */
const cited: [string, Expect[]][] = [
  [
    // Summary records and information series (a lettered last segment with its number, no bare number segment).
    'Summary Record of Fifth Meeting, document E/CN.4/Sub.2/SR.5 (27 November 1947)\nThird Committee, document A/C.3/SR.1218\n(2 October 1963)\nTD/B/Inf.222. United Nations Conference on Trade and Development',
    [sym('E/CN.4/Sub.2/SR.5'), sym('A/C.3/SR.1218'), sym('TD/B/Inf.222', 'TD/B/INF.222')],
  ],
  [
    // Addenda after a symbol, and the end of their range (`Add.1 a 4`).
    'DOCUMENTO A/CN.4/579 y Add.1 a 4\nInformación y observaciones recibidas de los Gobiernos',
    [sym('A/CN.4/579'), sym('Add.1', 'A/CN.4/579/ADD.1'), sym('4', 'A/CN.4/579/ADD.4')],
  ],
  [
    // A slash number broken after its slash by a PDF line break.
    '1. The General Assembly of the United Nations, by its resolution 39/\n 141 of 14 December 1984, requested the Economic and Social Council',
    [res('resolution 39/\n 141', 'A/RES/39/141')],
  ],
  [
    // The heading `Resolution 8/12.` under its body's line is the document's own; a body named only after a date gives
    // the key, the span stops at the number; a list goes on past each instrument's subject (`5/1 on … and 5/2 on …`).
    'Human Rights Council\n\nResolution 8/12. Special Rapporteur on trafficking in persons, especially women and children\n\nThe Human Rights Council,\n\nReaffirming all previous resolutions, and also decision 2004/110 of 19 April 2004 of the Commission on\n\nHuman Rights establishing the mandate,\n\nRecalling its resolutions 5/1 on institution-building of the Human Rights Council\n\nand 5/2 on a code of conduct for special procedures mandate-holders of the Council of 18\n\nJune 2007,',
    [
      res('decision 2004/110', 'E/CN.4/DEC/2004/110'),
      res('resolutions 5/1', 'A/HRC/RES/5/1'),
      res('5/2', 'A/HRC/RES/5/2'),
    ],
  ],
  [
    // `of this document` after the Protocol named in full: the article is that Protocol's (span: the article).
    'part of the 2000 United Nations Palermo protocols, titled the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children. Article 3(a) of this document defines child trafficking',
    [tre('Article 3(a)', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  [
    // `Le protocole de Palerme` without its own subject, in a text whose one Protocol subject is migrant smuggling.
    "Le protocole de Palerme oblige les États parties à incriminer et punir le trafic de migrants172. Pour les États parties au protocole et à la convention donc, une obligation s'impose. Selon\nl'article 6 :\n« 1. Chaque État Partie adopte les mesures",
    [tre('article 6', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    // Canadian statute style (`l’alinéa 3a)`: article 3, paragraph a) and the French full title with UNTOC inside it.
    'la terminologie employée dans l’alinéa 3a) du Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants (le Protocole de Palerme) 3.',
    [
      tre(
        'alinéa 3a) du Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants',
        'TIP Protocol art. 3(a)',
        { article: 3, subparagraph: 'a' },
      ),
    ],
  ],
];

describe('citations as the ninth and tenth rounds dev passages wrote them', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited = [
  // A record that lists a resolution by its title on a later line names it (no `n/m.` heading form): kept elsewhere;
  // here `alinéa 3a)` before a bare noun is not read as an article.
  "l'alinéa 3a) du protocole, 2004",
  // `of this document` with no treaty of ours named before.
  'Article 3(a) of this document defines the terms used in 2004.',
];

describe('not citations (ninth and tenth rounds, dev)', () => {
  it.each(notCited)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});

describe('a resource record that names a resolution on a later line', () => {
  it('is a citation (no `n/m.` heading form)', () => {
    expect(
      found(
        'Availability\n\nName of Resource\n\nResolution 2388 (2017) Maintenance of international peace and security',
      ),
    ).toEqual([res('Resolution 2388 (2017)', 'S/RES/2388(2017)')]);
  });
});

describe('a text about one Protocol that names no treaty (tenth round, `real-dev-en-127`, `en-122`)', () => {
  it('gives its bare articles to that Protocol: the subject decides', () => {
    expect(
      found(
        'Article 11 deals with border measures:\n• Without prejudice to international commitments in relation to the free movement of people, State\nParties shall strengthen, to the extent possible, such border controls as may be necessary to\nprevent and detect trafficking in persons.\nArticle 11 furthemore requires States to adopt measures to prevent transport operated by\ncommercial carriers.',
      ),
    ).toEqual([
      tre('Article 11', 'TIP Protocol art. 11', { article: 11 }),
      tre('Article 11', 'TIP Protocol art. 11', { article: 11 }),
    ]);
  });
  it.each([
    // A court judgment on trafficking: its bare article is its own Convention's.
    'The Court considers that trafficking in persons falls within the scope of Article 4. The applicant complained that the authorities failed to protect her.',
    // A law named anywhere in the text.
    'Under the Anti-Trafficking Act 2005, trafficking in persons is a crime. Article 12 provides for penalties of up to 20 years.',
    // A bracketed pointer in an agenda (labelled uncited in-sample).
    "Examen des questions concernant l'assistance et la protection accordées aux victimes de la traite des personnes (article 6) ;",
  ])('but not %j', (input) => {
    expect(found(input)).toEqual([]);
  });
});
