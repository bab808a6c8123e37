import { describe, expect, it } from 'vitest';
import { buildBundledCorpus, corpusAssetJson } from '../../corpus/asset';

const corpus = buildBundledCorpus();

describe('the bundled corpus', () => {
  it('records who cites the General Assembly resolution 64/293: recommendations and resolution 5/2', () => {
    const citing = corpus.citedBy['A/RES/64/293'] ?? [];
    expect(citing.some((id) => id.startsWith('5/2:'))).toBe(true);
    expect(citing.some((id) => /^[IVX]+\.\d/.test(id))).toBe(true);
  });

  it.each([['COP decision 4/4'], ['COP decision 4/1'], ['CTOC/COP/WG.4/2009/2']])(
    'has cited-by entries for %s that all exist',
    (key) => {
      const ids = new Set(corpus.items.map((item) => item.id));
      const citing = corpus.citedBy[key] ?? [];
      expect(citing.length).toBeGreaterThan(0);
      for (const id of citing) expect(ids.has(id)).toBe(true);
    },
  );

  it('counts a citation in a footnote as the item citing it', () => {
    const withFootnote = corpus.items.find((item) => item.footnotes.some((f) => /55\/25/.test(f.text)));
    expect(withFootnote).toBeDefined();
    expect(corpus.citedBy['A/RES/55/25']).toContain(withFootnote!.id);
  });

  it('is deterministic: same JSON, same version', () => {
    expect(corpusAssetJson(buildBundledCorpus())).toBe(corpusAssetJson(corpus));
    expect(corpus.version).toMatch(/^[0-9a-f]{16}$/);
  });
});
