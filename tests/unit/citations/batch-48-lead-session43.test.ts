import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 43 (lead): classes from probe set 19's dev errors (scored held out once at the end of session 42, then moved
 * to dev), each written here in a sentence of its own, not the probe's.
 */

describe('another treaty’s acronym in an article’s own table cell (`table-column.ts`)', () => {
  eachReads([
    [
      'Tableau 2. Infractions de la Convention des Nations Unies contre la criminalité transnationale organisée (CTO)\n\n| Article | Objet |\n|---|---|\n| Art. 8 CTO | Incrimination de la corruption |\n| Art. 21 CNUCC | Corruption dans le secteur privé |\n| Art. 15 UNCAC | Bribery of national officials |',
      [['Art. 8 CTO', 'UNTOC art. 8']],
    ],
    // Without an acronym, the caption still decides the column.
    [
      'Table 4. Offences under the United Nations Convention against Transnational Organized Crime\n\n| Article | Offence |\n|---|---|\n| Art. 6 | Laundering |\n| Art. 23 | Obstruction of justice |',
      [
        ['Art. 6', 'UNTOC art. 6'],
        ['Art. 23', 'UNTOC art. 23'],
      ],
    ],
  ]);
});

describe('a Convention numbered in brackets is another treaty (`qualifier-words.ts`)', () => {
  eachReads([
    [
      'La convention (n° 182) sur les pires formes de travail des enfants vise en son article 3 la traite des enfants, comme le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants.',
      [],
    ],
    [
      'Le Convenio (núm. 29) sobre el trabajo forzoso define en su artículo 2 el trabajo forzoso; el Protocolo contra la trata de personas se aplica además.',
      [],
    ],
  ]);
});

describe('informal names a machine translation gives UNTOC and the Migrants Protocol (`loose-names.ts`)', () => {
  eachReads([
    [
      'Selon l’article 5 de la Convention sur le crime organisé, la participation à un groupe criminel organisé est une infraction.',
      [['article 5 de la Convention sur le crime organisé', 'UNTOC art. 5']],
    ],
    [
      'L’article 16 du Protocole relatif à la contrebande de migrants protège les migrants ; l’article 18 du Protocole règle leur retour.',
      [
        ['article 16 du Protocole relatif à la contrebande de migrants', 'Migrants Protocol art. 16'],
        ['article 18 du Protocole', 'Migrants Protocol art. 18'],
      ],
    ],
    // A convention on another crime keeps no reading.
    ['Selon l’article 5 de la Convention sur la cybercriminalité, l’accès illégal est une infraction.', []],
  ]);
});

describe('`del Protocolo de trata` ending its clause: the TIP Protocol (`loose-names.ts`)', () => {
  eachReads([
    [
      'Para el taller, revisa el art. 9 del Protocolo de trata; luego hablamos de la prevención.',
      [['art. 9 del Protocolo de trata', 'TIP Protocol art. 9']],
    ],
    // `trata` as a verb goes on: no name.
    ['El artículo 6 del Protocolo de trata de blancas del siglo XIX no se aplica.', []],
  ]);
});

describe('`du même Protocole` right after a Protocol of ours named in full, whatever the text’s subject (`anaphor-focus.ts`)', () => {
  eachReads([
    [
      'L’article 8 du Protocole relatif aux migrants prévoit l’arraisonnement ; l’article 16 du même Protocole protège les migrants, sans préjudice du droit des réfugiés.',
      [
        ['article 8 du Protocole relatif aux migrants', 'Migrants Protocol art. 8'],
        ['article 16 du même Protocole', 'Migrants Protocol art. 16'],
      ],
    ],
    // Another Protocol named in full since: the anaphor is that one's.
    [
      'L’article 9 du Protocole relatif à la traite des personnes prévoit la prévention ; le Protocole de 1967 relatif au statut des réfugiés, en son article 1, et l’article 2 du même Protocole le complètent.',
      [['article 9 du Protocole relatif à la traite des personnes', 'TIP Protocol art. 9']],
    ],
  ]);
});

describe('a dotted letter’s own bracket ending its clause, the treaty named before (`article-head.ts`)', () => {
  eachReads([
    [
      '¹² Protocolo contra el tráfico ilícito de migrantes, art. 6.1.a); véase también el informe.',
      [['art. 6.1.a)', 'Migrants Protocol art. 6(1)(a)']],
    ],
    ['⁸ Protocolo contra la trata de personas, art. 3.c), sobre los niños.', [['art. 3.c)', 'TIP Protocol art. 3(c)']]],
    // A comma after the bracket (session 19 left it unread).
    ['The Palermo Protocol, in Article 3.a), defines trafficking.', [['Article 3.a)', 'TIP Protocol art. 3(a)']]],
    // A numbered heading's `3.a)` before its caption: the article alone, as before.
    [
      'Protocolo contra la trata de personas\nArtículo 3.a) Definiciones del texto',
      [['Artículo 3', 'TIP Protocol art. 3']],
    ],
  ]);
});

describe('a masculine `relatif` after `Convention` agrees with the article, not a title (`qualifier-words.ts`)', () => {
  eachReads([
    [
      'Le Comité spécial a examiné le texte ; l’article 18 de la Convention relatif à l’entraide judiciaire est long.',
      [['article 18 de la Convention', 'UNTOC art. 18']],
    ],
    // A title's feminine `relative` names another Convention.
    ['Voir l’article 35 de la Convention relative aux droits de l’enfant sur la vente d’enfants.', []],
  ]);
});

describe('a lower-case prefix name owning an article, whatever the text’s other subject (`name-forms.ts`)', () => {
  eachReads([
    [
      'Decision 2/CP.17 concerns finance; the smuggling protocol’s article 8 is about the sea.',
      [['article 8', 'Migrants Protocol art. 8']],
    ],
    [
      "Under decision 1/CMP.1 nothing changes, but the trafficking protocol's Article 7 covers residence.",
      [['Article 7', 'TIP Protocol art. 7']],
    ],
  ]);
});

describe('the Firearms Protocol’s title as a translation from Russian words it (`garbled-titles.ts`)', () => {
  eachReads([
    [
      'Under article 8 of the Protocol against the illegal manufacturing and circulation of firearms, their parts and components and ammunition, each State marks firearms.',
      [
        [
          'article 8 of the Protocol against the illegal manufacturing and circulation of firearms, their parts and components and ammunition',
          'Firearms Protocol art. 8',
        ],
      ],
    ],
    // Another object of the turnover names no title of ours.
    ['Under article 8 of the Protocol against the illegal manufacturing and turnover of narcotics, States act.', []],
  ]);
});

describe('an article set beside our treaty’s past its caption and a pronoun: another text’s (`bare-article-nouns.ts`)', () => {
  eachReads([
    [
      'La loi reprend la Convention des Nations Unies contre la criminalité transnationale organisée : son article 7 (blanchiment) y correspond à l’article 6 de la Convention contre la criminalité organisée.',
      [['article 6 de la Convention contre la criminalité organisée', 'UNTOC art. 6']],
    ],
    [
      'The Convention against Corruption follows UNTOC closely: its article 46 (mutual legal assistance) corresponds to article 18 of the Organized Crime Convention.',
      [['article 18 of the Organized Crime Convention', 'UNTOC art. 18']],
    ],
  ]);
});

describe('a list’s elided verb after a comma: the connector opens the topic (`bare-article-after.ts`)', () => {
  eachReads([
    [
      'En el Protocolo contra el tráfico ilícito de migrantes, el artículo 6 trata de la penalización; el artículo 8, de las medidas en el mar, y el artículo 16, de la protección.',
      [
        ['artículo 6', 'Migrants Protocol art. 6'],
        ['artículo 8', 'Migrants Protocol art. 8'],
        ['artículo 16', 'Migrants Protocol art. 16'],
      ],
    ],
    // A law after the comma still owns the article.
    ['En el Protocolo de Palermo se inspira el artículo 10, de la ley 985 de 2005, sobre la protección.', []],
  ]);
});

describe('a possessive its author refuses, a short name opening its clause: that name’s body named in the text (`named-body.ts`)', () => {
  eachReads([
    [
      'The Economic and Social Council, in its resolution 2011/33, invited the Commission on Crime Prevention and Criminal Justice to act; the Commission responded in its resolution 21/2 on the matter.',
      [
        ['resolution 2011/33', 'E/RES/2011/33'],
        ['resolution 21/2', 'CCPCJ resolution 21/2'],
      ],
    ],
    // No Commission named in full: no card for the Commission's number.
    [
      'The Economic and Social Council, in its resolution 2011/33, invited States to act; the Commission responded in its resolution 21/2 on the matter.',
      [['resolution 2011/33', 'E/RES/2011/33']],
    ],
  ]);
});
