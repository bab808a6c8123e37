import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 32 (lead): classes from probe set 8 (scored held out at the end of session 31, then moved to dev), each
 * written here in a sentence of its own, not the probe's.
 */

describe('a Spanish ordinal indicator after a pinpoint number (`pin-marker.ts`)', () => {
  eachReads([
    [
      'La norma reproduce el art. 6, inc. 3º, apartado b) del Protocolo de Palermo.',
      [['art. 6, inc. 3º, apartado b) del Protocolo de Palermo', 'TIP Protocol art. 6(3)(b)']],
    ],
    [
      'Véase el artículo 8, párrafo 2.º, del Protocolo contra el tráfico ilícito de migrantes.',
      [
        [
          'artículo 8, párrafo 2.º, del Protocolo contra el tráfico ilícito de migrantes',
          'Migrants Protocol art. 8(2)',
        ],
      ],
    ],
    // The degree sign as many keyboards type the indicator.
    [
      'conforme al art. 5, numeral 1°, de la Convención de Palermo',
      [['art. 5, numeral 1°, de la Convención de Palermo', 'UNTOC art. 5(1)']],
    ],
  ]);
});

describe('a bare article beyond the last-named treaty, an earlier noun of its sentence holding it (`bare-article-nouns.ts`)', () => {
  eachReads([
    [
      'Article 2 of the Smuggling of Migrants Protocol states its purpose; the Convention applies to every protocol (art. 37, para. 2).',
      [
        ['Article 2 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 2'],
        ['art. 37, para. 2', 'UNTOC art. 37(2)'],
      ],
    ],
    // No earlier noun holds it (the Protocols end at 25, and no Convention is named): no card, as before.
    [
      'Article 2 of the Smuggling of Migrants Protocol states its purpose; every protocol says so (art. 37, para. 2).',
      [['Article 2 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 2']],
    ],
  ]);
});
