/**
 * Stage 1 — scanner: one combined, unanchored regex finds the words where a citation can start (triggers). Every
 * later step is a sticky parse at a trigger, so the whole engine reads the text once plus bounded work per trigger.
 * Treaty mentions that no later parse reads are not handed over (see `scan`).
 */

import { ORG_TRIGGER } from './org-names';
import { TREATY_PREFIXES } from './treaty-tables';
import { alt, ARTICLE_WORD, DECISION_WORD, PIN_WORD, PRST_WORD, RESOLUTION_WORD, WS } from './patterns';
import { SYMBOL_ROOT } from './parse-symbol';

/** What a trigger can start. `protocol` is a treaty mention, tracked for `dudit Protocole`. */
export type TriggerType = 'symbol' | 'instrument' | 'article' | 'pin' | 'org' | 'protocol';

export interface Trigger {
  type: TriggerType;
  /** Offset of the trigger's first character. */
  start: number;
}

const TYPES: readonly TriggerType[] = ['symbol', 'instrument', 'article', 'pin', 'org', 'protocol'];

/**
 * The trigger regex, one group per `TriggerType` (in `TYPES` order), all after one word boundary:
 * 1. a symbol root and its slash (`CTOC/`, `A/`, `e/`);
 * 2. decision / resolution words followed by whitespace or a comma (`resolutions, in particular 1373 (2001)`; a number
 *    must follow; "la décision de" fails later);
 * 3. article words followed by whitespace or a digit;
 * 4. pinpoint words followed by whitespace, a digit or a bracket;
 * 5. a body name (`General Assembly resolution …`, `l'Assemblée générale, dans sa résolution …`);
 * 6. a Protocol or Convention noun, with an English prefix name (`Smuggling of Migrants Protocol`), or UNTOC's
 *    acronym (`UNTOC`, `UNCTOC`, `CTOC`; not `CTOC/`, a symbol), to know which treaty the text last named in full.
 * Every alternative starts with a letter, and the prose between citations costs one failed attempt per position.
 */
const TRIGGER_SOURCE =
  '\\b(?:' +
  [
    `(${SYMBOL_ROOT}\\s?/)`,
    `(${alt(DECISION_WORD, RESOLUTION_WORD, PRST_WORD)})(?=\\s|,)`,
    `(${ARTICLE_WORD})(?=\\s|\\d)`,
    `(${PIN_WORD})(?=\\s|\\d|\\()`,
    `(${ORG_TRIGGER})(?![a-zà-ÿ])`,
    // A status page's item number may be glued on before the noun (`12cProtocol against the Illicit…`): the trigger
    // starts after it (`scan`).
    `(?:\\d{1,3}[a-h]?)?((?:${alt(...TREATY_PREFIXES.map((p) => p.source))}${WS})?(?:protocol[eo]?|convenci[oó]n|convention)|(?:UNC?|C)TOC(?!/))(?![a-zà-ÿ])`,
  ].join('|') +
  ')';

/**
 * Shared by every call: a copy per call (`new RegExp(TRIGGER_RE)`) starts V8 from bytecode again each time, which cost
 * about as much as the scan itself on a page of short paragraphs. Each call keeps its own position and sets
 * `lastIndex` before every `exec`, so interleaved scans stay independent.
 */
const TRIGGER_RE = new RegExp(TRIGGER_SOURCE, 'gi');

/**
 * The triggers of `text` that can change what the classifier finds, in order. A treaty mention (`protocol`) only
 * sets the treaty context, which only article and pinpoint parses read (`classifier.ts`): mentions are handed over
 * just before the next article or pinpoint trigger, and those after the last one, or in a text without one (most
 * paragraphs), are dropped. The classifier's output is the same as with every trigger (`every`: what
 * `tests/unit/citations/scanner.test.ts` compares it with).
 */
export function scan(text: string, every = false): Trigger[] {
  const re = TRIGGER_RE;
  const out: Trigger[] = [];
  /** Treaty mentions since the last article or pinpoint trigger. */
  const mentions: Trigger[] = [];
  let pos = 0;
  for (;;) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m === null) return out;
    pos = re.lastIndex;
    let type: TriggerType = 'symbol';
    for (let g = 1; g <= TYPES.length; g++) {
      if (m[g] !== undefined) {
        type = TYPES[g - 1] ?? 'symbol';
        break;
      }
    }
    const trigger = { type, start: type === 'protocol' ? pos - (m[6] ?? '').length : m.index };
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
