/**
 * The connector from an article to its treaty and the treaty named after it (`of the Protocol`, `du présent
 * Protocole`, `de la Convención de las Naciones Unidas…`, `of this document` after a treaty named in full). Split from
 * `parse-treaty.ts` (its module-size limit); the article grammar stays there.
 */

import { type TreatyId } from './keys';
import { alt, execAt, OWS, sticky, stickyCased, WS } from './patterns';
import { parseTreatyName, type TreatyContext } from './treaty-names';
import { UN_IN_NAME } from './un-in-name';
import { readUnmarked } from './markup';
import { looseName, subjectAfterName, unAfterName } from './loose-names';
import { spacedWordGate, wordGate } from './next-word';

/**
 * The connector to the treaty, capturing in groups 1–5 a demonstrative or an anaphoric adjective that makes it refer
 * back (`dudit Protocole`, `of the said Protocol`, `de dicho Protocolo`, `de cette Convention`, `du présent Protocole`,
 * `de la présente Convention`; the drafting words for "the treaty just named": `of the same / aforementioned /
 * above-mentioned Convention`, `de la même Convention`, `de la mencionada / citada / referida / misma Convención`, `del
 * mismo Protocolo`: dev es-072). `referida` / `referido` are the participle of `referir` (session 23: the pattern read
 * `referada`, which no text writes, so `de la referida Convención` was missed).
 */
const TREATY_CONNECTOR_RE = sticky(
  `(?: ?,)?${WS}${alt(
    // `of the parent Convention` (a Protocol's, probe p18en-032; session 42): read as `of the Convention`, the text's
    // subject deciding which, as for `la Convention mère` (`POSTPOSED_ANAPHOR_RE`). A translation's `of same Convention`
    // without its article (probe p17en-070; session 44) as `of the same`.
    `of${WS}(?:(the${WS}(?:said|same|a(?:fore|bove)-?mentioned|aforesaid)|(?:this|that)${WS}same|said|same|that|this)${WS}|the${WS}(?:parent${WS}(?=Conven))?)?`,
    // `de la presente Convención` / `de la présente Convention`: a treaty's own text citing itself. A demonstrative and
    // `même` / `mismo` together (`de ce même instrument`, probe p6fres-044; `de esta misma Convención`), first. And a
    // machine translation's uncontracted `de le Protocole` (probe p20fr-019): only a treaty's name may follow.
    `de${WS}(?:(?:la${WS})?((?:ce|cet|cette|este|esta|ese|esa)${WS}(?:m[êe]me|mism[oa])|ladite|cette|cet|dicha|esta|esa|ce|dicho|este|ese|pr[ée]sente|m[êe]me|(?:mencion|cit)ada|referida|misma)${WS}|l[ae]${WS})?`,
    `(dudit)${WS}`,
    `du${WS}(?:(pr[ée]sent|m[êe]me)${WS})?`,
    `del${WS}(?:(presente|(?:mencion|cit)ado|referido|mismo)${WS})?`,
  )}`,
);

/**
 * Words between the determiner and a treaty's name (session 20, dev en-506: `Article 20 of the recently negotiated
 * United Nations Convention Against Transnational Organised Crime`): a year (`of the 2000 Palermo Protocol`), `new`,
 * `so-called`, `landmark`, `recently / newly negotiated, adopted, signed…`; `nouvelle`, `récente`, `dite`, `récemment
 * adoptée`; `nueva`, `reciente`, `llamada`, `recién aprobada`; one or two of them (`the new 2000 …`). In the span.
 * Only a treaty named by its name may follow: a bare noun after them is another treaty (`article 1 of the 1949
 * Convention`, `article 5 of the new Convention`), and another treaty's name is not ours (`of the recently adopted
 * Convention on the Rights of the Child`).
 */
const MODIFIER_BEFORE_NAME_RE = sticky(
  `(?:${alt(
    '(?:19|20)\\d{2}',
    `(?:recently|newly)${WS}(?:negotiated|adopted|concluded|signed|agreed|ratified|drafted|finali[sz]ed)`,
    'new',
    'landmark',
    'historic',
    `so[-\u2011 ]called`,
    'nouvel(?:le)?',
    'nouveau',
    'r[ée]cente?',
    'dite?',
    `(?:r[ée]cemment|nouvellement)${WS}(?:adopt|n[ée]goci|conclu|sign)[ée]e?`,
    'nuev[oa]',
    'reciente',
    'llamad[oa]',
    'denominad[oa]',
    `(?:reci[ée]n|recientemente)${WS}(?:aprobad|adoptad|negociad|firmad|concluid)[oa]`,
  )})${WS}(?:(?:19|20)\\d{2}${WS})?`,
);

/** "de las Naciones Unidas" before a Protocol's name after the connector (`UN_IN_NAME.beforeName`). */
const UN_BEFORE_NAME_RE = sticky(UN_IN_NAME.beforeName);

/** First letters (`next-word.ts`): `las Naciones Unidas`; a year, `recently`, `new`, `landmark`, `so-called`, `dite`… */
const UN_BEFORE_NAME_GATE = wordGate('l', UN_BEFORE_NAME_RE);
const MODIFIER_GATE = wordGate('12rnlhsd', MODIFIER_BEFORE_NAME_RE);

/**
 * Opening quotes a title may stand in: French guillemets, typographic and straight double quotes, and the typographic
 * single quote a quotation inside a quotation uses (`“In the light of Article 3 of the ‘Palermo Protocol’, …”`, probe
 * p3en-082). The straight apostrophe is left out: it is the elision of `l'`, `d'` before a noun.
 */
const OPEN_QUOTE = '«“"‘';

/** An opening quote and the space French puts inside guillemets (`« Protocole`), before a title. */
const OPEN_QUOTE_RE = sticky(`[${OPEN_QUOTE}][ \u00a0\u202f]?`);

/**
 * Markdown emphasis opening before a title (`of the **Protocol against the Smuggling of Migrants**`, `_Palermo
 * Protocol_`): like a quote, only a treaty named in full is read after it, spanned to its name (the closing mark out).
 */
const OPEN_EMPHASIS_RE = sticky('[*_]{1,2}(?=[A-Za-zÀ-ÿ])');

/**
 * `CTO`, UNTOC's French acronym (Convention contre la criminalité transnationale organisée), read only after the
 * feminine connector `de la` (`FEMININE_END_RE`) and in capitals: elsewhere `CTO` is a chief technology officer. The
 * Spanish `CDOT` (Convención contra la Delincuencia Organizada Transnacional: `el art. 34.3 de la CDOT`, an Argentine
 * ruling, probe p9es-044) likewise: elsewhere `CDOT` is a department of transportation.
 */
const CTO_RE = stickyCased('C(?:TO|DOT)(?![A-Za-zÀ-ÿ0-9/])');
const FEMININE_END_RE = /\bde\s+la\s+$/i;

/**
 * A generic noun for the treaty after a demonstrative (`this document`, `cet instrument`, `este tratado`; `that text`,
 * probe p16en-039, session 40).
 */
const DOCUMENT_NOUN_RE = sticky(
  `${alt('document', 'instrument', 'treaty', 'text', 'texte', 'documento', 'instrumento', 'tratado', 'texto', 'normativa')}(?![a-zà-ÿ])`,
);

/**
 * The text's own treaty, never ours: `del presente Tratado`, `du présent traité`, `of this Treaty` (a bilateral
 * treaty's preamble after UNTOC's name, probe p17es-032; session 41). UNTOC and its Protocols call themselves
 * `Convention` and `Protocol`, never `Treaty`; a lower-case `this treaty` after a demonstrative may still point back
 * to ours in a commentary, `present` / `presente` is a legal text's word for itself.
 */
const ownTreaty = (connector: string, noun: string): boolean =>
  /^t(?:reaty|ratado)$/i.test(noun) && (noun.charCodeAt(0) === 0x54 || /pr[ée]sente?\s*$/i.test(connector));

/**
 * The last of several Protocols named before, pointed back to after the article's connector (`art. 3° del último de los
 * Protocolos mencionados` after the two Protocols' titles, dev es-346; `del último de ambos Protocolos`, `of the latter
 * Protocol`, `of the last of the Protocols mentioned`, `du dernier des Protocoles cités`, `du dernier de ces
 * Protocoles`; session 24): in the span as the treaty's designation. Read by `latterProtocol`.
 */
const LATTER_PROTOCOL_RE = sticky(
  `${WS}${alt(
    `del${WS}(?:último|ultimo)${WS}de${WS}(?:los|ambos|estos|esos)${WS}(?:dos${WS})?Protocolos(?:${WS}(?:antes${WS})?(?:mencionados|citados))?`,
    `of${WS}the${WS}(?:latter${WS}Protocol|last${WS}of${WS}the${WS}(?:two${WS})?Protocols(?:${WS}(?:mentioned|cited))?)`,
    `du${WS}dernier${WS}(?:des${WS}(?:deux${WS})?[Pp]rotocoles(?:${WS}(?:cités|mentionnés))?|de${WS}ces${WS}(?:deux${WS})?[Pp]rotocoles)`,
  )}(?![a-zà-ÿ])`,
);

/**
 * The Protocol of ours last named in full when the phrase after the article points back to the last of several
 * (`LATTER_PROTOCOL_RE`): two Protocols of ours named before, no other Protocol since. Null otherwise.
 */
function latterProtocol(text: string, pos: number, ctx: TreatyContext): { id: TreatyId; end: number } | null {
  const c = text.charCodeAt(pos + 1);
  // Its first letter after the space: `d` (`del`, `du`) or `o` (`of`).
  if (c !== 0x64 && c !== 0x6f) return null;
  const m = execAt(LATTER_PROTOCOL_RE, text, pos);
  if (!m || !ctx.protocol || ctx.otherProtocol) return null;
  const protocols = (ctx.named ?? []).filter((id) => id !== 'UNTOC');
  return protocols.length >= 2 ? { id: ctx.protocol, end: pos + m[0].length } : null;
}

/**
 * The treaty name after a connector at `pos`, or null; read again without a page's markup left as text right after the
 * article (`artículo 6 <strong>de</strong>l pres<strong>en</strong>te<br />\n\nProtocolo`, dev es-048); else
 * the last of several Protocols pointed back to (`latterProtocol`).
 */
export function parseTreatyAfter(
  text: string,
  pos: number,
  ctx: TreatyContext,
): { id: TreatyId; end: number; named?: boolean } | null {
  const t =
    treatyAfter(text, pos, ctx) ??
    readUnmarked(text, pos, (w) =>
      treatyAfter(w, 0, { ...ctx, focus: ctx.focus && { id: ctx.focus.id, at: ctx.focus.at - pos } }),
    );
  if (!t) return latterProtocol(text, pos, ctx);
  const post = POSTPOSED_ANAPHOR_GATE(text, t.end) ? execAt(POSTPOSED_ANAPHOR_RE, text, t.end) : null;
  if (post) return { ...t, end: t.end + post[0].length };
  // The UN's name after a name of ours (`du protocole sur les armes à feu de l'ONU`), or its Protocol's subject (`the
  // Palermo Protocol on Trafficking in Persons`): in the span (`loose-names.ts`).
  const subject = t.named && t.id !== 'UNTOC' ? subjectAfterName(text, t.end) : null;
  const named = subject ? { ...t, ...subject } : t;
  const un = t.named ? unAfterName(text, named.end) : t.end;
  return un > t.end ? { ...named, end: un } : named;
}

/**
 * A short aside between an article and its treaty's connector: the article's caption in brackets (`article 18 (Mutual
 * legal assistance) of UNTOC`, `l'article 16 (Extradition) de la CTO`, `artículo 18 [asistencia judicial recíproca] de
 * la UNTOC`), in quotes between commas (`Article 16, "Extradition", of…`) or as a phrase (`article 18, on mutual legal
 * assistance, of…`, `l'article 16, relatif à l'extradition, de…`) or between dashes. No digit (a pinpoint `(2)`, a
 * date, a year), no sentence stop and no other bracket inside, at most 80 characters: a relative clause or a second
 * citation is no caption.
 */
const ARTICLE_ASIDE_RE = sticky(
  `${OWS}${alt(
    '\\([^()\\[\\]\\d\\n.;:]{2,80}\\)',
    '\\[[^()\\[\\]\\d\\n.;:]{2,80}\\]',
    `,${OWS}[«“"][^«“"”»\\d\\n.;:]{2,80}[”»"]${OWS}(?=,)`,
    `,${WS}${alt('on', 'concerning', 'regarding', `relating${WS}to`, 'sur', `relati(?:f|ve)${WS}(?:à|aux?)`, 'sobre', `relativo${WS}a`)}${WS}[^,()\\d\\n.;:]{2,60}(?=,)`,
    // A speaker's interjection led by `and` / `et` / `y` (`l’article 13, et c’est là tout l’enjeu, du protocole sur les
    // migrants`, probe p2fr-030; `article 13, and this is the point, of the Protocol`; session 25).
    `,${WS}${alt('and', 'et', 'y')}${WS}[^,()\\d\\n.;:]{2,60}(?=,)`,
    // Between dashes (`Article 11 — on border measures — of the Trafficking Protocol`, probe p4-en-040; `—`, `–`).
    '[ \\t]{0,2}[—–][ \\t]{0,2}[^—–()\\d\\n.;:]{2,60}[ \\t]{0,2}[—–]',
  )}`,
);

/**
 * The treaty named after an aside right after an article (`ARTICLE_ASIDE_RE`), its own name or acronym only (a bare
 * `of the Protocol` is read through the sentence's nouns as before): the span ends at the article, as labelled (the
 * aside is not part of the citation). Null when no aside, no connector after it, or no treaty of ours named there.
 */
export function treatyAfterAside(
  text: string,
  pos: number,
  ctx: TreatyContext,
): { id: TreatyId; end: number; named: true } | null {
  const aside = execAt(ARTICLE_ASIDE_RE, text, pos);
  if (!aside) return null;
  const t = parseTreatyAfter(text, pos + aside[0].length, ctx);
  return t?.named ? { id: t.id, end: pos, named: true } : null;
}

/**
 * An anaphoric adjective after the treaty's noun, as French and Spanish drafting put it (`de l'article 2 de la
 * convention susvisée`, dev fr-329; `précitée`, `susmentionnée`; `de la Convención precitada / antes mencionada`; the
 * Protocols' `convention mère`, their parent, probe p9fr-047; `Convención madre`): part of the treaty's designation,
 * so in the span. A whole word only (not `susvisées` of a plural noun after it).
 */
const POSTPOSED_ANAPHOR_RE = sticky(
  `${WS}${alt('susvis[ée]e?', 'susmentionn[ée]e?', 'pr[ée]cit[ée]e?', 'precitad[ao]', `antes${WS}(?:citad|mencionad)[ao]`, 'm[èe]re', 'madre')}(?![a-zà-ÿ])`,
);

/** `POSTPOSED_ANAPHOR_RE`'s words' first letters (`next-word.ts`): `susvisée`, `précitée`, `antes`, `mère`, `madre`… */
const POSTPOSED_ANAPHOR_GATE = spacedWordGate('spam', POSTPOSED_ANAPHOR_RE);

/**
 * An acronym in brackets after a bare noun that is none of ours (`Article 4 of the Convention (UNFCCC)`, course notes,
 * probe p18en-017; session 42): the noun is that treaty's, so the article is not ours (our own, `the Convention
 * (UNTOC)`, reads as ours).
 */
// Capitals only (a place in brackets, `the Convention (Palermo, 2000)`, is no acronym), and none with UNTOC's letters
// (`TOC`, `CTO`, `DOT`: `the Convention (TOC)`) or a Protocol's acronym (`the Protocol (TIP)`).
const BRACKET_ACRONYM_RE = stickyCased(`[ \\t]?\\(([A-Z]{3,8})\\)`);
const OUR_LETTERS = /TOC|CTO|DOT|^(?:TIP|SOM|PAF|UNFP|PTIM|PTP)$/;
function otherAcronymAfter(text: string, end: number, ctx: TreatyContext): boolean {
  // Not in the text's last character (no bracketed acronym fits there): a read past the end deopts (session 47).
  const m =
    end + 1 < text.length && text.charAt(end + (text.charAt(end) === '(' ? 0 : 1)) === '('
      ? execAt(BRACKET_ACRONYM_RE, text, end)
      : null;
  return m !== null && !OUR_LETTERS.test(m[1] ?? '') && !parseTreatyName(text, end + m[0].indexOf('(') + 1, ctx)?.named;
}

/** The treaty name after a connector at `pos`, or null; our titles read tolerantly at an article (`tolerant-title.ts`). */
function treatyAfter(
  text: string,
  pos: number,
  ctx: TreatyContext,
): { id: TreatyId; end: number; named?: boolean } | null {
  const c = execAt(TREATY_CONNECTOR_RE, text, pos);
  if (!c) return null;
  // Groups 1–5 written out, not `[1, 2, 3, 4, 5].some(…)`: an array and a closure at every article (tuner-speed6).
  const anaphoric =
    c[1] !== undefined || c[2] !== undefined || c[3] !== undefined || c[4] !== undefined || c[5] !== undefined;
  const at = pos + c[0].length;
  const named = parseTreatyName(text, at, ctx, anaphoric, true);
  if (named?.named) return named;
  // A name the tables do not read (`of the UN protocol on migrant smuggling`, `de la Protocole d'armes à feu`), tried
  // only where they failed and never after a demonstrative (`of this Protocol on…` is the text's own).
  const loose = anaphoric ? null : looseName(text, at);
  if (loose) return loose;
  if (named) return otherAcronymAfter(text, named.end, ctx) ? null : named;
  const un = UN_BEFORE_NAME_GATE(text, at) ? execAt(UN_BEFORE_NAME_RE, text, at) : null;
  const afterUn = un ? parseTreatyName(text, at + un[0].length, ctx, false, true) : null;
  if (afterUn?.named && afterUn.id !== 'UNTOC') return afterUn;
  const lead = MODIFIER_GATE(text, at) ? execAt(MODIFIER_BEFORE_NAME_RE, text, at) : null;
  const afterLead = lead ? parseTreatyName(text, at + lead[0].length, ctx, false, true) : null;
  if (afterLead?.named) return afterLead;
  // A title in quotes (`Article 2 du « Protocole contre la fabrication … munitions, additionnel à … »`, dev fr-209):
  // only a treaty named in full, spanned to its name (a quoted bare `“Protocol”` names nothing).
  const open = text.charAt(at);
  const quote = OPEN_QUOTE.includes(open)
    ? execAt(OPEN_QUOTE_RE, text, at)
    : open === '*' || open === '_'
      ? execAt(OPEN_EMPHASIS_RE, text, at)
      : null;
  const quoted = quote ? parseTreatyName(text, at + quote[0].length, ctx, false, true) : null;
  if (quoted?.named) return quoted;
  // UNTOC's French acronym after `de la` (`l’article 5 de la CTO`), in a quote or emphasis too.
  const cto = FEMININE_END_RE.test(c[0]) ? execAt(CTO_RE, text, at + (quote?.[0].length ?? 0)) : null;
  if (cto) return { id: 'UNTOC', end: cto.index + cto[0].length, named: true };
  // `Article 3(a) of this document` / `de cet instrument`: the treaty of ours named in full just before, when no other
  // treaty was named since (the span stops at the article, as labelled).
  const doc = anaphoric ? execAt(DOCUMENT_NOUN_RE, text, at) : null;
  if (doc && ownTreaty(c[0], doc[0])) return null;
  const f = ctx.focus;
  if (!doc || !f || pos - f.at > 600 || (ctx.otherAt !== undefined && ctx.otherAt > f.at)) return null;
  return { id: f.id, end: pos };
}
