import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 32 (speed helper; the full dump of every labelled text, the bench's prose and the seeds identical before
 * and after): three loops where `map` then `filter` (or a `map` beside a literal) made arrays whose elements' kind
 * changed between texts, which threw away V8's optimised code of the parsers reading them (`node --trace-deopt`), and
 * a bound tested before `charCodeAt`. These rows hold the edges of each rewrite; the expected readings are the
 * engine's before it.
 */
describe('a symbol with a date glued on (`datedSymbol`: the cuts counted in one loop)', () => {
  eachReads([
    // Two cuts leave a symbol, on a heading's line: the last (the day of two digits).
    ['CRC/C/15/Add.18313 juin 2002', [['CRC/C/15/Add.183', 'CRC/C/15/ADD.183']]],
    ['CAT/C/SR.80313 décembre 2010', [['CAT/C/SR.803', 'CAT/C/SR.803']]],
    // The same in prose: none.
    ['voir CRC/C/15/Add.18313 juin 2002', []],
    // One cut leaves a symbol, the number as written none: that cut.
    ['CAT/C/SR.191718 janvier 2001', [['CAT/C/SR.1917', 'CAT/C/SR.1917']]],
    // The cut the text writes elsewhere on its own (a running header), in prose too.
    [
      'voir A/HRC/7/7814 de julio de 2008; A/HRC/7/78 08-14665',
      [
        ['A/HRC/7/78', 'A/HRC/7/78'],
        ['A/HRC/7/78', 'A/HRC/7/78'],
      ],
    ],
    [
      'A/HRC/7/7814 de julio de 2008\nA/HRC/7/78 08-14665',
      [
        ['A/HRC/7/78', 'A/HRC/7/78'],
        ['A/HRC/7/78', 'A/HRC/7/78'],
      ],
    ],
    // The number as written reads: cut on a heading's line before a Spanish date's `de` only, else as written.
    ['A/HRC/7/7814 de julio de 2008', [['A/HRC/7/78', 'A/HRC/7/78']]],
    ['A/HRC/15/3425 de junio de 2010', [['A/HRC/15/34', 'A/HRC/15/34']]],
    ['voir A/HRC/15/3425 de junio de 2010', [['A/HRC/15/3425', 'A/HRC/15/3425']]],
    ['Rapport A/HRC/7/7814 de julio de 2008', [['A/HRC/7/7814', 'A/HRC/7/7814']]],
    ['E/CN.4/2005/13514 mars 2005', [['E/CN.4/2005/13514', 'E/CN.4/2005/13514']]],
    ['CO/125 de junio de 2008', []],
  ]);
});

describe("a chain's pinpoints into an article (pushed, not mapped)", () => {
  eachReads([
    // A preambular pin names no paragraph of an article: left out, the chain's other pin kept.
    [
      'the third preambular paragraph and paragraph 2 of article 5 of the Convention against Transnational Organized Crime',
      [['paragraph 2 of article 5 of the Convention against Transnational Organized Crime', 'UNTOC art. 5(2)']],
    ],
    [
      'preambular paragraph 3 of article 5 of the Protocol against the Smuggling of Migrants by Land, Sea and Air',
      [
        [
          'article 5 of the Protocol against the Smuggling of Migrants by Land, Sea and Air',
          'Migrants Protocol art. 5',
        ],
      ],
    ],
    // Listed pins: one citation each, the last spanned to the treaty.
    [
      'paragraphs 1 and 2 of article 5 of the Protocol against the Smuggling of Migrants by Land, Sea and Air',
      [
        ['paragraphs 1', 'Migrants Protocol art. 5(1)'],
        [
          '2 of article 5 of the Protocol against the Smuggling of Migrants by Land, Sea and Air',
          'Migrants Protocol art. 5(2)',
        ],
      ],
    ],
    [
      'subparagraphs (a) and (b) of article 3 of the Trafficking in Persons Protocol',
      [
        ['subparagraphs (a)', 'TIP Protocol art. 3(a)'],
        ['(b) of article 3 of the Trafficking in Persons Protocol', 'TIP Protocol art. 3(b)'],
      ],
    ],
    [
      'paragraph 1 of article 6 of the Convention against Transnational Organized Crime',
      [['paragraph 1 of article 6 of the Convention against Transnational Organized Crime', 'UNTOC art. 6(1)']],
    ],
  ]);
});

describe("the UN's name after a treaty's name, at the text's end (`unAfterName`'s bound)", () => {
  eachReads([
    [
      'article 16 of the United Nations Convention against Transnational Organized Crime',
      [['article 16 of the United Nations Convention against Transnational Organized Crime', 'UNTOC art. 16']],
    ],
    [
      'article 16 of the United Nations Convention against Transnational Organized Crime.',
      [['article 16 of the United Nations Convention against Transnational Organized Crime', 'UNTOC art. 16']],
    ],
    [
      "l'article 3 du protocole sur les armes à feu de l'ONU",
      [["article 3 du protocole sur les armes à feu de l'ONU", 'Firearms Protocol art. 3']],
    ],
    [
      "l'article 3 du protocole sur les armes à feu d",
      [['article 3 du protocole sur les armes à feu', 'Firearms Protocol art. 3']],
    ],
    [
      "l'article 3 du protocole sur les armes à feu ",
      [['article 3 du protocole sur les armes à feu', 'Firearms Protocol art. 3']],
    ],
  ]);
});
