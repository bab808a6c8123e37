/**
 * More written forms of a treaty-article citation (after `citation-forms.ts`): the treaty by an informal name
 * (`the Palermo Protocol`, `UNTOC`), a lettered pinpoint in words (`article 5, paragraph 1, subparagraph (a),`), a list
 * of articles with its head word repeated (`article 5 and article 6`), the letter before the article as French and
 * Spanish write it (`alinéa a) de l’article 3`). Each rewrites only spans labelled `treaty` of the four instruments,
 * their keys unchanged, and only where the span has the plain shape it needs (a wrong rewrite would be scored as the
 * engine's error). Pure.
 */

import type { LabelSpan, Perturbed } from './rewrite-map';
import { editLabelledSpans, type Edit } from './span-edits';
import type { Perturbation } from './perturbations';
import {
  BEFORE_NAME,
  formPerturbation,
  GLUED,
  keyHolds,
  KEY,
  LIST_BEFORE,
  LIST_GOES_ON,
  NAME_GOES_ON,
  namesOf,
  type Form,
  type Lang,
} from './citation-forms';

// ---- 1. treaty-informal: the treaty after the connector named by an informal name real texts use.

/**
 * Per instrument and language, the informal names it is rewritten to, connector included (dev passages: `the Palermo
 * Protocol`, `the Trafficking Protocol`, `UNTOC`, `the Organised Crime Convention`, `du Protocole de Palerme`, `de la
 * Convención de Palermo`…); none where the language has none attested (French and Spanish Firearms Protocol).
 */
const INFORMAL: Record<string, Record<Lang, string[]>> = {
  UNTOC: {
    en: ['of UNTOC', 'of the Palermo Convention', 'of the Organised Crime Convention'],
    fr: ['de la Convention de Palerme'],
    es: ['de la Convención de Palermo'],
  },
  'TIP Protocol': {
    en: ['of the Palermo Protocol', 'of the Trafficking Protocol', 'of the Trafficking in Persons Protocol'],
    fr: ['du Protocole de Palerme'],
    es: ['del Protocolo de Palermo'],
  },
  'Migrants Protocol': {
    en: ['of the Smuggling Protocol', 'of the Migrant Smuggling Protocol'],
    fr: ['du Protocole relatif aux migrants'],
    es: [],
  },
  'Firearms Protocol': { en: ['of the Firearms Protocol'], fr: [], es: [] },
};

const treatyInformal: Form = ({ span, key, after, start }) => {
  const lower = span.toLowerCase();
  const instrument = KEY.exec(key)![1]!;
  for (const lang of ['en', 'fr', 'es'] as const) {
    const known = namesOf(instrument, lang).known.find((n) => lower.endsWith(` ${n.toLowerCase()}`));
    if (known === undefined) continue;
    const from = span.length - known.length;
    if (!BEFORE_NAME.test(span.slice(0, from)) || NAME_GOES_ON.test(after) || GLUED.test(after)) return [];
    const others = INFORMAL[instrument]![lang].filter((n) => n.toLowerCase() !== known.toLowerCase());
    return others.length === 0 ? [] : [{ from, to: span.length, by: others[start % others.length]! }];
  }
  return [];
};

// ---- 2. pin-deep-words: `article 5(1)(a)` / `article 5, paragraph 1 (a)` → `article 5, paragraph 1, subparagraph (a)`.

/**
 * At the span's start: the head word (`article`, `artículo`, group 1), a space, the article (2), then the paragraph in
 * brackets (`(1)`, ` (1)`, group 3) or in words (`, paragraph 1`, group 4 the word, 5 the number), the letter in
 * brackets (` (a)`, `(a)`, group 6) or closed only (` a)`, group 7), then the span's end or an optional comma (8), a
 * space and a connector (9). Not `paragraphs`, not `(ii)`, not a second letter or a roman numeral after.
 */
const DEEP_PIN =
  /^([Aa]rt(?:icle|ículo)) (\d+)(?: ?\((\d+)\)|, (paragraph|paragraphe|párrafo) (\d+))(?: ?\(([a-z])\)| ([a-z])\))(?=$|(,?) (of|du|de|del) )/u;

/** The language a paragraph word or a connector says (`de`: French, or Spanish after `artículo`). */
const LANG_OF: Record<string, Lang> = {
  paragraph: 'en',
  paragraphe: 'fr',
  párrafo: 'es',
  of: 'en',
  du: 'fr',
  del: 'es',
};

/** A paragraph and its subparagraph in words, per language (a Spanish subparagraph `apartado`, also `inciso`). */
const DEEP_WORDS: Record<Lang, (paragraph: string, letter: string) => string> = {
  en: (p, l) => `, paragraph ${p}, subparagraph (${l})`,
  fr: (p, l) => `, paragraphe ${p}, alinéa ${l})`,
  es: (p, l) => `, párrafo ${p}, apartado ${l})`,
};

const pinDeepWords: Form = ({ span, key, lang, before, after }) => {
  const m = DEEP_PIN.exec(span);
  if (!m || LIST_BEFORE.test(before)) return [];
  const [whole, head, article, bracketed, word, worded, letterB, letterC, comma, conn] = m;
  const paragraph = (bracketed ?? worded)!;
  const letter = (letterB ?? letterC)!;
  const atEnd = whole.length === span.length;
  if (!keyHolds(key, article!, paragraph, letter) || (atEnd && (LIST_GOES_ON.test(after) || GLUED.test(after)))) {
    return [];
  }
  // The language: each of the head word, the paragraph word and the connector that says one must say the same.
  const said = [
    head!.toLowerCase() === 'artículo' ? 'es' : undefined,
    word === undefined ? undefined : LANG_OF[word],
    conn === undefined || conn === 'de' ? undefined : LANG_OF[conn],
  ].filter((l): l is Lang => l !== undefined);
  const passage = lang === 'en' || lang === 'fr' ? lang : undefined;
  const words = said[0] ?? (conn === 'de' ? 'fr' : passage);
  if (words === undefined || said.some((l) => l !== words) || (conn === 'de' && words === 'en')) return [];
  // English puts a comma after the subparagraph before its connector (`subparagraph (a), of`), the others keep theirs.
  const comma2 = words === 'en' && conn !== undefined && comma === '' ? ',' : '';
  const from = head!.length + 1 + article!.length;
  return [{ from, to: whole.length, by: DEEP_WORDS[words](paragraph, letter) + comma2 }];
};

// ---- 3. list-expand: `articles 5 and 6 of the Protocol` → `article 5 and article 6 of the Protocol`.

/** A list's head label: exactly `articles 5` / `Artículos 5` (group 1 the head word's singular, 2 the number). */
const LIST_HEAD = /^([Aa]rt(?:icle|ículo))s (\d+)$/u;

/**
 * A list's next item after an item: a comma and a space, or an optional comma, a space, a list word (EN `and`, FR
 * `et`, ES `y`/`e`) and a space, then the item's number at the end (group 1). Not `to` or `-` (a range).
 */
const NEXT_ITEM = /^(?:, |,? (?:and|et|y|e) )(\d+)/u;

/** An item label: its number at the start (group 1), then its end or a space (`6 of the Protocol`). */
const ITEM = /^(\d+)(?=$| )/u;

/** The article number a key holds with no pinpoint (`UNTOC art. 16` → `16`), else undefined. */
const bareArticle = (key: string | undefined) => {
  const m = key === undefined ? null : KEY.exec(key);
  return m && m[3] === '' ? m[2] : undefined;
};

/**
 * The edits of each list of articles in `text`: its head word made singular, each later item given the head word;
 * only where every item after the head is a labelled bare article of the same instrument, numbered as its key says.
 */
function listEdits(text: string, labels: readonly LabelSpan[]): Map<LabelSpan, Edit[]> {
  const edits = new Map<LabelSpan, Edit[]>();
  const treaty = labels.filter((l) => l.kind === 'treaty' && bareArticle(l.key) !== undefined);
  for (const head of treaty) {
    const m = LIST_HEAD.exec(text.slice(head.start, head.end));
    const instrument = KEY.exec(head.key!)![1];
    if (!m || m[2] !== bareArticle(head.key)) continue;
    const items: LabelSpan[] = [];
    for (let at = head.end; ;) {
      const next = NEXT_ITEM.exec(text.slice(at, at + 12));
      if (!next) break;
      const start = at + next[0].length - next[1]!.length;
      const item = treaty.find((l) => l.start === start);
      const number = item && ITEM.exec(text.slice(item.start, item.end));
      if (!item || !number || number[1] !== bareArticle(item.key) || KEY.exec(item.key!)![1] !== instrument) break;
      items.push(item);
      at = start + number[1]!.length;
    }
    if (items.length === 0) continue;
    const word = m[1]!;
    edits.set(head, [{ from: 0, to: word.length + 1, by: word }]);
    for (const item of items) edits.set(item, [{ from: 0, to: 1, by: `${word.toLowerCase()} ${text[item.start]}` }]);
  }
  return edits;
}

const listExpand = (text: string, labels: readonly LabelSpan[] = []): Perturbed => {
  const edits = listEdits(text, labels);
  return editLabelledSpans(text, labels, (label) => edits.get(label) ?? []);
};

// ---- 4. letter-before: `article 3 a) du Protocole` → `alinéa a) de l’article 3 du Protocole`.

/**
 * At the span's start: the head word (group 1), a space, the article (2), the letter in brackets (` (a)`, `(a)`, 3) or
 * closed only (` a)`, 4), then the span's end or an optional comma, a space and a connector (5). Not `article 3(1)`
 * (a paragraph), not `article 3, paragraph (a)`, not `article 3a` (no bracket).
 */
const ARTICLE_LETTER = /^([Aa]rt(?:icle|ículo)) (\d+)(?: ?\(([a-z])\)| ([a-z])\))(?=$|,? (of|du|de|del) )/u;

/** A sentence's or a line's start before the span: nothing, or a full stop, colon, line break or bracket, spaces. */
const SENTENCE_START = /(?:^|[.:;\n(“"‘'])\s*$/u;

const letterBefore: Form = ({ span, key, lang, before, after }) => {
  const m = ARTICLE_LETTER.exec(span);
  if (!m || LIST_BEFORE.test(before)) return [];
  const [whole, head, article, letterB, letterC, conn] = m;
  const letter = (letterB ?? letterC)!;
  const k = KEY.exec(key)!;
  const atEnd = whole.length === span.length;
  if (k[2] !== article || k[3] !== `(${letter})` || (atEnd && (LIST_GOES_ON.test(after) || GLUED.test(after)))) {
    return [];
  }
  const spanish = head!.toLowerCase() === 'artículo';
  const byConn = conn === undefined ? undefined : conn === 'de' ? (spanish ? 'es' : 'fr') : LANG_OF[conn];
  const words = spanish ? 'es' : (byConn ?? (lang === 'en' || lang === 'fr' ? lang : undefined));
  if (words === undefined || (byConn !== undefined && byConn !== words)) return [];
  // The head word keeps its case; the new first word has a capital at a sentence's or a line's start only.
  const capital = head![0] === 'A' && SENTENCE_START.test(before);
  // French elides before `article`; the passage's apostrophe where it has a curly one before the span.
  const apostrophe = before.includes('’') ? '’' : "'";
  const by = {
    en: `${capital ? 'S' : 's'}ubparagraph (${letter}) of ${head!} ${article}`,
    fr: `${capital ? 'A' : 'a'}linéa ${letter}) de l${apostrophe}${head!.toLowerCase()} ${article}`,
    es: `${capital ? 'A' : 'a'}partado ${letter}) del ${head!.toLowerCase()} ${article}`,
  }[words];
  // The comma before the connector goes with the letter (`article 3 a), du` → `… de l'article 3 du`).
  const to = conn === undefined ? whole.length : whole.length + (span[whole.length] === ',' ? 1 : 0);
  return [{ from: 0, to, by }];
};

/** The second set of a treaty citation's written forms, in the table's order (appended to `ALL_PERTURBATIONS`). */
export const TREATY_FORM_PERTURBATIONS_2: readonly Perturbation[] = [
  { name: 'treaty-informal', what: 'treaty by an informal name', perturb: formPerturbation(treatyInformal) },
  { name: 'pin-deep-words', what: 'lettered pinpoint in words', perturb: formPerturbation(pinDeepWords) },
  { name: 'list-expand', what: 'list of articles, head word repeated', perturb: listExpand },
  { name: 'letter-before', what: 'letter before the article', perturb: formPerturbation(letterBefore) },
];
