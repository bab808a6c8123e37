/**
 * Numbering and head-word forms of a resolution or COP instrument citation: perturbations of `perturbations.ts` that
 * rewrite a span labelled `resolution` or `cop-instrument` into another form real French, Spanish and English texts
 * use for the same document, the label's key unchanged and its span following the rewrite through the offset map:
 * a number sign before the number (`résolution n° 64/293`, `resolución núm. 2216`, `Resolution nº 2008/22`), the head
 * word capitalised mid-sentence (`Security Council Resolution 1373`), the Conference's shorter name (`of the
 * Conference of the Parties to the Organized Crime Convention`), and the session after the span in figures (`adopted
 * at its 4th session`). As in `resolution-forms.ts`, each form gives up on anything it does not read for certain: a
 * wrong rewrite would be scored as the engine's error.
 */

import type { LabelSpan, Perturbed } from './rewrite-map';
import { editLabelledSpans, type Edit } from './span-edits';
import type { Perturbation } from './perturbations';

/**
 * What a form sees of a labelled span: its text and key, the text around it, the next label's offset. Not the
 * passage's language: a French page quotes `Security Council Resolution 1888`, so each form reads the span's own words.
 */
interface SpanView {
  span: string;
  key: string;
  /** The span's start in the passage (a deterministic choice between variants hashes it). */
  start: number;
  before: string;
  after: string;
  /** Where the next other label starts, counted from the span's end (`Infinity` when none does). */
  next: number;
}

/** A form: the edits of a span (none where the span is not of the plain shape it rewrites). */
type Form = (v: SpanView) => Edit[];

/** How much of the text after the span a form sees. */
const AFTER = 160;

/** A perturbation of a form: its edits in every span labelled `resolution` or `cop-instrument` with a key. */
function formPerturbation(form: Form) {
  return (text: string, labels: readonly LabelSpan[] = []): Perturbed =>
    editLabelledSpans(text, labels, (label) => {
      if ((label.kind !== 'resolution' && label.kind !== 'cop-instrument') || label.key === undefined) return [];
      const starts = labels.filter((l) => l !== label && l.start >= label.end).map((l) => l.start - label.end);
      return form({
        span: text.slice(label.start, label.end),
        key: label.key,
        start: label.start,
        before: text.slice(Math.max(0, label.start - 30), label.start),
        after: text.slice(label.end, label.end + AFTER),
        next: Math.min(Infinity, ...starts),
      });
    });
}

// ---- What the forms share: the head words, the number, the list and edge checks.

/**
 * A head word, singular (group 1) or plural, as a whole word: `resolution`, `décision`, `resolución`, `decisiones`,
 * either case. Not `resolutions` read as `resolution` (the plural is taken whole), not `irresolution`.
 */
const HEAD =
  /(?<![\p{L}\d])(?:([Rr]esolution|[Dd]ecision|[Rr]ésolution|[Dd]écision|[Rr]esolución|[Dd]ecisión)|[Rr]esolutions|[Dd]ecisions|[Rr]ésolutions|[Dd]écisions|[Rr]esoluciones|[Dd]ecisiones)(?![\p{L}\d])/u;

/**
 * The number after a singular head word, one plain space between: `64/293`, `2331`, `155` of `155 C (VII)` (group 1,
 * its first run of digits and slashes). Not a line break (`resolution\n1265`), not `S-1/1` (a special session), not
 * a number sign already there (`n° 1 593`).
 */
const SINGULAR_THEN_NUMBER = new RegExp(String.raw`${HEAD.source} (\d+(?:\/\d+)*)(?![\d/])`, 'u');

/** The key names the number: `A/RES/64/293` holds `64/293`, `S/RES/2331(2016)` holds `2331`, not `12331`. */
const keyHolds = (key: string, number: string) =>
  new RegExp(String.raw`(?:^|[/ ])${number.replace(/\//g, '\\/')}(?![\d/])`, 'u').test(key.replace(/\s+/g, ' '));

/**
 * A list going on after the span (`, 65/1`, ` and 61/180`, ` et 2/3`, ` y 64/178`) or a word, digit or slash glued
 * to it: an optional comma or semicolon, an optional list word, then a digit; or a glued letter, digit or slash.
 */
const LIST_AFTER = /^(?:[,;]?\s*(?:(?:and|or|et|ou|y|e|o)\s+)?\d|[\p{L}\d/])/u;

/** Something glued before the span: a letter, a digit, a slash or a hyphen at the end. */
const GLUED_BEFORE = /[\p{L}\d/-]$/u;

// ---- 1. num-sign: `résolution 64/293` → `résolution n° 64/293`, `resolution 64/293` → `resolution No. 64/293`.

/**
 * The number signs of each language, one picked by the span's start (all attested before a UN number), the language
 * the head word's (a French page quotes `Security Council Resolution 1888` in English): a French head word's accent
 * (`é`), a Spanish head word's ending (`ción`, `sión`), else English.
 */
function numberSigns(head: string): readonly string[] {
  if (/é/u.test(head)) return ['n°', 'no', 'nº'];
  if (/ó/u.test(head)) return ['N°', 'núm.', 'n.º'];
  return ['No.'];
}

const numSign: Form = ({ span, key, start, before, after }) => {
  const m = SINGULAR_THEN_NUMBER.exec(span);
  if (!m || m[1] === undefined || !keyHolds(key, m[2]!)) return [];
  const signs = numberSigns(m[1]);
  // The number's head word is the span's first (not `décisions 2/3 et décision 3/3`), the span not glued or listed.
  if (HEAD.exec(span)!.index !== m.index || GLUED_BEFORE.test(before) || LIST_AFTER.test(after)) return [];
  const space = m.index + m[1].length;
  return [{ from: space, to: space + 1, by: ` ${signs[start % signs.length]!} ` }];
};

// ---- 2. head-capital: `resolution 64/293` → `Resolution 64/293`, `Security Council resolution` → `… Resolution`.

/**
 * The English bodies a span may name before its head word (`Security Council Resolution 1373`, as NGO pages write
 * it): the span's start, a body's full name, one space; group 1 the name. Not `United Nations Security Council` (the
 * head word then is not the span's first word after a body), not `the Council's resolution`.
 */
const BODY_FIRST =
  /^(General Assembly|Security Council|Human Rights Council|Economic and Social Council|Commission on Human Rights|Commission on Crime Prevention and Criminal Justice|Conference of the Parties|Conference) (?=\p{Ll})/u;

const headCapital: Form = ({ span, before }) => {
  const at = BODY_FIRST.exec(span)?.[0].length ?? 0;
  const m = HEAD.exec(span.slice(at));
  // The head word where the span starts (or after its body), lowercase, nothing glued before the span.
  if (!m || m.index !== 0 || !/^\p{Ll}/u.test(m[0]) || (at === 0 && GLUED_BEFORE.test(before))) return [];
  return [{ from: at, to: at + 1, by: m[0][0]!.toUpperCase() }];
};

// ---- 3. cop-body-name: the Organized Crime Convention's full name in a COP instrument's span → its short name.

/**
 * The Conference of the Parties to the Organized Crime Convention by the treaty's full name, in each language, with
 * the short name UNODC's documents give it: `of the Conference of the Parties to the United Nations Convention
 * against Transnational Organized Crime` → `… to the Organized Crime Convention`, French `de la Conférence des Parties
 * à la Convention des Nations Unies contre la criminalité transnationale organisée` → `… à la Convention contre la
 * criminalité organisée`, Spanish `de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la
 * Delincuencia Organizada Transnacional` → `… en la Convención contra la Delincuencia Organizada`. Each regex: the
 * Conference's name and the treaty's full name with one space (no line break) between words, either case for the
 * French and Spanish treaty words, then the span's end or a comma.
 */
const BODY_NAMES: Readonly<Record<string, { full: RegExp; short: string }>> = {
  en: {
    full: /(Conference of the Parties to the )United Nations Convention against Transnational Organized Crime(?=$|,)/u,
    short: 'Organized Crime Convention',
  },
  fr: {
    full: /(Conférence des Parties à la Convention )des Nations Unies contre la [Cc]riminalité [Tt]ransnationale [Oo]rganisée(?=$|,)/u,
    short: 'contre la criminalité organisée',
  },
  es: {
    full: /(Conferencia de las Partes en la Convención )de las Naciones Unidas contra la [Dd]elincuencia [Oo]rganizada [Tt]ransnacional(?=$|,)/u,
    short: 'contra la Delincuencia Organizada',
  },
};

const copBodyName: Form = ({ span, key }) => {
  if (!key.startsWith('COP ')) return [];
  const name = Object.values(BODY_NAMES).find((n) => n.full.test(span));
  const m = name?.full.exec(span);
  if (!name || !m) return [];
  const from = m.index + m[1]!.length;
  return [{ from, to: m.index + m[0].length, by: name.short }];
};

// ---- 4. session-ordinal: `adopted … at its fourth session` after the span → `at its 4th session`.

/** English ordinals in words up to 99: `fourth`, `twelfth`, `fifty-fourth`, `twentieth`. */
const EN_UNITS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
const EN_TEENS = 'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth';
const EN_TENS = 'twent thirt fort fift sixt sevent eight ninet'.split(' ');

/** French ordinals up to 79: `quatrième`, `soixante et unième`, `cinquante-deuxième`, `soixante-dixième`. */
const FR_UNITS = 'unième deuxième troisième quatrième cinquième sixième septième huitième neuvième'.split(' ');
const FR_TEENS =
  'dixième onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième';
const FR_TENS = 'vingt trente quarante cinquante soixante'.split(' ');

/** Spanish ordinals up to 79 as UN documents write them: `primer`, `cuarto`, `sexagésimo primer`. */
const ES_UNITS = 'primer segundo tercer cuarto quinto sexto séptimo octavo noveno'.split(' ');
const ES_TEENS =
  'décimo undécimo duodécimo decimotercer decimocuarto decimoquinto decimosexto decimoséptimo decimoctavo decimonoveno';
const ES_TENS = 'vigésimo trigésimo cuadragésimo quincuagésimo sexagésimo septuagésimo'.split(' ');

/** Each language's ordinals in words, each with its number. */
function ordinals(lang: string): Map<string, number> {
  const map = new Map<string, number>();
  const units = { en: EN_UNITS, fr: FR_UNITS, es: ES_UNITS }[lang] ?? [];
  const teens = ({ en: EN_TEENS, fr: FR_TEENS, es: ES_TEENS }[lang] ?? '').split(' ');
  units.forEach((u, i) => map.set(lang === 'fr' && i === 0 ? 'première' : u, i + 1));
  teens.forEach((t, i) => map.set(t, i + 10));
  if (lang === 'en') {
    EN_TENS.forEach((t, i) => {
      map.set(`${t}ieth`, (i + 2) * 10);
      units.forEach((u, j) => map.set(`${t}y-${u}`, (i + 2) * 10 + j + 1));
    });
  } else if (lang === 'fr') {
    FR_TENS.forEach((t, i) => {
      map.set(`${t.replace(/e$/, '')}ième`, (i + 2) * 10);
      units.forEach((u, j) => map.set(j === 0 ? `${t} et unième` : `${t}-${u}`, (i + 2) * 10 + j + 1));
    });
    map.set('soixante-dixième', 70).set('soixante et onzième', 71);
    teens.slice(2).forEach((t, i) => map.set(`soixante-${t}`, 72 + i));
  } else if (lang === 'es') {
    ES_TENS.forEach((t, i) => {
      map.set(t, (i + 2) * 10);
      units.forEach((u, j) => map.set(`${t} ${u}`, (i + 2) * 10 + j + 1));
    });
  }
  return map;
}

const LANGS = ['en', 'fr', 'es'] as const;

const ORDINALS: Readonly<Record<string, Map<string, number>>> = {
  en: ordinals('en'),
  fr: ordinals('fr'),
  es: ordinals('es'),
};

/** An ordinal in figures: `4th`, `21st`, `1re`, `61e`, `4.º`, `1.er`, `3.er`. */
function figures(lang: string, word: string, n: number): string {
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  if (lang === 'es') return /(?:primer|tercer)$/u.test(word) ? `${n}.er` : `${n}.º`;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The ordinals of `lang` as a regex alternation, longest first (`fifty-fourth` before `fourth`). */
const alternation = (lang: string) => [...ORDINALS[lang]!.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * A session named in words after the span, with what leads to it: `at its fourth session`, `at the fifty-fourth
 * special session`, `à sa quatrième session`, `à la soixante et unième session`, `en su cuarto período de sesiones`,
 * `en el primer período extraordinario de sesiones`. Group 1 the ordinal. The leading word either case (a sentence's
 * `À sa…`, which `SENTENCE_END` then keeps from the span before it), the rest lowercase (not a title's `Fourth
 * Session`): the ordinal between a possessive or article and the word `session` (an optional `special`, `regular` or
 * `resumed` between, Spanish `extraordinario` after `período`).
 */
const SESSION: Readonly<Record<string, RegExp>> = {
  en: new RegExp(
    String.raw`(?<![\p{L}])(?:[Aa]t|[Dd]uring) (?:its|the) (${alternation('en')}) (?:(?:special|regular|resumed) )?session(?![\p{L}])`,
    'u',
  ),
  fr: new RegExp(String.raw`(?<![\p{L}])(?:[àÀ]|[Ll]ors de) (?:sa|la) (${alternation('fr')}) session(?![\p{L}])`, 'u'),
  es: new RegExp(
    String.raw`(?<![\p{L}])[Ee]n (?:su|el) (${alternation('es')}) período (?:extraordinario )?de sesiones(?![\p{L}])`,
    'u',
  ),
};

/** A sentence's or paragraph's end: a full stop, semicolon, `!` or `?` before white space or the end, or a blank line. */
const SENTENCE_END = /[.;!?](?:\s|$)|\n\s*\n/u;

const sessionOrdinal: Form = ({ span, after, next }) => {
  // The language whose phrase comes first after the span.
  const found = LANGS.map((lang) => ({ lang, m: SESSION[lang]!.exec(after) }))
    .filter((f) => f.m !== null)
    .sort((a, b) => a.m!.index - b.m!.index)[0];
  if (!found) return [];
  const { lang, m } = found as { lang: string; m: RegExpExecArray };
  // The session belongs to this span: the same sentence, no other label between (the nearest label before it).
  if (SENTENCE_END.test(after.slice(0, m.index)) || next < m.index + m[0].length) return [];
  // The ordinal's place: after the words leading to it (` fourth ` in `at its fourth session`).
  const from = span.length + m.index + m[0].indexOf(` ${m[1]!} `) + 1;
  return [{ from, to: from + m[1]!.length, by: figures(lang, m[1]!, ORDINALS[lang]!.get(m[1]!)!) }];
};

/** The numbering and head-word forms, in the table's order (after `RESOLUTION_FORM_PERTURBATIONS`). */
export const NUMBER_FORM_PERTURBATIONS: readonly Perturbation[] = [
  { name: 'num-sign', what: 'number sign (n°, núm., No.)', perturb: formPerturbation(numSign) },
  { name: 'head-capital', what: 'head word capitalised', perturb: formPerturbation(headCapital) },
  { name: 'cop-body-name', what: "Conference's short name (COP)", perturb: formPerturbation(copBodyName) },
  { name: 'session-ordinal', what: 'session ordinal in figures', perturb: formPerturbation(sessionOrdinal) },
];
