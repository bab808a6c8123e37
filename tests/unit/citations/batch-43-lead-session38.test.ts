import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 38 (lead): classes from probe set 14's dev errors (scored held out once at the session's start, then moved
 * to dev), each written here in a sentence of its own, not the probe's.
 */

describe("`Ibid.` after a superscript footnote number takes the line before's treaty (`ibid-article.ts`)", () => {
  eachReads([
    [
      '¹² Smuggling Protocol, art. 8(2).\n¹³ Ibid., art. 8(5).',
      [
        ['art. 8(2)', 'Migrants Protocol art. 8(2)'],
        ['art. 8(5)', 'Migrants Protocol art. 8(5)'],
      ],
    ],
    // The line before names another text: not ours.
    ['¹² Human Rights Act 1998, s. 3.\n¹³ Ibid., art. 8.', []],
  ]);
});

describe('bar-separated rows with no header under a caption naming one treaty of ours (`table-column.ts`)', () => {
  eachReads([
    [
      'Smuggling of Migrants Protocol – gap analysis\nArt. 6 | Criminalization | Yes | Immigration Act 2002, s. 12\nArt. 11 | Border measures | Partly | —\nArt. 16(1) | Protection | No | draft bill',
      [
        ['Art. 6', 'Migrants Protocol art. 6'],
        ['Art. 11', 'Migrants Protocol art. 11'],
        ['Art. 16(1)', 'Migrants Protocol art. 16(1)'],
      ],
    ],
    // A caption naming a code: its rows are the code's.
    ['Penal Code – gap analysis\nArt. 6 | Theft | Yes\nArt. 11 | Fraud | Partly', []],
  ]);
});

describe('a letter glued after a bracketed paragraph (`art. 6(1)a)`, `article-pins.ts`)', () => {
  eachReads([
    [
      "La loi transpose l'art. 6(1)a) du Protocole contre le trafic illicite de migrants par terre, mer et air.",
      [
        [
          'art. 6(1)a) du Protocole contre le trafic illicite de migrants par terre, mer et air',
          'Migrants Protocol art. 6(1)(a)',
        ],
      ],
    ],
  ]);
});

describe('a possessive owned by the Protocol opening the sentence, its letter glued (`article-pins.ts`)', () => {
  eachReads([
    [
      'Le Protocole contre le trafic illicite de migrants exige à son art. 6(1)a) une intention de profit.',
      [['art. 6(1)a)', 'Migrants Protocol art. 6(1)(a)']],
    ],
    // A list item's marker after a bracketed number stays unread: a space between.
    ['Voir la loi, art. 6(1) a) à d) pour les détails.', []],
  ]);
});

describe("a machine translation's `Protocol on the trafficking of persons` (`loose-names.ts`)", () => {
  eachReads([
    [
      'As provided in the article 9 of the Protocol on the trafficking of persons, States Part shall establish policies.',
      [['article 9 of the Protocol on the trafficking of persons', 'TIP Protocol art. 9']],
    ],
  ]);
});
