/**
 * Pinpoints: the markers after a pinpoint word (`45`, `8 (b)`, `13 h)`, `o) ii)`), pinpoint chains written before what
 * they point into (`l'alinéa c) du paragraphe 2 de …`, `paragraph 8 (b) of …`). Pinpoints after it (`…, par. 45`): in
 * `post-pinpoint.ts`.
 */

import type { PinSpan } from './candidate';
import { partAt, partPin, readPart, type Part } from './instrument-parts';
import { ordinalAfter, ordinalBefore } from './ordinal-pins';
import { parseMarker, rangeMayFollow, type Marker } from './pin-marker';
import { CLAUSE_NEXT_RE, LETTER_NEXT_RE, LIST_NEXT_RE, readList, type ListItem } from './pin-lists';
import type { Pinpoint } from './types';
import { CONNECTOR, execAt, OWS, PIN_WORD, POSSESSIVE_ARTICLE, sticky, stickyCased, WS } from './patterns';

/** A pinpoint word at the cursor, then optional spaces (`paragraphe `, `par.`, `alinéa `). Group 1: the word. */
const PIN_WORD_RE = sticky(`(${PIN_WORD})${OWS}`);

/** "du préambule" / "of the preamble" / "del preámbulo" after a paragraph: a preambular paragraph. */
const PREAMBLE = `${CONNECTOR}(?:pr[ée]ambule|preamble|pre[áa]mbulo)(?![a-z])`;

/**
 * "du dispositif" / "de la parte dispositiva" / "of the operative part" after a paragraph: the instrument's own
 * (operative) paragraph, in the span (S1: `párrafo 3 de la parte dispositiva de su resolución 1992/22`); the pinpoint
 * is the paragraph.
 */
// Session 24 (tuner-res): or "des dispositions" / "of the provisions" / "de las disposiciones", with a connector to the
// instrument after it (`du paragraphe 9 des dispositions de la resolution 1533 ( 2004 )`, dev fr-344; S1: whatever
// stands between the pinpoint and the head word), so `paragraphe 9 des dispositions générales` is no chain.
const OPERATIVE_PART = `(?:${CONNECTOR}(?:dispositif|parte${WS}dispositiva|operative${WS}part|dispositions|provisions)|${WS}de${WS}las${WS}disposiciones)(?![a-z])`;

/**
 * A connector after a pinpoint (`CONNECTOR`; `POSSESSIVE_ARTICLE`: `el inciso a) de su artículo 3`); or a comma before
 * the next level's word, levels chained downwards (`el apartado 1, letra a), del artículo 5`; levels agree, `merge`).
 */
const PIN_CONNECTOR = `${POSSESSIVE_ARTICLE}|${CONNECTOR}|,${OWS}(?=${PIN_WORD})`;

/**
 * What follows a link's markers, in one call (three sticky calls at each link of every chain until session 45): the
 * preamble (group 1) or else the operative part, either or none, then the connector (group 2) or none. Both parts
 * optional, the first is chosen as the calls chose it (the preamble first), and the connector read where it ends.
 */
const AFTER_MARKERS_RE = sticky(`(?:(${PREAMBLE})|${OPERATIVE_PART})?(${PIN_CONNECTOR})?`);

/**
 * No connector between a paragraph and a lower-case resolution or decision word with its number, where an extraction
 * moved or lost `de la` (`du paragraphe 17 résolution 1846 (2008)`, dev fr-302; `paragraph 17 resolution 1846`): one
 * or two spaces on the line, so a numbered heading's line before a title line (`Paragraph 17\nResolution 1846`) is
 * not joined. Case-sensitive: a capitalised head word after a number starts a heading or a sentence.
 */
const NO_CONNECTOR_RE = stickyCased(
  `[ \\u00a0]{1,2}(?=(?:r[ée]solu(?:tion|ci[óo]n)|d[ée]cisi(?:on|[óo]n))[ \\u00a0]{1,2}(?:n[°º]\\s?)?\\d)`,
);

/**
 * A range of paragraphs after a paragraph word, before an instrument (S1: `paragraphs 12 - 14 of resolution 2140
 * (2014)`, dev en-414; `paras. 12-14`, `paragraphes 12 à 14`, `párrafos 12 a 14`): in the span, no pinpoint (the card
 * opens the instrument). Each end one to three digits, not a date's or a slash number's (`12-14/2`, `12 à 14,5`); the
 * chain then leads to an instrument only, so `paragraphs 1 to 3 of article 5` keeps its article's reading.
 */
// Or one paragraph's range of subparagraph letters (`paragraphs 3 (a) to (f) of its resolution 51/210`, dev en-523;
// `paragraphe 3 a) à f)`, `párrafo 3 a) a f)`, `3 (a)-(f)`): each letter in its brackets, so `3 a to f` is not one.
const RANGE_RE = sticky(
  `\\d{1,3}(?:(?:\\s{0,2}[-–]\\s{0,2}|${WS}(?:to|through|à|au|a|al)${WS})\\d{1,3}(?![\\d/]|[.,]\\d)|\\s{0,2}\\(?[a-z]\\)(?:\\s{0,2}[-–]\\s{0,2}|${WS}(?:to|through|à|au|a|al)${WS})\\(?[a-z]\\))`,
);

/**
 * A conjunction between two chains of the same article, each with its own levels (`del inciso (i) del apartado (a) del
 * párrafo 1 y del inciso (ii) del apartado (a) del párrafo 1 del artículo 5`, dev es-311; `subparagraph (a) of paragraph
 * 1 and subparagraph (b) of paragraph 2 of article 5`; `et à l’alinéa b) du paragraphe 2`), before the second chain's
 * pinpoint word.
 */
const COORDINATED_RE = sticky(
  `${WS}(?:y|and|et|o|or|ou)${WS}(?:(?:à|a|in|en|to)${WS})?(?:del${WS}|du${WS}|au${WS}|al${WS}|of${WS}|de${WS}l['’]|de${WS}la${WS}|l['’]|la${WS}|el${WS}|the${WS})?(?=${PIN_WORD})`,
);

/**
 * A roman marker, then `del apartado` and a letter (`(i) del apartado (a)`, `ii) del apartado a)`), or the article
 * and its paragraph and letter after it (`inciso i) del artículo 5, párrafo 1 a)`, dev es-335: the clause of that
 * letter; `parse-treaty.ts` joins them).
 */
// Or a list of them (`los incisos i) o ii) del apartado a)`, UNTOC art. 15(2)(c)(ii) in Spanish).
const INCISO_CLAUSE_RE =
  /^\s?\(?[ivx]{1,5}\)(?:(?:,\s?|\s(?:y|o)\s)\(?[ivx]{1,5}\)){0,4}\s{1,3}del\s{1,3}(?:apartado\s{1,3}\(?[a-z]\)|art[íi]culo\s{1,3}\d{1,2},?\s{1,3}p[áa]rrafo\s{1,3}\d{1,2}\s?\(?[a-z]\))/i;

/** How a pinpoint word reads its markers. */
function modeOf(word: string): 'number' | 'letter' | 'roman' | 'any' {
  // Each form below starts with `s`, `a`, `i` or `l`: another first letter is a number's word (`paragraph`, `párrafo`),
  // told without the lower-case copy and two regex calls at every pinpoint word.
  const first = word.charCodeAt(0) | 32;
  if (first !== 115 && first !== 97 && first !== 105 && first !== 108) return 'number';
  const w = word.toLowerCase();
  if (w.startsWith('sous')) return 'roman';
  // Spain's `apartado 1`, UN Spanish `apartado a)`; Latin American `inciso 3` (a number), `inciso a)`.
  if (/^(?:alin|apartado|inciso)/.test(w)) return 'any';
  return /^(?:sub(?!-?art)|lit|let)/.test(w) ? 'letter' : 'number'; // `sub-article 2` is a number
}

/** Merges `from` into `into`; false when both state the same level differently (level by level: no keyed access). */
function merge(into: Pinpoint, from: Marker): boolean {
  if (from.paragraph !== undefined) {
    if (into.paragraph !== undefined && into.paragraph !== from.paragraph) return false;
    into.paragraph = from.paragraph;
  }
  if (from.subparagraph !== undefined) {
    if (into.subparagraph !== undefined && into.subparagraph !== from.subparagraph) return false;
    into.subparagraph = from.subparagraph;
  }
  if (from.clause !== undefined) {
    if (into.clause !== undefined && into.clause !== from.clause) return false;
    into.clause = from.clause;
  }
  return true;
}

/** A parsed pinpoint chain: one `PinSpan` per listed number, and where the cited thing starts. */
export interface Chain {
  pins: PinSpan[];
  /** Start of the chain (its first pinpoint word). */
  start: number;
  /** Position right after the last connector: where the article / instrument / document must start. */
  headPos: number;
  /** The chain is a recommendation number: it can only point into a report, not an article or instrument. */
  reportOnly: boolean;
  /** A paragraph word took a letter (`paragraph (a) of Article 3`): that is an article's subparagraph, nothing else's. */
  articleOnly?: boolean;
  /** The chain runs through an instrument's part (`annexe A de la`, `section IV of its`; `instrument-parts.ts`), or
   * numbers its paragraph with an ordinal word (`ordinal-pins.ts`). */
  instrumentOnly?: boolean;
}

/** A paragraph word an ordinal may number (`paragraph`, `preambular paragraph`, `alinéa`, `párrafo`; not `para.`). */
const ORDINAL_PARAGRAPH_RE = /^(?:(?:preambular|operative)\s+)?(?:paragra|p[áa]rrafo|alin[ée]a)/i;

/**
 * The first of two coordinated chains of one article (`COORDINATED_RE`): a chain of two levels or more (`pin`, from
 * `start` to `end`) that no connector follows, then the second, which must lead to an article; its own pinpoint first,
 * spanned to its last level (the second spans through the article, as a list's last number). Null otherwise.
 */
function coordinated(text: string, end: number, first: PinSpan[] | null, start: number, depth: number): Chain | null {
  const co = first ? execAt(COORDINATED_RE, text, end) : null;
  const next = co && depth === 0 ? parseChain(text, end + co[0].length, 1) : null;
  if (!first || !next || next.instrumentOnly || next.reportOnly) return null;
  // A paragraph the first chain leaves out is the one the second names (`ii) del apartado a) o al inciso i) del
  // apartado b) del párrafo 1 del artículo 6`): both chains are in it.
  const paragraph = next.pins[next.pins.length - 1]?.pin.paragraph;
  const own = (one: PinSpan): PinSpan =>
    one.pin.paragraph !== undefined || paragraph === undefined ? one : { ...one, pin: { paragraph, ...one.pin } };
  return { ...next, pins: [...first.map(own), ...next.pins], start, articleOnly: true };
}

/**
 * A chain's pinpoint through the instrument's parts it runs through (`partPin`), if any. A module function, not a
 * closure in `parseChain`: under tsx (the bench) a named closure costs a `__name` call each time it is made.
 */
const inParts = (one: Pinpoint, parts: readonly Part[]): Pinpoint => (parts.length > 0 ? partPin(one, parts) : one);

/**
 * A pinpoint chain at `pos` (which holds a pinpoint word): up to four pinpoints joined by connectors, ending with a
 * connector. Only the first pinpoint may list numbers (`paragraphes 2 et 3 de l'article 26`). Null when the words do
 * not form a chain; the caller then tries what follows the chain.
 */
export function parseChain(text: string, pos: number, depth = 0): Chain | null {
  const pin: Pinpoint = {};
  /** The first element's list (`paragraphes 2 et 3`, `incisos b), c) y d)`): what each item sets, where it is. */
  const listed: ListItem[] = [];
  let p = pos;
  let articleOnly = false;
  /** Where the chain starts: `pos`, or an ordinal before its first word (`ninth preambular paragraph of`). */
  let start = pos;
  let ordinal = false;
  /**
   * The ordinal numbers a plain paragraph word (`the third paragraph of article 6`, `le deuxième paragraphe de
   * l'article 6`, `el párrafo tercero del artículo 6`): an article's numbered paragraph too, as `article 34, first
   * paragraph` is (`article-pins.ts`). Not an `alinéa` (a French law's unnumbered paragraph, the UN's lettered one) nor
   * a resolution's `preambular` / `dispositivo` paragraph (probe p12en-093; session 35).
   */
  let ordinalArticle = false;
  /** A range of paragraphs, or no connector before the head word: the chain leads to an instrument only. */
  let instrumentChain = false;
  /** The instrument's parts the chain runs through (`de l’annexe B`), each with its connector. */
  const parts: Part[] = [];
  /** The pinpoint word the last element's end test read at `aheadAt`: where the next element starts, not read again. */
  let ahead: RegExpExecArray | null = null;
  let aheadAt = -1;
  for (let element = 0; element < 4; element++) {
    const w = aheadAt === p ? ahead : execAt(PIN_WORD_RE, text, p);
    if (!w || w[1] === undefined) {
      const part = readPart(text, p, element > 0);
      if (!part) return null;
      parts.push(part);
      p = part.end;
      ahead = execAt(PIN_WORD_RE, text, (aheadAt = p));
      if (!ahead && !partAt(text, p)) break;
      continue;
    }
    const word = w[1];
    const initial = word.charCodeAt(0) | 32; // the word's first letter in lower case: each `/^…/i` test below after it
    const markerPos = p + w[0].length;
    const mode = modeOf(word);
    // UN Spanish `inciso (i) del apartado (a)` (dev es-311): before a lettered `apartado`, an `inciso`'s marker is a
    // roman, a clause (the Latin American `inciso a)` is a letter, read as before).
    const clause = /^inciso/i.test(word) && INCISO_CLAUSE_RE.test(text.slice(markerPos, markerPos + 40));
    const range =
      element === 0 && mode === 'number' && /^(?:p|operative)/i.test(word) && rangeMayFollow(text, markerPos)
        ? execAt(RANGE_RE, text, markerPos)
        : null;
    if (range) instrumentChain = true;
    let marker = range ? { end: markerPos + range[0].length } : parseMarker(text, markerPos, clause ? 'roman' : mode);
    // "paragraph (a) of Article 3 of the Protocol": the word paragraph before a letter names a subparagraph, as after
    // an article; an instrument's paragraph always has a number, so the chain may only lead to an article.
    if (!marker && mode === 'number' && element === 0 && initial === 112) {
      marker = parseMarker(text, markerPos, 'letter');
      articleOnly = marker !== null;
    }
    // An ordinal word for the number (`ninth preambular paragraph of`, `párrafo dispositivo sexto de`): only where no
    // figure follows the word, so other chains pay nothing; an instrument's paragraph only (`instrumentOnly`).
    if (!marker && element === 0 && ORDINAL_PARAGRAPH_RE.test(word)) {
      const after = ordinalAfter(text, markerPos);
      const before = after ? null : ordinalBefore(text, p);
      ordinal = after !== null || before !== null;
      ordinalArticle =
        ordinal &&
        /^(?:paragra|p[áa]rrafo)/i.test(word) &&
        !/dispositivo|preambular/i.test(text.slice(markerPos, after?.end ?? markerPos));
      if (after) {
        marker = { paragraph: after.paragraph, end: after.end };
        if (after.preambular) pin.preambular = true;
      } else if (before) {
        marker = { paragraph: before.paragraph, end: p + word.length };
        start = before.start;
      }
    }
    if (!marker || !merge(pin, marker)) return null;
    if (initial === 112 && /^preambular/i.test(word) && !range) pin.preambular = true;
    // `item 1 of article 10`: a translation's word for an article's paragraph only (`agenda item 4 of resolution…`).
    if ((initial === 105 || initial === 110) && /^(?:item|num[ée]ro|n[úu]mero|number)$/i.test(word)) articleOnly = true;
    p = marker.end;
    if (element === 0 && marker.paragraph !== undefined && marker.subparagraph === undefined) {
      listed.push({ sets: { paragraph: marker.paragraph }, start: markerPos, end: marker.end });
      p = readList(text, p, LIST_NEXT_RE, 'number', listed, (next) =>
        next.subparagraph === undefined ? { paragraph: next.paragraph ?? 0 } : null,
      );
    } else if (element === 0 && marker.paragraph === undefined && marker.subparagraph && marker.clause === undefined) {
      // Letters listed before what holds them (`los incisos b), c) y d) del artículo 3º`): one pinpoint each.
      listed.push({ sets: { subparagraph: marker.subparagraph }, start: markerPos, end: marker.end });
      p = readList(text, p, LETTER_NEXT_RE, 'letter', listed, (next) =>
        next.subparagraph && next.clause === undefined ? { subparagraph: next.subparagraph } : null,
      );
    } else if (element === 0 && marker.paragraph === undefined && marker.clause !== undefined) {
      // Clauses listed before what holds them (`alinéas a) i) ou ii), ou b) i) du paragraphe 1 de l’article 6`, dev
      // fr-331; `los incisos i) o ii) del apartado a)`): one pinpoint each; a clause alone stays in the letter before it.
      let letter = marker.subparagraph;
      const sets = (clause: string): Pinpoint => (letter === undefined ? { clause } : { subparagraph: letter, clause });
      listed.push({ sets: sets(marker.clause), start: markerPos, end: marker.end });
      p = readList(text, p, CLAUSE_NEXT_RE, 'clause', listed, (next) => {
        letter = next.subparagraph ?? letter;
        return next.clause === undefined ? null : sets(next.clause);
      });
    }
    const after = execAt(AFTER_MARKERS_RE, text, p) as RegExpExecArray; // it always matches: both parts optional
    if (after[1] !== undefined) pin.preambular = true;
    p += after[0].length - (after[2]?.length ?? 0);
    let connector = after[2]?.length ?? -1;
    if (connector < 0 && element === 0 && marker.paragraph !== undefined) {
      connector = execAt(NO_CONNECTOR_RE, text, p)?.[0].length ?? -1;
      if (connector >= 0) instrumentChain = true;
    }
    if (connector < 0) {
      // The first chain's pinpoints: one, or one per listed item (`incisos i) o ii) del apartado a) o al inciso i)…`).
      const first =
        listed.length < 2
          ? [{ pin: { ...pin }, start, end: p }]
          : listed.map((it, i) => ({
              pin: { ...pin, ...it.sets },
              start: i === 0 ? start : it.start,
              end: i === listed.length - 1 ? p : it.end,
            }));
      return coordinated(text, p, element > 0 && parts.length === 0 ? first : null, start, depth);
    }
    p += connector;
    ahead = execAt(PIN_WORD_RE, text, (aheadAt = p));
    if (!ahead && !partAt(text, p)) break;
  }
  // Pushed, not `listed.map(…)` for a list and a literal for one: `map` makes a holey array, the literal a packed one,
  // and the article parse reading either threw its optimised code away in the bench's second pass (wrong map).
  const pins: PinSpan[] = [];
  if (listed.length < 2) pins.push({ pin: inParts(pin, parts), start, end: p });
  for (let i = 0; listed.length > 1 && i < listed.length; i++) {
    const it = listed[i] as ListItem;
    pins.push({ pin: inParts({ ...pin, ...it.sets }, parts), start: i === 0 ? start : it.start, end: it.end });
  }
  const reportOnly = (text.charCodeAt(pos) | 32) === 114 && /^rec/i.test(text.slice(pos, pos + 3));
  const only =
    parts.length > 0 || (ordinal && !ordinalArticle) || instrumentChain
      ? { instrumentOnly: true }
      : articleOnly
        ? { articleOnly }
        : {};
  return { pins, start, headPos: p, reportOnly, ...only };
}
