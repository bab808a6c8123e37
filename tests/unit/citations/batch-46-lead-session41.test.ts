import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 41 (lead): classes from probe set 17's dev errors (scored held out once at the end of session 40, then moved
 * to dev), each written here in a sentence of its own, not the probe's.
 */

describe('a treaty calling itself `Treaty` is its own text, not the treaty in focus (`treaty-connector.ts`)', () => {
  eachReads([
    [
      'Recordando la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, las Partes acuerdan que el artículo 5 del presente Tratado no afecta a dicha Convención.',
      [],
    ],
    [
      'Bearing in mind the United Nations Convention against Transnational Organized Crime, the Parties agree that article 7 of this Treaty shall apply.',
      [],
    ],
    // A commentary's lower-case `this treaty` may still point back to the Convention just named.
    [
      'The United Nations Convention against Transnational Organized Crime is the main instrument; article 5 of this treaty requires States to criminalize participation.',
      [['article 5', 'UNTOC art. 5']],
    ],
  ]);
});

describe('UNCAC’s Conference of the States Parties named in full as the adopting body (`outside-bodies.ts`)', () => {
  eachReads([
    [
      'En 2019, la Conférence des États parties à la Convention des Nations Unies contre la corruption a adopté la résolution 8/9, alors que la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée a adopté la décision 4/4.',
      [['décision 4/4', 'COP decision 4/4']],
    ],
    [
      'The Conference of the States Parties to the United Nations Convention against Corruption adopted resolution 8/9; the Conference of the Parties to the United Nations Convention against Transnational Organized Crime adopted decision 4/4.',
      [['decision 4/4', 'COP decision 4/4']],
    ],
    [
      'La Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción aprobó la resolución 8/9, y la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional aprobó la decisión 4/4.',
      [['decisión 4/4', 'COP decision 4/4']],
    ],
  ]);
});

describe('another text named before a comma owns the article after it (`other-text-article.ts`)', () => {
  eachReads([
    [
      'Le Protocole relatif aux armes à feu exige le marquage (art. 8) ; à ne pas confondre avec le Traité sur le commerce des armes (TCA), art. 10, qui vise le courtage.',
      [['art. 8', 'Firearms Protocol art. 8']],
    ],
    [
      'The Firearms Protocol requires marking (art. 8), unlike the Arms Trade Treaty (ATT), art. 10, on brokering.',
      [['art. 8', 'Firearms Protocol art. 8']],
    ],
    [
      'El Protocolo sobre armas de fuego exige el marcado (art. 8), como el Tratado sobre el Comercio de Armas, art. 10.',
      [['art. 8', 'Firearms Protocol art. 8']],
    ],
    // `Traite` without its accent is trafficking, a heading's subject: the article stays the Protocol's.
    ['Protocole relatif à la traite des personnes — Traite des personnes, art. 3', [['art. 3', 'TIP Protocol art. 3']]],
  ]);
});

describe('ligatures read as their letters, the span the original characters (`reading-text.ts`)', () => {
  eachReads([
    [
      'Le retour est régi par l’article 18 du Protocole contre le traﬁc illicite de migrants par terre, air et mer.',
      [
        [
          'article 18 du Protocole contre le traﬁc illicite de migrants par terre, air et mer',
          'Migrants Protocol art. 18',
        ],
      ],
    ],
    [
      'See article 5 of the Trafﬁcking in Persons Protocol and A/RES/55/25.',
      [
        ['article 5 of the Trafﬁcking in Persons Protocol', 'TIP Protocol art. 5'],
        ['A/RES/55/25', 'A/RES/55/25'],
      ],
    ],
  ]);
});

describe('a generic owner counted by a quantifier is the texts compared, not ours (`possessive-owner.ts`)', () => {
  eachReads([
    [
      'The Arms Trade Treaty and the ECOWAS Convention overlap with the Firearms Protocol, but neither instrument’s article 10 covers transit.',
      [],
    ],
    [
      'Both the CoE Convention and the Trafficking Protocol matter, yet each treaty’s article 4 defines it differently.',
      [],
    ],
    // The generic owner alone still points back to the treaty in focus.
    [
      'The State acceded to the Firearms Protocol last week. Under the treaty’s Article 10, it must license brokers.',
      [['Article 10', 'Firearms Protocol art. 10']],
    ],
  ]);
});

describe('a law’s own text: a bare article numbered as one of its headings is its own (`other-treaty-marks.ts`)', () => {
  eachReads([
    [
      'LOI N° 2019-14 relative à la lutte contre la traite des personnes\nArticle premier. – La présente loi met en œuvre la Convention des Nations Unies contre la criminalité transnationale organisée.\nArticle 2. – Les infractions prévues à l’article 1er sont punies.',
      [],
    ],
    [
      'TRAFFICKING IN PERSONS ACT\nArticle 1. This Act implements the United Nations Convention against Transnational Organized Crime.\nArticle 2. The offences under article 1 are punishable.',
      [],
    ],
    [
      'LOI N° 2020-07 relative à la traite des personnes\nArticle 1er. – La présente loi met en œuvre la Convention des Nations Unies contre la criminalité transnationale organisée.\nArticle 2. – Les infractions prévues à l’article 1er sont punies.',
      [],
    ],
    // A number none of its headings has: the treaty in focus's (a model law's commentary).
    [
      'Article 8. Traite des personnes\nLa présente loi type transpose le Protocole relatif à la traite des personnes ; son paragraphe 2 reprend l’article 3 b).',
      [['article 3 b)', 'TIP Protocol art. 3(b)']],
    ],
  ]);
});

describe('`ONU` alone between a Protocol noun and its subject (`un-in-name.ts`, `treaty-names.ts`)', () => {
  eachReads([
    [
      'Fiche pratique\n• Hébergement — art. 6.3.a Protocole ONU traite\n• Indemnisation — art. 6.6',
      [
        ['art. 6.3.a Protocole ONU traite', 'TIP Protocol art. 6(3)(a)'],
        ['art. 6.6', 'TIP Protocol art. 6(6)'],
      ],
    ],
    [
      'Selon l’article 5 du Protocole ONU relatif à la traite des personnes, les États incriminent la traite.',
      [['article 5 du Protocole ONU relatif à la traite des personnes', 'TIP Protocol art. 5']],
    ],
  ]);
});

describe('another article’s treaty named by its prefix name, or in a cross-reference (`bare-article-nouns.ts`)', () => {
  eachReads([
    // A cross-reference's treaty says nothing of the bare article before it: the heading's Protocol decides.
    [
      'Legislative Guide, Smuggling of Migrants Protocol — Part III\n40. Article 16, paragraph 1, requires States to preserve the rights of migrants (see also art. 24 of the Organized Crime Convention).',
      [
        ['Article 16, paragraph 1', 'Migrants Protocol art. 16(1)'],
        ['art. 24 of the Organized Crime Convention', 'UNTOC art. 24'],
      ],
    ],
    // Another article's treaty named by its prefix name is that article's (the Protocol has no article 25 for this one).
    [
      'Witnesses are protected by article 24 of the Convention, and victims by article 25, alongside article 6, paragraph 3, of the Trafficking Protocol.',
      [
        ['article 24 of the Convention', 'UNTOC art. 24'],
        ['article 25', 'UNTOC art. 25'],
        ['article 6, paragraph 3, of the Trafficking Protocol', 'TIP Protocol art. 6(3)'],
      ],
    ],
  ]);
});

describe('a lower-case abbreviated pointer in brackets, in a text naming no law (`bare-article.ts`)', () => {
  eachReads([
    [
      'Según la Convención, un «grupo delictivo organizado» tiene tres o más miembros; el «delito grave» (art. 2 b)) se castiga con cuatro años.',
      [['art. 2 b)', 'UNTOC art. 2(b)']],
    ],
    // A report on a national law points to the law's articles so: not the treaty's.
    [
      'The Special Rapporteur on the human rights of migrants notes that the law has many weaknesses. It criminalizes those who transport migrants of the region without documents (art. 20). Furthermore, it allows the detention of smuggled migrants (art. 30).',
      [],
    ],
  ]);
});
