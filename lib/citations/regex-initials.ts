/**
 * The letters a regex source can start a match with, read from the source (`spread`, `initials`): a cheap first-letter
 * test spares a sticky regex call where it cannot match, and the scanner sorts its triggers by their first letter.
 * Moved from `patterns.ts` (session 21).
 */

/**
 * The alternatives of a regex source, each with the groups it starts with spread out (`(?:a|b)c` → `ac`, `bc`;
 * `(?:a)?b` → `ab`, `b`), so every one starts with its first letter. Only for sources such as the trigger's: no
 * alternative starts with a class, an escape or a lookaround (`scanner.test.ts` checks `FIND_RE` against `TRIGGER_RE`;
 * `initials` checks its own use).
 */
export function spread(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let start = 0;
  let close = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (--depth === 0 && !close) close = i;
    } else if (depth === 0 && (c === '|' || !c)) {
      alts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (alts.length > 1) return alts.flatMap(spread);
  if (!source.startsWith('(?:')) return alts;
  // `close`: where the group the alternative starts with ends; `?` after it makes the group optional.
  const optional = source.charAt(close + 1) === '?';
  const rest = source.slice(close + (optional ? 2 : 1));
  return [...spread(source.slice(3, close)).flatMap((a) => spread(a + rest)), ...(optional ? spread(rest) : [])];
}

/**
 * The letters (lower case) a case-insensitive regex source can start a match with, or null when that is not plain to
 * see (an alternative of `spread` starting with anything but a letter that must be there, or a group that may repeat
 * zero times, which `spread` does not expand). Capture groups count as plain groups (`uncaptured`). A cheap `charAt`
 * test against them spares a sticky regex call where it cannot match.
 */
export function initials(source: string): ReadonlySet<string> | null {
  if (/\)(?:\*|\{0)/.test(source)) return null;
  const alts = spread(uncaptured(source));
  if (alts.some((a) => !/^[A-Za-z](?![?*]|\{0)/.test(a))) return null;
  return new Set(alts.map((a) => a.charAt(0).toLowerCase()));
}

/**
 * The letters (lower case) every match of a case-insensitive regex source starts with, one string per alternative of
 * `spread` (`contre,?…` → `contre`, `des?,?…` → `de`: a letter a quantifier may drop is left out), or null when that
 * is not plain to see (as for `initials`, or an alternative with no letter it must start with). A match begins with
 * one of them; a test of the text against them is a sharper gate than the first letter when most words of the text
 * share the first letters (`of`, `on`, `to`, `the` before `of`, `on`, `to`).
 */
export function leadingLetters(source: string): readonly string[] | null {
  if (/\)(?:\*|\{0)/.test(source)) return null;
  const leads: string[] = [];
  for (const alt of spread(uncaptured(source))) {
    const letters = /^[A-Za-z]+/.exec(alt)?.[0] ?? '';
    // A quantifier after the last letter may drop it (`des?`, `s*`, `s{0,1}`).
    const kept = /^[?*]|^\{0/.test(alt.slice(letters.length)) ? letters.slice(0, -1) : letters;
    if (kept === '') return null;
    leads.push(kept.toLowerCase());
  }
  return [...new Set(leads)];
}

/**
 * A regex source's shape for `initials`: capture groups made plain (`(a)` → `(?:a)`), and each escape and class
 * reduced to a placeholder (`\e`, `[c]`), so a bracket inside one (`[(]`, `\(`) cannot unbalance `spread`.
 */
const uncaptured = (source: string): string =>
  source.replace(/\\.|\[(?:\\.|[^\]\\])*\]|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m.startsWith('[') ? '[c]' : '\\e'));

/**
 * The leading character of an alternative as `prefixTree` shares it: an ASCII letter (lower case: the tree is for a
 * case-insensitive regex, where `A` and `a` are one) or a class of plain characters (`[ée]`, written the same), that
 * must be there (no quantifier after it); else null (an escape, a group, a lookaround, another character).
 */
function leadingAtom(alternative: string): { key: string; length: number } | null {
  const c = alternative.charAt(0);
  let key: string;
  if (/[A-Za-z]/.test(c)) key = c.toLowerCase();
  else if (c === '[' && /^\[[^\]\\^-]+\]/.test(alternative)) key = alternative.slice(0, alternative.indexOf(']') + 1);
  else return null;
  return /[?*+{]/.test(alternative.charAt(key.length)) ? null : { key, length: key.length };
}

/**
 * The alternatives of a case-insensitive regex as a tree of their shared leading characters (`ab|ac|d` →
 * `a(?:b|c)|d`): V8 tries the branches of an alternation one after another, and at a word of the text walks into the
 * branches of its first letters only. The tree matches at the same places as the alternation (each branch only
 * factors a character every alternative under it starts with), for a search that wants where a match starts
 * (`FIND_RE`); which branch matches, and so the match's length and groups, may differ. Null when an alternative has a
 * backreference (moving it could renumber its group).
 */
export function prefixTree(alternatives: readonly string[]): string | null {
  if (alternatives.some((a) => /\\[1-9k]/.test(a))) return null;
  const branches = new Map<string, string[]>();
  const whole: string[] = [];
  for (const a of alternatives) {
    const atom = leadingAtom(a);
    if (atom === null) whole.push(a);
    else branches.set(atom.key, [...(branches.get(atom.key) ?? []), a.slice(atom.length)]);
  }
  const shared = [...branches].map(([key, rests]) => {
    const rest = rests.length === 1 ? (rests[0] ?? '') : prefixTree(rests);
    return rest === '' ? key : `${key}(?:${rest})`;
  });
  return [...shared, ...whole].join('|');
}

/** Letters a leading part keeps at least before it is cut at white space (`UN`, `SOM` go on to the noun after them). */
const LEAD_LETTERS = 4;

/** Whether a regex source atom can match white space (a space, a line feed, `\s` repeated). */
const SPACED = /[ \n]|\\n|\\s\{/;

/** `WS`'s guard: no white space after it (`patterns.ts`); it matches none itself. */
const NOT_SPACE = '(?![ \\n])';

/** The longest white-space atom a leading part keeps (`WS` in an optional group, `(?:[ \n]{1,16}(?![ \n]))?`; not a guard's list of words). */
const KEPT_SPACE = 24;

/**
 * The leading part of a regex source alternative (as `spread` gives it): its atoms up to the second one that can
 * match white space (`[ \n]…`: the first is kept, with the word after it, where only one word would match too often:
 * `migrants` for `Migrants Protocol`, `transnational` before French `transnationale`), once it has `LEAD_LETTERS`
 * letters, or up to a long one (a guard's list of words), else the whole. A match of the alternative starts with a
 * match of its leading part, so an alternation of leading parts matches at least wherever the alternatives do: a
 * looser, much smaller search for where a match may start.
 */
export function leadingPart(alternative: string): string {
  let letters = 0;
  let spaces = 0;
  for (let i = 0; i < alternative.length;) {
    const c = alternative.charAt(i);
    let end = i + 1;
    if (c === '\\') end = i + 2;
    else if (c === '[') end = classEnd(alternative, i);
    else if (c === '(') end = groupEnd(alternative, i);
    const atom = alternative.slice(i, end);
    if ((c === '[' || c === '(' || c === '\\') && atom !== NOT_SPACE && SPACED.test(atom)) {
      if (letters >= LEAD_LETTERS && (spaces > 0 || atom.length > KEPT_SPACE)) return alternative.slice(0, i);
      spaces++;
    }
    if (/^[A-Za-zÀ-ÿ]$/.test(c) || (c === '[' && /^\[[A-Za-zÀ-ÿ]+\]$/.test(atom))) letters++;
    // A quantifier stays with its atom.
    const q = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(alternative.slice(end));
    i = end + (q ? q[0].length : 0);
  }
  return alternative;
}

/** The leading parts of a source's alternatives (`spread`, `leadingPart`), once each, as a tree (`prefixTree`). */
export function leadTree(source: string): string {
  const leads = [...new Set(spread(source).map(leadingPart))];
  return prefixTree(leads) ?? leads.join('|');
}

/** Just past the class opening at `i` (`[…]`, escapes inside skipped). */
function classEnd(source: string, i: number): number {
  let j = i + 1;
  while (j < source.length && source.charAt(j) !== ']') j += source.charAt(j) === '\\' ? 2 : 1;
  return j + 1;
}

/** Just past the group opening at `i` (nested groups, classes and escapes skipped). */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    const c = source.charAt(j);
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(source, j) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return source.length;
}

/**
 * Whether an alternative (as `spread` gives it) may match a text starting with `word` (lower case): its leading
 * letters and classes of letters are compared with the word's; anything else first (a group, an escape, a range, a
 * letter that may be absent or repeat) answers yes.
 */
export function mayStartWith(alternative: string, word: string): boolean {
  for (let i = 0, w = 0; w < word.length && i < alternative.length; w++) {
    const c = alternative.charAt(i);
    // A class of plain letters (`[áa]`) stands for one of them.
    const end = c === '[' ? alternative.indexOf(']', i) : i;
    const letters = c === '[' ? alternative.slice(i + 1, end) : c;
    // Not only letters (an escape, a range like `a-z`, a group) or followed by a quantifier (`?`, `*`, `{`: the letter
    // may be absent or repeat): the alternative may start anywhere, so the shortcut must not be taken.
    if (!/^[A-Za-zÀ-ÿ]+$/.test(letters) || /[?*{]/.test(alternative.charAt(end + 1))) return true;
    if (!letters.toLowerCase().includes(word.charAt(w))) return false;
    i = end + 1;
  }
  return true;
}

/**
 * A test of the character at a position against lower-case letters (`initials`), answering as
 * `letters.has(text.charAt(pos).toLowerCase())`: an ASCII character by a table (no one-character string made and lowered
 * at each call, as at every head word and body name), another as before; past the text's end, no.
 */
export function initialTest(letters: ReadonlySet<string> | null): (text: string, pos: number) => boolean {
  if (letters === null) return () => true;
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = letters.has(String.fromCharCode(c).toLowerCase()) ? 1 : 0;
  return (text, pos) => {
    const c = pos < text.length ? text.charCodeAt(pos) : -1;
    return c >= 0 && c < 128 ? table[c] === 1 : c >= 128 && letters.has(text.charAt(pos).toLowerCase());
  };
}
