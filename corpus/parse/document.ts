/**
 * The whole parse, as pure functions on the source text: lines → corrections → Part A, Part B, footnote bodies,
 * thematic index → references resolved and offsets derived. `../build.ts` turns the result into the corpus.
 */
import { applyCorrections, CORRECTIONS, type Correction } from './corrections';
import { collectFootnotes } from './footnotes';
import { INDEX_HEADING, PART_A_HEADING, PART_B_HEADING } from './headings';
import { resolveIndex, type ResolvedIndex } from './index-links';
import { problem, splitLines, type SourceLine } from './lines';
import { deriveOffsets } from './offsets';
import { parsePartA } from './part-a';
import { parsePartB } from './part-b';
import { parseThematicIndex, type ParsedIndex } from './thematic-index';
import type { FootnoteBody, ParsedInstrument, ParsedItem, ParsedMeeting, ParsedSession } from './parse-types';

export interface ParsedDocument {
  lines: SourceLine[];
  meetings: ParsedMeeting[];
  sessions: ParsedSession[];
  instruments: ParsedInstrument[];
  items: ParsedItem[];
  footnotes: Map<number, FootnoteBody>;
  index: ParsedIndex;
  resolved: ResolvedIndex;
  /** Meeting id → report paragraph offset, derived from the index. */
  offsets: Map<string, number>;
  problems: string[];
}

/** Index of the first line (at or after `from`) matching `re`, or -1. */
function findLine(lines: SourceLine[], re: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i]?.text ?? '')) return i;
  return -1;
}

/** Parses the source text. `corrections` defaults to the reviewed table (tests pass their own). */
export function parseDocument(source: string, corrections: readonly Correction[] = CORRECTIONS): ParsedDocument {
  const corrected = applyCorrections(splitLines(source), corrections);
  const lines = corrected.lines;
  const problems = [...corrected.problems];
  const a = findLine(lines, PART_A_HEADING);
  const b = findLine(lines, PART_B_HEADING, Math.max(a, 0));
  const ix = findLine(lines, INDEX_HEADING, Math.max(b, 0));
  if (a < 0) problems.push(problem(1, 'no Part A heading ("A. Recommandations adoptées …")'));
  if (b < 0) problems.push(problem(1, 'no Part B heading ("B. Résolutions et décisions adoptées …")'));
  if (ix < 0) problems.push(problem(1, 'no thematic index heading ("Index thématique")'));
  const end = lines.length;
  const partALines = a < 0 ? [] : lines.slice(a + 1, b < 0 ? end : b);
  const partBLines = b < 0 ? [] : lines.slice(b + 1, ix < 0 ? end : ix);
  const indexLines = ix < 0 ? [] : lines.slice(ix + 1);

  const partA = parsePartA(partALines);
  const partB = parsePartB(partBLines);
  const footnotes = collectFootnotes([...partALines, ...partBLines]);
  const index = parseThematicIndex(indexLines);
  const resolved = resolveIndex(index, partA.meetings, partB.sessions);
  problems.push(...partA.problems, ...partB.problems, ...footnotes.problems, ...index.problems, ...resolved.problems);
  return {
    lines,
    meetings: partA.meetings,
    sessions: partB.sessions,
    instruments: partB.instruments,
    items: [...partA.items, ...partB.items],
    footnotes: footnotes.bodies,
    index,
    resolved,
    offsets: deriveOffsets(resolved.checks),
    problems,
  };
}
