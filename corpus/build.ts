/**
 * Builds the typed corpus from the compendium text: parse (`parse/`), assemble the schema's records, validate. Pure:
 * no file system, no browser API. `load.ts` reads the file and refuses a corpus with problems.
 */
import { CORPUS_SCHEMA_VERSION, type Corpus, type Instrument, type Item, type Meeting, type Session } from './schema';
import { attachFootnotes } from './parse/footnotes';
import { fnv1a64 } from './parse/hash';
import { parseDocument, type ParsedDocument } from './parse/document';
import { problem } from './parse/lines';
import { reportParagraphOf } from './parse/offsets';
import type { Correction } from './parse/corrections';
import { validateCorpus } from './validate-corpus';

export interface BuildOptions {
  /** Citation key → ids of the items citing it; supplied by the citation engine. Defaults to none (`{}`). */
  citedBy?: (items: Item[]) => Record<string, string[]>;
  /** Corrections table to apply instead of the reviewed one (tests only). */
  corrections?: readonly Correction[];
}

export interface BuildResult {
  corpus: Corpus;
  problems: string[];
}

/** Where the source lives in the repository, as recorded in the corpus. */
export const SOURCE_FILE = 'corpus/sources/004_baebc0e19c1535a4.txt';

/** Bibliographic record of the source (cover, copyright line `© Office des Nations Unies…, 2021.`). */
const SOURCE = {
  file: SOURCE_FILE,
  title: 'Traite des personnes : Recueil et index thématique des recommandations, résolutions et décisions',
  publisher: 'Office des Nations Unies contre la drogue et le crime (ONUDC)',
  year: 2021,
  language: 'fr',
} as const;

function assemble(doc: ParsedDocument, problems: string[]): Omit<Corpus, 'version' | 'citedBy'> {
  const offsetOf = (meetingId: string): number | null => doc.offsets.get(meetingId) ?? null;
  const items: Item[] = doc.items.map((p) => ({
    id: p.id,
    kind: p.kind,
    parentId: p.parentId,
    parentItemId: p.parentItemId,
    childIds: p.childIds,
    marker: p.marker,
    level: p.level,
    text: p.text,
    footnotes: attachFootnotes(p.footnoteNumbers, doc.footnotes, p.line, problems),
    reportParagraph: p.kind === 'recommendation' ? reportParagraphOf(p.path, offsetOf(p.parentId)) : p.path.join('.'),
    line: p.line,
  }));
  const meetings: Meeting[] = doc.meetings.map(({ line: _line, ...m }) => ({
    ...m,
    reportSymbol: doc.resolved.meetingSymbols.get(m.id) ?? null,
    paragraphOffset: m.itemIds.length > 0 ? offsetOf(m.id) : null,
  }));
  const sessions: Session[] = doc.sessions.map(({ line, ...s }) => {
    const reportSymbol = doc.resolved.sessionSymbols.get(s.id);
    if (!reportSymbol) problems.push(problem(line, `no report symbol for session ${s.id} in the index`));
    return { ...s, reportSymbol: reportSymbol ?? '' };
  });
  const instruments: Instrument[] = doc.instruments.map((p) => {
    const { line: _l, chapeauLine, chapeauFootnoteNumbers, ...rest } = p;
    return {
      ...rest,
      reportSymbol: sessions.find((s) => s.id === p.sessionId)?.reportSymbol ?? '',
      chapeauFootnotes: attachFootnotes(chapeauFootnoteNumbers, doc.footnotes, chapeauLine, problems),
    };
  });
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    source: { ...SOURCE },
    meetings,
    sessions,
    instruments,
    items,
    themes: doc.resolved.themes,
  };
}

/** Orders problems by line, then text, without duplicates. */
function sortProblems(problems: string[]): string[] {
  // `004:<line>: …` → line, to sort numerically.
  const lineOf = (p: string): number => Number(/^004:(\d+):/.exec(p)?.[1] ?? 0);
  return [...new Set(problems)].sort((x, y) => lineOf(x) - lineOf(y) || x.localeCompare(y));
}

/** Builds the corpus and lists every problem found (an empty list means the corpus is valid). */
export function buildCorpus(sourceText: string, options: BuildOptions = {}): BuildResult {
  const doc = parseDocument(sourceText, options.corrections);
  const problems = [...doc.problems];
  const body = assemble(doc, problems);
  const citedBy = options.citedBy ? options.citedBy(body.items) : {};
  const withoutVersion = { ...body, citedBy };
  const corpus: Corpus = {
    schemaVersion: body.schemaVersion,
    version: fnv1a64(JSON.stringify(withoutVersion)),
    source: body.source,
    meetings: body.meetings,
    sessions: body.sessions,
    instruments: body.instruments,
    items: body.items,
    themes: body.themes,
    citedBy,
  };
  problems.push(...validateCorpus(doc, corpus));
  return { corpus, problems: sortProblems(problems) };
}
