import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Which treaty an article belongs to (session 9, tuner-scope): classes of evidence for and against the text's subject
 * or the treaty in focus, each from a dev passage. Each case failed before its rule.
 */
const cited: [string, Expect[]][] = [
  [
    // A paragraph number run in after a bare noun (`…their rights is Protocol 3. States Parties…`, OCR'd treaty text,
    // dev en-152) names no other treaty: `this Protocol` stays the text's own.
    '(e) The humane treatment of smuggled migrants and the protection of their rights is Protocol 3. States Parties shall consider providing assistance to States that are frequently transit for persons who have been the object of conduct set forth in article 6 of this Protocol.',
    [tre('article 6 of this Protocol', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    // A slide number on its own line after a bare noun (`…party to the Convention\n3\nGlobal Problem`, dev en-108).
    "Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, supplementing the UN's Convention against Transnational Organized Crime a.k.a. The Palermo Protocol (December, 2000). In order to become a party to the Protocol, a State must also be party to the Convention\n3\nGlobal Problem- Global Solution\nWhy is this significant? It is the FIRST INTERNATIONALLY AGREED DEFINITION of THB!\n4\nDefinition and Purpose\nArt. 2: Three P's: prevent THB, protect victims, prosecute",
    [tre('Art. 2', 'TIP Protocol art. 2', { article: 2 })],
  ],
  [
    // The next article's heading run in after a bare reference (`article 6 Article 15 Other prevention measures`, a
    // flattened treaty text, dev en-152) is no other text's name.
    'The smuggling of migrants is a crime under this Protocol. States Parties shall make every effort to combat the conduct set forth in article 6 Article 15 Other prevention measures 1. Each State Party shall inform the public.',
    [tre('article 6', 'Migrants Protocol art. 6', { article: 6 })],
  ],
];

describe('whose article: evidence classes (session 9, tuner-scope)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** What the readings must not take. */
const notCited: [string, Expect[]][] = [
  // A human rights court's case: its bare Convention is the court's own (an ECtHR information note, dev en-146).
  [
    'Information Note on the Court’s case-law 220\nLaw – Article 4: The trafficking and exploitation of prostitution could not be considered compatible with the values expounded in the Convention. It was concluded that trafficking falls within the meaning of Article 3(a) of the Palermo Protocol.',
    [tre('Article 3(a) of the Palermo Protocol', 'TIP Protocol art. 3(a)', { article: 3, subparagraph: 'a' })],
  ],
  ['The applicant complained of trafficking in persons. Article 4 of the Convention prohibits slavery.', []],
  // A number on the noun's line still names another treaty (`Protocol 12`).
  ['Trafficking in persons. Article 1 of Protocol 12 prohibits discrimination. See article 3 of the Protocol.', []],
];

describe('what the scope readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
