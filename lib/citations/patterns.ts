/**
 * Regex building blocks of the citation engine, as data built by small named helpers.
 *
 * Rules that keep every pattern linear: repeats are bounded (`{1,4}`, `{2,12}`), alternatives inside a repeat start
 * with disjoint characters, and every parse step is a sticky regex applied at a known position (no scanning inside
 * a step). The only unanchored regex is the scanner's trigger regex (see `scanner.ts`).
 */

import { orPlain } from './plain-letters';

/** Non-capturing alternation of regex sources. */
export const alt = (...sources: readonly string[]): string => `(?:${sources.join('|')})`;

/** Optional group. */
export const optional = (source: string): string => `(?:${source})?`;

/** Escapes the regex metacharacters of a literal. */
export const escapeLiteral = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * White space as the engine reads it: the space and the line feed. The engine reads a text's reading
 * (`reading-text.ts`), where every other white space character (no-break and narrow no-break spaces, tabs, carriage
 * returns, line separators) has become one of these two, so `[ \n]` matches what `\s` would. It is written so because
 * of the compiled size: `\s` is a class of two dozen characters, a dozen ranges in a regex compiled for two-byte text,
 * and the engine's name alternations repeat it hundreds of times; V8 compiles regexes without their optimisations
 * once a process holds 16 MB of executable code, and the engine's regexes with `\s` came to more than that on the
 * benchmark's prose (session 26, with one encoding, `one-encoding.ts`: 23.3 → 15.0 MB, the engine ~4 % faster;
 * `lib/citations/README.md`).
 */
export const SPACE = '[ \\n]';

/**
 * Whitespace between words: 1 to 16 characters of `SPACE`, line breaks with the indentation of the next line (text
 * copied from wrapped, indented PDFs: "de l’Assemblée\n               générale"; no-break spaces read as spaces).
 * Bounded so a long run of spaces cannot make a step expensive. The `(?!SPACE)` changes no match (what follows `WS`
 * is always a word, never more white space) but spares V8 the paths that give spaces back: compiling the engine's
 * long alternations of body and treaty names costs about a third of what it did (a page's first scan). `OWS` keeps
 * its backtracking: `OWS,?WS` needs it.
 */
export const WS = `${SPACE}{1,16}(?!${SPACE})`;

/** Optional whitespace, bounded like `WS`. */
export const OWS = `${SPACE}{0,4}`;

/** Straight or typographic apostrophe (`l'article`, `l’article`). */
export const APOS = "['’]";

/**
 * A literal phrase of prose: metacharacters escaped, each space → `WS`, each apostrophe → `APOS`, and an optional
 * space after an apostrophe (`l' Assemblée`); each accented letter also plain (`orPlain`: `Assemblee`).
 */
export const phrase = (literal: string): string =>
  orPlain(escapeLiteral(literal).replace(/ /g, WS).replace(/'/g, `${APOS}${OWS}`));

/** Alternation of phrases, longest first so a longer name wins over its prefix. */
export const phrases = (literals: readonly string[]): string =>
  alt(...[...literals].sort((a, b) => b.length - a.length).map(phrase));

/** A sticky, case-insensitive regex: matches only at `lastIndex` (see `execAt`). */
export const sticky = (source: string): RegExp => new RegExp(source, 'iy');

/** A sticky, case-sensitive regex (capital-letter checks). */
export const stickyCased = (source: string): RegExp => new RegExp(source, 'y');

/**
 * Every match of a global regex in `text`, as `text.matchAll(re)` gives them, read with `exec` on the shared regex:
 * `matchAll` clones the regex at each call, and V8 runs each clone from bytecode again (ten times slower on the bench's
 * prose than the shared regex, compiled once).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match: step past it, as `matchAll` does.
    if (m[0] === '') re.lastIndex += 1;
  }
  return out;
}

/**
 * A whole-text answer remembered for the last text asked about: a check that reads the whole text, asked once per
 * citation, would make a long page quadratic. `pending` is the answer while `compute` runs, so a question asked again
 * from inside the computation gets it instead of looping.
 */
export function perText<T, A extends unknown[]>(
  pending: T,
  compute: (text: string, ...args: A) => T,
): (text: string, ...args: A) => T {
  let last: { text: string; value: T } | undefined;
  return (text, ...args) => {
    if (last?.text === text) return last.value;
    const entry = { text, value: pending };
    last = entry;
    entry.value = compute(text, ...args);
    return entry.value;
  };
}

/** Runs a sticky regex at `pos`. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The length of a sticky regex's match at `pos`, else -1: by `test`, without `exec`'s result array (its groups). */
export function matchLengthAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex - pos : -1;
}

// ---------------------------------------------------------------------------------------------------------------
// Words that head a citation.

/**
 * "decision" in FR/EN/ES, singular or plural: décision(s), decision(s), decisión, decisiones. Always followed by a
 * number in a citation, which is what keeps "la décision de la Conférence" out.
 */
// And UTF-8 read as Windows-1250 (`é` → `Ă©`, `ó` → `Ăł`: "rĂ©solution", dev `fr-276`, a forum archive's charset).
export const DECISION_WORD = 'd(?:[ée茅]|Ã©|Ă©)?cisi(?:[oó贸]|Ã³|Ăł)?n(?:es|s)?';

/**
 * "resolution" in FR/EN/ES, singular or plural: résolution(s), resolution(s), resolución, resoluciones; also with the
 * accented letter lost in extraction ("rsolution", "resolucin", "dcision"), as Word-to-text copies leave them, or UTF-8
 * read by a page served without its charset as Windows-1252 (`é` → `Ã©`, `ó` → `Ã³`: "rÃ©solution", the web's commonest
 * mojibake) or as GBK (`é` → `茅`, `ó` → `贸`: "resoluci贸n", dev `es-031`). And the acronyms of a Security Council
 * resolution, which name their body: `UNSCR` ("UN Security Council resolution", `UNSCR 1325`, `UNSCRs 2331 and 2388`)
 * and `SCR` (NGO and UN Women pages: `SCR 1539 (2004)`, `SCR 1325`, dev `en-209`, `en-241`, `es-141`); a number must
 * follow (`the first SCR to recognize…` is not read), and its body is the Security Council (`parse-instrument.ts`), so
 * a plain number is read as after `Security Council resolution`; and `RCSNU`, the Spanish and French acronym (`la RCSNU
 * 1820`, dev `es-153`). Other languages' words for it (Dutch `Resolutie 2731 (2024)` in the Netherlands' treaty series,
 * dev `en-253`; Italian `risoluzione`, Portuguese `resolução`): the number is read, spanned on itself (the head word is
 * none of the three languages'; `parse-instrument.ts`).
 */
// And `UNSC` right before a four-digit number, the acronym used as the resolution's name (`UNSC 1456 is the first
// counter-terrorism resolution`, `implementation of UNSC 1373`, dev en-353); `UNSC resolution 1566` reads the body.
export const RESOLUTION_WORD =
  '(?:r(?:[ée茅]|Ã©|Ă©)?solu(?:tion|ci(?:[oó贸]|Ã³|Ăł)?n)(?:es|s)?|(?:UN)?SCRs?|UNSC(?=\\s\\d{4}(?!\\d))|RCSNU|resoluties?|risoluzion[ei]|resolu[çc](?:[ãa]o|[õo]es))';

/**
 * A Security Council presidential statement (FR/EN/ES): "presidential statement(s)", "déclaration(s)
 * présidentielle(s)", "déclaration du Président / de la présidence", "declaración de la Presidencia",
 * "declaración presidencial". Its number is `yyyy/n` (`S/PRST/2016/10`).
 */
export const PRST_WORD = alt(
  'presidential\\s{1,4}statements?',
  'd[ée]clarations?\\s{1,4}pr[ée]sidentielles?',
  // The Council's own text says "de sa présidence" / "de su Presidencia" (`la declaración de su Presidencia 2015/25`).
  'd[ée]clarations?\\s{1,4}(?:du|de\\s{1,4}(?:la|sa|son))\\s{1,4}pr[ée]siden(?:t|ce)',
  'declaraci(?:ón|on|ones)\\s{1,4}(?:de\\s{1,4}(?:la|su)\\s{1,4}Presidencia|presidencial(?:es)?)',
);

/**
 * "article" in FR/EN/ES and abbreviated: article(s), artículo(s) (`Articulo` without its accent, `atículo` without its
 * `r`, a slip real text has, dev es-297), art., arts., and `Art` without its stop right before a figure (footnotes'
 * `Art 9`, `El Art 6 numeral 3`); `art` before anything else is the noun (`art and culture`). And `artº` / `art.º`,
 * the ordinal sign of Spanish and Portuguese abbreviations (`dispone en su artº 8`, probe p11es-021; `artº 3, al. a),
 * of the Palermo Protocol`, p11en-049), before a figure; a few typing slips.
 */
export const ARTICLE_WORD = alt(
  'articles?',
  'ar?t[íi]culos?',
  'arts?\\.',
  'arts?(?=\\s\\d)',
  'art\\.?[º°](?=\\s?\\d)',
  // Typing slips and a lost accent letter, none a word of any language (`aritcle 6 of the Trafficking Protocol`,
  // `artcile 27 de la Convention de Palerme`, `artícuo 5`, `artculo 24 de la Convencin…`, probes p12en, p12fr, p12es;
  // session 37).
  '(?:aritcle|artcile|artilce)s?',
  'art[íi]?cul?os?(?<!art[íi]culos?)',
);

/**
 * Words that start a pinpoint: paragraphe(s), paragraph(s), párrafo(s), par., para., paras., párr., alinéa(s),
 * sous-alinéa(s), subparagraph(s), sub-article(s) (a paragraph: `sub-article 2 of article (8)`), apartado(s), inciso(s),
 * Latin American numeral(es) (a number), literal(es) / letra(s) / lettre(s) (a letter: `el literal a) del artículo 3`,
 * `la lettre a) de l'article 3`), preambular/operative paragraph, and recommandation(s) /
 * recommendation(s) / recomendación(es), which in "recommandation 19 du rapport de la réunion de 2009" is a report
 * paragraph. `par.` needs its dot and a number after it (checked by the parser), so the French preposition "par"
 * never starts one.
 */
export const PIN_WORD = alt(
  '(?:preambular|operative)\\s{1,4}paragraphs?',
  'paragraphes?',
  'paragraphs?',
  'p[áa]rrafos?',
  'p[áa]rr\\.',
  'paras?\\.',
  'par\\.',
  'sous-alin[ée]as?',
  'alin[ée]as?',
  'sub-?paragraphs?',
  'sub-?articles?',
  'apartados?',
  'incisos?',
  'numeral(?:es)?',
  'literal(?:es)?',
  'let(?:ras?|tres?)',
  // `item 1 of article 10` (the Russian `пункт` in machine translation, p2en-101; session 24): only right before
  // `of article` (so an agenda's `item 4` is no trigger, and the gate's `article` is near), and an article's only
  // (`parseChain`).
  'item(?=\\s{1,3}\\d{1,2}\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?articles?\\s)',
  // `numéro 3 de l'article 5` (a machine translation of the Spanish `numeral 3`, probe p4-fr-048), Spain's `el número 2
  // del artículo 10`, `number 3 of article 5`: a paragraph, only right before its article (`le numéro 3 de la revue`,
  // `número 5 del Boletín`, `number 4 of the list` are no trigger), and an article's only (`parseChain`).
  "(?:num[ée]ro|n[úu]mero|number)(?=\\s{1,3}\\d{1,2}\\s{1,3}(?:of\\s{1,3}(?:the\\s{1,3})?article|de\\s{1,3}l['’]\\s?article|del\\s{1,3}art[íi]culo)\\s)",
  'recomm[ae]ndations?',
  'recomendaci(?:ón|on|ones)',
);

// ---------------------------------------------------------------------------------------------------------------
// Numbers and markers.

/**
 * A slash number `n/m` (`4/4`, `55/25`), captured as (n, m). Not before a digit, slash or decimal part: dates
 * (`4/4/2008`) and `1/5.3` are none; a footnote's digits glued after a comma before prose end it (`decision 5/5,6
 * urged`, p18en-099; session 42). One space may follow the slash, a PDF's (`resolución 35/ 171`, dev es-295).
 */
export const SLASH_NUMBER = '(\\d{1,4})/ ?(\\d{1,4})(?![\\d/]|\\.\\d|,\\d(?!\\d?[ \\t\\n]+[a-zà-ÿ]))';

/**
 * A Security Council resolution number `2331 (2016)` / `2331(2016)`, captured as (number, year). The year in brackets
 * is what makes it a Council resolution. One space may stand inside the brackets, as extraction and machine
 * translation leave it (`résolution 1888 (2009 )`, dev fr-103; `( 2009)`); a typo's comma too (`(2009,)`, dev en-505).
 */
// And `?` for a lost no-break space (`resolution 2419?(2018)`, dev `en-252`). The bracket: one home (`bare-council.ts`…).
export const SC_YEAR_BRACKET = '\\( ?((?:19|20)\\d\\d) ?,?\\)';
export const SC_NUMBER = `(\\d{1,4})[\\s?]?${SC_YEAR_BRACKET}`;

/**
 * A pre-1978 instrument number with its roman session, for the General Assembly (`317 (IV)`, `1386 (XIV)`,
 * `217 A (III)` with a part letter) and ECOSOC (`16 (LVI)`), captured as (number, letter, roman). Upper-case romans
 * only (checked by the parser), so a letter pinpoint `5 (iv)` is not a session. A special or emergency special
 * session (`3201 (S-VI)`, `377 (ES-I)`) and ECOSOC's organizational sessions by year (`1915 (ORG-75)`) too.
 */
// The part letter runs to M, ECOSOC's parts going past F (`resolución 689 J (XXXVI)`, dev es-277); not I, a roman.
export const ROMAN_NUMBER = '(\\d{1,4})\\s?(?:([A-HJ-M])\\s?)?\\(((?:E?S-)?[IVXL]{1,7}|ORG-\\d\\d)\\)';

/**
 * A plain paragraph or article number, not the start of a slash number, date, decimal or range (`paras. 2-10`: a
 * range is not one pinpoint, so the document is cited without it).
 */
export const PLAIN_NUMBER = '(\\d{1,3})(?![\\d/]|[.,]\\d|\\s?[-–]\\s?\\d)';

/** A letter marker `c)` or `(c)`, captured in one of two groups. A single letter only: `ii)` is not a letter. */
export const LETTER_MARKER = '(?:\\(([a-z])\\)|([a-z])\\))';

/** A roman marker `iv)` or `(iv)`, captured in one of two groups. */
export const ROMAN_MARKER = '(?:\\(([ivx]{1,5})\\)|([ivx]{1,5})\\))';

/**
 * A connector between a pinpoint and what contains it: du, des, del, de la, de l', de, of the, of (FR/EN/ES), with an
 * optional comma before. `de l'` comes before `de` so the apostrophe form is not cut short.
 */
// `de l Assemblée`: the elided article's apostrophe lost by a PDF's extraction, before a vowel (dev fr-154).
export const CONNECTOR = `,?${WS}${alt(`de${WS}l(?:${APOS}${OWS}|[ \\t](?=[AEIOUÀÂÉÈÊÎÔaeiouàâéèêîô]))`, `(?:of${WS}the|of|du|des|del|de${WS}la|de)${WS}`)}`;

/**
 * The number sign legal and press writing puts before an instrument's number (`Resolución n.° 55/25`, `résolution n°
 * 1325`, `Resolution No. 2331`, `núm. 55/25`) or the word (`resoluciones anteriores número 1814, 1816…`, dev `es-148`;
 * `résolution numéro 1325`, `resolution number 1325`), with the space after it: in the span. `No` needs its dot and `n`
 * its sign, so prose is not taken; a number must follow (checked by the callers).
 */
// And the Italian-style `n.` glued to the number (`the landmark resolution n.1325`, dev en-340).
export const NUMBER_SIGN = '(?:n\\.?\\s?[°º]|no\\.|n\\.(?=\\d)|n[úu]m\\.|n[úu]meros?|num[ée]ros?|numbers?)\\s{0,2}';

/**
 * French `no` as a number sign (`résolution no 54/125`: how `n°` comes out of many PDFs and keyboards), one or two
 * spaces after it; a number must follow. A sign only after a French head word (`instrument-head.ts` decides: `no` is a
 * word in Spanish and English); elsewhere only a lookahead or a test that something is cited by number.
 */
export const FRENCH_NO = 'no\\s{1,2}';

/**
 * A possessive connector before an article, after a pinpoint (`en el inciso a) de su artículo 3`, `au paragraphe 2 de
 * son article 5`, `in paragraph 2 of its article 6`): the article of the treaty its sentence names. Also before a
 * resolution or decision in French and Spanish (`conformément au paragraphe 42 de sa résolution 2083 (2012)`, dev
 * fr-115, spanned from the pinpoint as batch G-fr labels it): the author's instrument, the possessive read by the body
 * inference as before. English `of its resolution` too since session 15 (the lead's span convention S1: `paragraph 2 of
 * its resolution 56/119`, dev en-351; in-sample mixed-blind-001 relabelled). A number sign may stand before the
 * resolution's number (`paragraph 2 of its resolution No. 56/119`, `de sa résolution n° 2083 (2012)`, French `no`):
 * only a lookahead, the instrument's own parse (`headToNumber`) deciding whether a `no` is a sign (a French head word's).
 */
export const POSSESSIVE_ARTICLE = `,?${WS}(?:(?:de|of)${WS}(?:su|son|its)${WS}(?=${ARTICLE_WORD}${OWS}\\d)|(?:de|of)${WS}(?:su|sa|its)${WS}(?=(?:${RESOLUTION_WORD}|${DECISION_WORD})${WS}(?:${NUMBER_SIGN}|${FRENCH_NO})?\\d))`;

/**
 * A date after an instrument number, skipped but not part of the citation: "du 19 décembre 2006", "of 30 July 2010",
 * ", de 19 de diciembre de 2006", "en date du 30 juillet 2010", "dated 1 May 2020".
 */
export const DATE_AFTER = `,?${WS}${alt(`en${WS}date${WS}du`, 'dated', 'du', 'del', 'de', 'of')}${WS}\\d{1,2}(?:er|st|nd|rd|th)?${WS}(?:de${WS})?[a-zà-ÿ]{3,10}\\.?${WS}(?:de${WS})?\\d{4}`;

/**
 * Separator inside a list of numbers: ", ", " et ", " and ", " y ", ", et ", " ou " … Only a list separator when a
 * number follows (checked by the parser), so "décision 3/3 et les résolutions" ends the list at 3/3.
 */
export const LIST_SEPARATOR = alt(`${OWS},${OWS}(?:(?:et|and|y)${WS})?`, `${WS}(?:et|and|y|ou|or|o)${WS}`);

/** Longest list we follow (`résolutions 61/144, 61/180, 63/194 et 64/178`). Bounds the work per trigger. */
export const MAX_LIST = 20;
