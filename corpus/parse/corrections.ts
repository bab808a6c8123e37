/**
 * Genuine errors of the source, corrected here and nowhere else. Each entry names the line, the exact text the source
 * prints there, what it should be and why. A correction whose text is no longer found exactly once on its line is a
 * problem, so the table cannot silently go stale if the source changes.
 *
 * All are in the thematic index; each was found because the reference and the paragraph column disagreed.
 */
import { problem, type SourceLine } from './lines';

export interface Correction {
  line: number;
  source: string;
  corrected: string;
  why: string;
}

export const CORRECTIONS: readonly Correction[] = [
  {
    line: 1026,
    source: 'V.a.1 à 11',
    corrected: 'V.al.1 à 11',
    why: 'preambular reference with the "l" of "al." lost; the paragraph column reads "Al. 1 à 11"',
  },
  {
    line: 1118,
    source: 'm) (v)',
    corrected: 'm) iv)',
    why: 'decision 2/3 m) has romans i)–iv) only; the reference is II.m.iv (ILO forced-labour indicators)',
  },
  {
    line: 1304,
    source: 'VIII.1.g',
    corrected: 'VIII.1.q',
    why: 'paragraph column "7 q)" (offset 6); VIII.1.q is about links with other organised crime, the theme',
  },
  {
    line: 1398,
    source: '8 (a) et 11 (b)',
    corrected: '8 a) et 11 b)',
    why: 'English-style "(a)" markers; the index writes "8 a)" everywhere else',
  },
  {
    line: 1427,
    source: 'VIII.1.j',
    corrected: 'VIII.1.i',
    why: 'paragraph column "7 i)"; VIII.1.i mentions "périodes de rétablissement et de réflexion", the theme',
  },
  {
    line: 1444,
    source: 'III.j',
    corrected: 'III.i',
    why: 'paragraph column "i)"; decision 3/3 i) is about guidelines for identifying victims, the theme',
  },
  {
    line: 1492,
    source: 'm) il)',
    corrected: 'm) i)',
    why: 'OCR slip "il)" for "i)"; the reference is II.m.i',
  },
];

/** Applies the table to the source lines; returns new lines and a problem for each correction that does not apply. */
export function applyCorrections(
  lines: SourceLine[],
  table: readonly Correction[] = CORRECTIONS,
): { lines: SourceLine[]; problems: string[] } {
  const problems: string[] = [];
  const out = lines.map((l) => ({ ...l }));
  for (const c of table) {
    const target = out[c.line - 1];
    const count = target ? target.text.split(c.source).length - 1 : 0;
    if (!target || count !== 1) {
      problems.push(
        problem(c.line, `correction "${c.source}" → "${c.corrected}" does not apply (found ${count} times)`),
      );
      continue;
    }
    target.text = target.text.replace(c.source, c.corrected);
  }
  return { lines: out, problems };
}
