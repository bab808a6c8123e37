/**
 * Resolves index references to item ids and pairs each row's references with its paragraph column, so that
 * validation can cross-check them against each meeting's offset. Part A or Part B is decided by the row's report
 * symbol (`CTOC/COP/WG.4/…` is a Working Group report, `CTOC/COP/YYYY/N` a COP session report): `V.12` is
 * recommendation 12 of meeting V in one and paragraph 12 of resolution 5/2 in the other.
 */
import type { Theme } from '../schema';
import { romanToNumber } from './headings';
import type { RawRef } from './index-cells';
import { problem } from './lines';
import { letterRange, numberRange, romanValue, toRoman, isLetter } from './numbering';
import { parseParagraphs, type ParagraphRead } from './report-paragraphs';
import type { IndexRow, ParsedIndex } from './thematic-index';
import type { ParsedMeeting, ParsedSession } from './parse-types';

/** One resolved reference. `unit` is the meeting id (Part A) or the instrument id (Part B). */
export interface IndexLink {
  line: number;
  theme: string;
  id: string;
  part: 'A' | 'B';
  unit: string;
  /** Path inside the unit: `['46', 'j', 'iv']`, `['pp', '11']`. */
  segs: string[];
}

/** A row's references against its paragraph (or 2019 "Recommandations") column. */
export interface RowCheck {
  line: number;
  links: IndexLink[];
  read: ParagraphRead;
  text: string;
}

export interface ResolvedIndex {
  themes: Theme[];
  links: IndexLink[];
  checks: RowCheck[];
  /** Meeting id → report symbol, session id → report symbol. */
  meetingSymbols: Map<string, string>;
  sessionSymbols: Map<string, string>;
  problems: string[];
}

/** `Coopération internationale` → `cooperation-internationale`: accents folded, anything else non-alphanumeric → `-`. */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFD')
      // Combining marks left by NFD (the accents of `é`, `è`, `à`…).
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Any run of spaces, apostrophes, parentheses, commas → one hyphen.
      .replace(/[^a-z0-9]+/g, '-')
      // No hyphen at either end (`(rôle et travaux)` ends the name).
      .replace(/^-|-$/g, '')
  );
}

/** Working Group reports carry `WG.4`; COP session reports do not. */
function partOfSymbol(symbol: string): 'A' | 'B' {
  return symbol.includes('/WG.4/') ? 'A' : 'B';
}

/** Expands `II.21 à 23`, `IV.46.b à e`, `V.39 à V.41`, `V.al.1 à 11` into segment lists. */
function expandRef(ref: RawRef): string[][] | null {
  if (!ref.to) return [ref.segs];
  const end = [...ref.segs.slice(0, ref.segs.length - ref.to.length), ...ref.to];
  if (end.length !== ref.segs.length || end.slice(0, -1).join('.') !== ref.segs.slice(0, -1).join('.')) return null;
  const head = ref.segs.slice(0, -1);
  // The preambular prefix `al.` (of `al.1`) is kept aside and put back on every expanded value.
  const [prefix, from] = /^(al\.)?(.*)$/.exec(ref.segs.at(-1) ?? '')?.slice(1) ?? [];
  const to = (end.at(-1) ?? '').replace(/^al\./, '');
  const p = prefix ?? '';
  let values: string[];
  if (/^\d+$/.test(from ?? '') && /^\d+$/.test(to)) values = numberRange(Number(from), Number(to)).map(String);
  else if (isLetter(from ?? '') && isLetter(to)) values = letterRange(from ?? '', to);
  else {
    const a = romanValue(from ?? '');
    const b = romanValue(to);
    values = a && b ? numberRange(a, b).map(toRoman) : [];
  }
  return values.length > 1 ? values.map((v) => [...head, `${p}${v}`]) : null;
}

/** Resolves the index against the parsed body. */
export function resolveIndex(index: ParsedIndex, meetings: ParsedMeeting[], sessions: ParsedSession[]): ResolvedIndex {
  const problems: string[] = [];
  const links: IndexLink[] = [];
  const checks: RowCheck[] = [];
  const unitOfSymbol = new Map<string, string>();
  const symbolOfUnit = new Map<string, string>();

  const unitOf = (ref: RawRef, part: 'A' | 'B', line: number): string | null => {
    if (part === 'A') {
      if (meetings.some((m) => m.id === ref.roman)) return ref.roman;
      problems.push(problem(line, `index reference ${ref.text}: no meeting ${ref.roman}`));
      return null;
    }
    const session = sessions.find((s) => s.ordinal === romanToNumber(ref.roman));
    const instrument = session?.instrumentIds.length === 1 ? session.instrumentIds[0] : undefined;
    if (instrument) return instrument;
    problems.push(problem(line, `index reference ${ref.text}: no single instrument for session ${ref.roman}`));
    return null;
  };

  // Pass 1: rows with one symbol tell which meeting or session each symbol reports on.
  for (const row of index.rows) {
    if (row.symbols.length !== 1) continue;
    const symbol = row.symbols[0] ?? '';
    const part = partOfSymbol(symbol);
    for (const { ref } of row.refs) {
      const unit = unitOf(ref, part, row.line);
      if (!unit) continue;
      const known = unitOfSymbol.get(symbol);
      if (known && known !== unit)
        problems.push(problem(row.line, `${ref.text} listed under ${symbol}, the report of ${known}`));
      else unitOfSymbol.set(symbol, unit);
      const knownSymbol = symbolOfUnit.get(unit);
      if (knownSymbol && knownSymbol !== symbol) problems.push(problem(row.line, `${unit} has two report symbols`));
      else symbolOfUnit.set(unit, symbol);
    }
  }

  // A symbol uses the "Recommandations" column (the 2019 report) when its aligned rows never fill the paragraph column.
  const usesRecommendations = (symbol: string): boolean => {
    const aligned = index.rows.filter((r) => r.symbols.length === 1 && r.symbols[0] === symbol && r.symbolColumn === 2);
    return aligned.every((r) => !r.numbers.some((n) => n.column === 4)) && aligned.some((r) => r.numbers.length > 0);
  };

  // Pass 2: resolve every reference; split paragraph cells into the row's own and stray 2019 values.
  const strays = new Map<string, { text: string; line: number }[]>();
  const pending: { row: IndexRow; check: RowCheck; theme: string }[] = [];
  for (const row of index.rows) {
    const rowLinks: IndexLink[] = [];
    for (const { ref, part: marked } of row.refs) {
      let symbol: string | undefined;
      if (row.symbols.length === 1) symbol = row.symbols[0];
      else if (row.symbols.length > 1) {
        symbol = row.symbols.find((s) => {
          const unit = unitOfSymbol.get(s);
          return unit !== undefined && (unit === ref.roman || unit.startsWith(`${romanToNumber(ref.roman)}/`));
        });
        if (!symbol) problems.push(problem(row.line, `${ref.text}: none of the row's symbols reports on it`));
      }
      const part = symbol ? partOfSymbol(symbol) : (marked ?? 'A');
      const unit = unitOf(ref, part, row.line);
      const expanded = expandRef(ref);
      if (!expanded) problems.push(problem(row.line, `cannot expand the range ${ref.text}`));
      if (!unit || !expanded) continue;
      for (const segs of expanded) {
        // `al.11` (the index's "alinéa") is the preambular paragraph `pp.11` of the id grammar.
        const id = part === 'A' ? [unit, ...segs].join('.') : `${unit}:${segs.join('.').replace(/^al\./, 'pp.')}`;
        const pathSegs = segs.flatMap((s) => (s.startsWith('al.') ? ['pp', s.slice(3)] : [s]));
        rowLinks.push({ line: row.line, theme: row.theme, id, part, unit, segs: pathSegs });
      }
    }
    links.push(...rowLinks);
    const own = row.refs.length > 0 ? row.numbers.slice(0, 1) : [];
    const single = row.symbols.length === 1 ? row.symbols[0] : undefined;
    const ownAll = single && usesRecommendations(single) ? row.numbers : own;
    for (const extra of row.numbers.filter((n) => !ownAll.includes(n))) {
      strays.set(row.theme, [...(strays.get(row.theme) ?? []), { text: extra.text, line: row.line }]);
    }
    if (rowLinks.length === 0) continue;
    const text = ownAll.map((n) => n.text).join(' , ');
    const check: RowCheck = { line: row.line, links: rowLinks, read: parseParagraphs(text), text };
    if (text !== '') checks.push(check);
    else if (single && usesRecommendations(single)) pending.push({ row, check, theme: row.theme });
  }

  // Stray 2019 values printed on a theme's first row go to that theme's 2019 rows left without values, in order.
  for (const item of pending) {
    const stray = strays.get(item.theme)?.shift();
    if (!stray) continue;
    checks.push({ ...item.check, text: stray.text, read: parseParagraphs(stray.text) });
  }
  for (const [theme, left] of strays) {
    for (const s of left) problems.push(problem(s.line, `value "${s.text}" of theme "${theme}" belongs to no row`));
  }

  const themes: Theme[] = index.themes.map((t) => ({
    id: slugify(t.name),
    name: t.name,
    itemIds: [...new Set(links.filter((l) => l.theme === t.name).map((l) => l.id))],
  }));
  const meetingSymbols = new Map<string, string>();
  const sessionSymbols = new Map<string, string>();
  for (const [unit, symbol] of symbolOfUnit) {
    if (partOfSymbol(symbol) === 'A') meetingSymbols.set(unit, symbol);
    else {
      const session = sessions.find((s) => s.instrumentIds.includes(unit));
      if (session) sessionSymbols.set(session.id, symbol);
    }
  }
  return { themes, links, checks, meetingSymbols, sessionSymbols, problems };
}
