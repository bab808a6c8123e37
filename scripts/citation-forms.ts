/**
 * Written forms of a treaty-article citation: perturbations of `perturbations.ts` that rewrite the form of a labelled
 * treaty citation into another form real UN documents use for the same article (`article 6, paragraph 2, of the
 * Protocol` = `art. 6(2) of the Trafficking in Persons Protocol`), the label's key unchanged and its span following
 * the rewrite through the offset map. Only inside spans labelled `treaty` with a key of one of the four instruments
 * (UNTOC and its Protocols), and only where the span has the plain shape the rewrite needs: a wrong rewrite would be
 * scored as the engine's error, so each form gives up on anything it does not read for certain (a list going on
 * after the span, a pinpoint the key does not hold, a name it does not know, another label in the way).
 */

import type { LabelSpan, Perturbed } from './rewrite-map';
import { editLabelledSpans, type Edit } from './span-edits';
import type { Perturbation } from './perturbations';

export type Lang = 'en' | 'fr' | 'es';

/** What a form sees of a labelled span: its text, its label's key, the passage's language, the text around it. */
export interface SpanView {
  span: string;
  key: string;
  lang: string | undefined;
  before: string;
  after: string;
  start: number;
}

/**
 * A form: the edits of a span, relative to its start (none where the span is not of the plain shape it rewrites); an
 * edit may reach before the span (a French determiner that must agree with the new head word).
 */
export type Form = (v: SpanView) => Edit[];

/**
 * The key of a label of one of the four instruments, and its pinpoint: `UNTOC art. 32(3)(d)` → UNTOC, `32`, `(3)(d)`.
 * Matches the instrument's name, ` art. `, the article number and any bracketed parts; not a key of another treaty.
 */
export const KEY = /^(UNTOC|TIP Protocol|Migrants Protocol|Firearms Protocol) art\. (\d+)((?:\([0-9a-z]+\))*)$/;

/**
 * A list going on after the span (`article 6(2) and (3)`, `, 4`, `-5`, ` y 7`, ` a)`): rewriting the span's
 * pinpoint would change what the list's next item means. Matches an optional comma, then a list word and a space, a
 * dash, a digit, a bracket or a letter item; not a comma before an ordinary word (`, explains`).
 */
export const LIST_GOES_ON = /^,?\s*(?:(?:and|or|to|et|ou|à|au|y|e|o|u|a|al)\s|[-–\d(]|[a-z]\))/u;

/** A list's earlier item before the span (`paragraph 3 of Article 6 and `): a list word or a comma, then a space. */
export const LIST_BEFORE = /(?:^|\s)(?:and|or|et|ou|y|o|e|u)\s$|,\s$/u;

/** A word glued to the span's end (`article 18(1)which`, extraction debris): `paragraph 1which` would glue it. */
export const GLUED = /^[\p{L}\d]/u;

/** A treaty's name going on after the span (`the Protocol` + ` to Prevent…`, ` thereto`): white space, such a word. */
export const NAME_GOES_ON =
  /^\s+(?:to|against|on|thereto|supplementing|of|relatif|relative|contre|visant|additionnel|sur|des|de|du|para|contra|sobre|complementario|del)(?:\s|$)/iu;

/**
 * A perturbation of a form: its edits in every `treaty` span of one of the four instruments (`editLabelledSpans`).
 */
export function formPerturbation(form: Form) {
  return (text: string, labels: readonly LabelSpan[] = [], lang?: string): Perturbed =>
    editLabelledSpans(text, labels, (label) =>
      label.kind !== 'treaty' || label.key === undefined || !KEY.test(label.key)
        ? []
        : form({
            span: text.slice(label.start, label.end),
            key: label.key,
            lang,
            before: text.slice(Math.max(0, label.start - 20), label.start),
            after: text.slice(label.end, label.end + 40),
            start: label.start,
          }),
    );
}

/** The pinpoint `article`(`paragraph`)(`letter`) is the one the key holds (a form never rewrites another article). */
export function keyHolds(key: string, article: string, paragraph: string, letter: string | undefined): boolean {
  const m = KEY.exec(key);
  return m !== null && m[2] === article && m[3] === `(${paragraph})${letter ? `(${letter})` : ''}`;
}

// ---- 1. art-abbrev: `article 6` → `art. 6`, `Articles 5` → `Arts. 5`, `de l’article 6` → `de l’art. 6`.

/**
 * The head word at the span's start before a space and an article number: EN/FR `Article(s)`, ES `Artículo(s)`, either
 * case of the first letter. Not `article premier` or `artículo tercero` (a number in words), not `articles` in a title.
 */
const HEAD_AT_START = /^([Aa])(?:rticle|rtículo)(s?)(?= \d)/u;

/**
 * The head word after a determiner inside the span: FR `de l'article 6`, `de l’article 6`, ES `del artículo 6`, before
 * a space and a number; group 1 the determiner. Not EN (`paragraph 5 of article 32` has none).
 */
const HEAD_INSIDE = /( de l['’]| del )(?:article|artículo)(?= \d)/u;

const artAbbrev: Form = ({ span }) => {
  const head = HEAD_AT_START.exec(span);
  if (head) return [{ from: 0, to: head[0].length, by: `${head[1]}rt${head[2]}.` }];
  const inside = HEAD_INSIDE.exec(span);
  if (!inside) return [];
  const from = inside.index + inside[1]!.length;
  return [{ from, to: inside.index + inside[0].length, by: 'art.' }];
};

// ---- 2. pin-brackets: `article 6, paragraph 2, of` → `article 6(2) of`; `paragraph 2 of article 6` → `article 6(2)`.

/** A language's words for a pinpoint in words: the head word, the paragraph word(s), the connectors. */
const WORDS: Record<Lang, { head: string; para: string; conn: string }> = {
  en: { head: '[Aa]rticle', para: '[Pp]aragraph', conn: 'of' },
  fr: { head: '[Aa]rticle', para: 'paragraphe', conn: 'du|de' },
  es: { head: '[Aa]rtículo', para: 'párrafo|apartado', conn: 'del|de' },
};

/** A subparagraph letter after a paragraph number: ` (a)`, `(a)`, French and Spanish ` a)`; not `(ii)`, not `(aa)`. */
const LETTER = String.raw`(?: ?\(([a-z])\)| ([a-z])\))?`;

/**
 * Per language, `article 6, paragraph 2` at the span's start (the paragraph word singular, one space each), an
 * optional letter, then either the span's end or an optional comma, a space, a connector and a space (its comma,
 * group 5, is taken into the brackets: `, paragraph 2, of` → `(2) of`). Groups: 1 the article, 2 the paragraph,
 * 3/4 the letter. Not `paragraphs 3 (d) and 4`, not `article 6,\nparagraph 2` (not the plain shape).
 */
const ARTICLE_THEN_PARAGRAPH = Object.fromEntries(
  Object.entries(WORDS).map(([lang, w]) => [
    lang,
    new RegExp(String.raw`^${w.head} (\d+), (?:${w.para}) (\d+)${LETTER}(?:$|(,?)(?= (?:${w.conn}) ))`, 'u'),
  ]),
) as Record<Lang, RegExp>;

/**
 * Per language, `paragraph 2 of article 6` at the span's start (FR `paragraphe 2 de l’article 6`, ES `párrafo 2 del
 * artículo 6`), then the span's end or a space and a connector. Groups: 1 the paragraph word's first letter, 2 the
 * paragraph, 3/4 the letter (EN: 3 only, 4 empty), 5 the article. Not `paragraphs`, not `alinéa b) du paragraphe 2`.
 */
const PARAGRAPH_OF_ARTICLE: Record<Lang, RegExp> = {
  en: /^([Pp])aragraph (\d+)(?: ?\(([a-z])\))?() of [Aa]rticle (\d+)(?=$| of )/u,
  fr: /^([Pp])aragraphe (\d+)(?: ?\(([a-z])\)| ([a-z])\))? de l['’]article (\d+)(?=$| d[eu] )/u,
  es: /^([Pp])árrafo (\d+)(?: ?\(([a-z])\)| ([a-z])\))? del artículo (\d+)(?=$| del? )/u,
};

const HEAD_WORD: Record<Lang, string> = { en: 'article', fr: 'article', es: 'artículo' };

/**
 * The French determiner before `paragraphe` at the end of the text before the span (`au `, `du `, `le `), which becomes
 * `à l’`, `de l’`, `l’` before `article`; group 1 the determiner. Not `aux`, `ce`, `des`: those spans are left alone.
 */
const FR_DETERMINER = /(?:^|[\s(])(au|du|le|Au|Du|Le) $/u;
const FR_ELIDED: Record<string, string> = { au: 'à l', du: 'de l', le: 'l', Au: 'À l', Du: 'De l', Le: 'L' };

/**
 * The edit of the French determiner before the span (`au paragraphe 1 de l’article 5` → `à l’article 5(1)`), none
 * at the text's or a line's start; undefined when there is a word before the span that is no such determiner.
 */
function frenchDeterminer(before: string, apostrophe: string): Edit[] | undefined {
  if (before === '' || /\n\s*$/.test(before)) return [];
  const d = FR_DETERMINER.exec(before);
  if (!d) return undefined;
  return [{ from: -d[1]!.length - 1, to: 0, by: `${FR_ELIDED[d[1]!]}${apostrophe}` }];
}

const pinBrackets: Form = ({ span, key, before, after }) => {
  if (LIST_BEFORE.test(before)) return [];
  for (const lang of ['en', 'fr', 'es'] as const) {
    const m = ARTICLE_THEN_PARAGRAPH[lang].exec(span);
    if (m) {
      const letter = m[3] ?? m[4];
      const atEnd = m[0].length === span.length;
      if (!keyHolds(key, m[1]!, m[2]!, letter) || (atEnd && LIST_GOES_ON.test(after))) return [];
      const from = span.indexOf(',');
      return [{ from, to: m[0].length, by: `(${m[2]})${letter ? `(${letter})` : ''}` }];
    }
    const r = PARAGRAPH_OF_ARTICLE[lang].exec(span);
    if (r) {
      const letter = r[3] || r[4] || undefined;
      if (!keyHolds(key, r[5]!, r[2]!, letter) || (r[0].length === span.length && LIST_GOES_ON.test(after))) return [];
      const capital = r[1] === 'P' || / Art/.test(r[0]); // the article word's capital (`Article`, `Artículo`)
      const head = capital ? HEAD_WORD[lang].replace('a', 'A') : HEAD_WORD[lang];
      // French `paragraphe` is masculine, `article` elided: the determiner before the span changes with it.
      const determiner = lang === 'fr' ? frenchDeterminer(before, /['’]/.exec(r[0])![0]) : [];
      if (determiner === undefined) return [];
      const own = { from: 0, to: r[0].length, by: `${head} ${r[5]}(${r[2]})${letter ? `(${letter})` : ''}` };
      return [...determiner, own];
    }
  }
  return [];
};

// ---- 3. pin-words: `article 6(2) of` → `article 6, paragraph 2, of`; `Article 6.2` → `Article 6, paragraph 2`.

/**
 * `article 6(2)`, `article 6 (2)` or `Article 6.2` at the span's start (`Artículo` too), an optional letter in
 * brackets, then the span's end or a space and a connector (group 5). Groups: 1 the head word, 2 the article, 3 or 4
 * the paragraph, 6 the letter. Not `article 6(a)` (a letter is no paragraph), not `article 6.2.1`, not `6(2)(a)(i)`.
 */
const ARTICLE_PIN = /^([Aa]rt(?:icle|ículo)) (\d+)(?: ?\((\d+)\)|\.(\d+))(?: ?\(([a-z])\))?(?=$| (of|du|de|del) )/u;

const PARAGRAPH_WORD: Record<Lang, string> = { en: 'paragraph', fr: 'paragraphe', es: 'párrafo' };
const CONNECTOR_LANG: Record<string, Lang> = { of: 'en', du: 'fr', del: 'es' };

const pinWords: Form = ({ span, key, lang, after }) => {
  const m = ARTICLE_PIN.exec(span);
  if (!m) return [];
  const [whole, head, article, bracketed, dotted, letter, conn] = m;
  const paragraph = (bracketed ?? dotted)!;
  const atEnd = whole.length === span.length;
  if (!keyHolds(key, article!, paragraph, letter) || (atEnd && (LIST_GOES_ON.test(after) || GLUED.test(after)))) {
    return [];
  }
  // The language: `artículo` is Spanish; a connector says which of English and French (`de` either French or
  // Spanish, by the head word); with neither, the passage's.
  const spanish = head!.toLowerCase() === 'artículo';
  const byConn = conn === undefined ? undefined : conn === 'de' ? (spanish ? 'es' : 'fr') : CONNECTOR_LANG[conn];
  const words: Lang | undefined = spanish ? 'es' : (byConn ?? (lang === 'en' || lang === 'fr' ? lang : undefined));
  if (words === undefined || (byConn !== undefined && byConn !== words)) return [];
  // A subparagraph as each language's UN documents write it after a paragraph: `paragraph 1 (a)`, `paragraphe 1 a)`.
  const sub = letter === undefined ? '' : words === 'en' ? ` (${letter})` : ` ${letter})`;
  const from = head!.length + 1 + article!.length;
  return [{ from, to: whole.length, by: `, ${PARAGRAPH_WORD[words]} ${paragraph}${sub}${conn ? ',' : ''}` }];
};

// ---- 4. treaty-name: the instrument named after the connector in another of its attested names.

/**
 * Per instrument and language, the names it is rewritten to, `|` between them: the official title, then the short
 * titles UN documents use (dev and in-sample passages: `Organized Crime Convention`, `Protocole relatif à la traite
 * des personnes`, `Protocolo contra el tráfico ilícito de migrantes`…). The first word is the bare noun.
 */
const NAMES: Record<string, Record<Lang, string>> = {
  UNTOC: {
    en: 'Convention|United Nations Convention against Transnational Organized Crime|Organized Crime Convention',
    fr: 'Convention|Convention des Nations Unies contre la criminalité transnationale organisée|Convention contre la criminalité transnationale organisée',
    es: 'Convención|Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional|Convención contra la Delincuencia Organizada Transnacional',
  },
  'TIP Protocol': {
    en: 'Protocol|Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children|Trafficking in Persons Protocol',
    fr: 'Protocole|Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants|Protocole relatif à la traite des personnes',
    es: 'Protocolo|Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños|Protocolo contra la trata de personas',
  },
  'Migrants Protocol': {
    en: 'Protocol|Protocol against the Smuggling of Migrants by Land, Sea and Air|Smuggling of Migrants Protocol|Migrant Smuggling Protocol',
    fr: 'Protocole|Protocole contre le trafic illicite de migrants par terre, mer et air|Protocole relatif au trafic illicite de migrants',
    es: 'Protocolo|Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire|Protocolo contra el tráfico ilícito de migrantes',
  },
  'Firearms Protocol': {
    en: 'Protocol|Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition|Firearms Protocol',
    fr: 'Protocole|Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions|Protocole relatif aux armes à feu',
    es: 'Protocolo|Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones|Protocolo sobre armas de fuego',
  },
};

/** The connector before a name, by language and the gender of its noun (`du Protocole`, `de la Convención`). */
const connector = (lang: Lang, name: string) =>
  lang === 'en' ? 'of the ' : name.startsWith('Conven') ? 'de la ' : lang === 'fr' ? 'du ' : 'del ';

/** The bare noun's forms after the connector, `#` the noun: `of this Protocol`, `de la présente Convention`. */
const BARE: Record<Lang, string[]> = {
  en: ['of the #', 'of this #'],
  fr: ['de la #', 'de la présente #', 'du #', 'du présent #'],
  es: ['de la #', 'de la presente #', 'del #', 'del presente #'],
};

/**
 * The names a span may end with, connector included (compared without case), and those it may become: the bare
 * noun's forms (with the connector its gender takes) and the names of `NAMES`.
 */
export function namesOf(instrument: string, lang: Lang): { known: string[]; to: string[] } {
  const [noun, ...titles] = NAMES[instrument]![lang].split('|');
  const to = titles.map((t) => connector(lang, t) + t);
  const bare = BARE[lang]
    .map((b) => b.replace('#', noun!))
    .filter((b) => lang === 'en' || b.startsWith(connector(lang, noun!)));
  return { known: [...to, ...bare], to };
}

/**
 * What comes before the name in the span: an article and its pinpoint ending in a digit or a bracket, an optional
 * comma, a space (`article 6, paragraph 2, `, `Article 3 (a) `, `art. 6(2) `). Matches a head word (`article`,
 * `artículo`, `art.`, `paragraph(e)`, `párrafo`) at the start and no letter after the last digit but a bracket's.
 */
export const BEFORE_NAME = /^(?:[Aa]rt(?:icle|ículo|\.)s?|[Pp]aragraphe?|[Pp]árrafo) [^]*[\d)],? $/u;

const treatyName: Form = ({ span, key, after, start }) => {
  const lower = span.toLowerCase();
  for (const lang of ['en', 'fr', 'es'] as const) {
    const names = namesOf(KEY.exec(key)![1]!, lang);
    const known = names.known.find((n) => lower.endsWith(` ${n.toLowerCase()}`));
    if (known === undefined) continue;
    const from = span.length - known.length;
    if (!BEFORE_NAME.test(span.slice(0, from)) || NAME_GOES_ON.test(after) || GLUED.test(after)) return [];
    const others = names.to.filter((n) => n.toLowerCase() !== known.toLowerCase());
    return [{ from, to: span.length, by: others[start % others.length]! }];
  }
  return [];
};

/** The written-form perturbations, in the table's order (after `PERTURBATIONS`). */
export const FORM_PERTURBATIONS: readonly Perturbation[] = [
  { name: 'art-abbrev', what: 'article head word abbreviated (art.)', perturb: formPerturbation(artAbbrev) },
  { name: 'pin-brackets', what: 'paragraph in words → brackets', perturb: formPerturbation(pinBrackets) },
  { name: 'pin-words', what: 'bracketed paragraph → in words', perturb: formPerturbation(pinWords) },
  { name: 'treaty-name', what: 'treaty named by another name', perturb: formPerturbation(treatyName) },
];
