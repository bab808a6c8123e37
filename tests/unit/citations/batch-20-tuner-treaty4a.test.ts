import { describe, expect, it } from 'vitest';
import { found, sym, tre, type Expect } from './factories';

/**
 * Session 16 (tuner-treaty4a): precision and spans of treaty articles on the twenty-fourth round's moved passages, by
 * class, a row in each of EN, FR and ES where the class exists; the dev passage that showed the class is named.
 */
const cited: [string, Expect[]][] = [
  // A letter after a full stop after the number, then a comma or a colon (dev es-320, es-321): 2(a), not 2.
  [
    'La Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional en su artículo 2.a, establece que',
    [tre('artículo 2.a', 'UNTOC art. 2(a)', { article: 2, subparagraph: 'a' })],
  ],
  [
    'los delitos graves definidos en el artículo 2.b: “Por delito grave” de la Convención de Palermo',
    [tre('artículo 2.b', 'UNTOC art. 2(b)', { article: 2, subparagraph: 'b' })],
  ],
  [
    'La Convention des Nations Unies contre la criminalité transnationale organisée, en son article 2.a, définit',
    [tre('article 2.a', 'UNTOC art. 2(a)', { article: 2, subparagraph: 'a' })],
  ],
  [
    'The United Nations Convention against Transnational Organized Crime, in its Article 2.b; defines serious crime',
    [tre('Article 2.b', 'UNTOC art. 2(b)', { article: 2, subparagraph: 'b' })],
  ],
  // A text about a draft: an article naming its treaty stays, and so does a quoted final text's self-reference.
  [
    'The Ad Hoc Committee approved article 19, as amended (see also note 2 concerning article 19 of the convention). Draft convention, A/AC.254/4/Rev.4.',
    [
      tre('article 19 of the convention', 'UNTOC art. 19', { article: 19 }),
      sym('A/AC.254/4/Rev.4', 'A/AC.254/4/REV.4'),
    ],
  ],
  [
    'This Protocol shall apply to the offences established in accordance with article 6 of this Protocol. Revised draft Protocol against the Smuggling of Migrants by Land, Sea and Air.',
    [tre('article 6 of this Protocol', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  // An anaphoric word after the treaty's noun or the article is part of its designation (dev fr-329, en-435).
  [
    "Vu la Convention des Nations Unies contre la criminalité transnationale organisée ; les infractions graves définies à l'alinéa b) de l'article 2 de la convention susvisée et punies",
    [tre("alinéa b) de l'article 2 de la convention susvisée", 'UNTOC art. 2(b)', { article: 2, subparagraph: 'b' })],
  ],
  [
    'La Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional. El artículo 5 de la Convención antes mencionada dispone',
    [tre('artículo 5 de la Convención antes mencionada', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    'Article 3(a) of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children defines trafficking. Article 2 therein holds that',
    [
      tre(
        'Article 3(a) of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
        'TIP Protocol art. 3(a)',
        { article: 3, subparagraph: 'a' },
      ),
      tre('Article 2 therein', 'TIP Protocol art. 2', { article: 2 }),
    ],
  ],
];

describe('treaty articles by class (session 16, tuner-treaty4a)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited: [string, Expect[]][] = [
  // A text about a draft (the Ad Hoc Committee's documents, a draft or rolling text): its bare articles and its
  // bracketed proposals' `this Protocol` are the draft's numbering, not the final treaty's (dev en-443, en-445).
  [
    'Protocol against the Illicit Manufacturing of and Trafficking in Firearms. Delegations commented on article 9 of the revised draft protocol (A/AC.254/4/Add.2/Rev.5). “Article 9“Marking of firearms “1. [referred to in article 2, subparagraph (b) (i), of this Protocol,] States Parties shall',
    [sym('A/AC.254/4/Add.2/Rev.5', 'A/AC.254/4/ADD.2/REV.5')],
  ],
  [
    'Convention des Nations Unies contre la criminalité transnationale organisée. Le Comité a approuvé l’article 19 du projet de convention. « [visées à l’alinéa b) de l’article 2 de la présente Convention] »',
    [],
  ],
  [
    'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional. El Comité aprobó el artículo 19 del proyecto de convención. « [a que se refiere el artículo 2 de la presente Convención] »',
    [],
  ],
  // ECOWAS's Supplementary Protocols are shaped like UN symbols but are not (dev en-433); the Assembly's committee
  // series stays.
  [
    'Supplementary Protocol A/SP.1/01/05 of 19 January 2005; Protocole additionnel A/SP.2/06/06 ; Protocolo A/SP.1/01/05',
    [],
  ],
  ['see A/SPC/50/L.1', [sym('A/SPC/50/L.1')]],
  // A letter with another glued after the comma is no pinpoint read from the dot (the article alone, as before).
  [
    'the Convention against Transnational Organized Crime. Article 3.a,b of the guide',
    [tre('Article 3', 'UNTOC art. 3', { article: 3 })],
  ],
];

describe('what the session 16 (tuner-treaty4a) readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
