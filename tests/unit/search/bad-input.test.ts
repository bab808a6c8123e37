import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS } from '../../../lib/search';
import { realEngine, prepareRealEngine } from './real-corpus';

prepareRealEngine();

/** Queries that must never throw nor hang, and must say something useful. */
describe('bad input', () => {
  it.each([
    ['empty', '', 'empty'],
    ['spaces only', '   \u00a0\t', 'empty'],
    ['symbols only', '/// § … ***', 'no-words'],
    ['regex metacharacters', '.*+?^${}()|[]\\', 'no-words'],
    ['regex metacharacters around a word', '(victimes)*', 'results'],
    ['right-to-left text with bidi marks', '\u200fالاتجار بالبشر\u200e', 'no-match'],
    ['emoji', '🕵️‍♀️ 🧭', 'no-words'],
    ['unknown long word', 'x'.repeat(300), 'no-match'],
  ])('%s → %s', (_, query, state) => {
    expect(realEngine().search(query).state).toBe(state);
  });

  it('searches only the beginning of a 10 000-character query and says so', () => {
    const query = `prélèvement d'organes ${'x'.repeat(10_000)}`;
    const response = realEngine().search(query);
    expect(response.truncated).toBe(true);
    expect(response.hits[0]?.id).toBe('formes-de-la-traite-des-personnes-prelevement-d-organes');
    expect(MAX_QUERY_CHARS).toBeLessThan(query.length);
  });

  it('handles a pasted page full of citations (only the first few are looked up)', () => {
    const query = Array.from({ length: 200 }, (_, i) => `décision ${(i % 5) + 1}/5 CTOC/COP/WG.4/2011/8`).join(' ');
    const response = realEngine().search(query);
    expect(response.state).toBe('results');
    expect(response.hits[0]?.exact).not.toBeNull();
  });

  it('does not treat lone surrogates or control characters as errors', () => {
    expect(() => realEngine().search('\ud800abc\u0000\u0007')).not.toThrow();
  });
});
