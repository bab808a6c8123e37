/**
 * Part B: COP sessions, each with the instruments the compendium reproduces. An instrument is a heading
 * (`Décision 4/4`), a title heading, a chapeau (`La Conférence des Parties … :`), preambular paragraphs for resolution
 * 5/2 (`*Rappelant* …`), then lettered paragraphs (decisions) or numbered operative paragraphs (the resolution).
 */
import { cleanText } from './clean-text';
import { readAnyHeading, readInstrumentHeading, readSessionHeading, romanToNumber } from './headings';
import { outlineToItems } from './items';
import { isNoise, problem, type SourceLine } from './lines';
import { readMarker } from './markers';
import { buildOutline } from './outline';
import type { ParsedInstrument, ParsedItem, ParsedSession } from './parse-types';

export interface PartB {
  sessions: ParsedSession[];
  instruments: ParsedInstrument[];
  items: ParsedItem[];
  problems: string[];
}

/** `La Conférence des Parties …` possibly in italics: the chapeau that opens every instrument. */
const CHAPEAU = /^\*?La Conférence des Parties\b/;

/**
 * `*Rappelant également* les …`: a preambular paragraph opens with an italic participle or adjective starting with a
 * capital. The closing `*` must come before the rest of the text, so an italic title inside a sentence is not taken.
 */
const PREAMBULAR = /^\*\p{Lu}[^*]*\*\s+\S/u;

interface Block {
  heading: { kind: 'decision' | 'resolution'; id: string; session: number };
  line: number;
  body: SourceLine[];
}

/** Reads one instrument block: title, chapeau, preambular and operative paragraphs. */
function parseInstrument(
  block: Block,
  session: ParsedSession,
  problems: string[],
): { instrument: ParsedInstrument; items: ParsedItem[] } {
  const { id, kind } = block.heading;
  const body = block.body.filter((l) => !isNoise(l.text));
  const titleLine = body[0];
  const title = titleLine ? readAnyHeading(titleLine.text) : null;
  if (!titleLine || title === null) problems.push(problem(block.line, `instrument ${id} has no title heading`));
  const chapeauLine = body[1];
  if (!chapeauLine || !CHAPEAU.test(chapeauLine.text)) {
    problems.push(
      problem(chapeauLine?.n ?? block.line, `instrument ${id} has no chapeau "La Conférence des Parties …"`),
    );
  }
  const chapeau = cleanText(chapeauLine?.text ?? '');
  const rest = block.body.filter((l) => l.n > (chapeauLine?.n ?? block.line));
  const firstNumbered = rest.find((l) => readMarker(l.text)?.kind === 'number');
  const top = firstNumbered ? 'number' : 'letter';

  // Preambular paragraphs: between the chapeau and the first numbered paragraph (resolutions only).
  const preamble: { line: number; parts: string[] }[] = [];
  const operative: SourceLine[] = [];
  for (const line of rest) {
    if (top === 'letter' || line.n >= (firstNumbered?.n ?? 0)) operative.push(line);
    else if (isNoise(line.text)) continue;
    else if (PREAMBULAR.test(line.text)) preamble.push({ line: line.n, parts: [line.text] });
    else if (preamble.at(-1)) preamble.at(-1)?.parts.push(line.text);
    else problems.push(problem(line.n, `text of ${id} between the chapeau and the first paragraph`));
  }
  const preambular: ParsedItem[] = preamble.map((p, i) => {
    const clean = cleanText(p.parts.join(' '));
    const n = String(i + 1);
    return {
      id: `${id}:pp.${n}`,
      kind: 'preambular',
      parentId: id,
      parentItemId: null,
      childIds: [],
      marker: n,
      level: 1,
      text: clean.text,
      footnoteNumbers: clean.footnotes,
      path: ['pp', n],
      line: p.line,
    };
  });

  const outline = buildOutline(operative, top);
  problems.push(...outline.problems);
  for (const stray of outline.preface) problems.push(problem(stray.n, `text of ${id} outside any paragraph`));
  const paragraphs = outlineToItems(outline.nodes, {
    kind: 'operative',
    parentId: id,
    idOf: (path) => `${id}:${path.join('.')}`,
  });
  const items = [...preambular, ...paragraphs];
  const instrument: ParsedInstrument = {
    id,
    kind,
    sessionId: session.id,
    year: session.year,
    title: title ?? '',
    chapeau: chapeau.text,
    chapeauFootnoteNumbers: chapeau.footnotes,
    chapeauLine: chapeauLine?.n ?? block.line,
    itemIds: items.filter((item) => item.parentItemId === null).map((item) => item.id),
    line: block.line,
  };
  return { instrument, items };
}

/** Parses Part B (the lines after its heading, up to the thematic index). */
export function parsePartB(lines: SourceLine[]): PartB {
  const problems: string[] = [];
  const sessions: ParsedSession[] = [];
  const items: ParsedItem[] = [];
  const instruments: ParsedInstrument[] = [];
  const blocks: { session: ParsedSession; block: Block }[] = [];
  for (const line of lines) {
    const sessionHeading = readSessionHeading(line.text);
    const instrumentHeading = readInstrumentHeading(line.text);
    const session = sessions.at(-1);
    if (sessionHeading) {
      const ordinal = romanToNumber(sessionHeading.roman);
      sessions.push({
        id: `COP${ordinal}`,
        ordinal,
        title: sessionHeading.title,
        year: sessionHeading.year,
        instrumentIds: [],
        line: line.n,
      });
    } else if (instrumentHeading) {
      if (!session) problems.push(problem(line.n, `instrument ${instrumentHeading.id} outside any session`));
      else {
        if (instrumentHeading.session !== session.ordinal) {
          problems.push(problem(line.n, `instrument ${instrumentHeading.id} under session ${session.ordinal}`));
        }
        session.instrumentIds.push(instrumentHeading.id);
        blocks.push({ session, block: { heading: instrumentHeading, line: line.n, body: [] } });
      }
    } else if (blocks.at(-1) && blocks.at(-1)?.session === session) blocks.at(-1)?.block.body.push(line);
    else if (!isNoise(line.text)) problems.push(problem(line.n, 'text in Part B outside any instrument'));
  }
  for (const { session, block } of blocks) {
    const parsed = parseInstrument(block, session, problems);
    instruments.push(parsed.instrument);
    items.push(...parsed.items);
  }
  return { sessions, instruments, items, problems };
}
