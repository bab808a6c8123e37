/**
 * A symbol written without its first slash after a document label (`UN Doc A55/383 (Annex III, p. 62)`, a treaty
 * database's `Citations to Text` cell, dev `en-499`: A/55/383): the label says a symbol follows, so a root glued to its
 * session or year and a slash number is one, keyed as written (upper-case, a miswritten symbol's convention: `A55/383`).
 * No trigger of the scanner's meets it (a root needs its slash); read after the parses, only in a text with `Doc`.
 */

import type { Candidate } from './candidate';

/**
 * The label, then the symbol (group 1). The label: `UN Doc`, `U.N. Doc.`, `UN Doc.`, `ONU Doc.`, or `Doc.` with its
 * stop, maybe `ONU` / `UN` / `U.N.` after it (`Doc. ONU`, the French and Spanish order); not glued to a word before
 * (`eDoc.`, `ProDoc.`). The symbol: the Assembly's `A` glued to a two-digit session, or `E` / `S` glued to a year
 * (`E2004/45`, `S2004/525`), a slash, a number of one to four digits, and nothing glued after it (no letter, digit,
 * slash, nor a decimal: `A55/383/Add.1` or `A55/383.5` are some other shape, not read). Case-sensitive: `Doc. a4/5`,
 * a paper size `Doc. A4`, a root of no UN series (`Doc. B55/383`) are not read.
 */
const DOC_LABEL_SYMBOL_RE =
  /(?<![\w.])(?:(?:U\.N\.|UN|ONU) ?Doc\.?|Doc\.(?: (?:ONU|UN|U\.N\.))?)[ \t\u00a0]{1,3}(A\d{2}\/\d{1,4}|[ES](?:19|20)\d\d\/\d{1,4})(?![\w/]|[.,]\d)/g;

/** `out` with a candidate for each such symbol that no candidate already covers (none does: no trigger meets it). */
export function addDocLabelSymbols(out: Candidate[], text: string): Candidate[] {
  if (!text.includes('Doc')) return out;
  DOC_LABEL_SYMBOL_RE.lastIndex = 0;
  for (let m = DOC_LABEL_SYMBOL_RE.exec(text); m; m = DOC_LABEL_SYMBOL_RE.exec(text)) {
    const symbol = m[1] ?? '';
    const start = m.index + m[0].length - symbol.length;
    const end = start + symbol.length;
    if (out.some((c) => c.start < end && c.end > start)) continue;
    const key = symbol.toUpperCase();
    out.push({ start, end, kind: 'symbol', key, ref: { type: 'symbol', symbol: key } });
  }
  return out;
}
