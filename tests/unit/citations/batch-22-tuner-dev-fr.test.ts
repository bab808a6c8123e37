import { describe, expect, it } from 'vitest';
import { found, res, sym, tre, type Expect } from './factories';

/**
 * Session 18 (tuner-dev-fr): real-dev errors in French and resolution leftovers, by class, a row in each of EN, FR and
 * ES where the class exists; the dev passage that showed the class is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // A list of clauses before what holds them (dev fr-331, UNTOC art. 15(2)(c)(ii) quoted): one citation per member, a
  // clause alone in the letter before it; the first spans from the pinpoint word, the last through the article.
  [
    'conformément aux alinéas a) i) ou ii), ou b) i) du paragraphe 1 de l’article 6 de la présente Convention.',
    [
      tre('alinéas a) i)', 'UNTOC art. 6(1)(a)(i)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'i' }),
      tre('ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('b) i) du paragraphe 1 de l’article 6 de la présente Convention', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'des alinéas a) i) et ii) et b) i) du paragraphe 1 de l’article 6 de la présente Convention',
    [
      tre('alinéas a) i)', 'UNTOC art. 6(1)(a)(i)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'i' }),
      tre('ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('b) i) du paragraphe 1 de l’article 6 de la présente Convention', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'an offence under subparagraphs (a)(i) and (ii) and (b)(i) of paragraph 1 of article 6 of this Convention',
    [
      tre('subparagraphs (a)(i)', 'UNTOC art. 6(1)(a)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'a',
        clause: 'i',
      }),
      tre('(ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('(b)(i) of paragraph 1 of article 6 of this Convention', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'los incisos a) i) y ii) y b) i) del párrafo 1 del artículo 6 de la presente Convención',
    [
      tre('incisos a) i)', 'UNTOC art. 6(1)(a)(i)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'i' }),
      tre('ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('b) i) del párrafo 1 del artículo 6 de la presente Convención', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  // The same list after the article (UNTOC art. 15(2)(c)(ii) as the Convention words it): a letter with its own roman
  // in a list of romans is one item under that letter.
  [
    'an offence under article 6, paragraph 1 (a) (i) or (ii) or (b) (i), of this Convention within its territory',
    [
      tre('article 6, paragraph 1 (a) (i)', 'UNTOC art. 6(1)(a)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'a',
        clause: 'i',
      }),
      tre('(ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('(b) (i), of this Convention', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'une infraction établie conformément à l’article 6, paragraphe 1 a) i) ou ii) ou b) i), de la présente Convention.',
    [
      tre('article 6, paragraphe 1 a) i)', 'UNTOC art. 6(1)(a)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'a',
        clause: 'i',
      }),
      tre('ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('b) i), de la présente Convention', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'un delito tipificado con arreglo al artículo 6, párrafo 1 a) i) o ii) o b) i), de la presente Convención.',
    [
      tre('artículo 6, párrafo 1 a) i)', 'UNTOC art. 6(1)(a)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'a',
        clause: 'i',
      }),
      tre('ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('b) i), de la presente Convención', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  // A list in the first of two coordinated chains of one article (UNTOC art. 15(2)(c)(ii) in Spanish; the letters of
  // two paragraphs): one citation per member, the first chain's members in the paragraph the second names when they
  // name none.
  [
    'un delito tipificado con arreglo a los incisos i) o ii) del apartado a) o al inciso i) del apartado b) del párrafo 1 del artículo 6 de la presente Convención.',
    [
      tre('incisos i)', 'UNTOC art. 6(1)(a)(i)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'i' }),
      tre('ii) del apartado a)', 'UNTOC art. 6(1)(a)(ii)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'a',
        clause: 'ii',
      }),
      tre('inciso i) del apartado b) del párrafo 1 del artículo 6 de la presente Convención', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'los incisos i) y ii) del apartado a) del párrafo 1 del artículo 6 de la presente Convención',
    [
      tre('incisos i)', 'UNTOC art. 6(1)(a)(i)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'i' }),
      tre('ii) del apartado a) del párrafo 1 del artículo 6 de la presente Convención', 'UNTOC art. 6(1)(a)(ii)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'a',
        clause: 'ii',
      }),
    ],
  ],
  [
    'les alinéas b) et c) du paragraphe 1 et l’alinéa a) du paragraphe 2 de l’article 5 de la Convention',
    [
      tre('alinéas b)', 'UNTOC art. 5(1)(b)', { article: 5, paragraph: 1, subparagraph: 'b' }),
      tre('c) du paragraphe 1', 'UNTOC art. 5(1)(c)', { article: 5, paragraph: 1, subparagraph: 'c' }),
      tre('alinéa a) du paragraphe 2 de l’article 5 de la Convention', 'UNTOC art. 5(2)(a)', {
        article: 5,
        paragraph: 2,
        subparagraph: 'a',
      }),
    ],
  ],
  [
    'subparagraphs (b) and (c) of paragraph 1 and subparagraph (a) of paragraph 2 of article 5 of the Convention',
    [
      tre('subparagraphs (b)', 'UNTOC art. 5(1)(b)', { article: 5, paragraph: 1, subparagraph: 'b' }),
      tre('(c) of paragraph 1', 'UNTOC art. 5(1)(c)', { article: 5, paragraph: 1, subparagraph: 'c' }),
      tre('subparagraph (a) of paragraph 2 of article 5 of the Convention', 'UNTOC art. 5(2)(a)', {
        article: 5,
        paragraph: 2,
        subparagraph: 'a',
      }),
    ],
  ],
  [
    'con arreglo a los incisos b) y c) del apartado 1 y el inciso a) del apartado 2 del artículo 5 de la Convención',
    [
      tre('incisos b)', 'UNTOC art. 5(1)(b)', { article: 5, paragraph: 1, subparagraph: 'b' }),
      tre('c) del apartado 1', 'UNTOC art. 5(1)(c)', { article: 5, paragraph: 1, subparagraph: 'c' }),
      tre('inciso a) del apartado 2 del artículo 5 de la Convención', 'UNTOC art. 5(2)(a)', {
        article: 5,
        paragraph: 2,
        subparagraph: 'a',
      }),
    ],
  ],
  // The same list before a resolution's paragraph: one citation per member, as a list of letters.
  [
    'subparagraphs (a)(i) and (ii) of paragraph 3 of General Assembly resolution 60/251',
    [
      res('subparagraphs (a)(i)', 'A/RES/60/251', { paragraph: 3, subparagraph: 'a', clause: 'i' }),
      res('(ii) of paragraph 3 of General Assembly resolution 60/251', 'A/RES/60/251', {
        paragraph: 3,
        subparagraph: 'a',
        clause: 'ii',
      }),
    ],
  ],
  // One number in brackets right after a singular head word (dev en-416, fr-306): that instrument, spanned from the head
  // word through the bracket; its body inferred as for a bare number.
  [
    'under Security Council Resolution 1851, approved by the council. A December 2 resolution (1846) authorizes nations',
    [res('Security Council Resolution 1851', 'S/RES/1851'), res('resolution (1846)', 'S/RES/1846')],
  ],
  [
    'Le Conseil de sécurité a adopté la résolution 1851. Une résolution (1846) du 2 décembre autorise les États.',
    [res('résolution 1851', 'S/RES/1851'), res('résolution (1846)', 'S/RES/1846')],
  ],
  [
    'El Consejo de Seguridad aprobó la resolución 1851. Una resolución (1846) del 2 de diciembre autoriza a los Estados.',
    [res('resolución 1851', 'S/RES/1851'), res('resolución (1846)', 'S/RES/1846')],
  ],
  [
    'In its resolution 48/13, the Human Rights Council recognized the right. In a second resolution (48/14), the Council created a mandate.',
    [res('resolution 48/13', 'A/HRC/RES/48/13'), res('resolution (48/14)', 'A/HRC/RES/48/14')],
  ],
  [
    'Dans sa résolution 48/13, le Conseil a appelé les États. Par une deuxième résolution (48/14), le Conseil a renforcé son attention.',
    [res('résolution 48/13', 'A/HRC/RES/48/13'), res('résolution (48/14)', 'A/HRC/RES/48/14')],
  ],
  [
    'En su resolución 48/13, el Consejo de Derechos Humanos reconoció el derecho. En una segunda resolución (48/14), el Consejo creó un mandato.',
    [res('resolución 48/13', 'A/HRC/RES/48/13'), res('resolución (48/14)', 'A/HRC/RES/48/14')],
  ],
  // A special session's component with a space for its hyphen (dev fr-125, `(A/S 23/10/Rev.1)`): keyed with the hyphen.
  [
    'la vingt-troisième session extraordinaire intitulée « Les femmes en l’an 2000 » (A/S 23/10/Rev.1), en particulier',
    [sym('A/S 23/10/Rev.1', 'A/S-23/10/REV.1')],
  ],
  [
    'the outcome of the twenty-third special session (A/S 23/10/Rev.1) and its resolution A/RES/S 23/3',
    [sym('A/S 23/10/Rev.1', 'A/S-23/10/REV.1'), sym('A/RES/S 23/3', 'A/RES/S-23/3')],
  ],
  [
    'el documento final del período extraordinario de sesiones (A/S 23/10/Rev.1) y el acta A/S 23/PV.1',
    [sym('A/S 23/10/Rev.1', 'A/S-23/10/REV.1'), sym('A/S 23/PV.1', 'A/S-23/PV.1')],
  ],
  // The author's name, a colon and a description on its line (dev fr-280): no reproduced text below a title, so the
  // section heading and the prose above it keep their citations.
  [
    'L’application de la résolution 2231 est exposée dans une Note.\nMécanisme de mise en œuvre de la résolution 2231\n\nLe Conseil de sécurité : A la responsabilité de la mise en œuvre de la résolution 2231',
    [res('résolution 2231', 'S/RES/2231'), res('résolution 2231', 'S/RES/2231'), res('résolution 2231', 'S/RES/2231')],
  ],
  [
    'The implementation of resolution 2231 is set out in a note.\nImplementation of resolution 2231\n\nThe Security Council: Has the responsibility for the implementation of resolution 2231',
    [res('resolution 2231', 'S/RES/2231'), res('resolution 2231', 'S/RES/2231'), res('resolution 2231', 'S/RES/2231')],
  ],
  [
    'La aplicación de la resolución 2231 se expone en una nota.\nMecanismo de aplicación de la resolución 2231\n\nEl Consejo de Seguridad: Tiene la responsabilidad de la aplicación de la resolución 2231',
    [res('resolución 2231', 'S/RES/2231'), res('resolución 2231', 'S/RES/2231'), res('resolución 2231', 'S/RES/2231')],
  ],
  // Ours in focus, no other treaty's acronym in the sentence: the focus reading as before.
  [
    'The Trafficking in Persons Protocol was adopted in 2000. Its article 3 defines trafficking.',
    [tre('article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
];

/** What these readings leave alone. */
const left: [string, Expect[]][] = [
  // A clause list before another text's article, or before nothing, is no citation.
  ['conformément aux alinéas a) i) et ii) et b) i) du paragraphe 1 de l’article 6 de la loi n° 2003-239.', []],
  ['subparagraphs (a)(i) and (ii) of paragraph 1 of article 6 of the Criminal Code', []],
  ['los incisos a) i) y ii) del párrafo 1 del artículo 6 de la Ley 19.913', []],
  ['Voir les alinéas a) i) et ii) ci-dessus.', []],
  ['article 6, paragraph 1 (a) (i) or (ii) or (b) (i), of the Criminal Code', []],
  ['los incisos i) o ii) del apartado a) del párrafo 1 del artículo 6 de la Ley 19.913', []],
  ['los incisos b), c) y d) del apartado 1 y el inciso a) del apartado 2 del artículo 5 de la Ley 20.000', []],
  // A year in brackets dates the resolution; a list, a short number or more words in the bracket are no single number.
  ['The Security Council adopted the resolution (2015) on piracy.', []],
  ['Le Conseil de sécurité a adopté une résolution (2015) sur la piraterie.', []],
  ['El Consejo de Seguridad aprobó una resolución (2015) sobre la piratería.', []],
  ['The Security Council adopted a resolution (1846, 1851) on piracy.', []],
  ['The Security Council adopted a resolution (18) on piracy.', []],
  ['The General Assembly adopted a resolution (12/3 of the votes) on piracy.', []],
  // A Danish company's `A/S` before a date, a fraction or a bare pair of numbers; the spaced form in lower case.
  ['Maersk A/S 23/10/2020 annual meeting; Novo Nordisk A/S 12/2023 report; Carlsberg A/S 1/2 share.', []],
  ['Vestas Wind Systems A/S 23/10 meeting, a/s 23/10/Rev.1', []],
  ['La société Danske Bank A/S 15/3/2021 communiqué.', []],
  // Another treaty's acronym in the article's sentence (one list, `OTHER_TREATY_ACRONYMS`, for the sentence, the word
  // before the article and the focus reading): that treaty's article, though ours is in focus.
  ['The Trafficking in Persons Protocol was adopted in 2000. Under the CERD, article 5 guarantees equality.', []],
  [
    'Le Protocole relatif à la traite des personnes a été adopté en 2000. Selon la CDN, l’article 35 protège les enfants.',
    [],
  ],
  [
    'El Protocolo contra la trata de personas se aprobó en 2000. Según el PIDCP, el artículo 8 prohíbe la esclavitud.',
    [],
  ],
  ['The Trafficking in Persons Protocol was adopted in 2000. The CAT committee noted that article 3 applies.', []],
  // A preamble's colon at its line's end or before a participle: the heading above is the reproduced text's own.
  [
    'Resolution 2370 (2017)\n\nThe Security Council:\n\nRecalling its resolutions 1373 (2001) and 2322 (2016),',
    [res('resolutions 1373 (2001)', 'S/RES/1373(2001)'), res('2322 (2016)', 'S/RES/2322(2016)')],
  ],
  [
    'Résolution 2370 (2017)\n\nLe Conseil de sécurité : Rappelant ses résolutions 1373 (2001) et 2322 (2016),',
    [res('résolutions 1373 (2001)', 'S/RES/1373(2001)'), res('2322 (2016)', 'S/RES/2322(2016)')],
  ],
  [
    'Resolución 2370 (2017)\n\nEl Consejo de Seguridad: Recordando sus resoluciones 1373 (2001) y 2322 (2016),',
    [res('resoluciones 1373 (2001)', 'S/RES/1373(2001)'), res('2322 (2016)', 'S/RES/2322(2016)')],
  ],
];

describe('session 18 (tuner-dev-fr) readings by class', () => {
  it.each(cited)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('what the session 18 (tuner-dev-fr) readings leave alone', () => {
  it.each(left)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
