import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITATION_KINDS } from '../../../lib/citations/types';
import { parseImport } from '../../../lib/export/import';
import { toJson } from '../../../lib/export/json';
import { savedReferenceId } from '../../../lib/references/pinpoint';
import type { SavedReference } from '../../../lib/references/saved-types';
import { makeSavedReference } from '../../factories/saved';
import { GOLDEN_ENTRIES } from './golden-entries';

const file = (fields: Record<string, unknown>) =>
  JSON.stringify({
    format: 'renvoi-saved',
    version: 1,
    exportedAt: '2026-11-22T10:00:00.000Z',
    entries: [],
    ...fields,
  });

describe('parseImport', () => {
  it('reads the JSON export back exactly (round trip)', () => {
    const result = parseImport(toJson(GOLDEN_ENTRIES, new Date('2026-11-22T10:00:00Z')));
    expect(result).toEqual({ ok: true, entries: GOLDEN_ENTRIES, exportedAt: '2026-11-22T10:00:00.000Z' });
  });

  it.each([
    ['not JSON', '{"format": "renvoi-saved",', { code: 'not-json' }],
    ['an array', '[]', { code: 'wrong-format' }],
    ['another format', file({ format: 'zotero' }), { code: 'wrong-format' }],
    ['no entries list', file({ entries: {} }), { code: 'wrong-format' }],
    ['a newer version', file({ version: 2 }), { code: 'wrong-version', version: '2' }],
    ['a version as text', file({ version: '1' }), { code: 'wrong-version', version: '"1"' }],
    [
      'too many entries',
      file({ entries: Array.from({ length: 5001 }, () => ({})) }),
      { code: 'too-many', count: 5001 },
    ],
    [
      'an entry without key',
      file({ entries: [{ kind: 'symbol', savedAt: 1 }] }),
      { code: 'invalid-entry', detail: expect.stringContaining('entries[0].key') },
    ],
    [
      'a javascript: page address',
      file({
        entries: [makeSavedReference({ sightings: [{ url: 'javascript:alert(1)', title: '', context: '', at: 1 }] })],
      }),
      { code: 'invalid-entry', detail: expect.stringContaining('entries[0].sightings[0].url') },
    ],
    [
      // A kind of another shape (a newer build's kind, `gazette`, is kept: see the schema-evolution property test).
      'a kind that is not a kind',
      file({ entries: [makeSavedReference({ kind: 'Poem <b>' as never })] }),
      { code: 'invalid-entry', detail: expect.stringContaining('kind') },
    ],
    [
      'a huge note',
      file({ entries: [makeSavedReference({ note: 'x'.repeat(10_001) })] }),
      { code: 'invalid-entry', detail: expect.stringContaining('note') },
    ],
    ['a file over 5 MB', file({ padding: 'x'.repeat(5 * 1024 * 1024) }), { code: 'too-large' }],
    ['a file over 5 MB once encoded', file({ padding: 'é'.repeat(2.7 * 1024 * 1024) }), { code: 'too-large' }],
  ])('refuses %s', (_name, text, problem) => {
    expect(parseImport(text)).toEqual({ ok: false, problem: expect.objectContaining(problem) });
  });

  it('keeps script-like text as plain text and drops control characters', () => {
    const note = '<img src=x onerror=alert(1)>\u0007bell';
    const result = parseImport(file({ entries: [makeSavedReference({ note, label: '<b>bold</b>' })] }));
    expect(result).toMatchObject({
      ok: true,
      entries: [{ note: '<img src=x onerror=alert(1)>bell', label: '<b>bold</b>' }],
    });
  });

  it('recomputes ids from key and pinpoint, so an edited id cannot split an entry', () => {
    const result = parseImport(file({ entries: [makeSavedReference({ id: 'forged', pinpoint: { paragraph: 2 } })] }));
    expect(result).toMatchObject({ ok: true, entries: [{ id: 'CTOC/COP/WG.4/2011/8#para=2' }] });
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseImport(`\uFEFF${file({})}`)).toMatchObject({ ok: true, entries: [] });
  });
});

/** Arbitrary valid entries: any text in notes, labels and titles (quotes, commas, newlines, accents, markup). */
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const entryArbitrary: fc.Arbitrary<SavedReference> = fc
  .record({
    key: fc.constantFrom('CTOC/COP/WG.4/2011/8', 'A/RES/64/293', 'COP decision 4/4', 'TIP Protocol art. 6'),
    kind: fc.constantFrom(...CITATION_KINDS),
    label: text(40),
    note: text(80),
    paragraph: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    title: text(30),
    savedAt: fc.integer({ min: 0, max: 2_000_000_000_000 }),
  })
  .map(({ key, kind, label, note, paragraph, title, savedAt }) => {
    const pinpoint = paragraph === undefined ? undefined : { paragraph };
    return makeSavedReference({
      id: savedReferenceId(key, pinpoint),
      key,
      kind,
      label,
      note,
      ...(pinpoint ? { pinpoint } : {}),
      sightings: [{ url: 'https://example.org/p', title, context: '', at: savedAt }],
      savedAt,
      updatedAt: savedAt,
    });
  });

describe('import/export round trip', () => {
  it('is lossless for any clean entries', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArbitrary, { selector: (e) => e.id, maxLength: 6 }), (entries) => {
        // What the database would hold: text already cleaned, list order 0…n-1.
        const stored = parseImport(toJson(entries, new Date(0)));
        if (!stored.ok) throw new Error(JSON.stringify(stored.problem));
        const again = parseImport(toJson(stored.entries, new Date(0)));
        expect(again).toEqual({ ok: true, entries: stored.entries, exportedAt: '1970-01-01T00:00:00.000Z' });
        expect(stored.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
      }),
    );
  });
});
