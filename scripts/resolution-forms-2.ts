/**
 * More written forms of a resolution citation (after `resolution-forms.ts`, same conventions): a two-item list with
 * its head word repeated (`resolution 64/293 and resolution 65/190`), the French and Spanish body between the head
 * word and the number (`la résolution de l'Assemblée générale 64/293`), an adoption date the passage itself gives
 * written after another citation of the same resolution, and a COP instrument with the Conference named after it
 * (`decision 4/4 of the Conference of the Parties`, inside the label as the fixtures label it). Each form rewrites
 * only spans of the plain shape it needs and gives up on anything else (a wrong rewrite is scored as the engine's).
 *
 * Not here: the symbol added in brackets after a resolution (`… 64/293 (A/RES/64/293)`), a new citation the
 * perturbation interface cannot add as a label (`perturbCase` only carries the passage's labels through); an
 * adoption date copied from another citation of the same resolution in the passage (none in the in-sample
 * passages, whose dated resolutions are cited once each).
 */

import type { LabelSpan, Perturbed } from './rewrite-map';
import { editLabelledSpans, type Edit } from './span-edits';
import type { Perturbation } from './perturbations';

/** A labelled span with its kind and key (`editLabelledSpans` gives edits relative to its start). */
type Keyed = LabelSpan & { kind: string; key: string };

/** A perturbation whose edits are planned over all the labels at once (`plan`: each label's edits, by label). */
function planned(plan: (text: string, labels: readonly Keyed[], lang: string) => Map<LabelSpan, Edit[]>) {
  return (text: string, labels: readonly LabelSpan[] = [], lang = 'en'): Perturbed => {
    const keyed = labels.filter((l): l is Keyed => l.kind !== undefined && l.key !== undefined);
    const edits = plan(text, keyed, lang);
    return editLabelledSpans(text, labels, (l) => edits.get(l) ?? []);
  };
}

/**
 * A resolution's number as the first form file reads it: `64/293`, `2467 (2019)`, a bare `1325`, `428 (V)`,
 * `2200 A (XXI)`. Not `S-20/2`, not a line break inside.
 */
const NUMBER = String.raw`\d+(?:\/\d+| \(\d{4}\)|(?: [A-Z])? \([IVXLC]+\))?`;

/** The key names the number: `A/RES/64/293` ends with `/64/293`, `S/RES/2467(2019)` with `/2467(2019)`. */
const keyHolds = (key: string, number: string) => key.replace(/\s/g, '').endsWith(`/${number.replace(/\s/g, '')}`);

/**
 * A list or a bracket going on after a span (`, 1373 (2001)`, ` and 61/180`, ` et 70/80`, ` y 1889`, `-5`) or a
 * letter, digit or slash glued to it: an optional comma or semicolon, an optional list word of the three languages,
 * then a digit or a bracket; or a glued letter, digit, slash or hyphen. Not a date (` of 15 November 2000`, ` du 30`).
 */
const LIST_AFTER = /^(?:[,;]?\s*(?:(?:and|or|et|ou|y|o|e)\s+)?[\d(]|[-–/\p{L}\d])/u;

/** A list's earlier item before a span (`1325 (2000), `, `61/144 et `): a digit or `)`, a list word, at the end. */
const LIST_BEFORE = /[\d)][,;]?\s*(?:(?:and|or|et|ou|y|o|e)\s+)?$/u;

/** Nothing glued before a span: its text before ends in white space, an opening bracket or quote, or is empty. */
const FREE_BEFORE = /(?:^|[\s(["“‘'«])$/u;

/** A single citation: no list on either side, nothing glued. */
const single = (before: string, after: string) =>
  !LIST_AFTER.test(after) && !LIST_BEFORE.test(before) && FREE_BEFORE.test(before);

// ---- 1. res-list-expand: `resolutions 64/293 and 65/190` → `resolution 64/293 and resolution 65/190`.

/** Per language: the plural head word, its singular, the list word between the two items. */
const HEADS: Record<string, { plural: string; singular: string; and: string }> = {
  en: { plural: 'resolutions', singular: 'resolution', and: 'and' },
  fr: { plural: 'résolutions', singular: 'résolution', and: 'et' },
  es: { plural: 'resoluciones', singular: 'resolución', and: 'y' },
};

/**
 * French and Spanish plural determiners before the head word and their singular (`les résolutions` → `la
 * résolution … et la résolution`): a plural determiner left before a singular head would be no real form.
 */
const DETERMINERS: Record<string, Record<string, string>> = {
  fr: { les: 'la', ses: 'sa', des: 'de la', aux: 'à la', leurs: 'leur' },
  es: { las: 'la', sus: 'su' },
};

/**
 * The word before the span (group 1) after a non-letter and one space, at the end: the determiner to put in the
 * singular. Not `ces` (a demonstrative the table leaves), not a line break before the head word.
 */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{L}+) $/u;

/** A capital's case carried over: `Les` → `La`. */
const sameCase = (model: string, word: string) =>
  /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;

const planListExpand = (text: string, labels: readonly Keyed[], lang: string) => {
  const edits = new Map<LabelSpan, Edit[]>();
  const h = HEADS[lang];
  if (!h) return edits;
  /**
   * The first item's whole span: an optional English body's name (group 1, capitalised words, `General Assembly `)
   * then the plural head word (group 2, either case of its first letter), one space, the number (group 3). Not
   * `résolutions de l'Assemblée générale 61/144` (a body between), not `resolutions\n1696`, not `ulteriores`.
   */
  const first = new RegExp(
    String.raw`^((?:\p{Lu}\p{L}* )*)(${h.plural[0]!.toUpperCase()}|${h.plural[0]!})(${h.plural.slice(1)}) (${NUMBER})$`,
    'u',
  );
  /** The second item's whole span: the number alone (no body inside it, which would then name only the second). */
  const second = new RegExp(String.raw`^${NUMBER}$`, 'u');
  labels.forEach((a, i) => {
    const b = labels[i + 1];
    if (a.kind !== 'resolution' || b?.kind !== 'resolution' || text.slice(a.end, b.start) !== ` ${h.and} `) return;
    const m = first.exec(text.slice(a.start, a.end));
    const nb = text.slice(b.start, b.end);
    if (!m || !second.test(nb) || !keyHolds(a.key, m[4]!) || !keyHolds(b.key, nb)) return;
    // Another label over the pair or just before it (a shorter reading of the same words): the pair's edits would
    // be given up in part, one item rewritten without the other.
    if (labels.some((l) => l !== a && l !== b && l.start < b.end && a.start - 8 < l.end)) return;
    const before = text.slice(Math.max(0, a.start - 30), a.start);
    if (LIST_BEFORE.test(before) || !FREE_BEFORE.test(before) || LIST_AFTER.test(text.slice(b.end, b.end + 40))) return;
    const head = m[2]! + h.singular.slice(1);
    const own: Edit[] = [{ from: m[1]!.length, to: m[0].length - m[4]!.length - 1, by: head }];
    const dets = DETERMINERS[lang];
    if (dets) {
      // French and Spanish: the determiner before the head word in the singular, and repeated before the second
      // item, outside its label (the gap's last space becomes ` la `).
      const w = WORD_BEFORE.exec(before)?.[1];
      const det = w === undefined ? undefined : dets[w.toLowerCase()];
      if (w === undefined || det === undefined || m[1] !== '') return;
      own.push({ from: -1 - w.length, to: -1, by: sameCase(w, det) });
      own.push({ from: b.start - 1 - a.start, to: b.start - a.start, by: ` ${det} ` });
    }
    edits.set(a, own);
    edits.set(b, [{ from: 0, to: 1, by: `${head.toLowerCase()} ${nb[0]!}` }]);
  });
  return edits;
};

// ---- 2. res-body-between (FR/ES): `résolution 64/293 de l'Assemblée générale` → `résolution de l'Assemblée générale 64/293`.

/** French and Spanish bodies after the number, each with the start of its resolutions' keys. */
const BODIES: Record<string, readonly { name: string; key: string }[]> = {
  fr: [
    { name: "de l['’]Assemblée générale", key: 'A/RES/' },
    { name: 'du Conseil de sécurité', key: 'S/RES/' },
    { name: "du Conseil des droits de l['’]homme", key: 'A/HRC/RES/' },
    { name: 'du Conseil économique et social', key: 'E/RES/' },
    { name: "de la Commission des droits de l['’]homme", key: 'E/CN.4/RES/' },
  ],
  es: [
    { name: 'de la Asamblea General', key: 'A/RES/' },
    { name: 'del Consejo de Seguridad', key: 'S/RES/' },
    { name: 'del Consejo de Derechos Humanos', key: 'A/HRC/RES/' },
    { name: 'del Consejo Económico y Social', key: 'E/RES/' },
    { name: 'de la Comisión de Derechos Humanos', key: 'E/CN.4/RES/' },
  ],
};

const planBodyBetween = (text: string, labels: readonly Keyed[], lang: string) => {
  const edits = new Map<LabelSpan, Edit[]>();
  for (const l of labels) {
    if (l.kind !== 'resolution') continue;
    const span = text.slice(l.start, l.end);
    for (const body of BODIES[lang] ?? []) {
      /**
       * The whole span: the head word singular (group 1, either case), one space, the number (group 2), one space,
       * the body's full name (group 3), the span's end. Not `résolution 55/25 de l'Assemblée générale, annexe I`,
       * not `… du Conseil de sécurité des Nations Unies` (a longer name), not a line break inside.
       */
      const m = new RegExp(String.raw`^([Rr]ésolution|[Rr]esolución) (${NUMBER}) (${body.name})$`, 'u').exec(span);
      if (!m || !l.key.startsWith(body.key) || !keyHolds(l.key, m[2]!)) continue;
      const before = text.slice(Math.max(0, l.start - 30), l.start);
      if (single(before, text.slice(l.end, l.end + 40)))
        edits.set(l, [{ from: m[1]!.length, to: span.length, by: ` ${m[3]} ${m[2]}` }]);
    }
  }
  return edits;
};

// ---- 3. cop-decision-body: `decision 4/4` → `decision 4/4 of the Conference of the Parties` (inside the label).

/** Per language: the head words of a COP instrument (group 1) and the Conference's name written after it. */
const CONFERENCE: Record<string, { head: string; body: string }> = {
  en: { head: '[Dd]ecision|[Rr]esolution', body: ' of the Conference of the Parties' },
  fr: { head: '[Dd]écision|[Rr]ésolution', body: ' de la Conférence des Parties' },
  es: { head: '[Dd]ecisión|[Rr]esolución', body: ' de la Conferencia de las Partes' },
};

/**
 * A possessive before the span (`its`, `sa`, `su`, `In its `): the Conference is named already as its subject. A
 * possessive word after a non-letter, one space, at the end.
 */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:its|their|sa|ses|su|sus) $/iu;

/** A body or a bracket already after the span (` of the…`, ` de la…`, ` du…`, ` del…`, ` (2008)`, ` adopted`). */
const BODY_AFTER = /^\s*(?:of|de|du|del|\(|adopt)/iu;

const planCopBody = (text: string, labels: readonly Keyed[], lang: string) => {
  const edits = new Map<LabelSpan, Edit[]>();
  const c = CONFERENCE[lang];
  if (!c) return edits;
  /** The whole span: a head word singular (group 1), one space, a session's number `4/4` (group 2), the end. */
  const shape = new RegExp(String.raw`^(${c.head}) (\d+\/\d+)$`, 'u');
  for (const l of labels) {
    const span = text.slice(l.start, l.end);
    const m = l.kind === 'cop-instrument' ? shape.exec(span) : null;
    if (!m || !l.key.startsWith('COP ') || !l.key.endsWith(` ${m[2]}`)) continue;
    const before = text.slice(Math.max(0, l.start - 30), l.start);
    const after = text.slice(l.end, l.end + 40);
    if (POSSESSIVE_BEFORE.test(before) || BODY_AFTER.test(after) || !single(before, after)) continue;
    edits.set(l, [{ from: span.length - 1, to: span.length, by: span[span.length - 1]! + c.body }]);
  }
  return edits;
};

/** The second list of a resolution's written forms, in the table's order (at the end of `ALL_PERTURBATIONS`). */
export const RESOLUTION_FORM_PERTURBATIONS_2: readonly Perturbation[] = [
  { name: 'res-list-expand', what: 'two-item list, head word repeated', perturb: planned(planListExpand) },
  { name: 'res-body-between', what: 'body between head and number (FR/ES)', perturb: planned(planBodyBetween) },
  { name: 'cop-decision-body', what: 'COP instrument, Conference named after', perturb: planned(planCopBody) },
];
