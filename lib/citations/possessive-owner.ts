/**
 * Whose article a possessive names (`son article 4 a)`, `en su artículo 5`, `in its Article 3`): the subject named
 * before it in its sentence, not a treaty named after it. Read by `bare-article.ts` for an article that names no
 * treaty after it. Session 23.
 */

import { otherInstrumentIn } from './focus-article';
import { orPlainRe } from './plain-letters';
import { lawNamedBefore } from './other-text-article';
import { sentenceStart } from './sentence-bounds';
import { TREATY_NOUNS, type TreatyContext } from './treaty-names';
import { nounsBefore, nounTreaty } from './bare-article-nouns';
import { UNTOC_ACRONYM } from './treaty-tables';
import type { TreatyId } from './keys';

/**
 * A possessive right before the article's head word (`son`, `sa`, `ses`, `its`, `their`, `su`, `sus`, `leur`), or an
 * English possessive `'s` glued to its owner (`The Smuggling Protocol's art. 8`, session 23): the article is its
 * owner's. A whole word, so `personnes article` or `Jesus artículo` is none; `'s` after a letter only.
 */
// And a relative whose antecedent owns the article (`la loi n° 2015-36 …, dont l’article 3 reprend la définition
// figurant à l’article 3, alinéa a), du Protocole…`, probe p2fr-031; `cuyo artículo`, `whose article`; session 24).
const POSSESSIVE_BEFORE =
  /(?:(?:(?:^|[^\p{L}])(?:son|sa|ses|its|their|leurs?|su|sus|cuyo|whose)|\p{L}['’]s)\s{1,3}|(?:^|[^\p{L}])dont\s{1,3}l['’]\s?)$/iu;

/** Whether the article at `start` follows a possessive (`POSSESSIVE_BEFORE`). */
export function possessiveBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return POSSESSIVE_BEFORE.test(before) && !CONTRACTION_BEFORE.test(before);
}

/** The pronouns whose `'s` is `is` contracted (`That's Art 3(c).`, a social-media thread, probe p13en-031; session 37). */
const CONTRACTING = 'that|it|here|there|what|this|who|where|he|she|which';

/** `That's`, `it's` right before the article: `is` contracted, no possessive. */
const CONTRACTION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${CONTRACTING})['’]s\\s{1,3}$`, 'iu');

/**
 * `des` and a lower-case word after a possessive's article (`prévoit à son article 6, paragraphe 3, des mesures`, probe
 * p4-fr-022): the verb's object, not the article's text (the possessive names its owner). Not a treaty's or a law's
 * word after it, `des présentes`, `des statuts` alike: no owner is named by a plural common noun.
 */
const OBJECT_DES_RE = /^,?[ \t]{1,3}des[ \t]{1,3}[a-zà-ÿ]/;

/** Whether `des` after the article at `start`..`end` is a possessive's verb object (`OBJECT_DES_RE`), no connector. */
export function possessiveObjectAfter(text: string, start: number, end: number): boolean {
  return OBJECT_DES_RE.test(text.slice(end, end + 12)) && possessiveBefore(text, start);
}

/**
 * A contrast clause right before a possessive's article, no comma inside it (`à la différence de l'article 6 du
 * Protocole contre le trafic illicite de migrants, son article 1er n'exige pas…`, probe p4-fr-029; `unlike article 6
 * of the Protocol, its article 1`; `a diferencia del artículo 6 del Protocolo, su artículo 1`): what it names is set
 * against the owner, never the owner. Group 1 is its first word. A comma inside (`Unlike the Protocol, the
 * Convention, in its article 5`) is not read: the owner may be named between.
 */
const CONTRAST_BEFORE = orPlainRe(
  /(?:^|[^\p{L}])(unlike|in contrast (?:to|with)|contrary to|as opposed to|à la différence d|contrairement à|au contraire d|par opposition à|a diferencia d|al contrario d|contrariamente a|en contraste con)[^,;:\n]{1,200},[ \t]{1,3}(?:son|sa|ses|its|their|leurs?|su|sus)[ \t]{1,3}$/iu,
);

/**
 * Where the contrast clause (`CONTRAST_BEFORE`) before the possessive article at `start` begins, `from` its sentence's
 * start, or -1: the treaty named in it is not the article's owner, only one named before it may be.
 */
export function contrastBefore(text: string, from: number, start: number): number {
  if (text.charCodeAt(start - 1) !== 0x20 || !possessiveBefore(text, start)) return -1;
  const m = CONTRAST_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index + m[0].indexOf(m[1]!) : -1;
}

/**
 * Whether the article at `start` follows a possessive whose owner is named before it in its sentence: a treaty noun
 * (`La Convention du Conseil de l'Europe reprend à son article 4 a) la définition de l'article 3 a) du Protocole de
 * Palerme`: the Council of Europe Convention's article 4 a), not the Protocol named after it) or another text
 * (`OTHER_INSTRUMENT`: `La Ley 9.095 de Costa Rica remite en su artículo 5 a las definiciones del Protocolo de Palermo`:
 * the law's; a law pointed back to, `La ley, en su artículo 5, remite al Protocolo…`: `lawNamedBefore`). Then the
 * treaty nouns after the article do not decide it; the owner before does (ours when it is ours: `El Protocolo de
 * Palermo define en su artículo 3 … la Convención`). A possessive before its owner (`En su artículo 3, el Protocolo
 * define…`, `In its article 5, the Convention…`) has nothing before it: the nouns after decide, as before.
 */
export function ownerBefore(text: string, start: number): boolean {
  if (!possessiveBefore(text, start)) return false;
  const before = text.slice(sentenceStart(text, start), start);
  TREATY_NOUNS.lastIndex = 0;
  const noun = TREATY_NOUNS.test(before);
  TREATY_NOUNS.lastIndex = 0;
  return noun || otherInstrumentIn(before) || lawNamedBefore(before);
}

/**
 * A possessive opening its clause after a semicolon (`; en particular, su artículo 7`, `; in particular, its article
 * 7`, `; notamment, son article 7`): its owner is the sentence's subject before the semicolon. Group: nothing; the
 * clause holds only a connective and the possessive.
 */
const CLAUSE_POSSESSIVE = orPlainRe(
  /^[ \t]*(?:(?:en particular|in particular|notamment|en particulier|por ejemplo|for example|par exemple|además|moreover|de plus),?[ \t]{1,3})?(?:su|sus|its|son|sa|ses)[ \t]{1,3}$/iu,
);

/**
 * A law opening its sentence as the subject (`La Ley 985 de 2005 desarrolló…`, `The Act …`, `Le décret …`), an EU
 * regulation or directive too (`Regulation (EU) No 258/2012 was adopted to implement Article 10 of the UN Firearms
 * Protocol …; its Article 4 makes…`, probe p7en-058), a bill (`Le présent projet de loi transpose … l'article 5 dudit
 * Protocole …, et, en son article 20, …`, probe p9fr-047; session 37).
 */
// French and Spanish write the noun in lower case after its article (`…; la directive (UE) 2021/555, en son article 4,
// impose…`, probe p11fr-047; `La ley 985…`; session 44): only there, where English prose's `the act of` is no law.
const LAW_OPENS =
  /^[ \t\n]*(?:(?:(?:La|El|The|This|Le|L['’])[ \t]{1,3})?(?:(?:pr[ée]sente?|present)[ \t]{1,3})?(?:Ley|Loi|Law|Act|Bill|Decreto|D[ée]cret|Decree|C[óo]digo|Code|Regulation|R[èe]glement|Reglamento|Directive|Directiva|projet[ \t]{1,3}de[ \t]{1,3}loi|proyecto[ \t]{1,3}de[ \t]{1,3}ley|bill)|(?:[Ll]a|[Ee]l|[Ll]e|[Ll]['’])[ \t]{0,3}(?:(?:pr[ée]sente?|presente)[ \t]{1,3})?(?:ley|loi|decreto|d[ée]cret|c[óo]digo|code|r[èe]glement|reglamento|directive|directiva))(?![\p{L}])/u;

/**
 * The clause before the semicolon (its start and the semicolon's offset) when the possessive article at `start` opens
 * the clause after it (`CLAUSE_POSSESSIVE`), else null: its owner is what opens that clause (`clauseOwned`). A law
 * there owns it though the clause named a treaty of ours as its object (`La Ley 985 de 2005 desarrolló … los
 * compromisos asumidos en el Protocolo…; en particular, su artículo 7 responde al numeral 3 del artículo 6 del
 * Protocolo`, a Colombian judgment, probe p6fres-097).
 */
function clauseBefore(text: string, start: number): { from: number; to: number } | null {
  if (!possessiveBefore(text, start)) return null;
  const to = sentenceStart(text, start) - 1;
  if (text.charAt(to) !== ';' || !CLAUSE_POSSESSIVE.test(text.slice(to + 1, start))) return null;
  return { from: sentenceStart(text, to), to };
}

/**
 * An English possessive's owner right before the article (`Protocol's`, `Australia's`, `the Court's`): group 2, the
 * word the `'s` is glued to.
 */
// Group 2: a quantifier before it (`neither instrument's article 10` after two other texts named, probe p17en-117;
// session 41): a generic owner so counted is no treaty in focus (`TREATY_OWNER`), but the texts the clause compares.
// Case-sensitive as before the quantifier was read (`'s`, not `'S`), so its capital written out.
const OWNER_S_BEFORE =
  /(?:^|[^\p{L}\d])(?:([Nn]either|[Ee]ither|[Ee]ach|[Ee]very|[Aa]ny|(?:[Aa]n)?[Oo]ther)\s{1,3})?([\p{L}\d-]+)['’]s\s{1,3}$/u;

/** A pronoun whose `'s` is `is` contracted (`CONTRACTING`): no owner. */
const CONTRACTED_IS = new RegExp(`^(?:${CONTRACTING})$`, 'i');

/**
 * An owner that is a treaty of ours or may be: a treaty noun (`Protocol's`; `treatyAt` decides), UNTOC's acronym, or
 * the generic `treaty` / `instrument` pointing back to the treaty the text is on (`…accede to the Firearms Protocol last
 * week. Under the treaty's Article 10, it must…`, probe p5en-069; session 29: the focus decides, as for a bare article).
 */
const TREATY_OWNER = new RegExp(`^(?:convention|convenci[oó]n|protocol[eo]?|treaty|instrument|${UNTOC_ACRONYM})$`, 'i');

/**
 * `other` when the article at `start` is owned by an English possessive whose owner is no treaty (`The Council of
 * Europe's article 4 is modelled on article 3 of the Palermo Protocol`, `Australia's article 5`, `the Code's article
 * 3`): that owner's article, not the treaty named later in its sentence nor the text's (session 23; before, the
 * Protocol named after it took it); `UNTOC` when UNTOC's acronym owns it; `other` too when a law owns a relative or
 * determiner possessive (`lawOwnsPossessive`); null otherwise.
 */
export function possessiveOwner(text: string, start: number, ctx: TreatyContext): 'other' | TreatyId | null {
  if (lawOwnsPossessive(text, start)) return 'other';
  const opening = sentenceOpeningOwner(text, start, ctx);
  if (opening !== undefined) return opening ?? 'other';
  if (text.charCodeAt(start - 2) !== 0x73 && text.charCodeAt(start - 3) !== 0x73) return null;
  const m = OWNER_S_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const owner = m?.[2];
  if (owner === undefined || CONTRACTED_IS.test(owner)) return null;
  if (m?.[1] !== undefined) return 'other';
  // UNTOC's acronym owns its article, whatever the sentence names before or after it (`Article 42 of the Convention
  // closely mirrors UNTOC's article 15, although the Convention against Corruption…`, probe p2en-091; `UNTOC's art.
  // 2(b) definition … imported into the 2015 Bill`, p2en-040; session 24). Capitals, as the acronym is written.
  if (UNTOC_OWNER.test(owner)) return 'UNTOC';
  return TREATY_OWNER.test(owner) ? null : 'other';
}

/** A possessive determiner opening its sentence, capitalised (`Su artº 3º`, `Son article 13`, `Its article 5`). */
const OPENING_POSSESSIVE = /^\s*(?:Son|Sa|Ses|Its|Their|Leurs?|Su|Sus)[ \t]{1,3}$/;

/**
 * A determiner and a treaty noun opening a sentence (`El Protocolo para Prevenir…`, `La Convention du Conseil…`), maybe
 * after the words of a short name (`The Migrants Protocol was adopted…`, probe p3en-027).
 */
const OPENING_NOUN =
  /^[ \t\n]*(?:(?:[Tt]he|[Tt]his|[Ll][ea]|[Ll]['’]|[Ee]l|[Ee]st[ea]|[Cc]ette|[Cc]e)[ \t]{1,3})?(?:[A-ZÀ-Ý][\w-]*[ \t]{1,3}){0,3}(?=(?:[Cc]onvention|[Cc]onvenci[oó]n|[Cc]onvenio|[Pp]rotocole|[Pp]rotocolo|[Pp]rotocol)(?![a-zà-ÿ]))/;

/**
 * The owner of a possessive that opens its sentence (`OPENING_POSSESSIVE`): the treaty the sentence before opens with
 * (`OPENING_NOUN`), its subject (`El Protocolo para Prevenir… fue aprobado por Colombia mediante la Ley 800 de 2003. Su
 * artº 3º define la trata`, probe p13es-026: the Protocol's, though a law was named since; `La Convention du Conseil de
 * l'Europe … va au-delà du Protocole de Palerme. Son article 13…`, p13fr-031: the Council of Europe's; session 37).
 * The treaty's id, null when that subject is another treaty, undefined when the rule does not apply.
 */
function sentenceOpeningOwner(text: string, start: number, ctx: TreatyContext): TreatyId | null | undefined {
  const s = sentenceStart(text, start);
  if (!OPENING_POSSESSIVE.test(text.slice(s, start))) return undefined;
  let e = s;
  while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
  if (e === 0 || text.charAt(e - 1) !== '.') return undefined;
  const prev = sentenceStart(text, e - 1);
  const noun = OPENING_NOUN.exec(text.slice(prev, e));
  return noun ? nounTreaty(text, prev + noun[0].length, ctx) : undefined;
}

/** UNTOC's acronyms as a possessive's whole owner, in capitals (`UNTOC's`, `CTOC's`). */
const UNTOC_OWNER = new RegExp(`^(?:${UNTOC_ACRONYM})$`);

/**
 * Whether the possessive article at `start`, opening the clause after a semicolon (`clauseBefore`), belongs to what
 * opens the clause before it: a law (`LAW_OPENS`), or a treaty noun naming no treaty of ours first in it (`nounTreaty`:
 * `the Merida Convention requires … (article 25); its article 26 on the liability of legal persons is nearly identical
 * to article 10 of the Palermo Convention`, probe p11en-058; `La Convention de Kinshasa consacre … ; son article 14 est
 * souvent comparé au Protocole`, p11fr-056), not a treaty of ours named after it or the text's. Read before the nouns
 * after the article.
 */
export function clauseOwned(text: string, start: number, ctx: TreatyContext): boolean {
  const clause = clauseBefore(text, start);
  if (!clause) return false;
  const before = text.slice(clause.from, clause.to);
  if (LAW_OPENS.test(before)) return true;
  const first = nounsBefore(text, clause.from, before)[0];
  return first !== undefined && nounTreaty(text, first, ctx) === null;
}

/**
 * A law, a code or an EU act as a whole word (`la Ley N° 17.798`, `Directive 2011/36/EU`, `the Penal Code`, `le
 * décret`): a national or regional text, never a treaty of ours. Case-insensitive (`la ley sanciona…`).
 */
const LAW_WORD =
  /(?<![\p{L}])(?:ley|loi|law|act|decreto|d[ée]cret|decree|c[óo]digo|code|regulation|r[èe]glement|reglamento|directive|directiva)(?![\p{L}])/giu;

/** `y que`, `and that`, `et que`: a coordinated clause's start, whole words. */
const COORDINATED_THAT = /(?<![\p{L}])(?:y|e|and|et)[ \t]{1,3}(?:que|that)(?![\p{L}])/giu;

/** A relative possessive right before the article (`, whose`, `, cuyo`, `, dont l’`), its comma kept out: group 1. */
const RELATIVE_BEFORE = /(,?[ \t]{0,3})(?:whose|cuy[oa]s?|dont[ \t]{1,3}(?:l['’][ \t]?|les?[ \t]))[ \t]{0,3}$/iu;

/** A relative clause opened after the last comma before the possessive (`, que dispone en`, `, which sets out in`). */
const RELATIVE_CLAUSE = /,[ \t]{1,3}(?:que|qui|which|who|lequel|laquelle|el cual|la cual)[ \t][^,;:]*$/i;

/** `en` / `in` right before a possessive determiner (`en son`, `in its`, `en su`). */
const IN_BEFORE = /(?:^|[^\p{L}])(?:en|in)[ \t]{1,3}$/u;

/** A possessive determiner right before the article (`en su`, `in its`, `dans son`), the owner its clause's subject. */
const DETERMINER_BEFORE = /(?<![\p{L}])(?:son|sa|ses|its|their|leurs?|su|sus)[ \t]{1,3}$/iu;

/**
 * Whether a law owns the possessive article at `start` (probes p12es-005, p12es-050; session 35): the last text named in
 * the possessive's own clause (from its last comma, semicolon or colon) is a law, a code or an EU act (`LAW_WORD`), no
 * treaty noun after it — a relative's antecedent (`…del Protocolo de Palermo y de la Directiva 2011/36/UE, cuyo artículo
 * 2 define…`: the Directive's) or a possessive's subject (`…, y que la Ley N° 17.798 sanciona en su artículo 10`: the
 * law's). A clause whose law stands before a comma is not read (`El Protocolo, ratificado por la Ley 800, establece en
 * su artículo 3`: the Protocol's).
 */
export function lawOwnsPossessive(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - 16), start);
  const relative = RELATIVE_BEFORE.exec(near);
  const determiner = relative ? null : DETERMINER_BEFORE.exec(near);
  if (!relative && !determiner) return false;
  const to = start - near.length + (relative ? relative.index : (determiner?.index ?? 0));
  const from = sentenceStart(text, to);
  // `en son` / `in its` in a sentence a law opens as its subject: the law's (`Le présent projet de loi transpose…
  // l'article 5 dudit Protocole…, et, en son article 20, …`), whatever treaties its sentence cites; not `de son` /
  // `avec son` after a treaty's article (`…les articles 5 à 8 de la Convention de Palerme ainsi qu'avec son article 12`,
  // p10fr-036: the Convention's); nor in a relative clause, whose antecedent owns it (`La ley aplica el Protocolo sobre
  // armas de fuego, que dispone en su artº 8…`, session 34's row).
  if (
    determiner &&
    IN_BEFORE.test(text.slice(Math.max(0, to - 4), to)) &&
    LAW_OPENS.test(text.slice(from, to)) &&
    !RELATIVE_CLAUSE.test(text.slice(Math.max(from, to - 80), to))
  )
    return true;
  const clause = text.slice(Math.max(from, to - 200), to);
  let cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf(':'));
  // A coordinated `y que` / `and that` opens a clause too (`ratificó la Convención mediante la ley 25.632 y que su art.
  // 16 impone…`, probe p8fres-118: the Convention's, the law the means of its ratification).
  COORDINATED_THAT.lastIndex = 0;
  for (let m = COORDINATED_THAT.exec(clause); m; m = COORDINATED_THAT.exec(clause)) cut = Math.max(cut, m.index);
  const own = clause.slice(cut + 1);
  let law = -1;
  LAW_WORD.lastIndex = 0;
  for (let m = LAW_WORD.exec(own); m; m = LAW_WORD.exec(own)) law = m.index;
  if (law < 0) return false;
  TREATY_NOUNS.lastIndex = 0;
  let noun = -1;
  for (let m = TREATY_NOUNS.exec(own); m; m = TREATY_NOUNS.exec(own)) noun = m.index;
  TREATY_NOUNS.lastIndex = 0;
  return law > noun;
}
