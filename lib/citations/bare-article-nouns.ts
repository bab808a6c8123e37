/**
 * What the treaty nouns near a bare article name (`bare-article.ts`): the treaty one noun names for an article of its
 * sentence (`nounTreaty`), and the one treaty all of a text's nouns name (`textNouns`, read once per text).
 */

import { hasArticle, type TreatyId } from './keys';
import { SUPPLEMENTS_BEFORE, TREATY_NOUNS, treatyAt, type TreatyContext } from './treaty-names';
import { UNTOC_TERM, type TreatyText } from './treaty-text';
import { orPlainRe } from './plain-letters';
import { bracketAlias } from './treaty-mentions';
import { sentenceEnd } from './sentence-bounds';
import { perText } from './patterns';

/**
 * A treaty noun, singular (`Protocols`, `Conventions` name no one treaty); capitalised after the article. `Convenio` is
 * always another treaty's (UNTOC is `Convención` in Spanish; `Convenio del Consejo de Europa…`): found, it decides the
 * article is not ours. Not a noun compared with (`article 14 goes further than the Protocol`, `va plus loin que le
 * Protocole`, probe p16en-119; session 40): the lookbehind.
 */
export const NOUN_ANYWHERE = orPlainRe(
  /(?<!\bthan\s+(?:the\s+)?|\b(?:plus|moins|más|menos)\s+(?:loin\s+|lejos\s+)?que\s+(?:le\s+|la\s+|el\s+|l['’])?)\b(Convention|Convención|Convenio|Protocole|Protocolo|Protocol)(?![a-zà-ÿ])/g,
);

/**
 * The end of another article's reference before a treaty noun (`… via Art. 1(2) of the `, `… fait pendant à l'article 12
 * de la `): the noun after it is that article's treaty, not a bare article's before it (probes p15en-025, p16fr-014;
 * session 40). An article word, its number, at most 24 characters of pinpoint without a stop, then the connector.
 */
// Case-sensitive: a prefix name's capitalised words may stand between (`art. 25 of the Organized Crime Convention`,
// probe p17en-003; session 41), not a lower-case phrase (`article 5 of the law implementing the`). Group 1:
// a cross-reference's lead (`see also`, `cf.`, `voir aussi`, `véase también`): that article is another reference's,
// so its noun says nothing of the bare article's treaty (`seeAlso`).
export const OTHER_ARTICLE_OF =
  /(\b(?:[Ss]ee(?:\s+also)?|[Cc]f\.?|[Cc]ompare|[Vv]oir(?:\s+aussi)?|[Vv][ée]ase(?:\s+tambi[ée]n)?)\s+)?\b(?:[Aa]rt(?:icles?|[íi]culos?|s)?\.?|ART(?:ICLES?|\.))\s?\d{1,3}[^.;:]{0,24}?\b(?:of|de|du|del|des)\s+(?:the\s+|la\s+|l['’]\s?|el\s+)?(?:[A-Z][a-z]+\s+){0,3}$/;

/**
 * The Protocols' own equivalence formula before the Convention's noun (each Protocol's article 1, paragraph 3: `the
 * offences established in accordance with article 6 … shall be regarded as offences established in accordance with
 * the Convention`; `sont considérées comme des infractions établies conformément à la Convention`; `se considerarán
 * delitos tipificados con arreglo a la Convención`; probes p5en-013, p8fres-029, p9es-048; session 44): that noun is
 * the other side of the equivalence, the article before it a Protocol's.
 */
export const EQUIVALENCE_BEFORE =
  /(?:(?:regarded|considered|deemed)\s{1,3}as\s{1,3}offences\s{1,3}established\s{1,3}in\s{1,3}accordance\s{1,3}with|consid[ée]r[ée]es\s{1,3}comme\s{1,3}(?:des\s{1,3})?infractions\s{1,3}[ée]tablies\s{1,3}conform[ée]ment\s{1,3}[àa]|consider[a-zá]*\s{1,3}(?:como\s{1,3})?(?:delitos\s{1,3})?tipificad[oa]s\s{1,3}con\s{1,3}arreglo\s{1,3}a)\s{1,3}(?:the|la)\s{1,3}$/i;

/**
 * The treaty nouns in `after` (a bare article's sentence after it): the first that decides (`noun`), the first that is
 * another article's treaty (`otherOf`, `OTHER_ARTICLE_OF`; `seeAlso` when that article is a cross-reference's, `see
 * also art. 25 of…`, whose noun does not decide), and whether the equivalence formula's Convention was skipped
 * (`equivalent`). Null when two different nouns leave the article undecided (`Convention` … `Protocol`); the same noun
 * again ("son article 36, la Convention sera ouverte … ait signé la Convention") does not, nor UNTOC named as the
 * first-named Protocol's parent (`Articles 1, 2 and 4 set out the relationship between the Protocol and its parent
 * instrument, the UN Convention…`, dev en-095: the Protocols' article 1 is their relation with the Convention).
 * `coordinated`: the article is coordinated with one after it (no other article's noun is read apart).
 */
export function nounsAfter(
  after: string,
  coordinated: boolean,
): { noun: RegExpExecArray | null; otherOf: RegExpExecArray | null; seeAlso: boolean; equivalent: boolean } | null {
  let noun: RegExpExecArray | null = null;
  let otherOf: RegExpExecArray | null = null;
  let seeAlso = false;
  let equivalent = false;
  NOUN_ANYWHERE.lastIndex = 0;
  for (let m = NOUN_ANYWHERE.exec(after); m; m = NOUN_ANYWHERE.exec(after)) {
    if (EQUIVALENCE_BEFORE.test(after.slice(Math.max(0, m.index - 100), m.index))) {
      equivalent = true;
      continue;
    }
    const other = coordinated ? null : OTHER_ARTICLE_OF.exec(after.slice(Math.max(0, m.index - 64), m.index));
    if (other) {
      if (!otherOf) seeAlso = other[1] !== undefined;
      otherOf ??= m;
      continue;
    }
    const parent = /^Proto/.test(noun?.[1] ?? '') && SUPPLEMENTS_BEFORE.test(after.slice(0, m.index).slice(-40));
    if (!noun) noun = m;
    else if (m[1] !== noun[1] && !(parent && /^Conven/.test(m[1] ?? ''))) return null;
  }
  return { noun, otherOf, seeAlso, equivalent };
}

/**
 * The treaty a noun at `at` names, for an article of its sentence. A bare noun (`the Protocol`, `la Convention`)
 * needs the text to name our subject or one of our treaties (or its nouns to decide: `nounsDecide`), or a demonstrative (`this Protocol`: the text quotes
 * the treaty): a page on the 1949 Convention says "The Convention, in article 21" too.
 */
export function nounTreaty(text: string, at: number, ctx: TreatyContext): TreatyId | null {
  const named = treatyAt(text, at, ctx);
  // The text's subject (a whole-text read) only once a treaty is named here; a short name defined in brackets for the
  // treaty in focus is that one (`bracketAlias`).
  if (!named) return bracketAlias(text, at, ctx);
  if (named.named) return named.id;
  if (ctx.doc && !ctx.doc.ourSubject()) return null;
  if (ctx.focus || named.demonstrative) return named.id;
  if (ctx.doc && !ctx.doc.namesOurs() && !ctx.doc.nounsDecide() && ctx.doc.bareCited !== named.id) return null;
  return named.id;
}

/** How many treaty nouns `textNouns` reads at most (a text citing one treaty names it a few times near the start). */
const MAX_NOUNS = 40;

/**
 * What the treaty nouns of a text name (`TREATY_NOUNS`, the first `MAX_NOUNS`, read once per text and kept on its
 * `TreatyText`): one treaty of ours (`the Protocol` … `this Protocol`), `other` when one of them names another treaty
 * (`Optional Protocol`, `the Convention for the Suppression of…`), null for none or two of ours (`the Protocol and its
 * parent instrument, the UN Convention against Transnational Organized Crime`). A bare article before any treaty is
 * named takes the one (`Article 4 deals with the scope of application…` then `The Protocol shall apply…`, dev en-172);
 * `other` keeps even the text's one Protocol subject from it.
 */
export function textNouns(text: string, doc: TreatyText): TreatyId | 'other' | null {
  if (doc.nouns !== undefined) return doc.nouns;
  let id: TreatyId | null = null;
  let two = false;
  TREATY_NOUNS.lastIndex = 0;
  for (let i = 0, m = TREATY_NOUNS.exec(text); m && i < MAX_NOUNS; i++, m = TREATY_NOUNS.exec(text)) {
    const named = treatyAt(text, m.index, { doc });
    if (!named) return (doc.nouns = 'other');
    two ||= id !== null && named.id !== id;
    id = named.id;
  }
  return (doc.nouns = two ? null : id);
}

/**
 * UNTOC, for a bare article whose own sentence uses UNTOC's defined term (`la participación en un grupo delictivo
 * organizado`, `organized criminal group`) in a text that names no treaty at all (no treaty noun), whose whole-text
 * evidence decides (`nounsDecide`: our subject or that term, no other treaty's subject, law, code or court anywhere) and
 * which names none of the Protocols' subjects (dev es-335, a concordance of the Working Group's lines on the
 * participation offence: `el delito de confabulación previsto en el inciso i) del artículo 5, párrafo 1 a)`).
 */
export function termTreaty(text: string, sentence: string, doc: TreatyText): TreatyId | null {
  if (!UNTOC_TERM.test(sentence)) return null;
  return hasTreatyNoun(text) || !doc.nounsDecide() || doc.subjectProtocol() ? null : 'UNTOC';
}

/** Whether a treaty noun stands anywhere in `text`: read once per text (at each bare article, quadratic; session 27). */
const hasTreatyNoun = perText(false, (text: string) => {
  TREATY_NOUNS.lastIndex = 0;
  const noun = TREATY_NOUNS.test(text);
  TREATY_NOUNS.lastIndex = 0;
  return noun;
});

/**
 * A verb right after an article that sets it beside another text's provision: it restates, draws on or goes beyond
 * it (`l'article 4 a) reprend la définition de l'article 3 a) du Protocole de Palerme`, `l'article 12 va au-delà de
 * l'article 6 de ce protocole`, probe p4-fr-023; `its Article 4 reproduces the Protocol’s definition`, p4-en-002; `el
 * artículo 5 recoge…`). A whole word; not `follows` (an article follows another in a list).
 */
// Session 43: past the article's caption in brackets and a pronoun (`l’article 31 (gel, saisie et confiscation) y fait
// pendant à l’article 12 de la Convention contre la criminalité organisée`, probe p16fr-014: UNCAC's article 31), and
// the verbs of a correspondence (`fait pendant à`, `correspond à`, `corresponds to`, `equivale a`).
const COMPARED_AFTER = orPlainRe(
  /^(?:[ \t]{1,2}\([^()\n\d]{1,60}\))?[ \t]{1,3}(?:(?:y|en)[ \t]{1,3})?(?:reprend|reproduit|s['’]inspire|calque|transpose|va\s+au-delà|fait\s+pendant|correspond|équivaut|reproduces|mirrors|restates|replicates|corresponds\s+to|is\s+(?:modell?ed|based|built)\s+on|builds\s+on|draws\s+on|goes\s+beyond|recoge|reproduce|retoma|se\s+inspira|va\s+más\s+allá|corresponde|equivale)(?![a-zà-ÿ])/i,
);

/**
 * Whether the article read as treaty `id`'s, ending at `end`, is set beside a provision of that same treaty by a verb
 * right after it (`COMPARED_AFTER`): the first treaty noun after the verb in its sentence names `id`. Then it is
 * another text's article (a treaty does not restate itself): no card.
 */
export function comparedWithOwn(text: string, end: number, id: TreatyId, ctx: TreatyContext): boolean {
  const verb = COMPARED_AFTER.exec(text.slice(end, end + 100));
  if (!verb) return false;
  const from = end + verb[0].length;
  const rest = text.slice(from, sentenceEnd(text, from));
  TREATY_NOUNS.lastIndex = 0;
  const noun = TREATY_NOUNS.exec(rest);
  TREATY_NOUNS.lastIndex = 0;
  return noun !== null && nounTreaty(text, from + noun.index, ctx) === id;
}

/**
 * Where the treaty nouns of an article's sentence stand before it (`before` is the sentence's text from `from` up to the
 * article): UNTOC inside a Protocol's title is not the article's treaty; `supplementing the Convention` says so even
 * when the Protocol's own noun is out of reach (a status page's long heading), the looser `to the Convention` only after
 * it.
 */
export function nounsBefore(text: string, from: number, before: string): number[] {
  const at: number[] = [];
  TREATY_NOUNS.lastIndex = 0;
  for (let m = TREATY_NOUNS.exec(before); m; m = TREATY_NOUNS.exec(before)) {
    const p = from + m.index;
    const sup = /^Conven/i.test(m[1] ?? '') ? SUPPLEMENTS_BEFORE.exec(text.slice(Math.max(0, p - 40), p)) : null;
    if (sup && (at.length > 0 || !/^to\s/i.test(sup[0]))) continue;
    at.push(p);
  }
  return at;
}

/**
 * The treaty the last noun before an article names (`nounsBefore`); when that treaty has no article `n` and an earlier
 * noun of the sentence names one of ours that has it, that one (`…the Trafficking in Persons Protocol, the Protocol
 * supplements the Convention…; the Convention says the same of every protocol (art. 37, para. 4)`, probe p8en-062: the
 * Protocols end at article 25, the Convention's article 37 is on its protocols). Else the last noun's, which its range
 * check then refuses.
 */
export function lastHolding(text: string, at: readonly number[], n: number, ctx: TreatyContext): TreatyId | null {
  const last = nounTreaty(text, at[at.length - 1] ?? -1, ctx);
  if (!last || n === 0 || hasArticle(last, n)) return last;
  for (let i = at.length - 2; i >= 0; i--) {
    const id = nounTreaty(text, at[i] ?? -1, ctx);
    if (id && hasArticle(id, n)) return id;
  }
  return last;
}
