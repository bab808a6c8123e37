import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 24 (tuner-r30-treaty): the thirtieth round's wrong treaty cards, fixed by class with negatives. Each row: the
 * text, then every citation the engine must find in it (span and key); an empty list is a text with no citation of
 * ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/** Another Protocol named by its title and none of ours: the text's bare `the protocol` is that one (dev en-519). */
const otherProtocol: Row[] = [
  [
    'the Ireland/Northern Ireland protocol named after its bare article',
    'The clauses on victims of trafficking in persons must avoid a breach of Article 2 of the protocol. The Ireland/Northern Ireland protocol exists, and Article 2 of the protocol must be complied with.',
    [],
  ],
  [
    "the `protocole sur l'Irlande`",
    "Les victimes de la traite des personnes ne doivent subir aucune régression contraire à l'article 2 du protocole. Le protocole sur l'Irlande et l'Irlande du Nord s'applique.",
    [],
  ],
  [
    'the `Protocolo sobre Irlanda`',
    'Las víctimas de la trata de personas no pueden perder derechos según el artículo 2 del Protocolo. El Protocolo sobre Irlanda/Irlanda del Norte lo garantiza.',
    [],
  ],
  [
    'the Protocol on the Privileges and Immunities',
    'Staff of the agency working on trafficking in persons enjoy immunity under Article 8 of the Protocol; see the Protocol on the Privileges and Immunities of the European Union.',
    [],
  ],
  [
    'a numbered Protocol to a Convention',
    'Victims of trafficking in persons may claim their property under Article 1 of the Protocol, that is Protocol No. 1 to the Convention.',
    [],
  ],
  // Negatives: ours named in full too; no other Protocol named.
  [
    'ours named in full beside the other Protocol',
    'Victims of trafficking in persons are protected by Article 6 of the protocol. The Trafficking in Persons Protocol differs from the Ireland/Northern Ireland protocol.',
    [['Article 6 of the protocol', 'TIP Protocol art. 6']],
  ],
  [
    'no other Protocol named',
    'Victims of trafficking in persons are protected by Article 6 of the protocol, which States must implement.',
    [['Article 6 of the protocol', 'TIP Protocol art. 6']],
  ],
];

/** A national law described by a demonstrative (`cette loi`, `esta ley`, `dicha ley`) owns the text's bare articles. */
const describedLaw: Row[] = [
  [
    '`Cette loi` and its chapter with `son seul article 5` (dev fr-355)',
    'Cette loi de 33 pages comporte 64 articles. Le chapitre II avec son seul article 5, traite des définitions : traite des personnes ; exploitation.',
    [],
  ],
  [
    '`Esta ley`',
    'Esta ley tiene 60 artículos. El capítulo II, con su artículo 5, define la trata de personas y la explotación.',
    [],
  ],
  ['`Dicha ley`', 'Dicha ley consta de 40 artículos. Su artículo 3 define la trata de personas.', []],
  [
    '`This Act` (capitalised, already read)',
    'This Act has 64 sections. Its article 5 defines trafficking in persons.',
    [],
  ],
  // Negatives: the Protocol named in full and in focus keeps its article; no law named keeps the rule.
  [
    'the Protocol in focus, the law named after',
    "Le Protocole additionnel visant à prévenir, réprimer et punir la traite des personnes définit la traite. Son article 5 impose l'incrimination. Cette loi nationale le transpose.",
    [['article 5', 'TIP Protocol art. 5']],
  ],
  [
    'no law named',
    'Le chapitre II avec son seul article 5 traite des définitions : traite des personnes ; exploitation.',
    [['article 5', 'TIP Protocol art. 5']],
  ],
];

/** A dotted letter's bracket closing one opened earlier on its line, then punctuation (dev es-344). */
const dottedLetterBracket: Row[] = [
  [
    'a bibliographic source in brackets',
    'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, (de 15 de noviembre de 2000, art. 3.a).',
    [['art. 3.a', 'TIP Protocol art. 3(a)']],
  ],
  [
    'a comma after the bracket',
    'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños (2000, art. 3.b), y más.',
    [['art. 3.b', 'TIP Protocol art. 3(b)']],
  ],
  // A negative: a heading's caption after `3.a)`. With no bracket opened before it, the letter's own bracket ending its
  // clause is read since session 43 (`Protocolo contra la trata, art. 3.b);`, probe p19es-011).
  [
    "a heading's caption after the bracket",
    'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños (2000, art. 3.a) Las víctimas',
    [['art. 3', 'TIP Protocol art. 3']],
  ],
  [
    'no bracket opened before it: the letter’s own',
    'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, art. 3.a).',
    [['art. 3.a)', 'TIP Protocol art. 3(a)']],
  ],
];

/** Informal English prefix names: `People Smuggling Protocol` (Australia's, dev en-520), `Human Trafficking Protocol`. */
const informalPrefix: Row[] = [
  [
    'the People Smuggling Protocol defined after its title',
    'Australia has ratified the Protocol against the Smuggling of Migrants by Land, Sea and Air (the People Smuggling Protocol). Article 6 of the People Smuggling Protocol requires it.',
    [['Article 6 of the People Smuggling Protocol', 'Migrants Protocol art. 6']],
  ],
  [
    'the Human Trafficking Protocol',
    'Article 5 of the Human Trafficking Protocol requires it.',
    [['Article 5 of the Human Trafficking Protocol', 'TIP Protocol art. 5']],
  ],
  // Negative: a regional body's name before it.
  ['a regional body before the name', 'Article 5 of the SADC Human Trafficking Protocol requires it.', []],
];

/** The last of several Protocols named before, pointed back to after the connector (dev es-346). */
const latterProtocol: Row[] = [
  [
    '`del último de los Protocolos mencionados`',
    'el Protocolo contra el tráfico de migrantes por tierra, mar y aire; y el Protocolo para prevenir, reprimir y sancionar la Trata de Personas, especialmente Mujeres y Niños. Es en el art. 3° del último de los Protocolos mencionados, en que se formula:',
    [['art. 3° del último de los Protocolos mencionados', 'TIP Protocol art. 3']],
  ],
  [
    '`of the latter Protocol`',
    'the Protocol against the Smuggling of Migrants and the Protocol to Prevent, Suppress and Punish Trafficking in Persons. Article 3 of the latter Protocol defines it.',
    [['Article 3 of the latter Protocol', 'TIP Protocol art. 3']],
  ],
  // Negatives: one Protocol of ours named only; another Protocol named last.
  [
    'one Protocol of ours named',
    'el Protocolo para prevenir, reprimir y sancionar la Trata de Personas. Es en el art. 3° del último de los Protocolos mencionados.',
    [],
  ],
  [
    'another Protocol named last',
    'the Protocol to Prevent, Suppress and Punish Trafficking in Persons and the Optional Protocol on the sale of children. Article 3 of the latter Protocol defines it.',
    [],
  ],
];

describe('batch 30 (tuner-r30-treaty): another Protocol named by its title', () => {
  it.each(otherProtocol)('%s', (_name, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('batch 30 (tuner-r30-treaty): a law described by a demonstrative', () => {
  it.each(describedLaw)('%s', (_name, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('batch 30 (tuner-r30-treaty): a dotted letter closing an earlier bracket', () => {
  it.each(dottedLetterBracket)('%s', (_name, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('batch 30 (tuner-r30-treaty): informal English prefix names', () => {
  it.each(informalPrefix)('%s', (_name, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});

describe('batch 30 (tuner-r30-treaty): the last of several Protocols named', () => {
  it.each(latterProtocol)('%s', (_name, text, expected) => expect(spansAndKeys(text)).toEqual(expected));
});
