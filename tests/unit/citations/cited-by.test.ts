import { describe, expect, it } from 'vitest';
import { computeCitedBy } from '../../../lib/citations/index';
import { fakeData } from './factories';

describe('computeCitedBy', () => {
  const items = [
    { id: 'II.8', text: 'paragraphe 17 du rapport de la réunion de 2009 (voir aussi la décision 4/4)' },
    { id: 'V.4', text: "au paragraphe 44 de la résolution 64/293 de l'Assemblée générale ; résolution 64/293" },
    { id: '5/2:3', text: "Accueille avec satisfaction la résolution 64/293 de l'Assemblée générale" },
    { id: '5/2:14', text: 'les fonctions énoncées dans sa décision 4/4 du 17 octobre 2008' },
    { id: 'IV.1', text: 'Aucune citation ici, sauf 24/7.' },
  ];

  it('maps each key to the items citing it, in item order, once each', () => {
    expect(computeCitedBy(items, fakeData())).toEqual({
      'CTOC/COP/WG.4/2009/2': ['II.8'],
      'COP decision 4/4': ['II.8', '5/2:14'],
      'A/RES/64/293': ['V.4', '5/2:3'],
    });
  });

  it('works without data (reports named by year are then not keyed)', () => {
    expect(computeCitedBy(items)).toEqual({
      'COP decision 4/4': ['II.8', '5/2:14'],
      'A/RES/64/293': ['V.4', '5/2:3'],
    });
  });

  it('is empty for no items', () => {
    expect(computeCitedBy([])).toEqual({});
  });
});
