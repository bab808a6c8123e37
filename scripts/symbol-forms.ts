/**
 * Written forms of a document symbol: perturbations of `perturbations.ts` that print a labelled symbol
 * (`A/RES/55/25`, `S/RES/2467 (2019)`, `E/CN.15/2005/15`) as real web pages, databases, legal footnotes and PDF text
 * layers print the same document: `A/Res/55/25`, a link `https://undocs.org/en/A/RES/55/25`, `S/RES/2467(2019)`,
 * `UN Doc. A/45/49`, `E/CN.\n15/2005/15`. Each form is attested in the real passages (dev `S/Res/2240 (2015)`, dev and
 * in-sample `https://undocs.org/…` and `S/RES/2331(2016)`, dev `U.N. Doc. A/47/49`, `documento S/2010/181`, and dev
 * headers `E/CN.\n\n15/2005/15`, `CTOC\n/COP/WG.3/2020/2`). The label's key is unchanged; a link or a document label is
 * put before the span, outside it (the fixtures' convention: `UN Doc. ` and `https://undocs.org/` are never labelled).
 *
 * Only inside spans labelled `symbol` whose text is the key as printed (a plain symbol: no space, no line break, no
 * pinpoint, the key once upper-cased), and only where the text around lets the form read for certain: a wrong rewrite
 * would be scored as the engine's error. Not done: a part qualifier glued (`A/51/49(Vol. I)`, not attested in the
 * fixtures) and a list's debris glued (`A/RES/64/293,and`).
 */

import type { LabelSpan, Perturbed } from './rewrite-map';
import { editLabelledSpans, type Edit } from './span-edits';
import type { Perturbation } from './perturbations';

/** What a form sees of a labelled symbol: its text, key and place, the text around it, the passage's language. */
interface SpanView {
  span: string;
  key: string;
  start: number;
  before: string;
  after: string;
  lang: string;
}

/** A form: the edits of a span, relative to its start (none where the span is not of the plain shape it rewrites). */
type Form = (v: SpanView) => Edit[];

/** A perturbation of a form: its edits in every span labelled `symbol` with a key (`editLabelledSpans`). */
function symbolPerturbation(form: Form) {
  return (text: string, labels: readonly LabelSpan[] = [], lang = 'en'): Perturbed =>
    editLabelledSpans(text, labels, (label) =>
      label.kind !== 'symbol' || label.key === undefined
        ? []
        : form({
            span: text.slice(label.start, label.end),
            key: label.key,
            start: label.start,
            before: text.slice(Math.max(0, label.start - 30), label.start),
            after: text.slice(label.end, label.end + 30),
            lang,
          }),
    );
}

/**
 * A plain symbol, the whole span: a series of capitals (`A`, `CTOC`), then segments of letters, digits, dots and
 * hyphens joined by slashes, an optional Council year glued or after one space (`S/RES/2331(2016)`,
 * `S/RES/2467 (2019)`). Not `A55/383` (debris), not `S / RES / 1820` (spaced), not `CTOC\n/COP/…` (a line break),
 * not `A/51/49 (Vol. I)`, not `E/CN.15/2019/L.5, para. 3`, not `Corr.1` (no slash), not `s / 2004 / 525`.
 */
const PLAIN_SYMBOL = /^[A-Z]+(?:\/[A-Za-z0-9.-]+)+(?: ?\(\d{4}\))?$/u;

/** The span is a plain symbol printing its key (`A/55/383/Add.2` keyed `A/55/383/ADD.2`), spaces aside. */
const printsKey = (span: string, key: string) =>
  PLAIN_SYMBOL.test(span) && span.replace(/ /g, '').toUpperCase() === key.replace(/ /g, '');

/**
 * A span glued to what comes after it: a letter, a digit or a slash, or a hyphen or full stop before one (the joint
 * `A/47/277-S/24111`, a bitext's `CAC/COSP/IRG/2015/1.CAC/…`). Not a full stop or comma before a space
 * (`A/RES/64/178. The`, `S/2017/939, `), not a closing bracket.
 */
const GLUED_AFTER = /^[-–.]?[\p{L}\d/]/u;

/**
 * The span stands alone before: a space, a tab, a line break or an opening bracket ends `before`, and what stands
 * before that is not a URL's or a query's tail (`undocs.org/ `, `symbol= `). Not a span at the passage's start (no
 * character to put a link or a label after), not `undocs.org/A/RES/64/293`, not `«A/…` or `-S/24111`.
 */
const ALONE_BEFORE = /(?:^|[^/=])[ \t\n([]$/u;

/**
 * A span glued to what comes before it: anything but white space, an opening bracket or quote at the end (a URL's
 * `undocs.org/`, `-` of a joint symbol). Unlike `ALONE_BEFORE`, the passage's start is not glued (a heading's symbol).
 */
const GLUED_BEFORE = /[^\s(["“‘'«]$/u;

// ---- 1. sym-res-case: `A/RES/55/25` → `A/Res/55/25`, `A/HRC/RES/7/29` → `A/HRC/Res/7/29`, `A/DEC/…` → `A/Dec/…`.

/**
 * `/RES/` or `/DEC/` as a component of the symbol (group 1 its word), slashes both sides. Not `S/PRST/2016/10` (a
 * presidential statement keeps its capitals), not `A/RESOLUTION/…`, not `E/CN.15/2019/L.5`, not a lower-case
 * `a/res/64/293` (already not in capitals).
 */
const RES_OR_DEC = /\/(RES|DEC)\//u;

const resCase: Form = ({ span, key, before, after }) => {
  const m = RES_OR_DEC.exec(span);
  if (!m || !printsKey(span, key) || GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) return [];
  const at = m.index + 2;
  return [{ from: at, to: at + 2, by: m[1]!.slice(1).toLowerCase() }];
};

// ---- 2. sym-link: `see A/RES/64/293` → `see https://undocs.org/en/A/RES/64/293` (the link before, outside the label).

/**
 * A document's label already before the span (`UN Doc. `, `U.N. Doc `, `document `, `documento (`, `Code: `, `Cote `,
 * `Symbol | `): matches such a word, an optional full stop, an optional colon or bar, white space or a bracket, at the
 * end. Not `Recalling `, not `report `.
 */
const DOC_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:doc|document|documento|documents|documentos|symbol|symbole|signatura|code|código|cote)\.?\s*[:|]?\s*\(?$/iu;

/** The site a link names, chosen by the span's place: the bare `undocs.org`, with the language, or `docs.un.org`. */
const linkTo = (start: number, lang: string) =>
  [`https://undocs.org/`, `https://undocs.org/${lang}/`, `https://docs.un.org/${lang}/`][start % 3]!;

const symLink: Form = ({ span, key, start, before, after, lang }) => {
  // A link holds no space: `S/RES/2467 (2019)` would need its own rewrite first.
  if (!printsKey(span, key) || span.includes(' ') || !ALONE_BEFORE.test(before) || GLUED_AFTER.test(after)) return [];
  if (DOC_LABEL_BEFORE.test(before)) return [];
  return [{ from: -1, to: 0, by: before.at(-1)! + linkTo(start, lang) }];
};

// ---- 3. sym-year-glued: `S/RES/2467 (2019)` → `S/RES/2467(2019)`.

/** A Council resolution's symbol, the whole span, with one space before its year: `S/RES/2467 (2019)`. */
const COUNCIL_YEAR_SPACED = /^S\/RES\/\d+ \(\d{4}\)$/u;

const noSpaceYear: Form = ({ span, key }) => {
  if (!COUNCIL_YEAR_SPACED.test(span) || !printsKey(span, key)) return [];
  const at = span.indexOf(' ');
  return [{ from: at, to: at + 1, by: '' }];
};

// ---- 4. sym-doc-label: `(A/45/49)` → `(UN Doc. A/45/49)`, `du A/…`… (the label before, outside the span).

/** The labels a legal citation or a UN text puts before a symbol, by language. */
const DOC_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['UN Doc. ', 'U.N. Doc. ', 'document '],
  fr: ['document '],
  es: ['documento '],
};

/**
 * A word before the span that a label cannot follow: an article or a possessive (`the `, `its `, `le `, `la `, `du `,
 * `el `, `del `, `su `), which already make the symbol a noun. Matches such a word after a non-letter, then white
 * space, at the end. Not `see `, not `report `.
 */
const ARTICLE_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|its|their|this|that|le|la|les|du|des|de|son|sa|ses|el|los|las|del|su|sus|un|una)\s+$/iu;

/**
 * A list's earlier item before the span (`CTOC/COP/2008/8, `, `A/58/422 and `, `(2000); `): a digit, a closing
 * bracket or a capital, an optional comma or semicolon, an optional list word, white space, at the end. Not `see `.
 */
const LIST_BEFORE = /[\dA-Z)][,;]?\s*(?:(?:and|or|et|ou|y|e|o|&)\s+)?$/u;

/**
 * Where a legal citation's label goes: after an opening bracket (`(A/45/49)`), or after a word all in lower case or a
 * comma, semicolon or colon and one space (`see A/…`, `, A/…`). Not a heading's symbol at a line's start or after a
 * name (`United Nations A/RES/61/180`, `Naciones Unidas A/AC.293/…`), not after a footnote's `* ` or a sentence's `. `.
 */
const LABEL_PLACE = /(?:\(|(?:^|[^\p{L}])\p{Ll}+ |[,;:] )$/u;

/** A head word before the span (`resolution A/RES/55/25`): the symbol names the resolution, a label would not fit. */
const HEAD_BEFORE = /(?:resolution|résolution|resolución|decision|décision|decisión)\s+$/iu;

const docLabel: Form = ({ span, key, start, before, after, lang }) => {
  const labels = DOC_LABELS[lang];
  if (!labels || !printsKey(span, key) || !ALONE_BEFORE.test(before) || GLUED_AFTER.test(after)) return [];
  if (DOC_LABEL_BEFORE.test(before) || ARTICLE_BEFORE.test(before) || LIST_BEFORE.test(before)) return [];
  if (!LABEL_PLACE.test(before) || HEAD_BEFORE.test(before)) return [];
  return [{ from: -1, to: 0, by: before.at(-1)! + labels[start % labels.length]! }];
};

// ---- 5. sym-linebreak: `E/CN.15/2005/15` → `E/CN.\n15/2005/15`, `CTOC/COP/WG.3/2020/2` → `CTOC\n/COP/…`.

/**
 * The first dot of the symbol between a component's letters and a number after the root (group 1 up to it):
 * `E/CN.` of `E/CN.15/…`, `A/AC.` of `A/AC.293/…`, `…/L.` of `…/L.1`, where the dev headers break it. Not a dot at the
 * span's end, not `Add.1` or `Rev.1` (a part's number, its word not in capitals: the break would be taken for two
 * documents), not a dot in the root.
 */
const DOT_BEFORE_NUMBER = /^([A-Z]+(?:\/[A-Za-z0-9.-]+)*?\/[A-Z]+\.)\d/u;

/** A root of four capitals or more (`CTOC`, `CRPD`, `CEDAW`, `UNODC`), the whole first component. */
const LONG_ROOT = /^[A-Z]{4,}\//u;

const lineBreak: Form = ({ span, key, before, after }) => {
  // A long symbol (three slashes at least), standing alone on both sides.
  if (!printsKey(span, key) || span.includes(' ') || span.split('/').length < 4) return [];
  if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) return [];
  const dot = DOT_BEFORE_NUMBER.exec(span);
  if (dot) return [{ from: dot[1]!.length - 1, to: dot[1]!.length, by: '.\n' }];
  const root = LONG_ROOT.exec(span);
  if (root) return [{ from: root[0].length - 1, to: root[0].length, by: '\n/' }];
  return [];
};

/** The written forms of a symbol citation, in the table's order (after `RESOLUTION_FORM_PERTURBATIONS`). */
export const SYMBOL_FORM_PERTURBATIONS: readonly Perturbation[] = [
  { name: 'sym-res-case', what: 'A/Res/55/25: RES, DEC in title case (web)', perturb: symbolPerturbation(resCase) },
  { name: 'sym-link', what: 'symbol as an undocs.org link (web)', perturb: symbolPerturbation(symLink) },
  { name: 'sym-year-glued', what: 'S/RES/2467(2019): year glued', perturb: symbolPerturbation(noSpaceYear) },
  { name: 'sym-doc-label', what: 'UN Doc. / document / documento before', perturb: symbolPerturbation(docLabel) },
  { name: 'sym-linebreak', what: 'line break inside a long symbol (PDF)', perturb: symbolPerturbation(lineBreak) },
];
