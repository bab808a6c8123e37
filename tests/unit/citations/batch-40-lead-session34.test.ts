import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 34 (lead): classes from probe set 11's dev errors (scored held out once, then moved to dev), each written
 * here in a sentence of its own, not the probe's.
 */

describe('a possessive opening the clause after a semicolon belongs to the treaty that opens the sentence (`possessive-owner.ts`)', () => {
  eachReads([
    [
      'The Council of Europe Convention covers all forms of trafficking (article 2); its article 12 on assistance to victims goes further than article 6 of the Palermo Protocol.',
      [['article 6 of the Palermo Protocol', 'TIP Protocol art. 6']],
    ],
    [
      'La Convention de Varsovie vise toutes les formes de traite ; son article 12 est souvent comparé au Protocole relatif à la traite des personnes.',
      [],
    ],
    [
      'La Convención de Mérida tipifica el blanqueo (artículo 23); su artículo 26 es casi idéntico al artículo 10 de la Convención de Palermo.',
      [['artículo 10 de la Convención de Palermo', 'UNTOC art. 10']],
    ],
    // A treaty of ours opening the sentence still owns it.
    [
      'The Trafficking in Persons Protocol entered into force in 2003; its article 5 requires States to criminalize trafficking.',
      [['article 5', 'TIP Protocol art. 5']],
    ],
    [
      'Le Protocole relatif à la traite des personnes est entré en vigueur en 2003 ; son article 5 impose l’incrimination.',
      [['article 5', 'TIP Protocol art. 5']],
    ],
  ]);
});

describe('the ordinal sign after an abbreviated article word, `artº` and `art.º` (`patterns.ts`)', () => {
  eachReads([
    [
      'La ley aplica el Protocolo sobre armas de fuego, que dispone en su artº 8 el marcado de cada arma.',
      [['artº 8', 'Firearms Protocol art. 8']],
    ],
    [
      'El tribunal aplicó el art.º 5 de la Convención de Palermo.',
      [['art.º 5 de la Convención de Palermo', 'UNTOC art. 5']],
    ],
    // The noun `art` with the sign and no figure is no article.
    ['Una exposición de artº contemporáneo sobre la trata.', []],
  ]);
});

describe('UNTOC’s Spanish `CDOT` right after an abbreviated article (`acronym-article.ts`)', () => {
  eachReads([
    [
      'Disposición | Delito\nArt. 16 CDOT | Extradición\nArt. 18 CDOT | Asistencia judicial recíproca',
      [
        ['Art. 16 CDOT', 'UNTOC art. 16'],
        ['Art. 18 CDOT', 'UNTOC art. 18'],
      ],
    ],
    // Not before a capitalised word: a department of transportation's rules.
    ['Contractors must follow Art. 5 CDOT Standard Specifications for road works.', []],
  ]);
});

describe('Spanish and French hashtags naming a treaty of ours by Palermo (`loose-names.ts`)', () => {
  eachReads([
    [
      'Hilo: la cooperación internacional está en el art. 18 de la #ConvenciónDePalermo.',
      [['art. 18 de la #ConvenciónDePalermo', 'UNTOC art. 18']],
    ],
    [
      'Rappel : la définition figure à l’art. 3 du #ProtocoleDePalerme.',
      [['art. 3 du #ProtocoleDePalerme', 'TIP Protocol art. 3']],
    ],
    // A campaign's tag, something glued after the name: no treaty named.
    ['Voir l’art. 3 du #ProtocoleDePalerme20ans pour la campagne.', []],
  ]);
});

describe('an article alone in its cell, the row’s next cell naming a treaty of ours (`table-column.ts`)', () => {
  eachReads([
    [
      'Provision | Treaty | Domestic law\nArt. 10 | Firearms Protocol | Weapons Code s. 4\nArt. 16 | Smuggling Protocol | Immigration Act s. 12\nArt. 6(1) | Trafficking in Persons Protocol | Victims Act',
      [
        ['Art. 10', 'Firearms Protocol art. 10'],
        ['Art. 16', 'Migrants Protocol art. 16'],
        ['Art. 6(1)', 'TIP Protocol art. 6(1)'],
      ],
    ],
    // A national text in the next cell does not make the article ours.
    ['Article | Source\nArt. 5 | Criminal Code\nArt. 7 | Aliens Act', []],
  ]);
});
