/**
 * One cell of the thematic index, classified by its content (never by its column: rows are misaligned): empty, part
 * marker, compendium references, report symbols, instrument labels, paragraph numbers, or theme text.
 */

/** A compendium reference before it is resolved: `IV.46.j.iv` → roman IV, segments [46, j, iv]; ranges kept. */
export interface RawRef {
  roman: string;
  segs: string[];
  /** End of a range (`II.21 à 23` → [23]); abbreviated ends replace the trailing segments of the start. */
  to: string[] | null;
  text: string;
}

export type Cell =
  | { kind: 'empty' }
  | { kind: 'marker'; part: 'A' | 'B' }
  | { kind: 'refs'; part: 'A' | 'B' | null; refs: RawRef[] }
  | { kind: 'symbols'; symbols: string[] }
  | { kind: 'instruments'; labels: string[] }
  | { kind: 'numbers'; text: string }
  | { kind: 'theme'; name: string; suite: boolean }
  | { kind: 'unreadable'; text: string; why: string };

/**
 * `<a href="#">`, `</a>`, `<u>`, `</u>`, `<i>`, `</i>`, `<b>`, `</b>`: the index's link and emphasis tags. A tag can
 * wrap a whole list or half a range (`<u>VI.11</u> à <u>18</u>`), so tags are removed before anything is parsed.
 */
const TAGS = /<\/?(?:a|u|i|b)(?:\s[^>]*)?>/g;

export function stripTags(cell: string): string {
  return cell.replace(TAGS, '').replace(/\s+/g, ' ').trim();
}

/** `Partie A`, `Partie B :` at the start of a cell (alone, or before references). */
const PART_MARKER = /^Partie\s+([AB])\s*:?\s*/;

/** `CTOC/COP/WG.4/2011/8` (Working Group report) or `CTOC/COP/2010/17` (COP report); one or more, space-separated. */
const SYMBOL = /CTOC\/COP\/(?:WG\.4\/)?\d{4}\/\d+/g;
const SYMBOLS_ONLY = /^(?:CTOC\/COP\/(?:WG\.4\/)?\d{4}\/\d+\s*)+$/;

/** `Décision 3/3`, `Résolution 5/2`; one or more (two logical rows packed into one line). */
const INSTRUMENT = /(?:Décision|Résolution)\s+\d+\/\d+/g;
const INSTRUMENTS_ONLY = /^(?:(?:Décision|Résolution)\s+\d+\/\d+\s*)+$/;

/**
 * Preambular reference spellings `V.al.11`, `V.a.l.11`, `V.a.l. 8`, normalised to `V.al.11`. Requires the `l`, so a
 * lettered reference `IV.a` is untouched (the one `V.a.1` with the `l` lost is in the corrections table).
 */
const PREAMBULAR_REF = /\b([IVX]+)\.a\.?l\.?\s*(\d+)\b/g;

/**
 * A reference: a roman section (I–IX), a dot, then dot-separated segments of digits or lower-case letters, with the
 * preambular `al.` prefix (`IV.46.j.iv`, `I.b.iii`, `V.8.c`, `V.al.11`, `IV.l`). Anchored on the roman and dot, so
 * report paragraph text (`7 f)`) or a year never matches.
 */
const REF = String.raw`\b(?:IX|VIII|VII|VI|V|IV|III|II|I)\.(?:al\.)?[0-9a-z]+(?:\.[0-9a-z]+)*`;

/**
 * `à <end>`: a range end, full (`à V.41`) or abbreviated (`à 23`, `à e`, `à 11`). `à` must follow a space or the start
 * of the cell (`\b` does not work before a non-ASCII letter), so the `à` inside a word is never taken.
 */
const RANGE_END = String.raw`(?<=^|\s)à\s+((?:(?:IX|VIII|VII|VI|V|IV|III|II|I)\.)?(?:al\.)?[0-9a-z]+(?:\.[0-9a-z]+)*)`;

const REF_TOKENS = new RegExp(`${RANGE_END}|(${REF})`, 'g');

/** What may separate references: commas, `et`, `;`, spaces (one cell uses nothing but a space). */
const REF_SEPARATORS = /^(?:\s|,|;|\bet\b)*$/;

function splitRef(text: string): { roman: string; segs: string[] } {
  const [roman = '', ...rest] = text.split('.');
  const segs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === 'al') segs.push(`al.${rest[++i] ?? ''}`);
    else segs.push(rest[i] ?? '');
  }
  return { roman, segs };
}

/** Parses a reference list; null when the text holds no reference; `unreadable` text is reported. */
export function parseRefs(text: string): { refs: RawRef[]; leftover: string } | null {
  const normal = text.replace(PREAMBULAR_REF, '$1.al.$2');
  const refs: RawRef[] = [];
  let leftover = '';
  let last = 0;
  for (const m of normal.matchAll(REF_TOKENS)) {
    const between = normal.slice(last, m.index);
    if (!REF_SEPARATORS.test(between)) leftover += between;
    last = m.index + m[0].length;
    if (m[2] !== undefined) {
      refs.push({ ...splitRef(m[2]), to: null, text: m[2] });
      continue;
    }
    const start = refs.at(-1);
    const end = m[1] ?? '';
    if (!start || start.to) {
      leftover += m[0];
      continue;
    }
    const full = /^[IVX]+\./.test(end) ? splitRef(end) : null;
    if (full && full.roman !== start.roman) leftover += m[0];
    else {
      start.to = full ? full.segs : end.split('.');
      start.text += ` à ${end}`;
    }
  }
  leftover += REF_SEPARATORS.test(normal.slice(last)) ? '' : normal.slice(last);
  return refs.length > 0 ? { refs, leftover: leftover.trim() } : null;
}

/**
 * A paragraph cell: numbers, `a)`-style markers, `Al.`/`AL.` (preambular), `à`, `,`, `et`, `;`. Parsed by
 * `parseParagraphs`; anything else (`(v)`, `il)` are readable but wrong and fail the cross-check) makes the cell text.
 */
const NUMBERS_ONLY = /^(?:\s|\d+|[a-z]{1,4}\)|\(?[a-z]{1,4}\)|al\.|à|,|;|\bet\b)+$/i;

/** Classifies one cell (already stripped of tags). */
export function classifyCell(raw: string): Cell {
  const text = stripTags(raw);
  if (text === '') return { kind: 'empty' };
  const marker = PART_MARKER.exec(text);
  const part = marker ? (marker[1] as 'A' | 'B') : null;
  const body = marker ? text.slice(marker[0].length) : text;
  if (marker && body === '') return { kind: 'marker', part: part ?? 'A' };
  if (SYMBOLS_ONLY.test(body)) return { kind: 'symbols', symbols: body.match(SYMBOL) ?? [] };
  if (INSTRUMENTS_ONLY.test(body)) return { kind: 'instruments', labels: body.match(INSTRUMENT) ?? [] };
  if (NUMBERS_ONLY.test(body) && /\d|\)/.test(body)) return { kind: 'numbers', text: body };
  const refs = parseRefs(body);
  if (refs && refs.leftover === '') return { kind: 'refs', part, refs: refs.refs };
  if (refs) return { kind: 'unreadable', text, why: `cannot read "${refs.leftover}" in references` };
  if (/^\p{Lu}/u.test(body) && /\p{Ll}{3}/u.test(body)) {
    const suite = /\s*\(suite\)\s*$/.exec(body);
    return { kind: 'theme', name: suite ? body.slice(0, suite.index).trim() : body, suite: suite !== null };
  }
  return { kind: 'unreadable', text, why: 'cell is neither a theme, a reference, a symbol nor a paragraph' };
}

/** True for a page header row (`Thème | Alinéa/paragraphe/… | Rapport de réunion`, then `| | Cote | …`). */
export function isHeaderRow(cells: string[]): boolean {
  return cells.some((c) => /^(?:Thème|Cote)$/.test(stripTags(c)));
}
