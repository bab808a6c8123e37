/**
 * UN document symbols (`CTOC/COP/WG.4/2011/8`, `A/RES/64/293`, `E/CN.15/2019/L.3/Rev.1`, `S/RES/2331 (2016)`), with an
 * optional pinpoint after them (what a pinpoint chain before a document points into: `document-pins.ts`).
 */

import type { Candidate, PinSpan } from './candidate';
import { cleanPinpoint } from './candidate';
import { parseListedAfter } from './symbol-lists';
import { DOCUMENT_WORD_BEFORE, internalReference, keyUpper, oneSlash, SESSION_OR_YEAR } from './symbol-grammar';
import { seriesRefused, sessionOf } from './symbol-grammar';
import { capitalAfterStop, endsWithDigit, hasSpace, letterAt, touchesAfter, touchesBefore } from './symbol-chars';
import { SYMBOL_RE, SYMBOL_ROOT } from './symbol-regex';
import { datedSymbol, dayCut, symbolAfterDate, YEAR_GLUED_BEFORE } from './symbol-dates';
import { unstroked } from './symbol-ocr';
import { codeNumber, SERIES_END, seriesNumber, unclosedYear } from './symbol-breaks';
import { spacedSymbol } from './symbol-spaced';
import { parseSymbolPins } from './symbol-pins';
import { execAt, stickyCased } from './patterns';

export { SYMBOL_ROOT, SYMBOL_ROOTS } from './symbol-regex';

// What a symbol may not touch: a letter, digit, `_`, `.`, `-` or `@` before it (`F.09.V.11`, `x-A/1/2`, e-mails); a
// word character or slash after it (`/treaties/CTOC/index.html` fails the segment rule anyway): `symbol-chars.ts`.
/**
 * But a one-letter root in capitals glued to a lower-case word, then a lettered series in capitals, is a symbol run into
 * a label (`Resolution NumberA/RES/55/255`, `CodeS/RES/1851`, `Web viewA/HRC/7/78`; the scanner's `GLUED_ROOT`).
 * Case-sensitive: `data/res/1` or `usA/b` are not.
 */
const LABEL_GLUED_RE = stickyCased('(?<=[a-z])[ASE]/[A-Z]{1,5}[./]');

/** The resolution series of a Security Council symbol (`/RES/`, spaced too: `S / RES / 1325`), whose year is keyed. */
const SC_RES_SEGMENT = /^\s?\/\s?RES\s?\//i;

/**
 * A slash then white space and a lower-case word inside the matched segments: prose after a stray slash (`…/Q/5/ and
 * Add.1`), not a component (a spaced component is a capital or a number: `E/CN.15/2008/ CRP.2`, `S/ PV.7847`).
 * Session 23 (dev en-510): a word in title case there, white space before or after the slash, without a component's
 * number (`Add.1`, `Rev. 2`) or a slash after it: the next cell of a masthead's table (`A/HRC/27/53\n/ General
 * Assembly / Distr.: General`), not `…/GENERAL`. And after a line break a word in capitals followed by another word
 * (`\n/ GENERAL ASSEMBLY`): no component has a space after it (`TD/OLIVE OIL.10` has one inside, on one line).
 */
const PROSE_AFTER_SLASH =
  /\s?\/\s+(?=[a-z])|(?:\s\/\s*|\/\s+)(?=[A-Z][a-z]+(?![a-z]|\.\s?\d|\s?\/))|\n\s*\/\s*(?=[A-Z]{2,8} [A-Za-z])/;

/**
 * A stray slash after a symbol's last component, before white space, closing punctuation or a sentence's end
 * (`CEDAW/C/JAM/Q/5/ and Add.1`, `A/64/440/.`): the symbol ends before it. A slash before anything else is a path.
 */
const STRAY_SLASH_RE = stickyCased('/(?=[\\s),;]|\\.(?!\\w)|$)');

/**
 * Another symbol glued on after a symbol's last number, with or without a full stop (an exported bitext's cells:
 * `CAC/COSP/IRG/2015/2CAC/COSP/IRG/2015/2`, `…/2015/1.CAC/COSP/IRG/2015/1.`): two symbols. Upper-case roots only, as
 * symbols are written; the second is read from the first (the scanner sees no word start inside `2CAC`).
 */
const GLUED_RE = stickyCased(`\\.?(?:${SYMBOL_ROOT})/`);

/**
 * A slash before a symbol is only allowed in a document URL: `undocs.org/`, `undocs.org/fr/`, `docs.un.org/en/`,
 * `documents.un.org/…/`. Tested on the 40 characters before the symbol; `/treaties/CTOC/…` fails it.
 */
const URL_BEFORE = /(?:undocs\.org|docs\.un\.org|documents\.un\.org(?:\/[a-z]+)?)(?:\/[a-z]{2})?\/$/i;

/**
 * A last segment that is a numbered series of meeting records or papers (`A/C.3/SR.1218`, `E/CN.4/Sub.2/SR.5`,
 * `TD/B/Inf.222`, `S/PV.7847`, `…/L.3`, `…/CRP.2`, the Environment Assembly's `UNEP/EA.4/Res.1`, `…/Amend.1`): a document,
 * though no segment is a bare number.
 */
const NUMBERED_SERIES_END = /\/\s?(?:SR|PV|L|CRP|INF|WP|Add|Rev|Corr|Res|Dec|Amend)\. ?\d{1,5}$/i;

/**
 * Under a root of several letters (a treaty body's), a country code with its number ends a symbol (`CRC/C/Q/COS.2`, a
 * list of issues, dev es-104): three capitals; a series prefix (`CTOC/COP/WG.4`) is no document, and a path that
 * repeats its root (`CTOC/COP/WG.4/CTOC/COP/WG.4`) is debris.
 */
const LETTERED_END = /\/\s?[A-Z]{3}\. ?\d{1,3}$/;

/**
 * A connector glued to a symbol's last number by extraction (`…/CRP.1/Add.4et CEDAW/…`), or a lower-case word of four
 * letters or more (a running header's `A/HRC/7/78página 2`, dev `es-122`; not an ordinal's `th`, nor a short word
 * `yes`): the symbol ends before it.
 */
// Or a capitalised word of four letters or more (a bilingual heading's `A/64/L.63/Rev.1Sexagésimo cuarto período`, dev
// es-251; not a document word, `Corr`, `Rev`, `Add`, that a symbol goes on with).
const GLUED_CONNECTOR_RE = stickyCased('(?:and|et|y)(?=\\s)|[a-zà-ÿ]{4}|(?!Corr|Rev|Add)[A-ZÀ-Þ][a-zà-ÿ]{3}');

/**
 * A spaced symbol whose second component is a number is read only when that number is what the UN's grammar puts
 * there: the Assembly's session (`A /66/457`: 31–80, numbered so since 1976), or the year of an ECOSOC (since 1978) or
 * Security Council (since 1994) document (`S /2017/939`), then a document number. Upper-case root: `Grade A /20/3`
 * (a staff grade), `a / 4 / 2` are not symbols.
 */
const SESSION_OR_YEAR_RE = new RegExp(`^(?:${SESSION_OR_YEAR})\\s?\\/\\s?\\d`);

/**
 * What makes an old single-number Security Council symbol (before 1994's year numbering: `S/24111`) a document and not
 * Peru's sol (`S/1775`): a document word right before it (`document S/24111`, `documento`, `doc.`), or a hyphen
 * joining it to the symbol before (`A/47/277-S/24111`, the joint symbol of a letter to both organs; dev fr-247), or
 * the en dash the UN's own typesetting puts there (`A/47/277–S/24111`).
 */
const OLD_S_BEFORE = new RegExp(`(?:${DOCUMENT_WORD_BEFORE}|\\d[-\u2013])$`, 'i');

/**
 * Parses a symbol at `pos`; returns its upper-case key and end, or null when the text there is not a symbol. The
 * Human Rights Council's `HRC/RES/…` written without its `A/` is keyed with it (`symbol-grammar.ts`, dev fr-298); its
 * information series `HRC/NONE/…` is a symbol of its own (dev fr-210).
 */
export function parseSymbol(text: string, pos: number): { key: string; end: number } | null {
  const s = readSymbol(text, pos);
  return s?.key.startsWith('HRC/') && !s.key.startsWith('HRC/NONE/') ? { key: `A/${s.key}`, end: s.end } : s;
}

/** `parseSymbol` before the `A/` of the Council's series is put back. */
function readSymbol(text: string, pos: number): { key: string; end: number } | null {
  // A slash spaced on both sides after the root (`E / 2009 / L.18`): read as written with every spaced slash closed up
  // (`symbol-spaced.ts`), and only so (undefined: not spaced so).
  const spaced = spacedSymbol(text, pos, readWritten);
  return spaced === undefined ? readWritten(text, pos) : spaced;
}

/** `readSymbol` on the text's own slashes. */
function readWritten(text: string, pos: number): { key: string; end: number } | null {
  // OCR debris (`symbol-ocr.ts`): slashes read as strokes (`AlRESI71/280`) always, and digits read as letters
  // (`E/CN.4/l998/53`) when the symbol does not read as written; read again on a window from `pos` with them put back.
  const strokes = unstroked(text, pos, false);
  const plain = strokes === null ? parsePlain(text, pos) : null;
  // A date's day glued to the last number (`symbol-dates.ts`).
  const dated = strokes === null ? datedSymbol(text, pos, plain !== null, parsePlain) : null;
  if (dated) return dated;
  if (plain || (pos > 0 && (touchesBefore(text.charCodeAt(pos - 1)) || text.charCodeAt(pos - 1) === 47))) return plain;
  for (const fixed of [strokes, unstroked(text, pos, true)]) {
    const s = fixed === null ? null : parsePlain(fixed, 0);
    if (s) return { key: s.key, end: pos + s.end };
  }
  return null;
}

/** `parseSymbol` on the text as written. */
function parsePlain(text: string, pos: number): { key: string; end: number } | null {
  const m = execAt(SYMBOL_RE, text, pos);
  if (!m) return null;
  const root = m[1] ?? '';
  let segments = m[2] ?? '';
  // Prose after a spaced slash (`CEDAW/C/JAM/Q/5/ and Add.1`, dev en-194): the symbol ends before that slash, with
  // nothing read after it (year, volume, session).
  // Read with a few characters after the segments: the word after a capitals one (`PROSE_AFTER_SLASH`); only when
  // white space stands in them (every form has some at a slash).
  const after = pos + root.length + segments.length;
  const found = hasSpace(segments) ? PROSE_AFTER_SLASH.exec(segments + text.slice(after, after + 12)) : null;
  const prose = found && found.index < segments.length ? found : null;
  if (prose) segments = segments.slice(0, prose.index);
  // A heading's date after a stray slash (`A/HRC/15/34/\n8 de enero de 2009`, dev es-307): its day is no component.
  const day = prose ? null : dayCut(segments, text, pos + root.length + segments.length);
  if (day !== null) segments = day;
  const tail: readonly (string | undefined)[] = prose || day !== null ? [] : m;
  const before = pos > 0 ? text.charAt(pos - 1) : '';
  // Glued to a symbol's last number (see GLUED_RE), or joined to it by a hyphen (`…/2018/CRP.1-CTOC/COP/…`).
  // An ellipsis before it (a truncated title line run into the symbol: `{65BFCF9B...S/PV.8649`, dev en-400), or a
  // date's year (`symbolAfterDate`) is no part of it either.
  if (
    pos > 0 &&
    touchesBefore(text.charCodeAt(pos - 1)) &&
    !/[/.]\d{1,5}[.-]?$/.test(text.slice(pos - 7, pos)) &&
    !execAt(LABEL_GLUED_RE, text, pos) &&
    !(before === '.' && text.slice(pos - 3, pos) === '...') &&
    !(/\d/.test(before) && YEAR_GLUED_BEFORE.test(text.slice(pos - 5, pos)))
  )
    return null;
  if (before === '/' && !URL_BEFORE.test(text.slice(Math.max(0, pos - 40), pos))) return null;
  if (seriesRefused(root, segments)) return null;
  // A special session's space for its hyphen (`A/S 23/10`, `symbol-grammar.ts`): the hyphen back, the same length.
  if (segments.includes(' ')) segments = segments.replace(/(\/E?S) (?=\d)/, '$1-');
  // A treaty body's combined reports with an en dash (`CRC/C/KEN/CO/3–5`, `COMBINED_REPORTS`): keyed with the hyphen.
  if (segments.includes('\u2013')) segments = segments.replace('\u2013', '-');
  // Only a resolution takes its year in brackets (`S/RES/1325 (2000)`): after a report's symbol the year is its date,
  // outside the span and the key (`S/2004/616 (2004)`, dev fr-352, as `A/HRC/12/18 (2009)` always was).
  const isSc = tail[3] !== undefined && root.toUpperCase() === 'S' && SC_RES_SEGMENT.test(segments);
  const volume = tail[4];
  // Spaced (`A / RES / 70/179`): a lettered series, or a session or year after a one-letter root (`SESSION_OR_YEAR_RE`).
  // Only white space at a slash spaces it: a space after a component's full stop is debris (`A/64/L.63/Rev. 1`, es-251).
  if (
    /\s\/|\/\s/.test(segments) &&
    !/[a-z]/i.test(segments.split('/')[1] ?? '') &&
    !SESSION_OR_YEAR_RE.test(root + segments)
  )
    return null;
  const end = isSc || volume !== undefined ? pos + m[0].length : pos + root.length + segments.length;
  const glued = endsWithDigit(segments) && letterAt(text, end) && execAt(GLUED_CONNECTOR_RE, text, end);
  if (
    touchesAfter(text.charCodeAt(end)) &&
    !execAt(GLUED_RE, text, end) &&
    !execAt(STRAY_SLASH_RE, text, end) &&
    !glued
  )
    return null;
  // One segment only for a lettered series with its number (`S/PV.7847`), or an old single-number symbol of the
  // Assembly or ECOSOC (before their session and year numbering: `Doc UN A/1775`, `E/5248`, dev `fr-127`, `en-306`;
  // capitals, three to five digits, no space; not `S/`, Peru's sol: `S/ 1775`); otherwise a number must follow a slash.
  if (oneSlash(segments)) {
    if (
      !/^\/\s?[a-z]{1,8}\.\d{2,5}$/i.test(segments) &&
      !(/^[AE]$/.test(root) && /^\/[1-9]\d{2,4}$/.test(segments)) &&
      !(root === 'S' && /^\/[1-9]\d{3,4}$/.test(segments) && OLD_S_BEFORE.test(text.slice(Math.max(0, pos - 12), pos)))
    )
      return null;
  } else if (
    !/\/\s?\d/.test(segments) &&
    (root.length === 1 || !/\.\d{4}\//.test(segments)) &&
    !NUMBERED_SERIES_END.test(segments) &&
    (root.length === 1 || !LETTERED_END.test(segments) || segments.toUpperCase().includes(`/${root.toUpperCase()}/`))
  ) {
    // A country code whose number went to the next line (`(CRC/C/Q/COS.\n2)`, dev es-104: `symbol-breaks.ts`).
    const code = isSc || volume !== undefined ? null : codeNumber(root, segments, text, end);
    if (!code) return null; // a number segment, or a session year in a lettered one (`NPT/CONF.2020/PC.I/CRP.2`)
    return { key: keyUpper(`${root}${segments}`) + `.${code[1]}`, end: end + code[0].length };
  }
  if (root.length === 1) {
    // `A/4/4`, `s/2020/1`: a one-letter root needs a lettered segment or a first number of 2+ digits, and in lower
    // case a lettered segment (`a/res/64/293` yes, `e/1/12` no).
    const first = /^\s?\/\s?(\d+)/.exec(segments);
    if (first && (first[1] ?? '').length < 2) return null;
    if (root === root.toLowerCase() && !/\/\s?[a-z]/i.test(segments)) return null;
  }
  if (!endsWithDigit(segments) && SERIES_END.test(segments)) {
    // A lettered series whose number went to a later line (`A/AC.293/2022/L.\n\n1`, `symbol-breaks.ts`): the symbol
    // goes on to it.
    const broken = !isSc && volume === undefined ? seriesNumber(text, end) : null;
    // An OCR'd `l` for the number 1 (`A/58/422/Add.l`, a law review's footnote), else the number on a later line; a
    // series with neither is an incomplete symbol (`A/HRC/32/L.` heading a draft whose number was lost), not one.
    const ocr = /^\.l(?![\w/])/.test(text.slice(end, end + 3));
    // A revision, addendum or corrigendum written without its number is keyed as written (`E/CN.15/2013/L.20/Rev`,
    // a fixture convention); a draft's blank `L.` or `CRP.` is no symbol.
    if (!ocr && !broken && /(?:Rev|Add|Corr)$/i.test(segments)) return { key: keyUpper(`${root}${segments}`), end };
    if (!ocr && !broken) return null;
    return {
      key: keyUpper(`${root}${segments}`) + `.${ocr ? '1' : (broken?.[1] ?? '')}`,
      end: ocr ? end + 2 : end + (broken?.[0].length ?? 0),
    };
  }
  const session = sessionOf(root, segments, tail[5], tail[6], isSc || volume !== undefined);
  if (session) return { key: keyUpper(`${root}${segments}`) + session, end: pos + m[0].length };
  // A resolution's year with its closing bracket lost (`S/RES/2391 (2017 Nations Unies`, `unclosedYear`): keyed.
  const sRoot = root.length === 1 && (root.charCodeAt(0) | 32) === 115; // `/^s$/i`, first: most roots are others
  const open =
    sRoot && !isSc && volume === undefined && SC_RES_SEGMENT.test(segments) ? unclosedYear(segments, text, end) : null;
  if (open) return { key: keyUpper(`S${segments}(${open[1]})`), end: end + open[0].length };
  const year = isSc ? `(${tail[3]})` : '';
  const vol = volume !== undefined && !isSc ? `(${volume.replace(/\s/g, '')})` : '';
  if (volume !== undefined && tail[3] !== undefined && !isSc) return null;
  return { key: keyUpper(`${root}${segments}`) + year + vol.toUpperCase(), end };
}

/**
 * Candidates for a symbol at `pos` with an optional pinpoint after it (`CTOC/COP/WG.4/2013/5, par. 45`), then those of
 * the symbols glued on after it, in a loop: a call per glued symbol overflowed the stack on 64 kB of them (issue #11).
 * `chained` collects where each glued symbol after the first starts: a call there gives the same candidates again (a
 * step reads the text from its start only), so the classifier makes none (`A/RES/415(V)A/RES/…`: the scanner finds a
 * trigger after each `)`, and reading the rest of the chain at each was quadratic).
 */
// prettier-ignore
export function parseSymbolCitation(text: string, pos: number, pins?: readonly PinSpan[], chained?: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  if (internalReference(text, pos)) return out;
  for (let at: number | null = pos; at !== null;) {
    const s = parseSymbol(text, at);
    if (!s) break;
    const ref = { type: 'symbol', symbol: s.key } as const;
    if (pins && at === pos) return withPins(pins, s.end, s.key, ref);
    // After a stray slash (`…/Q/5/ and Add.1`) what follows is read from past it; spaced after a spaced symbol
    // (`CEDAW / C / JAM / Q / 5 / and Add.1`, `symbol-spaced.ts`), from past its space.
    const spacedStray = text.startsWith(' / ', s.end) && text.slice(at, s.end).includes(' / ');
    const after = text.charAt(s.end) === '/' ? s.end + 1 : spacedStray ? s.end + 2 : s.end;
    const post = parseSymbolPins(text, after);
    const extra = parseListedAfter(text, post ? post.end : after, s.key, !post);
    // A pinpoint after the last document listed is that document's (`véase A/67/48 y Corr.1, párr. 26`, dev es-220).
    const last = post ? undefined : extra[extra.length - 1];
    const lastPins = last ? parseSymbolPins(text, last.end) : null;
    if (last && lastPins) Object.assign(last, { end: lastPins.end, pinpoint: cleanPinpoint(lastPins.pin) });
    const pinpoint = post ? cleanPinpoint(post.pin) : undefined;
    out.push({ start: at, end: post ? post.end : s.end, kind: 'symbol', key: s.key, pinpoint, ref }, ...extra);
    const glued = capitalAfterStop(text, s.end) ? execAt(GLUED_RE, text, s.end) : null;
    const next = glued ? s.end + (glued[0].startsWith('.') ? 1 : 0) : null;
    // Else the next symbol glued to the year of a heading's date after this one (`symbolAfterDate`, dev es-276).
    at = next ?? (post || extra.length > 0 ? null : symbolAfterDate(text, s.end));
    if (at !== null) chained?.add(at);
  }
  return out;
}

// A loop, not `map` with a closure: the closure was one more function V8 compiled in the bench's window (session 47).
export function withPins(pins: readonly PinSpan[], end: number, key: string, ref: Candidate['ref']): Candidate[] {
  const out: Candidate[] = [];
  for (const p of pins) {
    const last = out.length === pins.length - 1;
    out.push({ start: p.start, end: last ? end : p.end, kind: 'symbol', key, pinpoint: cleanPinpoint(p.pin), ref });
  }
  return out;
}
