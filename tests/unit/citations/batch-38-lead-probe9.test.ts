import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 32 (lead): classes from probe set 9 (scored held out in session 32, then moved to dev), each written here in
 * a sentence of its own, not the probe's.
 */

describe('Spanish drafting’s `apdo.` and Mexico’s `3o.,` before a pinpoint word (`lower-pins.ts`, `article-head.ts`)', () => {
  eachReads([
    [
      'Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire, art. 6, párr. 1, apdo. b).',
      [['art. 6, párr. 1, apdo. b)', 'Migrants Protocol art. 6(1)(b)']],
    ],
    [
      'el artículo 9, apdo. 2, del Protocolo de Palermo',
      [['artículo 9, apdo. 2, del Protocolo de Palermo', 'TIP Protocol art. 9(2)']],
    ],
    [
      'la Sala advierte que el artículo 3o., inciso c), del Protocolo de Palermo protege a los niños',
      [['artículo 3o., inciso c), del Protocolo de Palermo', 'TIP Protocol art. 3(c)']],
    ],
  ]);
});

describe('names of our treaties from set 9 (`treaty-connector.ts`, `treaty-prefixes.ts`, `loose-names.ts`)', () => {
  eachReads([
    // The Spanish acronym after `de la`; `CDOT` alone is a department of transportation.
    ['conforme al art. 16.1 de la CDOT, la extradición procede', [['art. 16.1 de la CDOT', 'UNTOC art. 16(1)']]],
    ['Article 5 of the CDOT manual', []],
    [
      'Article 6 (3) of the UN Anti-Trafficking Protocol lists services.',
      [['Article 6 (3) of the UN Anti-Trafficking Protocol', 'TIP Protocol art. 6(3)']],
    ],
    // A short name followed by its subject: in the span, and the subject decides (`Palermo` alone reads as TIP).
    [
      'The court relied on Article 5 of the Palermo Protocol on Trafficking in Persons.',
      [['Article 5 of the Palermo Protocol on Trafficking in Persons', 'TIP Protocol art. 5']],
    ],
    [
      'The court relied on Article 6 of the Palermo Protocol on the Smuggling of Migrants.',
      [['Article 6 of the Palermo Protocol on the Smuggling of Migrants', 'Migrants Protocol art. 6']],
    ],
  ]);
});

describe('set 9’s French forms (`loose-names.ts`, `lower-pins.ts`)', () => {
  eachReads([
    // The TIP Protocol by its French subject after `sur`; the Council of Europe's `êtres humains` is not it.
    [
      'La réparation découle aussi de l’art. 6 § 3 du protocole additionnel sur la traite, trop peu cité.',
      [['art. 6 § 3 du protocole additionnel sur la traite', 'TIP Protocol art. 6(3)']],
    ],
    ['l’article 4 du Protocole sur la traite des êtres humains', []],
    // A roman alone between commas before the connector: the letter's clause.
    [
      'fondée sur l’article 5, paragraphe 1, alinéa a), ii), de la Convention des Nations Unies contre la criminalité transnationale organisée',
      [
        [
          'article 5, paragraphe 1, alinéa a), ii), de la Convention des Nations Unies contre la criminalité transnationale organisée',
          'UNTOC art. 5(1)(a)(ii)',
        ],
      ],
    ],
  ]);
});

describe('a treaty’s defined short name in brackets, and `convention mère` (`treaty-mentions.ts`, `treaty-connector.ts`)', () => {
  eachReads([
    [
      'El Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, especialmente Mujeres y Niños (el Protocolo de Trata) en su artículo 6(3) prevé alojamiento.',
      [['artículo 6(3)', 'TIP Protocol art. 6(3)']],
    ],
    [
      'les incriminations prévues à l’article 5 du Protocole relatif à la traite des personnes et à l’article 23 de la convention mère',
      [
        ['article 5 du Protocole relatif à la traite des personnes', 'TIP Protocol art. 5'],
        ['article 23 de la convention mère', 'UNTOC art. 23'],
      ],
    ],
  ]);
});
