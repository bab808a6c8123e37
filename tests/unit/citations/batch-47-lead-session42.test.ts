import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 42 (lead): classes from probe set 18's dev errors (scored held out once at the end of session 41, then moved
 * to dev), each written here in a sentence of its own, not the probe's.
 */

describe('a bare letter, and a roman, after a paragraph the section sign led (`article-pins.ts`)', () => {
  eachReads([
    [
      'Protocole relatif aux armes à feu : obligations\n– marquage → art. 8 § 1 a\n– registres → art. 7 § 2',
      [
        ['art. 8 § 1 a', 'Firearms Protocol art. 8(1)(a)'],
        ['art. 7 § 2', 'Firearms Protocol art. 7(2)'],
      ],
    ],
    [
      'La Convention contre la criminalité organisée vise aussi la conversion de biens (art. 6 § 1 a ii) ; voir le Guide.',
      [['art. 6 § 1 a ii', 'UNTOC art. 6(1)(a)(ii)']],
    ],
    // The verb `a` after the paragraph is no letter: the paragraph alone is read.
    [
      'Selon le Protocole relatif à la traite, l’art. 9 § 2 a été invoqué par la défense.',
      [['art. 9 § 2', 'TIP Protocol art. 9(2)']],
    ],
  ]);
});

describe('a hyphenated pinpoint down to a roman, or with its letter between commas (`article-head.ts`)', () => {
  eachReads([
    [
      'Sur la compétence personnelle, l’art. 15-2-b-i de la Convention de Palerme laisse le choix aux États.',
      [['art. 15-2-b-i de la Convention de Palerme', 'UNTOC art. 15(2)(b)(i)']],
    ],
    [
      'Le Protocole relatif aux migrants prévoit, à l’article 16–2, a, que les États prennent des mesures.',
      [['article 16–2, a', 'Migrants Protocol art. 16(2)(a)']],
    ],
    // A code's numbering and a law's article keep no reading.
    ['Voir l’article 225-4-1 du Code pénal et l’article 6-3, b, de la loi du 5 août.', []],
  ]);
});
