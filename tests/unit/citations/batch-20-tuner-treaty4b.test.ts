import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Session 16 (tuner-treaty4b): treaty-article recall misses of the twenty-fourth round's first run, by class, a row in
 * each of EN, FR and ES where the class exists; the dev passage that showed the class is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // UNTOC's name with the UN's before the short title without `transnacional` / `transnationale` (dev es-322): a
  // later bare `la Convención` is then UNTOC's.
  [
    'que complementa la Convención de las Naciones Unidas contra la delincuencia organizada. De conformidad con el artículo 37, apartado 2, de la Convención.',
    [tre('artículo 37, apartado 2, de la Convención', 'UNTOC art. 37(2)', { article: 37, paragraph: 2 })],
  ],
  [
    'el artículo 5 de la Convención de Naciones Unidas contra la Delincuencia Organizada.',
    [
      tre('artículo 5 de la Convención de Naciones Unidas contra la Delincuencia Organizada', 'UNTOC art. 5', {
        article: 5,
      }),
    ],
  ],
  [
    'l’article 5 de la Convention des Nations Unies contre la criminalité organisée.',
    [
      tre('article 5 de la Convention des Nations Unies contre la criminalité organisée', 'UNTOC art. 5', {
        article: 5,
      }),
    ],
  ],
  // `United Nations` before a Protocol's prefix name names ours, as `UN` does (dev en-437), and a PDF mirror's lost
  // `ffi` ligature (`Traficking in Persons`): the later bare `the Protocol` is that Protocol.
  [
    'The United Nations Traficking in Persons Protocol recognizes minors, as stated in Article 3c of the Protocol.',
    [tre('Article 3c of the Protocol', 'TIP Protocol art. 3(c)', { article: 3, subparagraph: 'c' })],
  ],
  [
    'Moreover, the United Nations Smuggling of Migrants Protocol applies, as stated in Article 6 of the Protocol.',
    [tre('Article 6 of the Protocol', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    'under Article 3 of the Traficking in Persons Protocol.',
    [tre('Article 3 of the Traficking in Persons Protocol', 'TIP Protocol art. 3', { article: 3 })],
  ],
  // The Migrants Protocol's article 3(c) defined term names the Protocol a bare `the protocol` is (dev en-444: the
  // travaux préparatoires quote it without the word `migrant`; its `corruption or duress` is no other subject).
  [
    '(ii) obtained through misrepresentation, corruption or duress; “Fraudulent travel or identity <strong>document</strong>” shall mean any travel document. The interpretative notes on article 3 <strong>of</strong> the protocol approved by the Ad Hoc Committee',
    [tre('article 3 <strong>of</strong> the protocol', 'Migrants Protocol art. 3', { article: 3 })],
  ],
  [
    'c) L’expression « document de voyage ou d’identité frauduleux » désigne tout document. Les notes interprétatives sur l’article 3 du protocole',
    [tre('article 3 du protocole', 'Migrants Protocol art. 3', { article: 3 })],
  ],
  [
    'c) Por "documento de viaje o de identidad falso" se entenderá cualquier documento. Las notas interpretativas sobre el artículo 3 del protocolo',
    [tre('artículo 3 del protocolo', 'Migrants Protocol art. 3', { article: 3 })],
  ],
  // The word the Migrants and Firearms Protocols share, with its adjective, after the one of the two the text named in
  // full (dev es-322): that Protocol, spanned through the informal name.
  [
    'del Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire. De conformidad con el artículo 21, apartado 3, del Protocolo sobre el tráfico ilícito.',
    [
      tre('artículo 21, apartado 3, del Protocolo sobre el tráfico ilícito', 'Migrants Protocol art. 21(3)', {
        article: 21,
        paragraph: 3,
      }),
    ],
  ],
  [
    'du Protocole contre le trafic illicite de migrants par terre, air et mer. Selon l’article 6 du Protocole sur le trafic illicite.',
    [tre('article 6 du Protocole sur le trafic illicite', 'Migrants Protocol art. 6', { article: 6 })],
  ],
];

/** What these readings leave alone. */
const left: [string, Expect[]][] = [
  // Another treaty's title stays another's.
  ['el artículo 5 de la Convención de las Naciones Unidas contra la Corrupción.', []],
  // `United Nations` before another treaty's name or a bare noun stays another's.
  ['The United Nations Convention against Corruption. Article 3 of the Convention.', []],
  // Both Protocols that share `tráfico ilícito` named: the informal name decides nothing.
  [
    'del Protocolo contra el tráfico ilícito de migrantes y del Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego. el artículo 21 del Protocolo sobre el tráfico ilícito.',
    [],
  ],
  // The defined term alone names no treaty: a running header's bare `Article 3` stays unread (dev en-103 convention).
  ['Part Three. Article 3 469(c) “Fraudulent travel or identity document” shall mean any travel document.', []],
  ['the Trafficking in Persons Protocol. The United Nations Kyoto Protocol says. Article 3 of the Protocol.', []],
];

describe('treaty-article recall by class (session 16, tuner-treaty4b)', () => {
  it.each(cited)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('what the session 16 (tuner-treaty4b) readings leave alone', () => {
  it.each(left)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
