/**
 * The paragraph column of the index (`7 f), j) et k) et 8 a) et e)`, `Al. 1 à 11 ; 2, 3`, `b) iii)`, `c) 7 d)`) read
 * into flat paragraph paths (`7.f`, `7.j`, …, `pp.1`, `b.iii`), ranges expanded, to be cross-checked against the
 * references of the same row.
 */
import { letterRange, numberRange } from './numbering';

/**
 * Tokens: `Al.`/`AL.` (preambular paragraphs), a number, a marker `x)` (letter or roman), `à`, and the separators `,`
 * `et` `;`. Whitespace is skipped, and tells one thing: a marker right after a marker with only a space between them
 * (`b) iii)`) is a sub-level, whereas `h), i)` or `e) et i)` are siblings.
 */
const TOKEN = /\s*(?:(al\.)|(\d+)|([a-z]{1,4})\)|(à)|(,|;|\bet\b))/giy;

/** Paths read from a paragraph cell, or the reason it cannot be read. */
export type ParagraphRead = { ok: true; paths: string[] } | { ok: false; why: string };

function expand(from: string, to: string): string[] | null {
  const a = from.split('.');
  const b = to.split('.');
  if (a.length !== b.length || a.slice(0, -1).join('.') !== b.slice(0, -1).join('.')) return null;
  const head = a.slice(0, -1);
  const x = a.at(-1) ?? '';
  const y = b.at(-1) ?? '';
  const values = /^\d+$/.test(x) && /^\d+$/.test(y) ? numberRange(Number(x), Number(y)).map(String) : letterRange(x, y);
  return values.length > 1 ? values.map((v) => [...head, v].join('.')) : null;
}

/** Reads a paragraph cell. */
export function parseParagraphs(text: string): ParagraphRead {
  const paths: string[] = [];
  let preambular = false;
  let number: string | null = null;
  let letter: string | null = null;
  let previous: 'marker' | 'number' | 'other' = 'other';
  let rangeFrom: string | null = null;
  let pendingNumber: string | null = null;
  TOKEN.lastIndex = 0;
  let pos = 0;

  const emit = (path: string): boolean => {
    if (rangeFrom === null) {
      paths.push(path);
      return true;
    }
    const span = expand(rangeFrom, path);
    rangeFrom = null;
    if (!span) return false;
    paths.push(...span);
    return true;
  };
  const flushNumber = (): boolean => {
    if (pendingNumber === null) return true;
    const p = pendingNumber;
    pendingNumber = null;
    return emit(p);
  };

  while (pos < text.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(pos).trim() === '') break;
      return { ok: false, why: `cannot read "${text.slice(pos).trim()}"` };
    }
    pos = TOKEN.lastIndex;
    const [, al, num, mark, to, sep] = m;
    if (al !== undefined) {
      if (!flushNumber()) return { ok: false, why: 'bad range' };
      preambular = true;
      previous = 'other';
    } else if (num !== undefined) {
      if (!flushNumber()) return { ok: false, why: 'bad range' };
      if (preambular) {
        if (!emit(`pp.${num}`)) return { ok: false, why: 'bad range' };
      } else {
        number = num;
        letter = null;
        pendingNumber = num;
      }
      previous = 'number';
    } else if (mark !== undefined) {
      const value = mark.toLowerCase();
      pendingNumber = null;
      let path: string;
      if (previous === 'marker' && letter !== null) {
        // `b) iii)`: the roman refines the letter just read, which is not a paragraph of its own.
        paths.pop();
        path = [number, letter, value].filter((s) => s !== null).join('.');
      } else {
        letter = value;
        path = [number, value].filter((s) => s !== null).join('.');
      }
      if (!emit(path)) return { ok: false, why: `bad range ending at ${mark})` };
      previous = 'marker';
    } else if (to !== undefined) {
      if (!flushNumber()) return { ok: false, why: 'bad range' };
      rangeFrom = paths.pop() ?? null;
      if (rangeFrom === null) return { ok: false, why: '"à" without a start' };
      if (/^\d+$/.test(rangeFrom)) number = null;
      previous = 'other';
    } else if (sep !== undefined) {
      if (!flushNumber()) return { ok: false, why: 'bad range' };
      if (sep === ';') preambular = false;
      previous = 'other';
    }
  }
  if (!flushNumber()) return { ok: false, why: 'bad range' };
  if (rangeFrom !== null) return { ok: false, why: '"à" without an end' };
  return { ok: true, paths };
}
