/**
 * The pinpoint chain written after a document symbol: the levels of a report, each after a comma, down to what is
 * cited (`E/2009/31, chap. I.A, draft resolution I`; `A/CONF.213/18, chap. I, resolution 1`; `A/66/10, chap. IV,
 * para. 75`; `A/55/383, annex I, para. 3`). The whole chain is in the symbol's span (a symbol's span runs through a
 * comma pinpoint, `lib/citations/README.md`); the key grammar's pinpoint keeps the levels it has fields for (annex,
 * paragraph), the others (chapter, section, a report's draft or adopted texts) only extend the span.
 */

import type { Pinpoint } from './types';
import { wordAfterGap } from './next-word';
import { PARAGRAPH_RANGE_RE, parsePostPinpoint } from './post-pinpoint';
import { alt, execAt, OWS, sticky, WS } from './patterns';

/**
 * A report's divisions and the texts it carries, in the UN's English, French and Spanish abbreviations and full words:
 * `chap.`, `chapter`, `chapitre`, `cap.`, `capítulo`; `sect.`, `section`, `sección`, `secc.`, `secc`; `part`,
 * `partie`, `parte`; `draft resolution`, `draft decision`, `projet de résolution / décision`, `proyecto de
 * resolución / decisión`; and a report's own numbered `resolution 1` / `decision 2` (`A/CONF.213/18, chap. I,
 * resolution 1`).
 */
const LEVEL_WORD = alt(
  'chap(?:ters?|itres?|s?\\.)',
  'cap(?:[íi]tulos?|s?\\.)',
  'sect(?:ions?|s?\\.)',
  'secc(?:i[óo]n|\\.)',
  'secci(?:[óo]n|ones)',
  'part(?:ies?|es?|s)?',
  `(?:draft${WS}|projet${WS}de${WS}|proyecto${WS}de${WS})?${alt('r[ée]solu(?:tion|ci[óo]n)', 'd[ée]cisi[óo]n')}`,
);

/** A level's marker: a roman with optional subdivisions (`I`, `IV.B`, `I.A.2`), a number (`3`, `16.2`) or a capital. */
const MARKER = '(?:[IVXL]{1,6}|\\d{1,3}|[A-H])(?:\\.(?:[IVX]{1,4}|\\d{1,2}|[A-H])){0,2}';

/**
 * The level: its word, its marker (`MARKER`), maybe the end of a range of levels (`parts I to III`, `chapitres II à
 * IV`, `caps. II-IV`, `sections A and B`); never a slash after a marker (`, resolution 64/293` is another citation,
 * not a level of this report) and no letter or digit glued on (`, chapter Iran`), nor a year in brackets (`,
 * resolution 238 (1968)` is the Council's). Capitals and romans are checked case-sensitively below (`, part a of` is
 * prose). Groups: 1 the word, 2 the marker, 3 the range's end.
 */
const LEVEL_RE = sticky(
  `,${OWS}(${LEVEL_WORD})${WS}(${MARKER})(?:(?:${OWS}[-–]${OWS}|${WS}(?:to|and|et|[àay])${WS})(${MARKER}))?(?![\\w/])(?!\\s?\\(\\d)`,
);

/**
 * A report's one draft text named without a number, between two levels or before the bracket closing the reference
 * (`(A/55/383, sect. IV, draft resolution, annex I)`, the Ad Hoc Committee's report, dev en-443; `, projet de
 * résolution,`, `, proyecto de decisión)`): in the span, so the chain reads on to the annex. Only the `draft` forms: a
 * bare `, resolution,` after a symbol is prose.
 */
const UNNUMBERED_DRAFT_RE = sticky(
  `,${OWS}(?:draft${WS}|projet${WS}de${WS}|proyecto${WS}de${WS})${alt('r[ée]solu(?:tion|ci[óo]n)', 'd[ée]cisi[óo]n')}(?=${OWS}[,)])`,
);

/** A marker written in capitals or figures, as report divisions are (not `a`, `iv`: prose letters). */
const MARKER_CASE = /^(?:[IVXL]+|\d+|[A-H])(?:\.(?:[IVX]+|\d+|[A-H]))*$/;

/**
 * A part or section named by its ordinal in French or Spanish (`A/61/256, troisième partie`, dev fr-248; `, tercera
 * parte`, `, deuxième section`): in the span, no pinpoint field. The feminine ordinals only (the nouns are feminine).
 */
const ORDINAL_LEVEL_RE = sticky(
  `,${OWS}${alt(
    'premi[èe]re',
    'deuxi[èe]me',
    'seconde',
    'troisi[èe]me',
    'quatri[èe]me',
    'cinqui[èe]me',
    'sixi[èe]me',
    'primera',
    'segunda',
    'tercera',
    'cuarta',
    'quinta',
    'sexta',
  )}${WS}${alt('partie', 'parte', 'section', 'secci[óo]n')}(?![a-zà-ÿ])`,
);

/**
 * An annex that belongs to the text citing the document, not to it (`(S/2015/544, annexe A à la présente
 * résolution)`, dev fr-279: annex A of the present resolution; `annex to the present report`, `anexo de la presente
 * resolución`): a capital marker maybe, then `à` / `to` / `of` / `de` and the text's own demonstrative.
 */
const PRESENT_TEXT_RE = sticky(
  `(?:[ \\u00a0][A-H](?![\\w/]))?${WS}(?:[àa]|to|of|de|del|al)${WS}(?:la${WS}|the${WS}|el${WS})?(?:pr[ée]sente?|present|this|cette)(?![a-zà-ÿ])`,
);

/**
 * A draft's article right after its symbol, after a comma (`(A/AC.254/4/Rev.4, art. 2 bis)`, the Ad Hoc Committee's
 * rolling texts, probes p6en-021, -022, -119): in the span (S2), no pinpoint field (the key grammar's article belongs to
 * a treaty, and a draft's article 2 is not the treaty's). `art.`, `arts.`, `article`, `artículo` and a number with its
 * `bis` / `ter`; never an article another text owns (`, article 6 of the Protocol`: the treaty's, cited on its own),
 * nor a number glued to a letter, digit or slash.
 */
const DRAFT_ARTICLE_RE = sticky(
  `,${OWS}(?:arts?\\.|articles?|art[íi]culos?)${OWS}\\d{1,3}(?:${WS}(?:bis|ter|quater))?(?![\\w/])(?!${WS}(?:of|de|du|del|des)${WS})`,
);

/** A capital annex marker after `, annex` (`, annexe A`): in the span, not in the pinpoint (whose annex is a roman). */
const ANNEX_LETTER_RE = sticky('[ \\u00a0][A-H](?![\\w/])');

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
    // The range opens with a paragraph word (`p…`, `¶`) after its comma or space; every other level with a comma.
    const lead = wordAfterGap(text, end);
    const comma = text.charCodeAt(end) === 44;
    const range = (lead | 32) === 112 || lead === 0xb6 ? execAt(PARAGRAPH_RANGE_RE, text, end) : null;
    if (range) {
      end += range[0].length;
      break; // paragraphs are the lowest level
    }
    const post = parsePostPinpoint(text, end);
    if (post && post.pin.paragraph === undefined && execAt(PRESENT_TEXT_RE, text, post.end)) break;
    if (post) {
      if (post.pin.annex !== undefined && pin.annex === undefined) pin.annex = post.pin.annex;
      if (post.pin.paragraph !== undefined) {
        pin.paragraph = post.pin.paragraph;
        if (post.pin.subparagraph !== undefined) pin.subparagraph = post.pin.subparagraph;
        if (post.pin.clause !== undefined) pin.clause = post.pin.clause;
        if (post.pin.preambular) pin.preambular = true; // `, preambular paragraph 3` (session 24)
      }
      end = post.end;
      if (pin.paragraph !== undefined) break; // a paragraph is the lowest level
      const letter = post.pin.annex === undefined ? execAt(ANNEX_LETTER_RE, text, end) : null;
      if (letter) end += letter[0].length;
      continue;
    }
    const article = i === 0 && comma ? execAt(DRAFT_ARTICLE_RE, text, end) : null; // a draft's article, after a symbol
    if (article) {
      end += article[0].length;
      break; // an article is the lowest level the span reads
    }
    const ordinal = comma ? execAt(ORDINAL_LEVEL_RE, text, end) : null;
    if (ordinal) {
      end += ordinal[0].length;
      continue;
    }
    const draft = comma ? execAt(UNNUMBERED_DRAFT_RE, text, end) : null;
    if (draft) {
      end += draft[0].length;
      continue;
    }
    const level = comma ? execAt(LEVEL_RE, text, end) : null;
    if (!level || !MARKER_CASE.test(level[2] ?? '') || (level[3] !== undefined && !MARKER_CASE.test(level[3]))) break;
    end += level[0].length;
  }
  return end > pos ? { pin, end } : null;
}
