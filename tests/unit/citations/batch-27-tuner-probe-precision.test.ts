import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 23 (tuner-probe-precision): wrong cards found by a probe set of forms written blind (`/work/probe23`), fixed
 * by class with negatives. Each row: the text, then every citation the engine must find in it (span and key); an empty
 * list is a text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/**
 * Pinpoints of national drafting styles: Belgian `§ 1er`, Chilean `N° 1 letra a)`, German `Abs. 3`. Read, or no card:
 * never the bare article with a wrong key.
 */
const pinpoints: Row[] = [
  [
    'Belgian `§ 1er` between commas',
    "En vertu de l'article 11, § 1er, du Protocole relatif à la traite des personnes, les États parties renforcent les contrôles.",
    [['article 11, § 1er, du Protocole relatif à la traite des personnes', 'TIP Protocol art. 11(1)']],
  ],
  [
    '`alinéa 1er`',
    "L'article 5, alinéa 1er, du Protocole relatif à la traite des personnes impose l'incrimination.",
    [['article 5, alinéa 1er, du Protocole relatif à la traite des personnes', 'TIP Protocol art. 5(1)']],
  ],
  [
    'Chilean `N° 1 letra a)` after `en su`',
    'El Protocolo contra el Tráfico Ilícito de Migrantes, en su artículo 6 N° 1 letra a), obliga a tipificar el tráfico.',
    [['artículo 6 N° 1 letra a)', 'Migrants Protocol art. 6(1)(a)']],
  ],
  [
    'Chilean `Nº 2` before the treaty',
    'Véase el artículo 16 Nº 2 del Protocolo contra el Tráfico Ilícito de Migrantes.',
    [['artículo 16 Nº 2 del Protocolo contra el Tráfico Ilícito de Migrantes', 'Migrants Protocol art. 16(2)']],
  ],
  [
    'German `Abs.` in an English translation',
    'According to Art. 6 Abs. 3 of the Palermo Protocol, the contracting states should consider measures.',
    [['Art. 6 Abs. 3 of the Palermo Protocol', 'TIP Protocol art. 6(3)']],
  ],
  [
    '`Abs.` with `lit.`',
    'Art. 6 Abs. 3 lit. b of the Palermo Protocol lists housing among the measures.',
    [['Art. 6 Abs. 3 lit. b of the Palermo Protocol', 'TIP Protocol art. 6(3)(b)']],
  ],
  // Negatives: a pinpoint word whose number is not read leaves no card, not the bare article.
  ['`§ 11er` is no ordinal', "l'article 5, § 11er, du Protocole relatif à la traite des personnes", []],
  ['`N°` before a law number', 'el artículo 6 Nº 20.507 del Protocolo contra el tráfico ilícito de migrantes', []],
  ['`No.` without the degree sign is not read as a pinpoint', 'Article 6 No. 3 of the Palermo Protocol', []],
];

describe('national pinpoint styles', () => {
  it.each(pinpoints)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
