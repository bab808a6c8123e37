import { describe, expect, it } from 'vitest';
import { buildSearchAsset, createSearchEngine } from '../../../lib/search';
import { makeCorpus } from '../../factories/corpus';
import { realCorpus, realEngine, prepareRealEngine } from './real-corpus';

prepareRealEngine();

const QUERIES = [
  'prélèvement d’organes',
  'cooperation internationale',
  'coperation',
  'victimes de la traite',
  'UNODC',
  'sensibi',
  'IV.45.k',
  'décision 4/4',
  'WG.4/2015/6',
];

const ranking = (engine: ReturnType<typeof createSearchEngine>, query: string) =>
  engine.search(query).hits.map((h) => [h.id, h.score, h.snippet.text, h.snippet.ranges]);

describe('the build-time search asset', () => {
  const corpus = realCorpus();
  const asset = JSON.parse(buildSearchAsset(corpus)) as unknown;

  it('gives exactly the results of an index built at run time', () => {
    const fromAsset = createSearchEngine(corpus, { asset, corpusVersion: corpus.version });
    expect(fromAsset.source).toBe('asset');
    for (const query of QUERIES) expect(ranking(fromAsset, query), query).toEqual(ranking(realEngine(), query));
  });

  it('lines up with a corpus read back in another order (the database returns rows by primary key)', () => {
    const shuffled = {
      ...corpus,
      items: [...corpus.items].reverse(),
      themes: [...corpus.themes].reverse(),
      meetings: [...corpus.meetings].reverse(),
    };
    const engine = createSearchEngine(shuffled, { asset, corpusVersion: corpus.version });
    expect(engine.source).toBe('asset');
    expect(ranking(engine, 'prélèvement d’organes')).toEqual(ranking(realEngine(), 'prélèvement d’organes'));
  });

  it.each([
    ['another corpus version', { asset, corpusVersion: 'other' }],
    ['no asset (the build did not write one)', { asset: null, corpusVersion: corpus.version }],
    [
      'a malformed asset',
      { asset: { format: 1, corpusVersion: corpus.version, ids: 'x' }, corpusVersion: corpus.version },
    ],
    ['an asset of another format', { asset: { ...(asset as object), format: 99 }, corpusVersion: corpus.version }],
  ])('is ignored for %s: the engine indexes the corpus itself', (_, options) => {
    const engine = createSearchEngine(corpus, options);
    expect(engine.source).toBe('built');
    expect(engine.search('IV.45.k').hits[0]?.id).toBe('IV.45.k');
  });

  it('is ignored when the documents differ (same version string, other corpus)', () => {
    const other = makeCorpus({ version: corpus.version });
    expect(createSearchEngine(other, { asset, corpusVersion: corpus.version }).source).toBe('built');
  });

  it('stays small enough to ship (under 400 kB of JSON)', () => {
    expect(buildSearchAsset(corpus).length).toBeLessThan(400_000);
  });
});
