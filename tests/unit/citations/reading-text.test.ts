import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { originalSpan, readingText } from '../../../lib/citations/reading-text';
import { LIGATURES } from '../../../lib/text/ligatures';

/** What the engine reads for each input (the map is checked separately). */
const readings: [string, string, string][] = [
  ['plain text is read as it is', 'article 6 du Protocole', 'article 6 du Protocole'],
  ['a no-break space is a space', 'article\u00a06 du Protocole', 'article 6 du Protocole'],
  ['a narrow no-break space is a space', 'n\u00b0\u202f3', 'n\u00b0 3'],
  ['a run of spaces is one', 'Article  3    (a)  of the Protocol', 'Article 3 (a) of the Protocol'],
  ['a tab is a space', 'resolution\t64/293', 'resolution 64/293'],
  ['a soft hyphen goes', 'réso\u00adlution 64/293', 'résolution 64/293'],
  ['zero-width characters go', 'A/RES/\u200b64/293\ufeff', 'A/RES/64/293'],
  ['a Windows line end is a line break', 'Assembly\r\n\r\nresolution 64/293', 'Assembly\n\nresolution 64/293'],
  ['a lone carriage return is a line break', 'Assembly\rresolution', 'Assembly\nresolution'],
  ['a line separator is a line break', 'Assembly\u2028resolution 64/293', 'Assembly\nresolution 64/293'],
  ['a paragraph separator is a line break', 'Assembly\u2029resolution 64/293', 'Assembly\nresolution 64/293'],
  ['a word cut at a line end is joined', 'the Conven-\ntion', 'the Convention'],
  ['spaces around the cut go with it', 'réso- \n  lution', 'résolution'],
  ['a capital after the line keeps the hyphen', 'Anti-\nTrafficking', 'Anti-\nTrafficking'],
  ['a digit after the line keeps the hyphen', 'Covid-\n19', 'Covid-\n19'],
  ['a hyphen after a digit is kept', 'A/RES/64-\nbis', 'A/RES/64-\nbis'],
  ['a hyphen not at a line end is kept', 'non-governmental', 'non-governmental'],
  ['a non-breaking hyphen is a hyphen', 'résolution S\u201110/2', 'résolution S-10/2'],
  ['a Unicode hyphen is a hyphen', 'ci\u2010après', 'ci-après'],
  ['a letter and its combining accent are composed', 're\u0301solution', 'résolution'],
  ['several accents compose as far as NFC does', 'o\u0303\u0301 q\u0301', '\u1e4d q\u0301'],
  ['an accent after a non-letter stays', '1\u0301', '1\u0301'],
  // A ligature (a page made from a PDF, probe p17fr-045) reads as its letters.
  ['a ligature is its letters', 'le tra\ufb01c illicite', 'le trafic illicite'],
  ['a three-letter ligature too', 'Tra\ufb03cking in Persons', 'Trafficking in Persons'],
  ['ligatures among other debris', 'con\ufb02it\u00a0\u00a0art.\u00ad 5 \ufb00', 'conflit art. 5 ff'],
  [
    'line breaks stay: headings tell the author',
    'The General Assembly,\n\nRecalling',
    'The General Assembly,\n\nRecalling',
  ],
  // Soft wraps (`soft-wrap.ts`, session 21): a line break where a space was reads as that space.
  ['a wrap before lower case is a space', 'in the form of\nmovable property', 'in the form of movable property'],
  ['a wrap after a connector is a space', 'Article 3c of the\nProtocol', 'Article 3c of the Protocol'],
  ['a wrap after a head word, before its number', 'la resolución\n62/208', 'la resolución 62/208'],
  ['a wrap inside a name', 'de las Naciones\nUnidas', 'de las Naciones Unidas'],
  ['a wrap inside a name in capitals', 'TRANSNATIONAL ORGANIZED\nCRIME', 'TRANSNATIONAL ORGANIZED CRIME'],
  ['a wrap inside a symbol', 'A/AC.254/4/Add.\n1/Rev.6', 'A/AC.254/4/Add. 1/Rev.6'],
  ['a wrap after a dash', 'Criminalization –\nArticle 5', 'Criminalization – Article 5'],
  ['a wrap in a date', 'of 15\nNovember 2000', 'of 15 November 2000'],
  ['a wrap inside an open quote', '“El Agua,\nFuente de Vida”', '“El Agua, Fuente de Vida”'],
  ['a wrap before a bracketed article', 'criminal group”\n(Art. 2)', 'criminal group” (Art. 2)'],
  ['a wrap after a document label', 'UN Doc\nA55/383', 'UN Doc A55/383'],
  ['spaces around a wrap read as one', 'of the  \n   Protocol', 'of the Protocol'],
  ['a Windows wrap is one space', 'of the\r\nProtocol', 'of the Protocol'],
  ['a word cut at a wrap is still joined', 'the Conven-\ntion of', 'the Convention of'],
  ['a heading line is not a wrap', 'The Human Rights Council,\nRecalling', 'The Human Rights Council,\nRecalling'],
  ['a list item is not a wrap', 'as follows:\na) the Convention', 'as follows:\na) the Convention'],
  ['a blank line is not a wrap', 'of the\n\nProtocol', 'of the\n\nProtocol'],
];

describe('readingText', () => {
  it.each(readings)('%s', (_, input, read) => {
    expect(readingText(input).text).toBe(read);
  });

  it('maps every read character back to the same character, or a space to a space-like one', () => {
    for (const [, input] of readings) {
      const reading = readingText(input);
      if (!reading.offsets) continue;
      for (let i = 0; i < reading.text.length; i++) {
        const original = input[reading.offsets[i]!]!;
        const read = reading.text[i]!;
        if (read === ' ') expect(original).toMatch(/\s/);
        else if (read === '\n') expect(original).toMatch(/[\r\n\u2028\u2029]/);
        else if (read === '-') expect(original).toMatch(/[-\u2010\u2011]/);
        else if (LIGATURES[original] !== undefined) expect(LIGATURES[original]).toContain(read);
        else if (original !== read)
          expect(input.slice(reading.offsets[i]!).normalize('NFC').startsWith(read)).toBe(true);
        else expect(original).toBe(read);
      }
      expect(reading.offsets[reading.text.length]).toBe(input.length);
    }
  });

  // The engine's patterns read white space as `[ \n]` (`SPACE` in `patterns.ts`): every other character `\s` matches
  // must be read as one of these two, alone in a text or among others.
  it('leaves no white space but the space and the line feed', () => {
    const whiteSpace = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter((c) => /\s/.test(c));
    expect(whiteSpace.length).toBeGreaterThan(20);
    for (const c of whiteSpace) {
      for (const input of [`resolution${c}64/293`, `of the${c}${c}Protocol`, `a${c}`, `a\u00a0b${c}c`]) {
        const read = readingText(input).text;
        expect(
          [...read].filter((r) => /\s/.test(r) && r !== ' ' && r !== '\n'),
          JSON.stringify(input),
        ).toEqual([]);
      }
    }
  });

  // A long page read in short pieces (a space dropped every few characters): the pieces are joined a thousand at a
  // time as the reading goes (`Reading` in `reading-text.ts`), so a space before a comma may have to come off a
  // joined chunk. Four shapes (each with a space to read away: a text without one is kept as it is) and four lengths
  // each, so the joins fall before every kind of step.
  it.each([', a6(2,  ', 'x  ,', ' ,\u00a0', 'ab  , c\u00a0,'])(
    'reads %j repeated thousands of times as its short forms',
    (unit) => {
      for (let times = 1500; times < 1504; times++) {
        const input = unit.repeat(times);
        const reading = readingText(input);
        // The rule on this alphabet: a run of spaces is one, and none stands before a comma.
        expect(reading.text).toBe(input.replace(/[ \u00a0]+/g, ' ').replace(/ ,/g, ','));
        for (let i = 0; i < reading.text.length; i++) {
          const original = input[reading.offsets![i]!]!;
          expect(reading.text[i] === ' ' ? /[ \u00a0]/.test(original) : original === reading.text[i]).toBe(true);
        }
      }
    },
  );

  // Each ligature adds letters to the reading: its map grows past the original's length, doubled when full.
  it('maps a page of ligatures back, each letter to its ligature', () => {
    const input = 'a\ufb03'.repeat(3000);
    const reading = readingText(input);
    expect(reading.text).toBe('affi'.repeat(3000));
    expect(reading.offsets?.length).toBe(reading.text.length + 1);
    for (let i = 0; i < reading.text.length; i++)
      expect(reading.offsets![i]).toBe(2 * Math.floor(i / 4) + (i % 4 ? 1 : 0));
    expect(reading.offsets![reading.text.length]).toBe(input.length);
    expect(originalSpan(reading, input, 4, 8)).toEqual({ start: 2, end: 4 });
  });

  it('gives a span from its first character to just past its last', () => {
    const reading = readingText('the  Conven-\ntion\u00a0art.');
    expect(reading.text).toBe('the Convention art.');
    expect(originalSpan(reading, 'the  Conven-\ntion\u00a0art.', 4, 14)).toEqual({ start: 5, end: 17 });
  });

  it('ends a span after the accents of its last letter read composed', () => {
    const original = 'le caf\u00e9 et le cafe\u0301\u0301 ici';
    const reading = readingText(original);
    expect(reading.text).toBe('le caf\u00e9 et le caf\u00e9\u0301 ici');
    expect(originalSpan(reading, original, 14, 18)).toEqual({ start: 14, end: 20 });
  });
});

/** Citations across the debris: the span covers the original characters, the key is the plain text's. */
const citations: [string, string, string, string][] = [
  [
    'no-break space',
    'Rappelant l\u2019article\u00a06 du Protocole',
    'article\u00a06 du Protocole',
    'TIP Protocol art. 6',
  ],
  [
    'justified spaces',
    'Article  3    (a)  of the Protocol',
    'Article  3    (a)  of the Protocol',
    'TIP Protocol art. 3(a)',
  ],
  [
    'soft hyphen',
    'la réso\u00adlution 64/293 de l\u2019Assemblée générale',
    'réso\u00adlution 64/293 de l\u2019Assemblée générale',
    'A/RES/64/293',
  ],
  ['non-breaking hyphen in a symbol', 'voir A/HRC/RES/S\u201127/1.', 'A/HRC/RES/S\u201127/1', 'A/HRC/RES/S-27/1'],
  [
    'decomposed accents',
    'la re\u0301solution 64/293 de l’Assemble\u0301e ge\u0301ne\u0301rale',
    're\u0301solution 64/293 de l’Assemble\u0301e ge\u0301ne\u0301rale',
    'A/RES/64/293',
  ],
  ['zero-width space in a symbol', 'voir A/RES/\u200b64/293.', 'A/RES/\u200b64/293', 'A/RES/64/293'],
  [
    'a title cut at a line end',
    'article 5 of the Protocol against the Smug-\ngling of Migrants by Land, Sea and Air',
    'article 5 of the Protocol against the Smug-\ngling of Migrants by Land, Sea and Air',
    'Migrants Protocol art. 5',
  ],
];

describe('findCitations reads the debris away and maps spans back', () => {
  it.each(citations)('%s', (_, input, span, key) => {
    const found = findCitations(input);
    expect(found.map((c) => [c.text, c.key])).toEqual([[span, key]]);
    const [c] = found;
    expect(input.slice(c!.start, c!.end)).toBe(c!.text);
  });

  it('finds the same citations in a text with and without the debris', () => {
    const plain = 'Recalling article 6 of the Protocol and General Assembly resolution 64/293.';
    const debris = plain.replace(/ /g, '\u00a0 ').replace('resolution', 'reso\u00adlution');
    expect(findCitations(debris).map((c) => c.key)).toEqual(findCitations(plain).map((c) => c.key));
    expect(findCitations(plain).length).toBe(2);
  });
});
