import { describe, expect, it } from 'vitest';
import type { Pinpoint } from '../../../lib/citations/types';
import { citationText } from '../../../lib/references/citation-text';
import { documentLink, documentUrl, TREATY_DOCUMENT_URL } from '../../../lib/references/document-link';
import { langOf } from '../../../lib/references/lang';
import type { SavedKind } from '../../../lib/references/saved-types';

const cite = (label: string, kind: SavedKind, pinpoint?: Pinpoint) => ({ label, kind, pinpoint });

describe('citationText (hover cards, search results, the saved list and its exports)', () => {
  it.each([
    [
      'a report with a pinpoint',
      cite('Working Group report, 2013 (CTOC/COP/WG.4/2013/5)', 'symbol', { paragraph: 45 }),
      'en' as const,
      'Working Group report, 2013 (CTOC/COP/WG.4/2013/5), para. 45',
    ],
    [
      'a resolution paragraph in French',
      cite('Résolution 5/2 de la Conférence des Parties', 'cop-instrument', { paragraph: 8, subparagraph: 'b' }),
      'fr' as const,
      'Résolution 5/2 de la Conférence des Parties, par. 8 b)',
    ],
    [
      'a treaty (its label holds the article and paragraph)',
      cite('Trafficking in Persons Protocol, art. 6(3)', 'treaty', { article: 6, paragraph: 3 }),
      'en' as const,
      'Trafficking in Persons Protocol, art. 6(3)',
    ],
    ['a reference without pinpoint', cite('A/RES/64/293', 'resolution'), 'en' as const, 'A/RES/64/293'],
    [
      'a kind this build does not know (written as a symbol would be)',
      cite('X/1', 'future-kind', { paragraph: 2 }),
      'en' as const,
      'X/1, para. 2',
    ],
  ])('%s', (_name, input, lang, expected) => {
    expect(citationText(input, lang)).toBe(expected);
  });
});

describe('documentUrl and documentLink', () => {
  it.each([
    ['symbol', 'CTOC/COP/WG.4/2011/8', 'https://undocs.org/CTOC/COP/WG.4/2011/8'],
    ['resolution', 'S/RES/2331(2016)', 'https://undocs.org/S/RES/2331(2016)'],
    ['resolution', null, null],
    ['symbol', undefined, null],
    ['treaty', null, TREATY_DOCUMENT_URL],
    ['treaty', 'A/RES/55/25', TREATY_DOCUMENT_URL],
  ] as const)('%s with %s → %s', (kind, symbol, expected) => {
    expect(documentUrl(kind, symbol, 'https://undocs.org/')).toBe(expected);
  });

  it('follows the configured base and escapes what a symbol should not hold', () => {
    expect(documentUrl('symbol', 'A/RES/64/293', 'https://docs.un.org/')).toBe('https://docs.un.org/A/RES/64/293');
    expect(documentLink('https://undocs.org/', 'A/C.3/70/L.1 Rev.1')).toBe('https://undocs.org/A/C.3/70/L.1%20Rev.1');
  });
});

describe('langOf', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en', 'en'],
    ['es', 'en'],
    ['', 'en'],
  ] as const)('%s → %s', (code, lang) => {
    expect(langOf(code)).toBe(lang);
  });
});
