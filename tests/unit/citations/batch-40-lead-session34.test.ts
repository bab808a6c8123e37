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
