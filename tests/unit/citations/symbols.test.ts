import { describe, expect, it } from 'vitest';
import { found, sym, type Expect } from './factories';

const cases: [string, Expect[]][] = [
  ['CTOC/COP/WG.4/2011/8', [sym('CTOC/COP/WG.4/2011/8')]],
  ['le rapport (CTOC/COP/2010/17) du', [sym('CTOC/COP/2010/17')]],
  ['A/RES/64/293', [sym('A/RES/64/293')]],
  ['A/HRC/RES/44/4.', [sym('A/HRC/RES/44/4')]],
  ['A/C.3/75/L.12/Rev.1', [sym('A/C.3/75/L.12/Rev.1', 'A/C.3/75/L.12/REV.1')]],
  ['E/CN.15/2019/L.3/Rev.1;', [sym('E/CN.15/2019/L.3/Rev.1', 'E/CN.15/2019/L.3/REV.1')]],
  ['E/2002/68/Add.1.', [sym('E/2002/68/Add.1', 'E/2002/68/ADD.1')]],
  [
    'CTOC/COP/2008/8, CTOC/COP/2008/9 et CTOC/COP/2008/11',
    [sym('CTOC/COP/2008/8'), sym('CTOC/COP/2008/9'), sym('CTOC/COP/2008/11')],
  ],
  ['ctoc/cop/wg.4/2011/8', [sym('ctoc/cop/wg.4/2011/8', 'CTOC/COP/WG.4/2011/8')]],
  ['https://undocs.org/fr/A/RES/64/293', [sym('A/RES/64/293')]],
  ['undocs.org/CTOC/COP/WG.4/2011/8', [sym('CTOC/COP/WG.4/2011/8')]],
  ['view_doc.asp?symbol=A/RES/55/25', [sym('A/RES/55/25')]],
  ['[CTOC/COP/WG.4/2011/8](#)', [sym('CTOC/COP/WG.4/2011/8')]],
  ['S/RES/2331 (2016)', [sym('S/RES/2331 (2016)', 'S/RES/2331(2016)')]],
  ['S/2020/123 et ST/SGB/2003/13', [sym('S/2020/123'), sym('ST/SGB/2003/13')]],
  ['CTOC/COP/WG.4/2013/5, par. 45', [sym('CTOC/COP/WG.4/2013/5, par. 45', 'CTOC/COP/WG.4/2013/5', { paragraph: 45 })]],
  [
    'CTOC/COP/WG.4/2013/5, para. 45',
    [sym('CTOC/COP/WG.4/2013/5, para. 45', 'CTOC/COP/WG.4/2013/5', { paragraph: 45 })],
  ],
  [
    'CTOC/COP/WG.4/2013/5, párr. 45',
    [sym('CTOC/COP/WG.4/2013/5, párr. 45', 'CTOC/COP/WG.4/2013/5', { paragraph: 45 })],
  ],
  [
    'CTOC/COP/WG.4/2011/8, par. 13 h)',
    [sym('CTOC/COP/WG.4/2011/8, par. 13 h)', 'CTOC/COP/WG.4/2011/8', { paragraph: 13, subparagraph: 'h' })],
  ],
  [
    'paragraphe 45 du document CTOC/COP/WG.4/2013/5',
    [sym('paragraphe 45 du document CTOC/COP/WG.4/2013/5', 'CTOC/COP/WG.4/2013/5', { paragraph: 45 })],
  ],
  [
    'paragraph 45 of document CTOC/COP/WG.4/2013/5',
    [sym('paragraph 45 of document CTOC/COP/WG.4/2013/5', 'CTOC/COP/WG.4/2013/5', { paragraph: 45 })],
  ],
  ['CTOC/COP/2004/6, annexe I', [sym('CTOC/COP/2004/6, annexe I', 'CTOC/COP/2004/6', { annex: 'I' })]],
];

describe('UN document symbols', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notSymbols = [
  'https://www.unodc.org/unodc/en/treaties/CTOC/index.html',
  'http://www.unodc.org/unodc/fr/treaties/CTOC/2010/17/page.html',
  'F.09.V.11',
  'CU 2009/92 (A)',
  'N/A and A/B testing',
  'A/4/4 and E/1/2',
  's/2020/12 in lower case',
  'x-A/RES/64/293',
  'cop/2010/17@example.org',
  'CTOC/COP/WG.4',
  'CTOC/COP/2010/17x',
];

describe('not symbols', () => {
  it.each(notSymbols)('%j', (input) => {
    expect(found(input)).toEqual([]);
  });
});
