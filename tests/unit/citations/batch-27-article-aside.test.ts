import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 23: an article's caption set between the article and its treaty (`article 18 (Mutual legal assistance) of
 * UNTOC`) no longer hides a treaty named by its acronym or short name (`treaty-connector.ts`, `treatyAfterAside`).
 * Before, only a treaty noun later in the sentence bound such an article (`… of the Convention against Transnational
 * Organized Crime`), so `of UNTOC`, `of the TIP Protocol`, `de la CTO`, `de la UNTOC` gave no card. The span stops at
 * the article, as the labelling rules settle for an aside (fixture README, `en-344`). Each row: the text, then every
 * citation the engine must find in it (span and key); an empty list is a text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

const rows: Row[] = [
  [
    'a caption in brackets, then UNTOC by its acronym',
    'In accordance with article 18 (Mutual Legal Assistance) of UNTOC, requests may be made.',
    [['article 18', 'UNTOC art. 18']],
  ],
  [
    '`Art.` and `the UNTOC`',
    'In accordance with Art. 18 (mutual legal assistance) of the UNTOC, requests may be made.',
    [['Art. 18', 'UNTOC art. 18']],
  ],
  [
    'the TIP Protocol by its short name',
    'Article 6 (protection of victims) of the TIP Protocol requires measures of recovery.',
    [['Article 6', 'TIP Protocol art. 6']],
  ],
  [
    'French: UNTOC by its French acronym after `de la`',
    "L'article 18 (entraide judiciaire) de la CTO prévoit la coopération la plus large possible.",
    [['article 18', 'UNTOC art. 18']],
  ],
  [
    'Spanish: `de la UNTOC`',
    'El artículo 18 (asistencia judicial recíproca) de la UNTOC prevé la cooperación más amplia posible.',
    [['artículo 18', 'UNTOC art. 18']],
  ],
  [
    'square brackets',
    'See article 18 [mutual legal assistance] of UNTOC for the channels to use.',
    [['article 18', 'UNTOC art. 18']],
  ],
  [
    'a phrase between commas',
    'Article 18, on mutual legal assistance, of UNTOC provides the legal basis.',
    [['Article 18', 'UNTOC art. 18']],
  ],
  [
    'a quoted caption between commas',
    'Article 16, "Extradition", of UNTOC applies where no bilateral treaty exists.',
    [['Article 16', 'UNTOC art. 16']],
  ],
  [
    'a list of articles before the caption',
    'Articles 5 and 6 (criminalization) of UNTOC oblige States parties to legislate.',
    [
      ['Articles 5', 'UNTOC art. 5'],
      ['6', 'UNTOC art. 6'],
    ],
  ],
  [
    'another treaty by its acronym after the caption: not ours',
    'Article 4 (prohibition of slavery and forced labour) of the ECHR applies to trafficking.',
    [],
  ],
  [
    'an article number outside the treaty’s range: not ours',
    'Article 30 (protection of victims) of the TIP Protocol does not exist.',
    [],
  ],
  [
    'a digit inside the brackets is no caption (a year or a pinpoint that is not read here)',
    'Article 18 (adopted in 2000) of UNTOC applies.',
    [],
  ],
  ['a sentence stop inside the brackets is no caption', 'See article 18 (see above. The Convention) of UNTOC.', []],
];

describe('an article’s caption before its treaty’s acronym (session 23)', () => {
  it.each(rows)('%s', (_name, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/**
 * Session 23, from a probe set of forms written blind by a helper (not real passages): the Spanish participle
 * `referida` / `referido` as the anaphor before the treaty (the pattern read `referada`), and `SOM`, the Smuggling of
 * Migrants Protocol's acronym in UNODC's teaching modules.
 */
const namingRows: Row[] = [
  [
    '`de la referida Convención` after the Convention was named',
    'México ratificó la Convención de Palermo en 2003. Conforme al artículo 18 de la referida Convención, los Estados parte se prestarán asistencia.',
    [['artículo 18 de la referida Convención', 'UNTOC art. 18']],
  ],
  [
    '`del referido Protocolo` with its title',
    'Según el artículo 6 del referido Protocolo contra el tráfico ilícito de migrantes, los Estados deben tipificar el delito.',
    [['artículo 6 del referido Protocolo contra el tráfico ilícito de migrantes', 'Migrants Protocol art. 6']],
  ],
  [
    '`the SOM Protocol`',
    'Article 6 of the SOM Protocol requires States to criminalize the smuggling of migrants.',
    [['Article 6 of the SOM Protocol', 'Migrants Protocol art. 6']],
  ],
  ['another word starting with SOM is no acronym', 'Article 5 of the SOMALI Protocol is unrelated.', []],
];

describe('treaty names: `referida`, `SOM` (session 23)', () => {
  it.each(namingRows)('%s', (_name, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
