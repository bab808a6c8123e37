import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateQueries, hitRates, type LabelledQuery } from '../../../lib/search/eval-queries';
import { fold, tokenize } from '../../../lib/text';
import { THEME_NAMES, VOCABULARY } from '../../../lib/text/vocabulary';
import { realCorpus, realEngine, prepareRealEngine } from './real-corpus';

prepareRealEngine();

const search = (q: string, limit = 3) => realEngine().search(q, { limit });

describe('the issue’s failures, reproduced', () => {
  it.each([
    // [query, a word it must not be "corrected" to, the record expected in the first three]
    ['labour inspectors', 'elaborer', 'intervenants-inspection-du-travail'],
    ['gender', 'garder', 'genre'],
    ['border control', 'aborder', 'intervenants-gestion-des-frontieres'],
    ['persons with disabilities', 'personnel', 'victimes-personnes-handicapees'],
    ['money laundering', 'laundering', 'IV.45.b'],
  ])('%j is not corrected into %j and finds %s', (query, wrong, expected) => {
    const r = search(query);
    expect(r.corrections.flatMap((c) => c.terms)).not.toContain(wrong);
    expect(r.corrections).toEqual([]);
    expect(r.hits.map((h) => h.id)).toContain(expected);
  });

  it.each(['child victims', 'trata de niños'])('%j finds children, not medical costs or labour', (query) => {
    const ids = search(query).hits.map((h) => h.id);
    expect(ids.some((id) => id.startsWith('IV.46.j'))).toBe(false);
    expect(search(query, 10).hits.some((h) => h.doc.fields.text.includes('enfants'))).toBe(true);
  });

  it('says what it also searched, in the compendium’s French', () => {
    expect(search('forced labour').translations).toEqual([{ from: 'forced labour', to: 'travail forcé' }]);
    expect(search('trabajo forzoso').translations.map((t) => t.to)).toEqual(['travail forcé']);
  });

  it('leaves French queries as typed', () => {
    for (const q of ['protection des victimes', 'services sociaux', 'travail forcé', 'corruption', 'genre']) {
      expect(search(q).translations).toEqual([]);
    }
  });

  // Concepts of a theme the thematic index files them under (none of these queries is in the labelled set).
  it.each([
    ['extradite', 'cooperation-internationale'],
    ['extradición', 'cooperation-internationale'],
    ['police officers', 'intervenants-detection-et-repression'],
    ['sale of children', 'enfants'],
    ['asylum seekers', 'intervenants-asile'],
    ['tipificación', 'legislation'],
  ])('%j, one concept of a theme, lists the theme %s first', (query, theme) => {
    expect(search(query).hits[0]?.id).toBe(theme);
  });

  // Real words of one of the three languages that are not in the corpus's index: none is "corrected".
  it.each(['gender', 'labour', 'border', 'laundering', 'niños', 'mujeres', 'trata', 'blanqueo', 'inspectores'])(
    '%j, a real word of the vocabulary, is never corrected',
    (word) => {
      expect(search(word).corrections).toEqual([]);
    },
  );

  it('still corrects a misspelt word no vocabulary knows', () => {
    expect(search('coperation internationale').corrections.map((c) => c.word)).toEqual(['coperation']);
  });
});

describe('a report found by its symbol', () => {
  it('lists the report, then its recommendations, then the texts citing it', () => {
    const r = realEngine().search('CTOC/COP/WG.4/2011/8', { limit: 200 });
    const reasons = r.hits.map((h) => h.exact);
    expect(r.hits[0]).toMatchObject({ id: 'IV', exact: 'symbol' });
    expect(r.hits[1]).toMatchObject({ id: 'IV.1', exact: 'in-report' });
    const citing = realCorpus().citedBy['CTOC/COP/WG.4/2011/8'] ?? [];
    expect(citing.length).toBeGreaterThan(0);
    // Every citing text is listed after the recommendations (one may be a recommendation of the report itself).
    const firstCiting = reasons.indexOf('cited-by');
    expect(firstCiting).toBeGreaterThan(reasons.lastIndexOf('in-report'));
  });
});

describe('the vocabulary', () => {
  const corpusWords = new Set(
    realEngine().docs.flatMap((d) => tokenize(fold(Object.values(d.fields).join(' '))).map((t) => t.term)),
  );

  it('has several hundred entries, multi-word terms included, English and Spanish', () => {
    expect(VOCABULARY.length).toBeGreaterThanOrEqual(250);
    expect(VOCABULARY.filter((e) => e.en.some((t) => t.includes(' '))).length).toBeGreaterThan(100);
    expect(VOCABULARY.filter((e) => e.es.length > 0).length).toBeGreaterThan(250);
  });

  it('uses the French of the corpus, so every expansion hits', () => {
    const missing = VOCABULARY.flatMap((e) =>
      e.fr.flatMap((f) =>
        tokenize(fold(f))
          .map((t) => t.term)
          .filter((w) => !corpusWords.has(w))
          .map((w) => `${f}: ${w}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('names existing themes only', () => {
    const themes = new Set(realCorpus().themes.map((t) => t.id));
    expect(VOCABULARY.filter((e) => e.theme && !themes.has(e.theme)).map((e) => e.theme)).toEqual([]);
  });

  it('has an English and a Spanish name for each of the 78 themes, and none for themes that do not exist', () => {
    const ids = realCorpus().themes.map((t) => t.id);
    expect(ids).toHaveLength(78);
    expect(ids.filter((id) => !THEME_NAMES[id]?.en || !THEME_NAMES[id]?.es)).toEqual([]);
    expect(Object.keys(THEME_NAMES).filter((id) => !ids.includes(id))).toEqual([]);
  });
});

describe('labelled English and Spanish queries (tests/fixtures/search/cross-language-queries.json)', () => {
  const file = new URL('../../fixtures/search/cross-language-queries.json', import.meta.url);
  const queries = (JSON.parse(readFileSync(file, 'utf8')) as { queries: LabelledQuery[] }).queries;
  const rates = hitRates(evaluateQueries(realEngine(), queries));
  const rate = (group: string) => rates.get(group)!.hits / rates.get(group)!.total;

  it('has at least 80 English and 40 Spanish queries', () => {
    expect(rates.get('en')!.total).toBeGreaterThanOrEqual(80);
    expect(rates.get('es')!.total).toBeGreaterThanOrEqual(40);
  });

  // The target, on the whole set: the right record in the first three for at least 95 %.
  it('all: the right record in the first three for at least 95 %', () => {
    expect(rate('all')).toBeGreaterThanOrEqual(0.95);
  });

  // Per group the sets are small (one miss in the 20 Spanish held-out queries is 5 %): a floor guards each
  // (`npm run eval:search` prints the figures and the misses).
  it.each(['en', 'es', 'tune', 'held-out'])('%s: the right record in the first three for at least 90 %%', (group) => {
    expect(rate(group)).toBeGreaterThanOrEqual(0.9);
  });
});
