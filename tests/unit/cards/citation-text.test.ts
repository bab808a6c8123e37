import { describe, expect, it } from 'vitest';
import { citationText } from '../../../lib/cards/citation-label';
import { documentUrl, TREATY_DOCUMENT_URL } from '../../../lib/cards/document-link';
import type { CardData } from '../../../lib/cards/types';

const external = (label: string, linkSymbol: string | null): CardData => ({
  type: 'external',
  body: null,
  reportSymbol: null,
  label: { en: label, fr: `${label} (fr)` },
  linkSymbol,
  citedBy: [],
});

describe('citationText', () => {
  it.each([
    [
      'a report with a pinpoint',
      { key: 'CTOC/COP/WG.4/2013/5', kind: 'symbol' as const, pinpoint: { paragraph: 45 } },
      external('Working Group report, 2013 (CTOC/COP/WG.4/2013/5)', null),
      'en' as const,
      'Working Group report, 2013 (CTOC/COP/WG.4/2013/5), para. 45',
    ],
    [
      'a resolution paragraph in French',
      { key: 'COP resolution 5/2', kind: 'cop-instrument' as const, pinpoint: { paragraph: 8, subparagraph: 'b' } },
      external('Resolution', null),
      'fr' as const,
      'Resolution (fr), par. 8 b)',
    ],
    [
      'a treaty (its key holds the paragraph)',
      { key: 'TIP Protocol art. 6(3)', kind: 'treaty' as const, pinpoint: { article: 6, paragraph: 3 } },
      external('Trafficking in Persons Protocol, art. 6(3)', null),
      'en' as const,
      'Trafficking in Persons Protocol, art. 6(3)',
    ],
    [
      'the key while the card data is not there',
      { key: 'A/RES/64/293', kind: 'resolution' as const },
      null,
      'en' as const,
      'A/RES/64/293',
    ],
  ])('%s', (_name, citation, data, lang, expected) => {
    expect(citationText(citation, data, lang)).toBe(expected);
  });
});

describe('documentUrl', () => {
  it.each([
    ['symbol', external('x', 'CTOC/COP/WG.4/2011/8'), 'https://undocs.org/CTOC/COP/WG.4/2011/8'],
    ['resolution', external('x', 'S/RES/2331(2016)'), 'https://undocs.org/S/RES/2331(2016)'],
    ['resolution', external('x', null), null],
    ['symbol', null, null],
    ['treaty', null, TREATY_DOCUMENT_URL],
  ] as const)('%s → %s', (kind, data, expected) => {
    expect(documentUrl(kind, data, 'https://undocs.org/')).toBe(expected);
  });

  it('follows the configured base', () => {
    expect(documentUrl('symbol', external('x', 'A/RES/64/293'), 'https://docs.un.org/')).toBe(
      'https://docs.un.org/A/RES/64/293',
    );
  });
});
