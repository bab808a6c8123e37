import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Treaty names as the ninth round's batch A (English) wrote them; the passages moved to the real dev split after their
 * first run (`real-dev-en-109`, `en-110`, `en-115`, `en-116`, `en-118`). The names are read tolerantly (separators,
 * `&`, commas, `Organised`, `UN`), not phrase by phrase. One case per rule; each failed before it.
 */
const cited: [string, Expect[]][] = [
  [
    // UNTOC by its city, as the Palermo Protocol is the TIP Protocol's.
    'A basis for the following Articles is given by Article 24 of the Palermo Convention that obliges its member states to employ effective domestic measures',
    [tre('Article 24 of the Palermo Convention', 'UNTOC art. 24', { article: 24 })],
  ],
  [
    // `UN` for United Nations in UNTOC's full name.
    'in line with Article 25 of the UN Convention against Transnational Organized Crime, victims',
    [
      tre('Article 25 of the UN Convention against Transnational Organized Crime', 'UNTOC art. 25', {
        article: 25,
      }),
    ],
  ],
  [
    // `UN` before the noun, `&` for and, markup and blank lines inside the title (an ePaper's text layer).
    '(Article 3 of the UN Protocol to Prevent, Suppress & Punish Trafficking in<br />\n\nPersons, Especially Women & Children, Supplementing the UN Convention Against Transnational Organized Crime)',
    [
      tre(
        'Article 3 of the UN Protocol to Prevent, Suppress & Punish Trafficking in<br />\n\nPersons, Especially Women & Children',
        'TIP Protocol art. 3',
        { article: 3 },
      ),
    ],
  ],
  [
    // The title without its comma, UNTOC spelt `Organised`, then a bare article: the TIP Protocol is in focus.
    'as opposed to what is provided in the Smuggling Protocol. I argue that the offence of Trafficking under the Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children, supplementing the United Nations Convention against Transnational Organised Crime may not be as blurry as is identified by many and therefore the definition of Trafficking under Article 3 is a rather clear one',
    [tre('Article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    // A home-made short name: `International` before the prefix name.
    'Article 3 of the International Trafficking Protocol defines trafficking',
    [tre('Article 3 of the International Trafficking Protocol', 'TIP Protocol art. 3', { article: 3 })],
  ],
];

describe('treaty names as the ninth round (batch A) wrote them', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited = [
  // An ECtHR judgment on ill-treatment that never names its Convention (`real-dev-en-109`).
  '249. The applicant argued that a positive obligation arose in the present case to protect Ms Rantseva from ill-treatment from private individuals. Despite this, no investigation was conducted into whether Ms Rantseva had been subjected to inhuman or degrading treatment. Accordingly, in the applicant’s submission, there was a breach of Article 3 of the Convention.',
  // A forced-labour text naming trafficking (on one line) but none of our treaties: its bare Protocol is the ILO's
  // (`real-dev-fr-046`, whose "Traite des\npersonnes" is here on one line).
  'Article 1, paragraphe 2, du protocole. Action systématique et coordonnée. Traite des personnes.\nArticle 25 de la convention, et article 1, paragraphe 3, du protocole.\ni) Définition et incrimination du travail forcé.',
  // `UN` before a bare noun that nothing names in full stays unread.
  'Article 5 of the UN Protocol, 2004',
];

describe('not treaty articles of ours (ninth round, batch A)', () => {
  it.each(notCited)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});
