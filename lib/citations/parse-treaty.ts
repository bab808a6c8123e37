/**
 * Treaty provisions: articles of UNTOC and of its Protocols, with paragraph / subparagraph pinpoints before
 * (`l'alinéa c) du paragraphe 2 de l'article 33 de la Convention`) or after (`article 6, paragraph 3 (d), of the
 * Protocol`, `article 6(3)(d)`), in lists (`articles 6 et 9 du Protocole`). The treaty must be named right after:
 * `article 2 de son règlement intérieur` or a supplier code's `article 5 qui …` are not citations.
 */

import type { Candidate, PinSpan } from './candidate';
import { cleanPinpoint, listSpans } from './candidate';
import { NOT_QUALIFIED, TREATY_PREFIXES, TREATY_QUALIFIERS } from './bodies';
import { treatyKey, TREATIES, type TreatyId } from './keys';
import { parseMarker } from './parse-pinpoint';
import { alt, ARTICLE_WORD, execAt, LIST_SEPARATOR, MAX_LIST, OWS, PLAIN_NUMBER, sticky, WS } from './patterns';
import type { Pinpoint } from './types';

/** The article word and its number: `article 33`, `art. 6`, `artículo 5`. Group 1: the number. */
const ARTICLE_RE = sticky(`${ARTICLE_WORD}${OWS}${PLAIN_NUMBER}(?![a-zà-ÿ])`);

/**
 * Compact pinpoint glued to the number: `6(3)(d)`, `6 (3) (d) (ii)`, `3 (a)`. Groups: paragraph, letter, roman.
 * Bounded and anchored, so `article 3 (a)` costs a few steps.
 */
const COMPACT_RE = sticky(`(?:\\s?\\((\\d{1,2})\\))?(?:\\s?\\(([a-z])\\))?(?:\\s?\\(([ivx]{1,5})\\))?`);

/** A paragraph pinpoint after the article: `, paragraph 3 (d)`, `, paragraphe 3 d)`, `, párrafo 3 d)`. */
const POST_PARAGRAPH_RE = sticky(
  `,?${WS}${alt('paragraphe', 'paragraph', 'p[áa]rrafo', 'p[áa]rr\\.', 'para\\.', 'par\\.')}${OWS}`,
);

/** A letter pinpoint after the article: `, alinéa a)`, `, subparagraph (a)`, `, apartado a)`, `, inciso a)`. */
const POST_LETTER_RE = sticky(`,?${WS}${alt('alin[ée]a', 'sub-?paragraph', 'apartado', 'inciso')}${OWS}`);

/**
 * An article with a decimal paragraph: `Article 6.2 of the Protocol` (paragraph 2). Not `6.2.1`, not `6.2/…`.
 * Groups: the article, the paragraph.
 */
const ARTICLE_DECIMAL_RE = sticky(`${ARTICLE_WORD}${OWS}(\\d{1,3})\\.(\\d{1,2})(?![\\d./])`);

/** A paragraph pinpoint the article parse did not take (`article 32, paragraphs 3 (d) and 4, of …`): not bare. */
const UNREAD_PIN_RE = sticky(
  `,?${WS}(?:paragraphs?|paragraphes?|p[áa]rrafos?|para[s.]|par\\.|alin[ée]as?|subparagraphs?)`,
);

/** Any connector after an article (`of …`, `de …`, `du …`): an article of whatever is named there, never bare. */
const ANY_CONNECTOR_RE = sticky(`,?${WS}(?:of|de|du|del|des|d['’])(?![a-zà-ÿ])`);

/** A treaty noun, singular (`Protocols`, `Conventions` name no one treaty). */
const NOUN_ANYWHERE = /\b(Convention|Convención|Protocole|Protocolo|Protocol)(?![a-zà-ÿ])/g;

/** How far a bare article looks for its sentence's treaty noun, each way. */
const SENTENCE_REACH = 200;

/** A list separator followed by an article number: `articles 6 et 9`, `articles 32 and 37`. */
const LIST_NEXT_RE = sticky(`${LIST_SEPARATOR}${PLAIN_NUMBER}(?![a-zà-ÿ])`);

/**
 * The connector to the treaty, capturing in group 1 a demonstrative that makes it anaphoric (`dudit Protocole`,
 * `of the said Protocol`, `de dicho Protocolo`, `de cette Convention`).
 */
const TREATY_CONNECTOR_RE = sticky(
  `,?${WS}${alt(
    `of${WS}(?:(the${WS}said|said|that|this)${WS}|the${WS})?`,
    `de${WS}(?:(ladite|cette|dicha|esta|esa|ce|dicho|este|ese)${WS}|la${WS})?`,
    `(dudit)${WS}`,
    `du${WS}(?:(présent)${WS})?`,
    `del${WS}(?:(presente)${WS})?`,
  )}`,
);

/** Prefix names (`Trafficking in Persons Protocol`), one group each in `TREATY_PREFIXES` order. */
const PREFIX_GROUPS = TREATY_PREFIXES.map((p) => `(${p.source})${WS}`).join('|');

/**
 * The treaty noun, with an optional English prefix name: groups 1..k the prefixes, then `convention` / `protocol` /
 * `UNTOC` as groups k+1, k+2, k+3. Not followed by letters: `Conventions`, `Protocoles` (plural) are not one treaty.
 */
const NOUN_RE = sticky(
  `(?:${PREFIX_GROUPS})?(?:(Convention|Convención)|(Protocole|Protocolo|Protocol)|(UNTOC))(?![a-zà-ÿ])`,
);

const QUALIFIER_RES = TREATY_QUALIFIERS.map((q) => ({ id: q.id, re: sticky(q.source) }));

/** Succeeds (empty) when a bare noun is not qualified into another treaty (see `NOT_QUALIFIED`). */
const UNQUALIFIED_RE = sticky(NOT_QUALIFIED);

/**
 * What the text has named so far, for unqualified `the Convention` / `le Protocole`: the Protocol of ours last named
 * in full (for `dudit Protocole`), and whether the treaty last named in full is another one (`United Nations
 * Convention against Corruption`, `Kyoto Protocol`, `Optional Protocol`), in which case a bare noun is that treaty's.
 */
export interface TreatyContext {
  /**
   * False when the text is about another treaty's subject (climate, torture, corruption…; `OTHER_SUBJECT`) and not
   * about ours (trafficking, smuggling, firearms, organized crime, Palermo), nor read by the caller as a COP document:
   * then a bare `the Convention` / `le Protocole` is that other treaty's (a climate text's "Article 2 of The
   * Convention", a torture text's "articles 2 et 16 de la Convention"). A text that names nothing keeps UNTOC / TIP.
   */
  ourSubject?: () => boolean;
  protocol?: TreatyId;
  otherConvention?: boolean;
  otherProtocol?: boolean;
}

/**
 * A capitalised word right before a treaty noun names another treaty ("Kyoto Protocol", "Forced Labour Convention",
 * "Optional Protocol", "Supplementary Convention"); determiners and our own prefixes do not.
 */
const NAME_BEFORE = /(?:^|[^A-Za-zÀ-ÿ])([A-ZÀ-Ý][a-zà-ÿ]+)\s{1,4}$/;
export const OUR_SUBJECT =
  /palerm|traite des personnes|trafic illicite de migrants|armes à feu|trafficking in persons|smuggling of migrants|firearms|trata de personas|tráfico ilícito de migrantes|armas de fuego|criminalité transnationale organisée|transnational organized crime|delincuencia organizada transnacional/i;
/**
 * Subjects of other treaties whose texts say "the Convention" / "the Protocol": climate (UNFCCC decisions `1/CP.1`,
 * `9/CMP.1`), torture, corruption, biodiversity, the rights of the child, discrimination against women.
 */
export const OTHER_SUBJECT =
  /\/CM?P\.\d|climat|torture|tortura|corruption|corrupción|biological diversity|diversité biologique|diversidad biológica|rights of the child|droits de l'enfant|derechos del niño|discrimination against women|discrimination à l'égard des femmes|discriminación contra la mujer/i;
/** Capitalised words before a treaty noun that still name ours (`Palermo Protocol`, `Migrant Smuggling Protocol`). */
const OUR_NAMES = /^(?:Palermo|Palerme|Smuggling|Trafficking|Firearms|Persons|Migrants|Crime)$/;
const DETERMINERS = new Set(['The', 'This', 'That', 'Said', 'Such', 'La', 'Le', 'El', 'Cette', 'Ce', 'Dicha', 'Esta']);

/**
 * The treaty named at `pos` (after the connector), where its name ends, and whether it was named in full (a prefix
 * or qualifier, not a bare `Protocole`). A bare noun after another treaty named in full is that treaty: null.
 */
function parseTreatyName(
  text: string,
  pos: number,
  anaphoric: boolean,
  ctx: TreatyContext,
): { id: TreatyId; end: number; named: boolean } | null {
  const lastProtocol = ctx.protocol;
  const m = execAt(NOUN_RE, text, pos);
  if (!m) return null;
  const k = TREATY_PREFIXES.length;
  const noun = m[k + 1] !== undefined ? 'convention' : m[k + 2] !== undefined ? 'protocol' : 'untoc';
  let end = pos + m[0].length;
  if (noun === 'untoc') return { id: 'UNTOC', end, named: true };
  const prefix = TREATY_PREFIXES.find((_, i) => m[i + 1] !== undefined);
  if (prefix && prefix.noun !== noun) return null;
  if (prefix && !prefix.needsQualifier) return { id: prefix.id, end, named: true };
  for (const q of QUALIFIER_RES) {
    const qm = execAt(q.re, text, end);
    if (!qm) continue;
    if ((q.id === 'UNTOC') !== (noun === 'convention') || (prefix && prefix.id !== q.id)) return null;
    end += qm[0].length;
    return { id: q.id, end, named: true };
  }
  if (prefix) return null;
  if (!execAt(UNQUALIFIED_RE, text, end)) return null;
  if (ctx.ourSubject && !ctx.ourSubject()) return null;
  if (noun === 'convention') return ctx.otherConvention ? null : { id: 'UNTOC', end, named: false };
  if (ctx.otherProtocol) return null;
  return { id: anaphoric ? (lastProtocol ?? 'TIP') : 'TIP', end, named: false };
}

/**
 * Records a treaty noun met in the text (a scanner trigger at `pos`): ours named in full, or another treaty named in
 * full (qualified by other words, or with a capitalised name before it).
 */
export function noteTreatyMention(text: string, pos: number, ctx: TreatyContext): void {
  const m = execAt(NOUN_RE, text, pos);
  if (!m) return;
  const isConvention = m[TREATY_PREFIXES.length + 1] !== undefined;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, pos - 30), pos));
  const other = before?.[1] !== undefined && !DETERMINERS.has(before[1]);
  const named = parseTreatyName(text, pos, false, {});
  if (named?.named && !other) {
    if (isConvention) ctx.otherConvention = false;
    else {
      ctx.protocol = named.id;
      ctx.otherProtocol = false;
    }
    return;
  }
  if (named && !other) return; // a bare noun: an anaphor, nothing new is named
  // Long official titles put the subject last: "Protocole additionnel à la Convention … visant à prévenir, réprimer
  // et punir la traite des personnes". Our subject within the next 250 characters keeps it ours.
  if (!other && OUR_SUBJECT.test(text.slice(pos, pos + 250))) return;
  if (isConvention) ctx.otherConvention = true;
  else ctx.otherProtocol = true;
}

/**
 * The treaty name after a connector at `pos`, or null. `lastProtocol` is the Protocol last named in the text, for
 * `dudit Protocole`.
 */
function parseTreatyAfter(text: string, pos: number, ctx: TreatyContext): { id: TreatyId; end: number } | null {
  const c = execAt(TREATY_CONNECTOR_RE, text, pos);
  if (!c) return null;
  const anaphoric = [1, 2, 3, 4, 5].some((g) => c[g] !== undefined);
  return parseTreatyName(text, pos + c[0].length, anaphoric, ctx);
}

/** End punctuation before a space, a line break, a table bar: where a sentence ends. */
const SENTENCE_END_RE = /[\n|]|[.!?](?=\s|$)/;

/** Where the sentence that goes on at `from` ends, looking no further than `SENTENCE_REACH` (so linear overall). */
function sentenceEnd(text: string, from: number): number {
  const window = text.slice(from, from + SENTENCE_REACH + 1);
  const m = SENTENCE_END_RE.exec(window);
  return from + (m ? m.index : Math.min(window.length, SENTENCE_REACH));
}

/**
 * The treaty of an article named without one (`L'article 6 énonce … conformément au Protocole`, `In its article 3,
 * this Protocol defines`): the one treaty noun after it in its
 * sentence, ours by the usual rules (the Protocol last named in full, else TIP; the Convention is UNTOC), when the
 * text is about our subject. Nothing may follow the article as a connector (`article 188 de la ley 599`,
 * `article 2 de son règlement` are someone else's), and a noun after a capitalised name is another treaty's.
 */
function bareArticleTreaty(
  text: string,
  start: number,
  end: number,
  ctx: TreatyContext,
): { id: TreatyId; end: number } | null {
  if (execAt(ANY_CONNECTOR_RE, text, end) || execAt(UNREAD_PIN_RE, text, end)) return null;
  const to = sentenceEnd(text, end);
  let noun: RegExpExecArray | null = null;
  let count = 0;
  NOUN_ANYWHERE.lastIndex = 0;
  // Only a noun after the article: "Le Protocole …, en son article 10" and "the Palermo Protocol, article 3" are
  // left out on purpose (the in-sample conventions), as is `article 5 bis`.
  if (/^\s?bis\b/.test(text.slice(end, end + 4))) return null;
  const sentence = text.slice(end, to);
  for (let m = NOUN_ANYWHERE.exec(sentence); m; m = NOUN_ANYWHERE.exec(sentence)) {
    noun = m;
    count++;
  }
  if (!noun || count !== 1) return null;
  const at = end + noun.index;
  // The treaty named right after the article ("Article 5 Protocol against the Smuggling of Migrants"): its own name.
  if (/^\s{1,4}$/.test(text.slice(end, at))) {
    const named = parseTreatyName(text, at, false, ctx);
    if (named) return { id: named.id, end: named.named ? named.end : end };
  }
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  if (before?.[1] !== undefined && !DETERMINERS.has(before[1]) && !OUR_NAMES.test(before[1])) return null;
  if (ctx.ourSubject && !ctx.ourSubject()) return null;
  const isConvention = /^Conven/.test(noun[1] ?? '');
  if (isConvention) return ctx.otherConvention ? null : { id: 'UNTOC', end };
  if (ctx.otherProtocol) return null;
  return { id: ctx.protocol ?? 'TIP', end };
}

/**
 * Candidates for an article at `pos` (the article word). With `pins` from a chain before it, one article only and
 * the chain's paragraph / subparagraph / clause go into the key.
 */
export function parseArticleCitation(
  text: string,
  pos: number,
  ctx: TreatyContext,
  pins?: readonly PinSpan[],
): Candidate[] {
  const d = execAt(ARTICLE_DECIMAL_RE, text, pos);
  const a = d ?? execAt(ARTICLE_RE, text, pos);
  if (!a) return [];
  const items = [{ article: Number(a[1]), start: pos, end: pos + a[0].length }];
  let p = pos + a[0].length;
  let post: Pinpoint = d ? { paragraph: Number(d[2]) } : {};
  const compact = d ? null : execAt(COMPACT_RE, text, p);
  if (compact && compact[0].length > 0) {
    post = {
      paragraph: compact[1] === undefined ? undefined : Number(compact[1]),
      subparagraph: compact[2]?.toLowerCase(),
      clause: compact[3]?.toLowerCase(),
    };
    p += compact[0].length;
  } else if (!d) {
    const w = execAt(POST_PARAGRAPH_RE, text, p);
    const l = w ? null : execAt(POST_LETTER_RE, text, p);
    // "Article 3, paragraph (a) of the Protocol": the word paragraph before a letter is a subparagraph.
    const marker = w
      ? (parseMarker(text, p + w[0].length, 'number') ?? parseMarker(text, p + w[0].length, 'letter'))
      : l
        ? parseMarker(text, p + l[0].length, 'letter')
        : null;
    if (marker) {
      post = { paragraph: marker.paragraph, subparagraph: marker.subparagraph, clause: marker.clause };
      p = marker.end;
    }
  }
  const hasPost = post.paragraph !== undefined || post.subparagraph !== undefined;
  for (let i = 0; !pins && !hasPost && i < MAX_LIST; i++) {
    const next = execAt(LIST_NEXT_RE, text, p);
    if (!next) break;
    const numberText = next[1] ?? '';
    const end = p + next[0].length;
    items.push({ article: Number(numberText), start: end - numberText.length, end });
    p = end;
  }
  if (pins && hasPost) return [];
  const treaty = parseTreatyAfter(text, p, ctx) ?? (pins ? null : bareArticleTreaty(text, pos, p, ctx));
  if (!treaty) return [];
  if (items.some((it) => it.article < 1 || it.article > TREATIES[treaty.id].articles)) return [];
  const build = (pin: Pinpoint, start: number, end: number): Candidate => {
    const clean = cleanPinpoint(pin) ?? {};
    return { start, end, kind: 'treaty', key: treatyKey(treaty.id, clean), pinpoint: clean, ref: { type: 'none' } };
  };
  if (pins) {
    const article = items[0]?.article;
    return pins
      .map((pin, j) => {
        if (pin.pin.preambular) return null;
        return build({ ...pin.pin, article }, pin.start, j === pins.length - 1 ? treaty.end : pin.end);
      })
      .filter((c): c is Candidate => c !== null);
  }
  const spans = listSpans(items, pos, treaty.end);
  return items.map((it, i) =>
    build({ article: it.article, ...post }, spans[i]?.start ?? it.start, spans[i]?.end ?? it.end),
  );
}
