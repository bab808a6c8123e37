import { describe, expect, it } from 'vitest';
import type { CitationKind } from '../../../lib/citations/types';
import { documentOf } from '../../../lib/references/document-facts';
import { referenceLabel, type LabelInput } from '../../../lib/references/label';
import { canonicalPinpoint, formatPinpoint, savedReferenceId } from '../../../lib/references/pinpoint';

const input = (key: string, kind: CitationKind, more: Partial<LabelInput> = {}): LabelInput => ({ key, kind, ...more });

describe('referenceLabel', () => {
  it.each([
    [
      input('CTOC/COP/WG.4/2011/8', 'symbol', { isReport: true }),
      'Working Group report, 2011 (CTOC/COP/WG.4/2011/8)',
      'Rapport du Groupe de travail, 2011 (CTOC/COP/WG.4/2011/8)',
    ],
    [
      input('CTOC/COP/WG.4/2011/2', 'symbol'),
      'Working Group document, 2011 (CTOC/COP/WG.4/2011/2)',
      'Document du Groupe de travail, 2011 (CTOC/COP/WG.4/2011/2)',
    ],
    [
      input('CTOC/COP/2010/17', 'symbol', { isReport: true }),
      'Conference of the Parties report, 2010 (CTOC/COP/2010/17)',
      'Rapport de la Conférence des Parties, 2010 (CTOC/COP/2010/17)',
    ],
    [
      input('COP decision 4/4', 'cop-instrument', { year: 2008, symbol: 'CTOC/COP/2008/19' }),
      'Conference of the Parties decision 4/4, 2008 (CTOC/COP/2008/19)',
      'Décision 4/4 de la Conférence des Parties, 2008 (CTOC/COP/2008/19)',
    ],
    [
      input('COP resolution 5/2', 'cop-instrument'),
      'Conference of the Parties resolution 5/2',
      'Résolution 5/2 de la Conférence des Parties',
    ],
    [
      input('A/RES/64/293', 'resolution'),
      'General Assembly resolution 64/293 (A/RES/64/293)',
      'Résolution 64/293 de l’Assemblée générale (A/RES/64/293)',
    ],
    [
      input('S/RES/2331(2016)', 'resolution'),
      'Security Council resolution 2331 (2016) (S/RES/2331(2016))',
      'Résolution 2331 (2016) du Conseil de sécurité (S/RES/2331(2016))',
    ],
    [
      input('A/DEC/70/540', 'resolution'),
      'General Assembly decision 70/540 (A/DEC/70/540)',
      'Décision 70/540 de l’Assemblée générale (A/DEC/70/540)',
    ],
    [
      input('CCPCJ resolution 19/4', 'resolution'),
      'Commission on Crime Prevention and Criminal Justice resolution 19/4',
      'Résolution 19/4 de la Commission pour la prévention du crime et la justice pénale',
    ],
    [
      input('E/CN.15/2019/L.3/REV.1', 'symbol'),
      'Commission on Crime Prevention and Criminal Justice document, 2019 (E/CN.15/2019/L.3/REV.1)',
      'Document de la Commission pour la prévention du crime et la justice pénale, 2019 (E/CN.15/2019/L.3/REV.1)',
    ],
    [
      input('TIP Protocol art. 6(3)(d)', 'treaty'),
      'Trafficking in Persons Protocol, art. 6(3)(d)',
      'Protocole relatif à la traite des personnes, art. 6(3)(d)',
    ],
    [
      input('UNTOC art. 33(2)(c)', 'treaty'),
      'United Nations Convention against Transnational Organized Crime, art. 33(2)(c)',
      'Convention des Nations Unies contre la criminalité transnationale organisée, art. 33(2)(c)',
    ],
    [input('X/Y/1', 'symbol'), 'UN document (X/Y/1)', 'Document de l’ONU (X/Y/1)'],
    [input('Something else', 'treaty'), 'Something else', 'Something else'],
  ])('%o → "%s" / "%s"', (value, en, fr) => {
    expect(referenceLabel(value, 'en')).toBe(en);
    expect(referenceLabel(value, 'fr')).toBe(fr);
  });
});

describe('documentOf', () => {
  it.each([
    ['CTOC/COP/WG.4/2011/8', 'symbol', { body: 'wg', symbol: 'CTOC/COP/WG.4/2011/8', year: 2011 }],
    [
      'S/RES/2331(2016)',
      'resolution',
      { body: 'sc', year: 2016, instrument: { type: 'resolution', number: '2331 (2016)' } },
    ],
    ['A/HRC/RES/44/4', 'resolution', { body: 'hrc', year: null, instrument: { type: 'resolution', number: '44/4' } }],
    ['E/CN.4/RES/2004/45', 'resolution', { body: 'chr', year: 2004 }],
    ['E/RES/2004/45', 'resolution', { body: 'ecosoc', year: 2004 }],
    [
      'COP decision 4/4',
      'cop-instrument',
      { body: 'cop', symbol: null, instrument: { type: 'decision', number: '4/4' } },
    ],
    ['Firearms Protocol art. 5', 'treaty', { body: 'un', symbol: 'A/RES/55/255', year: 2001 }],
  ] as const)('%s (%s)', (key, kind, expected) => {
    expect(documentOf(key, kind)).toMatchObject(expected);
  });
});

describe('pinpoints', () => {
  it.each([
    [undefined, '', '', ''],
    [{ paragraph: 49, subparagraph: 'b' }, 'para=49;sub=b', 'para. 49(b)', 'par. 49 b)'],
    [{ paragraph: 17, subparagraph: 'b', clause: 'iv' }, 'para=17;sub=b;cl=iv', 'para. 17(b)(iv)', 'par. 17 b) iv)'],
    [{ preambular: true as const, paragraph: 11 }, 'pp;para=11', 'preambular para. 11', 'alinéa 11 du préambule'],
    [{ annex: 'II', paragraph: 3 }, 'annex=II;para=3', 'annex II, para. 3', 'annexe II, par. 3'],
    [{ subparagraph: 'c' }, 'sub=c', '(c)', 'c)'],
  ])('%o', (pinpoint, canonical, en, fr) => {
    expect(canonicalPinpoint(pinpoint)).toBe(canonical);
    expect(formatPinpoint(pinpoint, 'en')).toBe(en);
    expect(formatPinpoint(pinpoint, 'fr')).toBe(fr);
  });

  it('gives the same id whatever the order of the pinpoint fields', () => {
    expect(savedReferenceId('K', { subparagraph: 'b', paragraph: 4 })).toBe(
      savedReferenceId('K', { paragraph: 4, subparagraph: 'b' }),
    );
    expect(savedReferenceId('K', undefined)).toBe('K#');
  });
});
