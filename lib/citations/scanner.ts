/**
 * Stage 1 — scanner: one combined, unanchored regex finds the words where a citation can start (triggers). Every
 * later step is a sticky parse at a trigger, so the whole engine reads the text once plus bounded work per trigger.
 * Treaty mentions that no later parse reads are not handed over (see `scan`).
 */

import { ORG_TRIGGER } from './org-names';
import { NOT_QUALIFIED_ORG } from './qualifier-words';
import { TREATY_PREFIXES, UNTOC_ACRONYM } from './treaty-tables';
import {
  alt,
  ARTICLE_WORD,
  DECISION_WORD,
  execAt,
  matchLengthAt,
  PIN_WORD,
  PRST_WORD,
  RESOLUTION_WORD,
  WS,
} from './patterns';
import { initials, initialTest, leadTree, mayStartWith, spread } from './regex-initials';
import { SYMBOL_ROOT } from './parse-symbol';
import { FIRST_SLASH_GAP, ROOT_DIVISION } from './symbol-regex';
import { ABBREVIATED_HEAD } from './instrument-patterns';
import {
  GLUED_ARTICLE_SOURCE,
  GLUED_HEAD,
  GLUED_ROOT,
  GLUED_WORD,
  headInWord,
  headOfWord,
  nextGluedArticle,
  nextGluedRoot,
} from './glued-triggers';

export { GLUED_ARTICLE_SOURCE };

/** What a trigger can start. `protocol` is a treaty mention, tracked for `dudit Protocole`. */
export type TriggerType = 'symbol' | 'instrument' | 'article' | 'pin' | 'org' | 'protocol';

export interface Trigger {
  type: TriggerType;
  /** Offset of the trigger's first character. */
  start: number;
  /**
   * Offset just past what the trigger regex matched: for a body name (`org`), where the name ends, which tells the
   * instrument parser that a body is named right before a head word (`bodyBefore` in `parse-instrument.ts`).
   */
  end: number;
}

const TYPES: readonly TriggerType[] = ['symbol', 'instrument', 'article', 'pin', 'org', 'protocol'];

/** The bare treaty nouns (`TREATY`'s last words). */
const TREATY_NOUN = '(?:protocol[eo]?|convenci[oó]n|convention)';

/** A Protocol or Convention noun, with an English prefix name (`Smuggling of Migrants Protocol`), or UNTOC's acronym. */
const TREATY = `(?:(?:${alt(...TREATY_PREFIXES.map((p) => p.source))}${WS})?${TREATY_NOUN}|${UNTOC_ACRONYM})(?![a-zà-ÿ])`;

/** A status page's item number glued on before the noun (`12cProtocol against the Illicit…`). */
const GLUED_NUMBER = '\\d{1,3}[a-h]?';

/** The trigger alternatives, in `TYPES` order (the last is the treaty noun, after its optional glued number). */
const PARTS = [
  // A symbol root and its slash, or a one-letter root whose slash OCR read as a stroke (`AlRESI71/280`, `symbol-ocr.ts`).
  `(?:${SYMBOL_ROOT}${ROOT_DIVISION}${FIRST_SLASH_GAP}/|(?:A|E|S)[lI|](?:RES|DEC|PRST|HRC|CN))`,
  // And a presidential statement's symbol written without its `S/` (`PRST/2018/9`, dev `en-187`).
  // A question mark before a digit is a no-break space a wrong charset lost (`resolution?2250?(2015)`, dev `en-252`);
  // a digit right after the head word is a typing slip (`Resolution1851`, dev `en-239`; `instrument-head.ts`).
  // And the abbreviation before a body's acronym (`Rés. AG 55/25`, `ABBREVIATED_HEAD`).
  `(?:${alt(DECISION_WORD, RESOLUTION_WORD, PRST_WORD)}(?=\\s|,|:|\\??\\d)|PRST(?=/\\d)|${ABBREVIATED_HEAD})`,
  `${ARTICLE_WORD}(?=\\s|\\d)`,
  `${PIN_WORD}(?=\\s|\\d|\\()`,
  `${ORG_TRIGGER}(?![a-zà-ÿ])`,
];

/**
 * The trigger regex, one group per `TriggerType` (in `TYPES` order), all after one word boundary:
 * 1. a symbol root and its slash (`CTOC/`, `A/`, `e/`);
 * 2. decision / resolution words followed by whitespace or a comma (`resolutions, in particular 1373 (2001)`; a number
 *    must follow; "la décision de" fails later);
 * 3. article words followed by whitespace or a digit;
 * 4. pinpoint words followed by whitespace, a digit or a bracket;
 * 5. a body name (`General Assembly resolution …`, `l'Assemblée générale, dans sa résolution …`);
 * 6. a Protocol or Convention noun, with an English prefix name (`Smuggling of Migrants Protocol`), or UNTOC's
 *    acronym (`UNTOC_ACRONYM`: `UNTOC`, `UNCTOC`, `CATOC`, `CTOC`, `CNUCTO`; not `CTOC/`, a symbol), to know which treaty the text last named in full.
 *    A status page's item number may be glued on before the noun: the trigger starts after it (`scan`).
 * What `scan` reads where `FIND_RE` (or a glued trigger's search) found that one of them starts, a part at a time
 * (`SINGLE`); the whole is the reference (`scanner.test.ts`). The regexes are shared by every call: a copy per call
 * (`new RegExp(…)`) starts V8 from bytecode again each time. Each call sets `lastIndex` before every run, so
 * interleaved scans stay independent.
 */

export const TRIGGER_SOURCE = `(?:\\b|${GLUED_ROOT}|${GLUED_HEAD})(?:${PARTS.map((p) => `(${p})`).join('|')}|(?:${GLUED_NUMBER})?(${TREATY}))`;

/**
 * `PARTS[0]` for `FIND_RE`, looser (a division after any root, up to four spaces before the slash, no lookbehinds): a
 * superset, and `scan` reads each place with `TRIGGER_SOURCE` (`A  /` is refused there). The lookbehinds were tried at
 * every word starting with a root's letters (`a`, `e`, `s`…): `FIND_RE` ~8.6 → ~7.6 ms per bench pass (session 31).
 */
const FIND_SYMBOL = `(?:${SYMBOL_ROOT}(?:\\([a-z]{2,6}\\))?\\s{0,4}/|(?:A|E|S)[lI|](?:RES|DEC|PRST|HRC|CN))`;

/**
 * Where a trigger starts: the leading part of each alternative of `TRIGGER_SOURCE` (`leadingPart`: to its second word,
 * `Assembl[ée]?e WS g[ée]?n[ée]?rale`, without the guards after it), as a tree of their shared leading letters
 * (`prefixTree`: `a(?:r(?:ticles?|…)|ssembl…)|c(?:o(?:n…|…)…)`): V8 tries at a word start only the alternatives of its
 * letters. It matches wherever `TRIGGER_SOURCE` does (but for the glued triggers, found apart, below), and at a few
 * more places (`numéro de`, a body name its guard refuses: `Commission des stupéfiants`); `scan` reads the trigger with
 * `TRIGGER_SOURCE` at each place it finds, and goes on from the next character where that fails, as a global search
 * would. Only where a match starts is read. Whole, the alternatives compiled to 837 kB of machine code, their leading
 * parts to 236 kB (of the 11 MB of regex code a bench pass runs; session 38).
 */
const FIND_ALTERNATIVES = [FIND_SYMBOL, ...PARTS.slice(1), TREATY].join('|').split(NOT_QUALIFIED_ORG).join('');
const FIND_RE = new RegExp(
  `\\b(?:${leadTree(`${FIND_ALTERNATIVES}|${GLUED_WORD}`)}|${GLUED_NUMBER}(?:${leadTree(TREATY)}))`,
  'gi',
);

/**
 * `TRIGGER_SOURCE` one alternative at a time (`triggerAt`), at a place where one of its leading assertions holds (a
 * word start `FIND_RE` found, a glued root or head word): each part's own sticky regex, in `TYPES` order, skipped where
 * the first character cannot start it (`initials`; the treaty part's also after a glued number's digit); the first
 * that matches is the alternative the whole would match (an alternation tries its branches in order), its type and
 * end the same. Tests (`test`: no result array) of small regexes, where the whole (675 kB of machine code) tried each
 * part in turn and cleared its six groups at every call; the treaty part's group only after a digit.
 */
const SINGLE = [...PARTS, `(?:${GLUED_NUMBER})?(${TREATY})`].map((p, g) => {
  const letters = initials(g < PARTS.length ? p : TREATY);
  // The treaty part may also start at a glued number's digit.
  const starts = letters && (g < PARTS.length ? letters : new Set([...letters, ...'0123456789']));
  return { re: new RegExp(`(?:${p})`, 'iy'), type: TYPES[g] ?? 'protocol', mayStart: initialTest(starts) };
});

/**
 * A shortcut to the parts for the commonest trigger on UN prose, exact only where no alternative before it in
 * `TRIGGER_SOURCE` can start there (checked here, once; else not taken): a bare treaty noun (`Protocole`, `Convention`:
 * no symbol root, head word, article or pinpoint word, body name or prefix name starts with `protoc` / `conven`), read
 * whole by the treaty part after trying every body name. And a resolution head word at an `r` is the head words' part's
 * first (no symbol root starts with `r`). Where the shortcut does not match, the parts read the place.
 */
const BEFORE_NOUN = spread(
  [...PARTS, ...TREATY_PREFIXES.map((p) => p.source)].join('|').split(NOT_QUALIFIED_ORG).join(''),
);
const NOUN_FAST = !BEFORE_NOUN.some((a) => mayStartWith(a, 'protoc') || mayStartWith(a, 'conven'));
const NOUN_FAST_RE = new RegExp(`${TREATY_NOUN}(?![a-zà-ÿ])`, 'iy');
const HEAD_FAST = SINGLE[0]?.mayStart('r', 0) === false;

/** Whether each shortcut is taken (`scanner.test.ts`, `batch-22-tuner-speed2.test.ts`: both should be). */
export const SHORTCUTS = { noun: NOUN_FAST, head: HEAD_FAST };

/** The trigger `TRIGGER_SOURCE` reads at `at` (see `SINGLE`), `code` the code unit there, or null. */
function triggerAt(text: string, at: number, code: number): Trigger | null {
  const letter = code | 32;
  const noun = NOUN_FAST && (letter === 112 || letter === 99) ? matchLengthAt(NOUN_FAST_RE, text, at) : -1; // p, c
  if (noun >= 0) return { type: 'protocol', start: at, end: at + noun };
  for (const part of SINGLE) {
    if (!part.mayStart(text, at)) continue;
    if (part.type !== 'protocol' || code > 57 || code < 48) {
      const n = matchLengthAt(part.re, text, at);
      if (n >= 0) return { type: part.type, start: at, end: at + n };
    } else {
      // A status page's item number glued on before the noun (`12cProtocol`): the trigger starts after it.
      const m = execAt(part.re, text, at);
      if (m) return { type: 'protocol', start: part.re.lastIndex - (m[1] ?? '').length, end: part.re.lastIndex };
    }
  }
  return null;
}

/**
 * The triggers of `text` that can change what the classifier finds, in order. A treaty mention (`protocol`) only
 * sets the treaty context, which only article and pinpoint parses read (`classifier.ts`): mentions are handed over
 * just before the next article or pinpoint trigger, and those after the last one, or in a text without one (most
 * paragraphs), are dropped. The classifier's output is the same as with every trigger (`every`: what
 * `tests/unit/citations/scanner.test.ts` compares it with).
 */
export function scan(text: string, every = false): Trigger[] {
  const out: Trigger[] = [];
  /** Treaty mentions since the last article or pinpoint trigger. */
  const mentions: Trigger[] = [];
  let pos = 0;
  /**
   * The next word-start trigger (`FIND_RE`), glued root, head word and glued article at or after `pos`, each searched
   * again only once `pos` passes it. A search's answer depends on the text and where it starts only, and the first match
   * at or after an earlier `pos` that is still ahead is also the first at or after this one. `FIND_RE` needs it most: on
   * a line without spaces whose triggers are all glued (`ofthe` + `A/RES/55/255`, `ofArticle4`), it finds nothing, and
   * searched again at each trigger it read the rest of the text each time (18–32 s per MB at 512 kB, issue #11).
   */
  let found = -1;
  let foundHead = 0;
  let root = -1;
  let glued = -1;
  let gluedEnd = 0;
  for (;;) {
    if (root < pos) root = nextGluedRoot(text, pos);
    if (glued < pos) {
      const g = nextGluedArticle(text, pos);
      glued = g.at;
      gluedEnd = g.end;
    }
    if (found < pos) {
      FIND_RE.lastIndex = pos;
      found = FIND_RE.exec(text)?.index ?? text.length;
      foundHead = headOfWord(text, found);
    }
    // The first glued head word at or after `pos`: its word starts before `pos` (`headInWord`), or is a word `FIND_RE`
    // finds, at `found` (`foundHead`) or after it, where it cannot be `at` (`found` comes first): the text's length then.
    const head = Math.min(headInWord(text, pos), foundHead);
    const at = Math.min(found, root, head, glued);
    if (at === text.length) return out;
    // A glued article head word (`withArticle 32`): no word boundary before it, so no other trigger starts there.
    if (at === glued && at !== found && at !== root && at !== head) {
      pos = gluedEnd;
      if (mentions.length > 0) for (const t of mentions.splice(0)) out.push(t);
      out.push({ type: 'article', start: at, end: gluedEnd });
      continue;
    }
    const trigger = triggerAt(text, at, text.charCodeAt(at));
    if (trigger === null) {
      pos = at + 1;
      continue;
    }
    pos = trigger.end;
    const type = trigger.type;
    if (type === 'protocol' && !every) {
      mentions.push(trigger);
      continue;
    }
    if ((type === 'article' || type === 'pin') && mentions.length > 0) {
      for (const t of mentions) out.push(t);
      mentions.length = 0;
    }
    out.push(trigger);
  }
}
