/**
 * Written forms of a resolution or symbol citation: perturbations of `perturbations.ts` that rewrite a labelled
 * resolution (`General Assembly resolution 64/293`) or document symbol (`A/RES/70/179`) into another form real UN
 * documents and the texts citing them use for the same document (`resolution 64/293 of the General Assembly`,
 * `G.A. Res. 64/293`, `resolution 2467(2019)`, a PDF's `A / RES / 70/179`), the label's key unchanged and its span
 * following the rewrite through the offset map. Only inside spans labelled `resolution` or `symbol`, and only where
 * the span has the plain shape the rewrite needs: a wrong rewrite would be scored as the engine's error, so each form
 * gives up on anything it does not read for certain (a list before or after the span, a body the key does not name,
 * a line break, a word glued to the span, another label in the way).
 *
 * The body's place (`body-after`, `body-before`) and the legal abbreviation (`res-abbrev`) are English only: French
 * and Spanish UN documents name the body after the number (`résolution 64/293 de l'Assemblée générale`), and the
 * body before it (`resoluciones de la Asamblea General 63/156`) is attested mostly in lists, which the forms leave.
 */

import type { LabelSpan, Perturbed } from './rewrite-map';
import { editLabelledSpans, type Edit } from './span-edits';
import type { Perturbation } from './perturbations';

/** What a form sees of a labelled span: its text, its label's key, the text around it. */
interface SpanView {
  span: string;
  key: string;
  before: string;
  after: string;
}

/** A form: the edits of a span (none where the span is not of the plain shape it rewrites). */
type Form = (v: SpanView) => Edit[];

/**
 * A perturbation of a form: its edits in every span labelled with one of `kinds` and a key (`editLabelledSpans`).
 */
function formPerturbation(kinds: readonly string[], form: Form) {
  return (text: string, labels: readonly LabelSpan[] = []): Perturbed =>
    editLabelledSpans(text, labels, (label) =>
      label.kind === undefined || !kinds.includes(label.kind) || label.key === undefined
        ? []
        : form({
            span: text.slice(label.start, label.end),
            key: label.key,
            before: text.slice(Math.max(0, label.start - 30), label.start),
            after: text.slice(label.end, label.end + 40),
          }),
    );
}

// ---- What the English forms share: the bodies, the number, the list and edge checks.

/**
 * The bodies an English citation names before or after the number, each with the start of the keys of its
 * resolutions (the body must be the key's: `Security Council resolution 1325` keyed `S/RES/1325`) and, for the two
 * the legal style abbreviates (`G.A. Res.`, `S.C. Res.`), its abbreviation.
 */
const BODIES: readonly { name: string; key: string; abbrev?: string }[] = [
  { name: 'General Assembly', key: 'A/RES/', abbrev: 'G.A.' },
  { name: 'Security Council', key: 'S/RES/', abbrev: 'S.C.' },
  { name: 'Human Rights Council', key: 'A/HRC/RES/' },
  { name: 'Economic and Social Council', key: 'E/RES/' },
  { name: 'Commission on Human Rights', key: 'E/CN.4/RES/' },
  { name: 'Commission on Crime Prevention and Criminal Justice', key: 'CCPCJ resolution ' },
];

const BODY = BODIES.map((b) => b.name).join('|');

/**
 * A resolution's number as written after the head word: `64/293`, `2467 (2019)` or `2467(2019)`, a bare `1325`, an
 * early session's `428 (V)` or `2200 A (XXI)`. Not `S- 27/2` (a special session), not `1862 (2009,)`, not a line
 * break inside (`39/\n 141`), not a list.
 */
const NUMBER = String.raw`\d+(?:\/\d+| ?\(\d{4}\)|(?: [A-Z])? \([IVXLC]+\))?`;

/** The key names the number: `A/RES/64/293` ends with `/64/293`, `CCPCJ resolution 27/2` with ` 27/2` (no spaces). */
function keyHolds(key: string, number: string): boolean {
  const k = key.replace(/^CCPCJ resolution /, 'CCPCJ/').replace(/\s/g, '');
  return k.endsWith(`/${number.replace(/\s/g, '')}`);
}

/** The body named `name` is the key's body. */
const bodyOfKey = (name: string, key: string) => BODIES.some((b) => b.name === name && key.startsWith(b.key));

/**
 * A list going on after the span (`, 1373 (2001)`, ` and 61/180`, ` and resolution 65/1`, `-5`) or a bracket, a
 * slash or a word glued to it (` (2000)`: a year the span left out, which a moved body would cut off): matches an
 * optional comma or semicolon, an optional list word and `resolution(s)`, then a digit or a bracket; or a glued
 * letter, digit or slash. Not a date (` of 15 November 2000`), not `, annex II`, not ` and the Political Declaration`.
 */
const LIST_AFTER = /^(?:[,;]?\s*(?:(?:and|or|to|as well as|&)\s+)?(?:resolutions?\s+)?[\d(]|[-–/\p{L}\d])/u;

/**
 * A list's earlier item before the span (`1325 (2000), `, `61/144 and `, `2000) and `): a digit or a closing
 * bracket, an optional comma or semicolon, an optional list word, white space, at the end. Not `Recalling `.
 */
const LIST_BEFORE = /[\d)][,;]?\s*(?:(?:and|or|as well as|&)\s+)?$/u;

/**
 * The word before the span, when it belongs with a body's name or head word (`United Nations ` + `Security Council…`,
 * `UN `, `its ` + `resolution…`, `the `): moving the body would split the name, abbreviating it would leave `the
 * G.A. Res.`. Matches such a word (group 1) after a non-letter, then white space, at the end.
 */
const WORD_BEFORE = /(?:^|[^\p{L}])(United Nations|UN|its|their|this|that|the)\s+$/u;

/** The word before the span (`WORD_BEFORE`), if it is one of `words`. */
const wordBefore = (before: string, words: readonly string[]) => words.includes(WORD_BEFORE.exec(before)?.[1] ?? '');

/** A sentence's start before the span: nothing, or a full stop, colon or line break and white space. */
const SENTENCE_START = /(?:^|[.!?:]\s+|\n\s*)$/u;

/** The text around the span lets a single citation be rewritten: no list on either side, nothing glued. */
const single = (before: string, after: string) =>
  !LIST_AFTER.test(after) && !LIST_BEFORE.test(before) && !/[\p{L}\d/]$/u.test(before);

// ---- 1. body-after: `General Assembly resolution 64/293` → `resolution 64/293 of the General Assembly`.

/**
 * The whole span: a body's full name at its start, one space, the head word singular (group 2 its first letter,
 * either case), one space, the number (group 3), the span's end. Groups: 1 the body. Not `resolutions` (a list),
 * not `General Assembly\nresolution`, not `paragraph 3 of General Assembly resolution 36/168`, not `…, annex II`.
 */
const BODY_THEN_NUMBER = new RegExp(String.raw`^(${BODY}) ([Rr])esolution (${NUMBER})$`, 'u');

/**
 * ` of the ` after the span (`… resolution 2388 (2017) of the Security Council`, a body already named after it, or
 * `of the Member States`): the moved body would stand beside another `of the`. Not a date (` of 15 November 2000`).
 */
const OF_THE_AFTER = /^\s+of\s+the\s/u;

const bodyAfter: Form = ({ span, key, before, after }) => {
  const m = BODY_THEN_NUMBER.exec(span);
  if (!m || !bodyOfKey(m[1]!, key) || !keyHolds(key, m[3]!)) return [];
  if (!single(before, after) || wordBefore(before, ['United Nations', 'UN']) || OF_THE_AFTER.test(after)) return [];
  // At a sentence's start the head word takes the capital the body's name had.
  const head = m[2] === 'R' || SENTENCE_START.test(before) ? 'Resolution' : 'resolution';
  return [{ from: 0, to: span.length, by: `${head} ${m[3]} of the ${m[1]}` }];
};

// ---- 2. body-before: `resolution 64/293 of the General Assembly` → `General Assembly resolution 64/293`.

/**
 * The whole span: the head word singular at its start (group 1 its first letter), one space, the number (group 2),
 * ` of the `, a body's full name (group 3), the span's end. Not `resolution 1988/8 of 25 May 1988 of the…` (a date
 * between), not `2388 (2017) of the Security Council` (a list's item without its head word), not `of the Assembly`.
 */
const NUMBER_THEN_BODY = new RegExp(String.raw`^([Rr])esolution (${NUMBER}) of the (${BODY})$`, 'u');

const bodyBefore: Form = ({ span, key, before, after }) => {
  const m = NUMBER_THEN_BODY.exec(span);
  if (!m || !bodyOfKey(m[3]!, key) || !keyHolds(key, m[2]!)) return [];
  // `its resolution 64/293 of the General Assembly` would become `its General Assembly resolution`: left alone.
  if (!single(before, after) || wordBefore(before, ['its', 'their', 'this', 'that'])) return [];
  return [{ from: 0, to: span.length, by: `${m[3]} ${m[1]}esolution ${m[2]}` }];
};

// ---- 3. res-symbol-spaced: `A/RES/70/179` → `A / RES / 70/179`, `S/2004/525` → `S / 2004 / 525`.

/**
 * The whole span a symbol with no space or line break: a series of capitals (`A`, `CTOC`), then segments of letters,
 * digits, dots and hyphens joined by slashes, an optional Council year (`S/RES/2467(2019)`, `S/RES/2467 (2019)`).
 * Not `A55/383` (extraction debris), not `A/51/49 (Vol. I)`, not `A/55/383/Add. 1`, not `E/CN.15/2008/ CRP.2`
 * (already spaced), not `Corr.1` (no slash), not `A/…, para. 62`.
 */
const PLAIN_SYMBOL = /^[A-Z]+(?:\/[A-Za-z0-9.-]+)+(?: ?\(\d{4}\))?$/u;

/**
 * The resolution number ending a `…/RES/` symbol (`70/179` of `A/RES/70/179`): a PDF's text layer keeps it whole
 * (`A / RES / 68/192`), so its slash is not spaced. Matches `/RES/`, digits, a slash, digits at the end.
 */
const RES_NUMBER_END = /\/RES\/\d+\/\d+$/u;

/**
 * A symbol glued to what comes after it: a letter, a digit or a slash, or a hyphen or a full stop before one (the
 * joint symbols `A/47/277-S/24111`, a bitext's `CAC/COSP/IRG/2015/1.CAC/…`): spacing one of them alone is no
 * PDF's text layer. Not a full stop or a hyphen before a space (`A/RES/64/178. The`).
 */
const GLUED_AFTER = /^[-–.]?[\p{L}\d/]/u;

/**
 * A symbol glued to what comes before it: anything but white space, an opening bracket or quote at the end (a URL's
 * `undocs.org/`, `(English)`, `-` of a joint symbol).
 */
const GLUED_BEFORE = /[^\s(["“‘'«]$/u;

const symbolSpaced: Form = ({ span, before, after }) => {
  if (!PLAIN_SYMBOL.test(span) || GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) return [];
  const keep = RES_NUMBER_END.test(span) ? span.lastIndexOf('/') : -1;
  const edits: Edit[] = [];
  for (let i = span.indexOf('/'); i >= 0; i = span.indexOf('/', i + 1)) {
    if (i !== keep) edits.push({ from: i, to: i + 1, by: ' / ' });
  }
  return edits;
};

// ---- 4. res-abbrev: `General Assembly resolution 61/180` → `G.A. Res. 61/180` (the legal citation style).

/**
 * The span's start: the Assembly's or the Council's full name (group 1), one space, the head word singular, one
 * space, then the number (group 2), then the span's end or a comma (`, annex II`). Not `resolutions` (a list), not
 * `General Assembly decision`, not `Human Rights Council resolution` (its legal abbreviation varies).
 */
const ABBREVIABLE = new RegExp(String.raw`^(General Assembly|Security Council) [Rr]esolution (${NUMBER})(?=$|,)`, 'u');

const resAbbrev: Form = ({ span, key, before, after }) => {
  const m = ABBREVIABLE.exec(span);
  if (!m || !bodyOfKey(m[1]!, key) || !keyHolds(key, m[2]!)) return [];
  if (!single(before, after) || wordBefore(before, ['United Nations', 'UN', 'its', 'their', 'this', 'that', 'the'])) {
    return [];
  }
  const abbrev = BODIES.find((b) => b.name === m[1])!.abbrev!;
  return [{ from: 0, to: m[0].length - m[2]!.length, by: `${abbrev} Res. ` }];
};

// ---- 5. council-year: `resolution 2467 (2019)` ↔ `resolution 2467(2019)`.

/** A Council key with its year: `S/RES/2467(2019)`; groups 1 the number, 2 the year. Not `S/RES/1325` (no year). */
const COUNCIL_KEY = /^S\/RES\/(\d+)\((\d{4})\)$/u;

const councilYear: Form = ({ span, key }) => {
  const k = COUNCIL_KEY.exec(key);
  if (!k) return [];
  // The key's number and year in the span, one space or none between, not inside a longer number (`12467 (2019)`).
  const m = new RegExp(String.raw`(?<!\d)${k[1]}( ?)\(${k[2]}\)`, 'u').exec(span);
  if (!m) return [];
  const at = m.index + k[1]!.length;
  return m[1] === ' ' ? [{ from: at, to: at + 1, by: '' }] : [{ from: at, to: at + 1, by: ' (' }];
};

/** The written forms of a resolution or symbol citation, in the table's order (after `FORM_PERTURBATIONS`). */
export const RESOLUTION_FORM_PERTURBATIONS: readonly Perturbation[] = [
  {
    name: 'body-after',
    what: 'body named after the number (EN)',
    perturb: formPerturbation(['resolution'], bodyAfter),
  },
  {
    name: 'body-before',
    what: 'body named before the number (EN)',
    perturb: formPerturbation(['resolution'], bodyBefore),
  },
  {
    name: 'res-symbol-spaced',
    what: "symbol's slashes spaced (PDF text)",
    perturb: formPerturbation(['symbol'], symbolSpaced),
  },
  {
    name: 'res-abbrev',
    what: 'G.A. Res. / S.C. Res. (legal style)',
    perturb: formPerturbation(['resolution'], resAbbrev),
  },
  {
    name: 'council-year',
    what: 'Council year bracket spaced or not',
    perturb: formPerturbation(['resolution'], councilYear),
  },
];
