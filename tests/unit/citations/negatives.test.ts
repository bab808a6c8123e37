import { describe, expect, it } from 'vitest';
import { fakeData, found } from './factories';

const negatives = [
  '24/7',
  'open 24/7, 365 days',
  'a score of 3/4 and 15/20',
  'le 4/4/2008 et le 15/10/2008',
  'page 4/4',
  "Point 2 d) de l'ordre du jour",
  'Item 2 (d) of the provisional agenda',
  'Numéro de vente: F.09.V.11',
  'Sales No. E.09.V.11',
  'Référence: CU 2009/92 (A)',
  'https://www.unodc.org/unodc/en/treaties/CTOC/index.html',
  'ISBN 978-92-1-148243-7',
  'vol. 2225, n° 39574',
  'par exemple 12 États',
  'paragraphe 12 ci-avant',
  'Quatrième session, Vienne, 8-17 octobre 2008',
  '',
];

describe('not citations', () => {
  it.each(negatives)('%j', (input) => {
    expect(found(input)).toEqual([]);
    expect(found(input, fakeData())).toEqual([]);
  });
});
