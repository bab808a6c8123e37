/**
 * The pinpoint chain written after a document symbol: the levels of a report, each after a comma, down to what is
 * cited (`E/2009/31, chap. I.A, draft resolution I`; `A/CONF.213/18, chap. I, resolution 1`; `A/66/10, chap. IV,
 * para. 75`; `A/55/383, annex I, para. 3`). The whole chain is in the symbol's span (a symbol's span runs through a
 * comma pinpoint, `lib/citations/README.md`); the key grammar's pinpoint keeps the levels it has fields for (annex,
 * paragraph), the others (chapter, section, a report's draft or adopted texts) only extend the span.
 */

import type { Pinpoint } from './types';
import { parsePostPinpoint } from './post-pinpoint';
import { alt, execAt, OWS, sticky, WS } from './patterns';

/**
 * A report's divisions and the texts it carries, in the UN's English, French and Spanish abbreviations and full words:
 * `chap.`, `chapter`, `chapitre`, `cap.`, `capítulo`; `sect.`, `section`, `sección`, `secc.`, `secc`; `part`,
 * `partie`, `parte`; `draft resolution`, `draft decision`, `projet de résolution / décision`, `proyecto de
 * resolución / decisión`; and a report's own numbered `resolution 1` / `decision 2` (`A/CONF.213/18, chap. I,
 * resolution 1`).
 */
const LEVEL_WORD = alt(
  'chap(?:ter|itre|\\.)',
  'cap(?:[íi]tulo|\\.)',
  'sect(?:ion|\\.)',
  'secc(?:i[óo]n|\\.)',
  'secci[óo]n',
  'part(?:ie|e)?',
  `(?:draft${WS}|projet${WS}de${WS}|proyecto${WS}de${WS})?${alt('r[ée]solu(?:tion|ci[óo]n)', 'd[ée]cisi[óo]n')}`,
);

/**
 * The level's marker: a roman with optional subdivisions (`I`, `IV.B`, `I.A.2`), a number (`3`, `16.2`) or a capital
 * (`A`, `B.1`); never a slash after it (`, resolution 64/293` is another citation, not a level of this report) and no
 * letter or digit glued on (`, chapter Iran`), nor a year in brackets (`, resolution 238 (1968)` is the Council's). Capitals and romans are checked case-sensitively below (`, part a of`
 * is prose).
 */
const LEVEL_RE = sticky(
  `,${OWS}(${LEVEL_WORD})${WS}((?:[IVXL]{1,6}|\\d{1,3}|[A-H])(?:\\.(?:[IVX]{1,4}|\\d{1,2}|[A-H])){0,2})(?![\\w/])(?!\\s?\\(\\d)`,
);

/** A marker written in capitals or figures, as report divisions are (not `a`, `iv`: prose letters). */
const MARKER_CASE = /^(?:[IVXL]+|\d+|[A-H])(?:\.(?:[IVX]+|\d+|[A-H]))*$/;

/**
 * The chain at `pos` (right after a symbol): the existing post pinpoint (`, annex II`, `, para. 45`, ` paragraph 8`)
 * or a report level, then further levels each after a comma (up to five). Null when none is there.
 */
export function parseSymbolPins(text: string, pos: number): { pin: Pinpoint; end: number } | null {
  const pin: Pinpoint = {};
  let end = pos;
  for (let i = 0; i < 5; i++) {
    // After the first level only a comma leads to the next one (`, chap. I, para. 3`).
    if (i > 0 && text.charAt(end) !== ',') break;
    const post = parsePostPinpoint(text, end);
    if (post) {
      if (post.pin.annex !== undefined && pin.annex === undefined) pin.annex = post.pin.annex;
      if (post.pin.paragraph !== undefined) {
        pin.paragraph = post.pin.paragraph;
        if (post.pin.subparagraph !== undefined) pin.subparagraph = post.pin.subparagraph;
        if (post.pin.clause !== undefined) pin.clause = post.pin.clause;
      }
      end = post.end;
      if (pin.paragraph !== undefined) break; // a paragraph is the lowest level
      continue;
    }
    const level = execAt(LEVEL_RE, text, end);
    if (!level || !MARKER_CASE.test(level[2] ?? '')) break;
    end += level[0].length;
  }
  return end > pos ? { pin, end } : null;
}
