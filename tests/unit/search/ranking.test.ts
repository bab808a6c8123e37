import { describe, expect, it } from 'vitest';
import { firstIds, realEngine, prepareRealEngine } from './real-corpus';

prepareRealEngine();

/**
 * Ranking over the real corpus. The table says what must come first (and the tests fail when it does not); the
 * snapshots below pin the top five of typical queries so that any change of ranking is seen and re-baselined on
 * purpose (`npx vitest run tests/unit/search/ranking.test.ts -u`, then review the diff).
 */
describe('first result of typical queries', () => {
  it.each([
    // Accents, case, apostrophes, spaces.
    ['accentless', 'prelevement d organes', 'formes-de-la-traite-des-personnes-prelevement-d-organes'],
    [
      'capitals and typographic apostrophe',
      'PRÉLÈVEMENT D’ORGANES',
      'formes-de-la-traite-des-personnes-prelevement-d-organes',
    ],
    ['no-break space', 'travail\u00a0forcé', 'I.10.b'],
    ['accentless travail force', 'travail force', 'I.10.b'],
    // œ written out or not.
    ['œ typed as oe', 'coeur bleu', 'IV.34'],
    ['œ typed as œ', 'Cœur bleu', 'IV.34'],
    // Typos.
    ['missing letter', 'prelevment d organes', 'formes-de-la-traite-des-personnes-prelevement-d-organes'],
    ['missing letter in a theme name', 'coperation internationale', 'cooperation-internationale'],
    ['transposed letters', 'tarfic illicite de migrants', 'trafic-illicite-de-personnes-migrantes'],
    ['typo in a plural', 'exploitaiton sexuelle', 'formes-de-la-traite-des-personnes-exploitation-sexuelle'],
    // Inflections: the theme says « personnes migrantes ».
    ['plural for feminine plural', 'trafic illicite de migrants', 'trafic-illicite-de-personnes-migrantes'],
    ['words of a theme in another order', 'identification des victimes', 'victimes-identification'],
    // Acronym slips: the compendium writes ONUDC.
    ['English acronym', 'UNODC', 'II.14'],
    ['French acronym', 'ONUDC', 'II.14'],
    // English words and proper names printed in the French text.
    ['proper name in capitals', 'SHERLOC', 'VI.20'],
    ['proper name in lower case', 'sherloc', 'VI.20'],
    ['English word', 'Internet', 'V.29'],
    ['place name', 'Santiago', 'IV.17'],
    // Words of a theme's name.
    ['theme name', 'cooperation internationale', 'cooperation-internationale'],
    ['theme name that is also its id', 'enfants', 'enfants'],
  ])('%s: %j → %s', (_, query, first) => {
    expect(firstIds(query, 1)).toEqual([first]);
  });
});

describe('exact lookups come first', () => {
  it.each([
    ['report symbol', 'CTOC/COP/WG.4/2015/6', ['VI']],
    ['report symbol in lower case', 'ctoc/cop/wg.4/2015/6', ['VI']],
    ['tail of a report symbol', 'WG.4/2015/6', ['VI']],
    ['COP session report: its instruments', 'CTOC/COP/2010/17', ['5/2']],
    ['recommendation id', 'IV.45.k', ['IV.45.k']],
    ['recommendation id in lower case', 'iv.45.k', ['IV.45.k']],
    ['recommendation id with spaces', 'IV 45 k', ['IV.45.k']],
    ['recommendation id with its marker', 'IV.45 k)', ['IV.45.k']],
    ['COP paragraph id', '5/2:8.c', ['5/2:8.c']],
    ['COP paragraph id without the colon', '5/2 8 c', ['5/2:8.c']],
    ['lettered decision paragraph', '1/5, b) iii)', ['1/5:b.iii']],
    ['instrument number', '5/2', ['5/2']],
    ['meeting numeral in capitals', 'IX', ['IX']],
    ['COP session', 'COP5', ['5/2']],
    ['décision n/m, then the texts that cite it', 'décision 4/4', ['4/4', 'I.1', '5/2:pp.2', '5/2:14']],
    ['decision without accent', 'decision 4/4', ['4/4', 'I.1', '5/2:pp.2', '5/2:14']],
    ['resolution without accent', 'resolution 5/2', ['5/2']],
    ['the wrong kind is forgiven', 'decision 5/2', ['5/2']],
    ['pinpoint in prose', 'paragraphe 8 c) de la résolution 5/2', ['5/2:8.c']],
    ['symbol with a paragraph', 'CTOC/COP/WG.4/2011/8 paragraphe 50 k)', ['IV.45.k', 'V.44']],
    ['document outside the corpus: who cites it', 'A/RES/64/293', ['IV.45.g', '5/2:pp.2', '5/2:3']],
  ])('%s: %j', (_, query, ids) => {
    const response = realEngine().search(query, { limit: ids.length });
    expect(response.hits.map((h) => h.id)).toEqual(ids);
    expect(response.hits.every((h) => h.exact !== null)).toBe(true);
  });

  it('does not take a lower-case word for a meeting numeral (someone typing "victimes")', () => {
    expect(firstIds('vi', 1)).not.toEqual(['VI']);
  });

  it('says which citations of the query are outside the corpus', () => {
    expect(realEngine().search('A/RES/64/293').outside).toEqual([{ key: 'A/RES/64/293', text: 'A/RES/64/293' }]);
  });

  it('reports the spelling it searched for a misspelt word', () => {
    expect(realEngine().search('coperation').corrections).toEqual([{ word: 'coperation', terms: ['cooperation'] }]);
  });
});

describe('ranking snapshots (top five)', () => {
  it('prélèvement d’organes', () => {
    expect(firstIds('prélèvement d’organes')).toMatchInlineSnapshot(`
      [
        "formes-de-la-traite-des-personnes-prelevement-d-organes",
        "IV.45.k",
        "5/2:pp.9",
        "IV.7",
        "IV.1",
      ]
    `);
  });
  it('coopération internationale', () => {
    expect(firstIds('coopération internationale')).toMatchInlineSnapshot(`
      [
        "cooperation-internationale",
        "I.22",
        "1/5:b.iii",
        "VIII.2.e",
        "VIII.2.c",
      ]
    `);
  });
  it('victimes de la traite (a word in almost every text)', () => {
    expect(firstIds('victimes de la traite')).toMatchInlineSnapshot(`
      [
        "consommateurs-clients-et-utilisateurs-de-produits-et-de-services-produits-par-les-victimes-de-la-traite",
        "fonds-de-contributions-volontaires-des-nations-unies-en-faveur-des-victimes-de-la-traite-des-personnes-en-particulier-des-femmes-et-des-enfants",
        "IV.18",
        "IV.46.j.vi",
        "IV.46.i.ii",
      ]
    `);
  });
  it('formation des juges', () => {
    expect(firstIds('formation des juges')).toMatchInlineSnapshot(`
      [
        "II.13",
        "5/2:7.c",
        "II.48",
        "IX.32",
        "VII.1.h",
      ]
    `);
  });
  it('trafic illicite de migrants', () => {
    expect(firstIds('trafic illicite de migrants')).toMatchInlineSnapshot(`
      [
        "trafic-illicite-de-personnes-migrantes",
        "3/3",
        "VII.2.o",
        "5/2:2",
        "3/3:e",
      ]
    `);
  });
  it('sensibilisation (prefix typed so far: "sensibi")', () => {
    expect(firstIds('sensibi')).toMatchInlineSnapshot(`
      [
        "sensibilisation",
        "IV.21",
        "I.10.b",
        "VIII.1.g",
        "5/2:8.c",
      ]
    `);
  });
});
