/** Letters and roman numerals of list markers: successors and recognisers, shared by the body and index parsers. */

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** True for a lower-case roman numeral of a sub-list (`i` … `xii`). */
export function isRoman(value: string): boolean {
  return ROMANS.includes(value);
}

/** 1-based value of a lower-case roman numeral, or null. */
export function romanValue(value: string): number | null {
  const i = ROMANS.indexOf(value);
  return i < 0 ? null : i + 1;
}

/** Lower-case roman numeral for 1 … 12. */
export function toRoman(n: number): string {
  const r = ROMANS[n - 1];
  if (r === undefined) throw new RangeError(`no roman numeral for ${n}`);
  return r;
}

/** The roman numeral after `value` (`iii` → `iv`), or null past the table. */
export function nextRoman(value: string | null): string | null {
  if (value === null) return 'i';
  const v = romanValue(value);
  return v === null ? null : (ROMANS[v] ?? null);
}

/** The letter after `value` (`h` → `i`), `a` for none. */
export function nextLetter(value: string | null): string {
  if (value === null) return 'a';
  return String.fromCharCode(value.charCodeAt(0) + 1);
}

/** True for a single lower-case letter. */
export function isLetter(value: string): boolean {
  return /^[a-z]$/.test(value);
}

/** Inclusive letter range (`b`, `e` → b c d e); empty when reversed or not letters. */
export function letterRange(from: string, to: string): string[] {
  if (!isLetter(from) || !isLetter(to)) return [];
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}

/** Inclusive number range; empty when reversed. */
export function numberRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
