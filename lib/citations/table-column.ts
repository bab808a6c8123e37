/**
 * A concordance table's column header decides the articles of its column (`CNUCTO | Code pénal` over `art. 6
 * (blanchiment) | art. 324-1`): the header naming a treaty of ours makes the articles starting its column's cells that
 * treaty's, a header naming a national text (`Domestic law`, `Code pénal`, `Loi n° 2010-64`) makes them that text's.
 * Cells split by bars only: the reading text has already collapsed the runs of spaces and tabs a PDF aligns its
 * columns with. Read by `bare-article.ts` for an article that starts a cell of a row. Session 23.
 */

import type { TreatyId } from './keys';
import { acronymAfter, acronymEnd } from './acronym-article';
import { parseTreatyName, type TreatyContext } from './treaty-names';
import { UNTOC_ACRONYM } from './treaty-tables';
import { OTHER_TREATY_ACRONYMS } from './treaty-subjects';

/** A cell separator in a table row: a bar and the spaces around it. */
const CELL_SEP = /[ \t\u00a0]*\|[ \t\u00a0]*/g;

/** An article word starting a cell (`Art. 3(a)`, `art. 6`, `Article 5`, `Artículo 5`): a row, not the header. */
const ARTICLE_CELL = /^(?:art[íi]?(?:cle|culo)?s?\.?)[ \u00a0]?\d/i;

/** An article cell holding the article and its pinpoints only (`Art. 6(3)`, `art. 5.1`): no words after the number. */
const ALONE_CELL = /^[A-Za-zíº°.]{3,10}[ \u00a0]?\d{1,3}(?:[.()\da-h]{0,12})$/;

/** A header cell that is UNTOC's acronym alone (`CNUCTO`, `UNTOC`). */
const UNTOC_CELL = new RegExp(`^(?:${UNTOC_ACRONYM})$`);

/**
 * A header cell that is a Protocol's acronym alone (`Offence | UNTOC | TIP | SOM`, probe p3en-064): in a table whose
 * cells below are articles, that Protocol's column (the whole cell, case as written).
 */
/**
 * The article's own cell naming another treaty by its acronym after the number (`| Art. 16 CNUCC | Corruption… |` in a
 * table of UNTOC's and UNCAC's offences under a caption naming UNTOC, probe p19fr-008; session 43): that treaty's
 * article, whatever the column or the caption says. The article word and number (a pinpoint glued on), a space, the
 * acronym as a whole word; UNCAC's French and Spanish `CNUCC` too, here only (in a sentence it may own a later article:
 * `el art. 19 (…) y, para los delitos de corrupción, el art. 50 de la CNUCC`, probe p17es-042).
 */
const OTHER_ACRONYM_CELL = new RegExp(
  `^[A-Za-zíº°.]{3,10}[ \\u00a0]?\\d{1,3}[.()\\da-h]{0,12}[ \\u00a0]+(?:${OTHER_TREATY_ACRONYMS}|CNUCC)(?![A-Za-z])`,
);

const PROTOCOL_CELL: ReadonlyMap<string, TreatyId> = new Map([
  ['TIP', 'TIP'],
  ['SOM', 'MIG'],
  ['SoM', 'MIG'],
  ['FP', 'FIRE'],
]);

/**
 * A header cell naming a national text (`Domestic law`, `National legislation`, `Code pénal`, `Loi n° 2010-64`,
 * `Législation nationale`, `Ley 20.507`, `Código Penal`, `Derecho interno`): its column's articles are that text's.
 */
const LAW_CELL =
  /^(?:(?:domestic|national)\s+(?:law|legislation)|law\b|act\b|code\b|loi\b|l[ée]gislation|droit\s+(?:interne|national)|ley\b|legislaci[óo]n|derecho\s+interno|c[óo]digo\b|decree\b|d[ée]cret\b|decreto\b)/i;

/** How many rows above the article the header may be. */
const MAX_ROWS = 40;

/** What a table writes in a cell with nothing to say: a lone hyphen, en or em dash, an ellipsis, `n/a`, `N/A`, `—`. */
const EMPTY_CELL = /^(?:[-–—…]|n\/?a)$/i;

/** A line's cells: each cell's start offset in the line and its text. */
function cells(line: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  let from = 0;
  CELL_SEP.lastIndex = 0;
  for (let m = CELL_SEP.exec(line); m; m = CELL_SEP.exec(line)) {
    if (m.index > from || m.index === 0) out.push({ at: from, text: line.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ at: from, text: line.slice(from) });
  return out.filter((c, i) => i === 0 || c.text !== '');
}

/**
 * A row's cell whose article follows its caption (`Definition: art. 3(a)` under `Trafficking in Persons Protocol`, a
 * two-column comparison a PDF aligned with spaces, probe p16en-038; session 44): one to four capitalised words and a
 * colon, then the article. The column's header decides it, as for an article starting its cell.
 */
const CAPTIONED_CELL =
  /^[A-ZÀ-Ý][\p{L}-]{0,24}(?: [\p{L}-]{1,24}){0,3}:[ \u00a0]{0,3}art(?:[íi]culo|icle)?s?\.?[ \u00a0]?\d/iu;

/** Whether the article at `offset` in a cell's `text` follows the cell's caption (`CAPTIONED_CELL`). */
function captionedAt(text: string, offset: number): boolean {
  return (
    offset > 0 && offset < text.length && CAPTIONED_CELL.test(text) && /:[ \u00a0]{0,3}$/.test(text.slice(0, offset))
  );
}

/**
 * The treaty the column header above names for the article at `start`, when it starts a cell of a table row (a line
 * with two cells or more): the treaty's id, null when the header names a national text, undefined when the article is
 * not in such a column or its header names neither (the other rules decide, as before). The header is the nearest line
 * above with as many cells whose cell in that column starts with no article word; every line between is a row of as
 * many cells.
 */
export function columnTreaty(text: string, start: number): TreatyId | null | undefined {
  const lineStart = lineStartBefore(text, start);
  const lineEnd = text.slice(start, start + ROW_MAX).indexOf('\n');
  if (lineStart < 0 || (lineEnd < 0 && start + ROW_MAX < text.length)) return undefined;
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : start + lineEnd);
  // Cheap gate: a row has a bar.
  if (!line.includes('|')) return undefined;
  const row = cells(line);
  const k = row.findIndex((c) => lineStart + c.at === start || captionedAt(c.text, start - lineStart - c.at));
  if (row.length < 2 || k < 0) return undefined;
  // The row's next cell naming a treaty of ours, the article alone in its own cell (`Art. 8 | Smuggling Protocol | Not
  // applicable`, a compliance table with an `Instrument` column, probe p11en-007): that treaty, whatever the header.
  const next = row[k + 1];
  const own = row[k]?.text.trim() ?? '';
  if (OTHER_ACRONYM_CELL.test(own)) return null;
  const named =
    next && ARTICLE_CELL.test(own) && ALONE_CELL.test(own)
      ? headerTreaty(text, lineStart + next.at, next.text.trim())
      : undefined;
  if (named) return named;
  // The row's previous cell naming an instrument, the article alone in its own (`Protocole traite | art. 6 | Assistance
  // aux victimes`, `Convention CdE (STCE n° 197) | art. 12`: a comparison table's first column names each row's
  // instrument, probe p18fr-026; session 42): that instrument's, ours or another's (null), whatever the header says.
  const prev = k > 0 ? row[k - 1] : undefined;
  const before =
    prev && ARTICLE_CELL.test(own) && ALONE_CELL.test(own)
      ? rowTreaty(text, lineStart + prev.at, prev.text.trim())
      : undefined;
  if (before !== undefined) return before;
  let end = lineStart - 1;
  for (let n = 0; n < MAX_ROWS && end > 0; n++) {
    const from = lineStartBefore(text, end);
    if (from < 0) return undefined;
    const aboveLine = text.slice(from, end);
    // No header: the rows' article column runs up to a caption line with no bar (`Firearms Protocol – self-assessment`
    // over `Art. 5 | Criminalization | Yes | Arms Act 1959, s. 25`, probe p14en-044; session 38), which decides them.
    if (!aboveLine.includes('|') && ARTICLE_CELL.test(own)) return captionTreaty(text, end + 1);
    const above = cells(aboveLine);
    const cell = above[k]?.text.trim();
    if (above.length !== row.length || cell === undefined || cell === '') return undefined;
    // A Markdown table's rule under its header (`|---|---|`) is no row, nor an empty cell's dash or `n/a` (`Record-keeping
    // | – | art. 7`, probe p6en-014: the header is further up).
    if (!ARTICLE_CELL.test(cell) && !CAPTIONED_CELL.test(cell) && !/^:?-{3,}:?$/.test(cell) && !EMPTY_CELL.test(cell)) {
      const id = headerTreaty(text, from + (above[k]?.at ?? 0), cell);
      return id === undefined ? captionTreaty(text, from) : id;
    }
    end = from - 1;
  }
  return undefined;
}

/**
 * Where an article read by its column ends: after the acronym of that same treaty glued after it (`Art. 6 PTIM`,
 * `Art. 8 FP` under a caption naming the Protocol: the acronym in the span, as `acronymEnd` has it), else at `end`.
 */
export function columnSpanEnd(text: string, end: number, id: TreatyId, ctx: TreatyContext): number {
  const gap = /^[ \t]{1,4}(?=[A-Z]{2,6}(?![\p{L}\d]))/u.exec(text.slice(end, end + 12));
  if (!gap) return end;
  const named = parseTreatyName(text, end + gap[0].length, ctx) ?? acronymAfter(text, end, ctx.doc);
  return named?.id === id ? acronymEnd(text, named.end, end) : end;
}

/** How long a table's line may be (longer: prose, not a row; bounds each look to a window, never the whole text). */
const ROW_MAX = 300;

/** Where the line holding `pos` starts, or -1 when it starts more than `ROW_MAX` characters before. */
function lineStartBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - ROW_MAX);
  const nl = text.slice(from, pos).lastIndexOf('\n');
  return nl >= 0 ? from + nl + 1 : from === 0 ? 0 : -1;
}

/**
 * What a row's cell before its article names: one of ours by a name the tolerant reading takes, the whole cell
 * (`Protocole traite`, `Protocolo trata`), else as a header cell (`headerTreaty`).
 */
function rowTreaty(text: string, at: number, cell: string): TreatyId | null | undefined {
  // The short name first: `traite` (trafficking) would read as an unaccented `Traité`, another instrument's noun.
  // Read in the cell alone, where its name ends the text (before `|art. 6`, `traite` reads as no name's word).
  const named = parseTreatyName(cell, 0, {}, false, true);
  return named?.named && named.end >= cell.length ? named.id : headerTreaty(text, at, cell);
}

/** What a header cell at `at` names: a treaty of ours (its whole cell), null for a national text, else undefined. */
function headerTreaty(text: string, at: number, cell: string): TreatyId | null | undefined {
  if (UNTOC_CELL.test(cell)) return 'UNTOC';
  const protocol = PROTOCOL_CELL.get(cell); // a Map: a page's `constructor` cell reads nothing
  if (protocol) return protocol;
  if (LAW_CELL.test(cell)) return null;
  /**
   * The treaty named in full from `from` (in the cell) to the cell's end, or undefined; or in brackets closing the cell
   * (`Provision (TIP Protocol) | Requirement | Domestic law`, a gap analysis, probe p13en-028; session 37): read from
   * inside the bracket to the one closing the cell.
   */
  const namedToEnd = (from: number): TreatyId | undefined => {
    const bracketed = cell.charAt(from) === '(' && cell.endsWith(')');
    const named = parseTreatyName(text, at + from + (bracketed ? 1 : 0), {});
    return named?.named && named.end - at >= cell.length - (bracketed ? 1 : 0) ? named.id : undefined;
  };
  const whole = namedToEnd(0);
  if (whole) return whole;
  // Or the name before the column's word (`UNTOC provision`, `CNUCTO – article`, `Protocolo: disposición`, a
  // Markdown table's header, probe p18en-006; session 42).
  const lead = parseTreatyName(text, at, {});
  if (lead?.named && PROVISION_AFTER.test(cell.slice(lead.end - at))) return lead.id;
  // Or a caption ending with the treaty's name (`Disposition du Protocole relatif aux armes à feu`, `Provisions of the
  // Protocol against the Smuggling of Migrants`, probe p2fr-019; session 24): the name runs to the cell's end; its own
  // words may stand before the noun (`Provision of the TOC Convention`, probe p5en-090; session 29): read from the noun,
  // then from each of the three words before it.
  const noun = CELL_NOUN.exec(cell);
  for (const from of noun && noun.index > 0 ? wordStarts(cell, noun.index, 3) : []) {
    const id = from > 0 ? namedToEnd(from) : undefined;
    if (id) return id;
  }
  // A header naming another instrument, not ours (`Convention STCE n° 197`, `Convenio del Consejo de Europa`, `Arms
  // Trade Treaty`, `CIFTA`: a comparison table's other column, probes p10fr-050, p13es-057, p11es-035; session 37):
  // its column's articles are that instrument's.
  return OTHER_INSTRUMENT_CELL.test(cell) || ACRONYM_CELL.test(cell) ? null : undefined;
}

/**
 * A header cell naming an instrument none of ours is: by a noun ours never take (`Arms Trade Treaty`, `Traité`,
 * `Tratado`, a directive, a charter; `Convenio`, the Spanish of the Council of Europe's and ILO conventions, where UNTOC
 * is a `Convención`), or a `Convention` of Europe or with a number (`Convention STCE n° 197`). A bare `Convention`,
 * `Protocol provision`, `Artículo del Protocolo` stays undecided: it is most often ours.
 */
const OTHER_INSTRUMENT_CELL =
  /(?:^|[^\p{L}])(?:treaty|trait[ée]|tratado|directive|directiva|charter|charte|carta|convenio)(?!\p{L})|(?:^|[^\p{L}])convention(?!\p{L}).*(?:europ|STCE|CETS|\d)/iu;

/** A column's word after a treaty's name in a header cell, to the cell's end (`UNTOC provision`, `TIP – articles`). */
const PROVISION_AFTER =
  /^[ \t]*[-–:]?[ \t]*(?:provisions?|articles?|arts?\.|dispositions?|disposici[óo]n(?:es)?|art[íi]culos?)$/i;

/** A header cell that is an acronym of capitals alone, maybe with a number (`CIFTA`, `ATT`, `CETS 197`). */
const ACRONYM_CELL = /^[A-Z]{3,8}(?:[ \u00a0](?:n°[ \u00a0]?)?\d{1,4})?$/;

/**
 * The one treaty of ours the caption line right above a table's header names (`Cuadro 3. Convención contra la
 * Delincuencia Organizada Transnacional: cooperación internacional` over `| Disposición | Estado de aplicación |
 * Observaciones |`, probe p13es-003; session 37), when the header's cell says nothing: the table is on that treaty, and
 * a law named in a row's other cell (`Ley 8/2015`) does not take the next rows' articles. Undefined when the caption is
 * a row, names none or names two.
 */
function captionTreaty(text: string, headerFrom: number): TreatyId | undefined {
  // The line right above, or the one above a blank line (a Markdown table is set off from its caption so).
  let to = headerFrom - 1;
  let from = to >= 0 ? lineStartBefore(text, to) : -1;
  if (from > 0 && text.slice(from, to).trim() === '') from = lineStartBefore(text, (to = from - 1));
  if (from < 0) return undefined;
  const caption = text.slice(from, to);
  if (caption.includes('|')) return undefined;
  const ids = new Set<TreatyId>();
  for (const noun of caption.matchAll(CAPTION_NOUNS)) {
    // From the noun, then from each of the three words before it (`Palermo Protocol`, `the TOC Convention`,
    // `Trafficking in Persons Protocol`, probe p16en-087; session 44).
    const named = wordStarts(caption, noun.index, 3)
      .map((at) => parseTreatyName(text, from + at, {}))
      .find((n) => n?.named);
    if (named) ids.add(named.id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** `at`, then the starts of the `words` words before it in `line` (fewer at the line's start). */
function wordStarts(line: string, at: number, words: number): number[] {
  const starts = [at];
  for (let from = at; starts.length <= words && from > 0; starts.push(from)) from = line.lastIndexOf(' ', from - 2) + 1;
  return starts;
}

/** Every treaty noun of a caption line. */
const CAPTION_NOUNS = /(?<![\p{L}])(?:Protocol[eo]?|Conven(?:tion|ci[óo]n))(?![\p{L}])/giu;

/** A treaty noun inside a header cell, after a caption's words (`Disposition du Protocole…`). */
const CELL_NOUN = /(?<=\s)(?:Protocol[eo]?|Conven(?:tion|ci[óo]n))(?![a-zà-ÿ])/i;
