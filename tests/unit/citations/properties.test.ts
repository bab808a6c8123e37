import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { fakeData } from './factories';

/** Fragments that make up citations and near-citations, so random texts exercise the parsers and not just prose. */
const FRAGMENTS = [
  'décision ',
  'résolution ',
  'resolution ',
  'decisions ',
  'article ',
  'articles ',
  'paragraphe ',
  'paragraph ',
  'par. ',
  "l'alinéa ",
  'alinéa ',
  'du ',
  'de la ',
  "de l'",
  'of the ',
  'et ',
  'and ',
  ', ',
  '4/4',
  '5/2',
  '64/293',
  '2331 (2016)',
  '24/7',
  '12',
  'c) ',
  '(b) ',
  'ii) ',
  'Convention',
  'Protocole',
  'Protocol',
  'dudit Protocole',
  'relatif à la traite des personnes',
  "l'Assemblée générale",
  'General Assembly ',
  'Conseil de sécurité',
  'CTOC/COP/WG.4/2013/5',
  'CTOC/',
  'A/RES/',
  'undocs.org/',
  '/treaties/',
  '\u00a0',
  '\u202f',
  '\n',
  ' ',
  '.',
  'é',
  '😀',
];

const texts = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')),
);

describe('properties', () => {
  const data = fakeData();

  it('never throws, and every span is the text at its offsets, in order, without overlap', () => {
    fc.assert(
      fc.property(texts, (input) => {
        for (const d of [undefined, data]) {
          const found = findCitations(input, d);
          let lastEnd = 0;
          for (const c of found) {
            expect(input.slice(c.start, c.end)).toBe(c.text);
            expect(c.start).toBeGreaterThanOrEqual(lastEnd);
            expect(c.end).toBeGreaterThan(c.start);
            expect(c.key.length).toBeGreaterThan(0);
            lastEnd = c.end;
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(texts, (input) => {
        expect(findCitations(input, data)).toEqual(findCitations(input, data));
      }),
      { numRuns: 500 },
    );
  });

  // The text sits after a first line in both readings, once or twice: where a text starts is itself read (its first
  // line may be its own heading, `4/4.` before a symbol; a lower-case word after a line ending a sentence reads as a
  // wrapped line, `Texte. ⏎décision 64/293Convention`), so a text compared with itself after a prefix failed on such
  // random texts about once in fifty runs of this test (session 29); shifting by a repeated first line keeps every
  // reading the same but the offsets.
  it('finds the same citations wherever the text sits (offsets shift with a prefix)', () => {
    fc.assert(
      fc.property(texts, (input) => {
        const prefix = 'Texte.\n\n';
        const shifted = findCitations(prefix + prefix + input).map((c) => ({
          ...c,
          start: c.start - prefix.length,
          end: c.end - prefix.length,
        }));
        expect(shifted).toEqual(findCitations(prefix + input));
      }),
      { numRuns: 500 },
    );
  });
});
