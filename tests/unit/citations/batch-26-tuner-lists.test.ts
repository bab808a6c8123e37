import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Session 26 (tuner-lists): a list of articles with the head word repeated (the `list-expand` form) whose items are
 * joined by more than `and` / `et` / `y` and a determiner: the preposition repeated before each article (`à l'article
 * 16 et à l'article 18`, `de l'article … et de l'article`, `al artículo … y al artículo`, `con el artículo`, `with
 * article`), `as well as` / `ainsi que` / `así como`, `and/or`. Each article of the list belongs to the treaty named
 * after the last one and is spanned on its own words (`NEXT_ARTICLE_RE` in `parse-treaty.ts`). Texts adapted from real
 * dev sentences (dev en `Without prejudice to articles 27 and 28 of the Convention`, es `Recordó también los
 * artículos 30 y 34 de la Convención`, es `en consonancia con los artículos 24 y 25 de la Convención …`, fr `lu
 * conjointement avec les articles 6 et 15`); each in `POSITIVE` failed before its rule (the first article was missed; in a list of four or more, all but the last three).
 */
const art = (text: string, key: string, article: number): Expect => tre(text, key, { article });

const POSITIVE: [string, Expect[]][] = [
  [
    // Adapted: the preposition repeated in French (`à l'`).
    'Conformément à l’article 27 et à l’article 28 de la Convention, les États Parties coopèrent.',
    [art('article 27', 'UNTOC art. 27', 27), art('article 28 de la Convention', 'UNTOC art. 28', 28)],
  ],
  [
    // Adapted: `de l'` repeated.
    'Sans préjudice de l’article 27 et de l’article 28 de la Convention, les États Parties coopèrent.',
    [art('article 27', 'UNTOC art. 27', 27), art('article 28 de la Convention', 'UNTOC art. 28', 28)],
  ],
  [
    // Adapted from dev es: `al` repeated.
    'Recordó también al artículo 30 y al artículo 34 de la Convención, en los que se establecían las obligaciones',
    [art('artículo 30', 'UNTOC art. 30', 30), art('artículo 34 de la Convención', 'UNTOC art. 34', 34)],
  ],
  [
    // Adapted from dev es: `con el` repeated.
    'De conformidad con el artículo 24 y con el artículo 25 de la Convención, los Estados Parte cooperarán.',
    [art('artículo 24', 'UNTOC art. 24', 24), art('artículo 25 de la Convención', 'UNTOC art. 25', 25)],
  ],
  [
    // Adapted from dev en: `with` repeated.
    'States Parties shall cooperate in accordance with article 27 and with article 28 of the Convention.',
    [art('article 27', 'UNTOC art. 27', 27), art('article 28 of the Convention', 'UNTOC art. 28', 28)],
  ],
  [
    // Adapted from dev en: `as well as`, with and without a comma.
    'Without prejudice to article 27 as well as article 28 of the Convention, States Parties shall cooperate.',
    [art('article 27', 'UNTOC art. 27', 27), art('article 28 of the Convention', 'UNTOC art. 28', 28)],
  ],
  [
    'Without prejudice to Article 27, as well as Article 28 of the Convention, States Parties shall cooperate.',
    [art('Article 27', 'UNTOC art. 27', 27), art('Article 28 of the Convention', 'UNTOC art. 28', 28)],
  ],
  [
    // Adapted from dev fr: `ainsi qu'à`, `ainsi que`.
    'lu conjointement avec l’article 6 ainsi qu’à l’article 15 de la Convention.',
    [art('article 6', 'UNTOC art. 6', 6), art('article 15 de la Convention', 'UNTOC art. 15', 15)],
  ],
  [
    'lu conjointement avec l’article 6 ainsi que l’article 15 de la Convention.',
    [art('article 6', 'UNTOC art. 6', 6), art('article 15 de la Convention', 'UNTOC art. 15', 15)],
  ],
  [
    // Adapted from dev es: `así como`.
    'Recordó también el artículo 30 así como el artículo 34 de la Convención, en los que se establecían',
    [art('artículo 30', 'UNTOC art. 30', 30), art('artículo 34 de la Convención', 'UNTOC art. 34', 34)],
  ],
  [
    // Adapted from dev en: `and/or`.
    'Without prejudice to article 27 and/or article 28 of the Convention, States Parties shall cooperate.',
    [art('article 27', 'UNTOC art. 27', 27), art('article 28 of the Convention', 'UNTOC art. 28', 28)],
  ],
  // A list of four or more articles with the word repeated before an anaphoric name (`the Convention`): each followed
  // to the treaty after the last (`REPEATED_DEPTH`; two levels read only the last three).
  [
    // Adapted from dev en (`Without prejudice to articles 27 and 28 of the Convention`), four items.
    'Without prejudice to article 24, article 26, article 27 and article 28 of the Convention, States Parties shall cooperate.',
    [
      art('article 24', 'UNTOC art. 24', 24),
      art('article 26', 'UNTOC art. 26', 26),
      art('article 27', 'UNTOC art. 27', 27),
      art('article 28 of the Convention', 'UNTOC art. 28', 28),
    ],
  ],
  [
    // The same, five items.
    'Without prejudice to article 24, article 26, article 27, article 28 and article 29 of the Convention, States Parties shall cooperate.',
    [
      art('article 24', 'UNTOC art. 24', 24),
      art('article 26', 'UNTOC art. 26', 26),
      art('article 27', 'UNTOC art. 27', 27),
      art('article 28', 'UNTOC art. 28', 28),
      art('article 29 of the Convention', 'UNTOC art. 29', 29),
    ],
  ],
  [
    // Adapted from dev es (`los artículos 5, 6, 8 y 23 de la Convención de Palermo`), the Convention anaphoric.
    'Recordó también el artículo 5, el artículo 6, el artículo 8 y el artículo 23 de la Convención, en los que se establecían',
    [
      art('artículo 5', 'UNTOC art. 5', 5),
      art('artículo 6', 'UNTOC art. 6', 6),
      art('artículo 8', 'UNTOC art. 8', 8),
      art('artículo 23 de la Convención', 'UNTOC art. 23', 23),
    ],
  ],
  [
    // Adapted from dev fr (`lu conjointement avec les articles 6 et 15`), four items, the Protocol anaphoric.
    'lu conjointement avec l’article 6, l’article 9, l’article 10 et l’article 15 du Protocole.',
    [
      art('article 6', 'TIP Protocol art. 6', 6),
      art('article 9', 'TIP Protocol art. 9', 9),
      art('article 10', 'TIP Protocol art. 10', 10),
      art('article 15 du Protocole', 'TIP Protocol art. 15', 15),
    ],
  ],
];

/** A first article that names its own text, or a list that names no treaty: nothing shared. */
const NEGATIVE: [string, Expect[]][] = [
  [
    // The first article is the Constitution's: only the second is the Convention's.
    'in accordance with article 27 of the Constitution as well as article 28 of the Convention',
    [art('article 28 of the Convention', 'UNTOC art. 28', 28)],
  ],
  ['in accordance with article 27 and with article 28 of the Kyoto Protocol', []],
  // A list whose last article reads no treaty gives the earlier ones none either: `articles 5 and 6 of the present
  // Protocol` gives none, so does its expansion (before: `article 5` read by the bare-article rule, a false hit).
  ['Under article 5 and article 6 of the present Protocol, States Parties shall cooperate.', []],
  ['Under article 5, article 6 and article 8 of the present Convention, States Parties shall cooperate.', []],
  ['conformément à l’article 16 et à l’article 18 de la loi n° 2005-12', []],
];

/** Read before this rule too (another rule joins them); kept as guards of the same reading. */
const GUARDS: [string, Expect[]][] = [
  [
    // Adapted: three items (a comma before the second `à l'`), `à l'` repeated, the Protocol named after the last.
    "conformément à l'article 5, à l'article 6 et à l'article 15 du Protocole relatif au trafic illicite de migrants",
    [
      art('article 5', 'Migrants Protocol art. 5', 5),
      art('article 6', 'Migrants Protocol art. 6', 6),
      art('article 15 du Protocole relatif au trafic illicite de migrants', 'Migrants Protocol art. 15', 15),
    ],
  ],
  [
    'en consonancia con el artículo 24 y con el artículo 25 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional,',
    [
      art('artículo 24', 'UNTOC art. 24', 24),
      art(
        'artículo 25 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
        'UNTOC art. 25',
        25,
      ),
    ],
  ],
  [
    // A long list before a treaty named in full: the earlier articles were read by the bare-article rule.
    'Article 1, article 2, article 3, article 4, article 5 and article 6 of the Smuggling of Migrants Protocol set out its scope.',
    [
      art('Article 1', 'Migrants Protocol art. 1', 1),
      art('article 2', 'Migrants Protocol art. 2', 2),
      art('article 3', 'Migrants Protocol art. 3', 3),
      art('article 4', 'Migrants Protocol art. 4', 4),
      art('article 5', 'Migrants Protocol art. 5', 5),
      art('article 6 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 6', 6),
    ],
  ],
];

describe('a list of articles with the head word and its preposition repeated (session 26, tuner-lists)', () => {
  it.each(POSITIVE)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
  it.each(GUARDS)('guard: %s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
  it.each(NEGATIVE)('negative: %s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
