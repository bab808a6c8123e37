/**
 * Validation: the build refuses a corpus that is wrong. Every check reports `004:<line>: <problem>` at the source line
 * where the fault is. Checks: numbering continuity at every level; index references exist; every index row agrees
 * with its meeting's offset (or, in Part B, its paragraph path); report symbols and offsets present; no empty theme;
 * no markup or footnote text in display text; every footnote attached.
 */
import type { Corpus, Item } from './schema';
import { LEFTOVER_MARKUP } from './parse/clean-text';
import type { ParsedDocument } from './parse/document';
import { problem } from './parse/lines';
import { nextLetter, nextRoman, toRoman } from './parse/numbering';
import { expectedParagraph } from './parse/offsets';

/** Ordinals 1…n in order, each id matching its ordinal. */
function checkOrdinals(
  records: { ordinal: number; id: string; line: number }[],
  idOf: (n: number) => string,
): string[] {
  return records.flatMap((r, i) =>
    r.ordinal === i + 1 && r.id === idOf(i + 1) ? [] : [problem(r.line, `expected ${idOf(i + 1)}, found ${r.id}`)],
  );
}

/**
 * Children and top-level lists run 1, 2, 3 … / a, b, c … / i, ii, iii … without gaps. Lists are taken from the items'
 * order and parents (not their ids), so a duplicated number is reported where it is printed; duplicate ids too.
 */
function checkNumbering(items: Item[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) out.push(problem(item.line, `duplicate id ${item.id}`));
    seen.add(item.id);
  }
  const lists = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${item.parentId} ${item.parentItemId ?? ''} ${item.kind === 'preambular' ? 'pp' : ''}`;
    lists.set(key, [...(lists.get(key) ?? []), item]);
  }
  for (const list of lists.values()) {
    const first = list[0];
    if (!first) continue;
    const isNumber = first.marker.endsWith('.') || first.kind === 'preambular';
    const parent = items.find((i) => i.id === first.parentItemId);
    const romans = parent !== undefined && !parent.marker.endsWith('.');
    let expected = isNumber ? '1' : romans ? 'i' : 'a';
    for (const item of list) {
      const value = item.marker.replace(/[.)]$/, '');
      if (value !== expected) out.push(problem(item.line, `numbering: expected ${expected}, found ${item.id}`));
      expected = isNumber ? String(Number(value) + 1) : romans ? (nextRoman(value) ?? '?') : nextLetter(value);
    }
  }
  return out;
}

/** Display text must be clean: no markup, no footnote body glued in. */
function checkText(corpus: Corpus, doc: ParsedDocument): string[] {
  const out: string[] = [];
  const bodies = [...doc.footnotes.values()].filter((f) => f.text.length >= 12);
  const check = (text: string, line: number, what: string): void => {
    if (text.trim() === '') out.push(problem(line, `${what} is empty`));
    const markup = LEFTOVER_MARKUP.exec(text);
    if (markup) out.push(problem(line, `markup "${markup[0]}" left in ${what}`));
    for (const f of bodies) {
      if (text.includes(f.text)) out.push(problem(line, `text of footnote ${f.number} inside ${what}`));
    }
  };
  for (const item of corpus.items) check(item.text, item.line, item.id);
  for (const i of doc.instruments) {
    check(i.title, i.line, `title of ${i.id}`);
    check(i.chapeau, i.chapeauLine, `chapeau of ${i.id}`);
  }
  for (const m of doc.meetings) if (m.note !== null) check(m.note, m.line, `note of meeting ${m.id}`);
  for (const f of doc.footnotes.values()) {
    const markup = LEFTOVER_MARKUP.exec(f.text);
    if (markup || f.text === '') out.push(problem(f.line, `footnote ${f.number} text is empty or has markup`));
  }
  return out;
}

/** Footnotes numbered 1…n in order and each attached to an item or a chapeau. */
function checkFootnotes(corpus: Corpus, doc: ParsedDocument): string[] {
  const out: string[] = [];
  const attached = new Set<number>([
    ...corpus.items.flatMap((i) => i.footnotes.map((f) => f.number)),
    ...corpus.instruments.flatMap((i) => (i.chapeauFootnotes ?? []).map((f) => f.number)),
  ]);
  [...doc.footnotes.values()]
    .sort((x, y) => x.line - y.line)
    .forEach((f, i) => {
      if (f.number !== i + 1) out.push(problem(f.line, `footnote ${f.number} out of sequence (expected ${i + 1})`));
      if (!attached.has(f.number)) out.push(problem(f.line, `footnote ${f.number} is attached to no item`));
    });
  return out;
}

/** Index references exist, rows agree with offsets, themes are not empty, meetings have symbols and offsets. */
function checkIndex(corpus: Corpus, doc: ParsedDocument): string[] {
  const out: string[] = [];
  const ids = new Set(corpus.items.map((i) => i.id));
  for (const link of doc.resolved.links) {
    if (!ids.has(link.id)) out.push(problem(link.line, `index reference ${link.id} does not exist in the body`));
  }
  for (const check of doc.resolved.checks) {
    if (!check.read.ok) {
      out.push(problem(check.line, `paragraph column "${check.text}": ${check.read.why}`));
      continue;
    }
    const expected = check.links.map((l) => expectedParagraph(l, doc.offsets) ?? `?${l.id}`);
    const a = [...expected].sort().join(', ');
    const b = [...check.read.paths].sort().join(', ');
    if (a !== b) {
      const units = [...new Set(check.links.map((l) => `${l.unit} offset ${doc.offsets.get(l.unit) ?? '-'}`))];
      out.push(problem(check.line, `references give paragraphs [${a}] but the column says "${check.text}" (${units})`));
    }
  }
  for (const theme of doc.index.themes) {
    if (!corpus.themes.find((t) => t.name === theme.name)?.itemIds.length) {
      out.push(problem(theme.line, `theme "${theme.name}" has no references`));
    }
  }
  const slugs = new Set<string>();
  for (const t of corpus.themes) {
    if (slugs.has(t.id)) out.push(problem(1, `two themes share the id ${t.id}`));
    slugs.add(t.id);
  }
  for (const m of corpus.meetings) {
    const line = doc.meetings.find((p) => p.id === m.id)?.line ?? 1;
    if (m.itemIds.length === 0) continue;
    if (m.reportSymbol === null) out.push(problem(line, `meeting ${m.id} has no report symbol in the index`));
    if (m.paragraphOffset === null) out.push(problem(line, `meeting ${m.id}: no offset derivable from the index`));
  }
  return out;
}

/** Runs every check on a built corpus and the parse it came from. */
export function validateCorpus(doc: ParsedDocument, corpus: Corpus): string[] {
  return [
    ...checkOrdinals(doc.meetings, (n) => toRoman(n).toUpperCase()),
    ...checkOrdinals(doc.sessions, (n) => `COP${n}`),
    ...checkNumbering(corpus.items),
    ...checkText(corpus, doc),
    ...checkFootnotes(corpus, doc),
    ...checkIndex(corpus, doc),
  ];
}
