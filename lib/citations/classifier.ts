/**
 * Stage 2 — classifier: at each trigger, parse what is there (symbol, instrument, article, pinpoint chain) into
 * candidates with a kind, a key and a pinpoint. Candidates may overlap; `overlap.ts` picks among them.
 */

import type { Candidate } from './candidate';
import { instrumentKey } from './instrument-numbers';
import type { OrgId } from './org-names';
import { textBodies } from './sentence-bodies';
import { namedBodyKey } from './named-body';
import { otherCommissionNamed } from './other-commissions';
import {
  adoptsOurTreaties,
  inferAuthor,
  inferredKey,
  plainWithoutCouncil,
  preambleSubjects,
  subjectBefore,
  type Author,
  type DocumentContext,
} from './infer-body';
import { parseInstrumentCitation, type NameEnds } from './parse-instrument';
import { parseChain } from './parse-pinpoint';
import { partStartBefore } from './instrument-parts';
import { parseDocumentWithPins } from './document-pins';
import { parseSymbolCitation } from './parse-symbol';
import { parseArticleCitation } from './parse-treaty';
import { parseAlineaOfTreaty, parseSectionOfTreaty } from './statute-pins';
import { hasNumber } from './might-cite';
import { type TreatyContext } from './treaty-names';
import { noteTreatyMention } from './treaty-mentions';
import { dropDraftArticles } from './draft-articles';
import { dropContentsEntries, dropOwnHeading, dropTitleLines, keyBody, withoutYear } from './own-heading';
import type { BodyId } from './keys';
import { dropPageTitles } from './page-titles';
import { TreatyText } from './treaty-text';
import { scan } from './scanner';
import { addBareCouncil } from './bare-council';
import { addHeadless } from './headless-numbers';
import { chainedBody, fromList, listBodies, type ListBodies } from './list-chain';
import { addDocLabelSymbols } from './doc-label-symbol';

/**
 * `operative` before a chain's paragraph word: an adjective outside the span, as a determiner is (`operative paragraphs
 * 7` + `8 of resolution 2240 (2015)`, dev en-203). `preambular` stays in: it says which paragraph (in-sample en-prose-060).
 */
const OPERATIVE_RE = /operative\s{1,4}(?=paragraph)/iy;

/** A pinpoint chain and its citations, the first starting past an `operative` before its paragraph word. */
function parseChainCitation(text: string, pos: number, treaties: TreatyContext, nameEnds: NameEnds): Candidate[] {
  const found = parseChainTarget(text, pos, treaties, nameEnds);
  OPERATIVE_RE.lastIndex = pos;
  const adjective = OPERATIVE_RE.exec(text);
  if (adjective) for (const c of found) if (c.start === pos) c.start += adjective[0].length;
  return found;
}

/** A pinpoint chain and what it points into: an article, an instrument, or a document / report. */
function parseChainTarget(text: string, pos: number, treaties: TreatyContext, nameEnds: NameEnds): Candidate[] {
  const chain = parseChain(text, pos);
  if (!chain) return parseSectionOfTreaty(text, pos, treaties);
  if (chain.reportOnly) return parseDocumentWithPins(text, chain.headPos, chain.pins);
  if (chain.instrumentOnly) return parseInstrumentCitation(text, chain.headPos, nameEnds, chain.pins);
  const article = parseArticleCitation(text, chain.headPos, treaties, chain.pins);
  if (article.length > 0 || chain.articleOnly) return article;
  const alinea = parseAlineaOfTreaty(text, chain, treaties);
  if (alinea.length > 0) return alinea;
  const instrument = parseInstrumentCitation(text, chain.headPos, nameEnds, chain.pins);
  if (instrument.length > 0) return instrument;
  return parseDocumentWithPins(text, chain.headPos, chain.pins);
}

/**
 * Document context for prose instruments: a number cited once with its body (`résolution 64/293 de l'Assemblée
 * générale`) keeps that body when cited bare elsewhere in the same text (`la résolution 64/293`), instead of
 * defaulting to the COP.
 */
function adoptNamedBodies(candidates: Candidate[]): void {
  // Made only for a text that names one (most texts do not: a Map for each would cost more than the loop).
  let named: Map<string, Candidate> | undefined;
  for (const c of candidates)
    if (c.named && c.kind === 'resolution' && !named?.has(c.named)) (named ??= new Map()).set(c.named, c);
  if (!named) return;
  for (const c of candidates) {
    const source = c.bare ? named.get(c.bare) : undefined;
    if (!source) continue;
    c.kind = source.kind;
    // A plain `resolution 2370` beside `resolution 2370 (2017)`: the Council's, keyed as written (without the year).
    c.key = c.unresolved?.number.plain ? withoutYear(source.key) : source.key;
    c.ref = source.ref;
    // Cleared, not deleted: `delete` of a field that is not the object's last turns it into a slow dictionary object,
    // which every later stage (overlap, resolver) then reads field by field.
    c.bare = undefined;
    c.unresolved = undefined;
  }
}

/** The inference's body for each body of the key grammar that numbers resolutions (`keys.ts`' `BodyId`). */
const ORG_OF_BODY: Partial<Record<BodyId, OrgId>> = {
  ga: 'GA',
  sc: 'SC',
  hrc: 'HRC',
  ecosoc: 'ECOSOC',
  chr: 'CHR',
  ccpcj: 'CCPCJ',
};

/** The body of a resolution the text named in full, by its key (the key grammar's `keyBody`: `A/RES/55/25` → GA). */
function settledOrg(c: Candidate): OrgId | 'OTHER' | undefined {
  if (c.kind === 'cop-instrument') return 'COP';
  if (c.kind !== 'resolution') return undefined;
  const body = keyBody(c.key);
  return (body && ORG_OF_BODY[body]) ?? 'OTHER';
}

/** The bodies whose running series settles a bare number (never the COP: it is no default; the Council's plain
 * numbers have their own rule). */
const SERIES_BODIES: readonly (OrgId | 'OTHER')[] = ['GA', 'HRC', 'ECOSOC', 'CHR', 'CCPCJ'];

/**
 * A candidate's body for `chainedBody`: inferred just before it, or settled in full. A module function returning an
 * unnamed arrow, not a named closure in `inferBodies`: tsx's esbuild keeps names, and naming a new closure at each call
 * (`__name`) cost 1 % of a bench pass (tuner-speed6).
 */
function orgLookup(
  inferredOf: ReadonlyMap<Candidate, { org: OrgId } | undefined>,
): (o: Candidate) => OrgId | 'OTHER' | undefined {
  return (o) => (o.unresolved ? inferredOf.get(o)?.org : settledOrg(o));
}

/**
 * A citation of UNTOC's article 32, which establishes the Conference of the Parties (`art. 32 of the Convention`, any
 * paragraph of it): a text citing it that speaks of `the Conference` is about the COP's instruments (`inferAuthor`).
 */
const COP_ARTICLE_KEY = /^UNTOC art\. 32(?!\d)/;
const isCopArticle = (c: Candidate): boolean => c.kind === 'treaty' && COP_ARTICLE_KEY.test(c.key);

/**
 * Bodies of the instruments the text did not name in full (see `infer-body.ts`); those whose body stays unknown are
 * dropped. The author is read from the text only when such an instrument exists.
 */
function inferBodies(candidates: Candidate[], text: string, context: DocumentContext | undefined): Candidate[] {
  if (!candidates.some((c) => c.unresolved)) return candidates;
  // The passage's own words win over the caller's context; a symbol it cites does not (see inferAuthor).
  const author: Author | undefined =
    inferAuthor(text, { symbols: !context?.author, citesCopArticle: candidates.some(isCopArticle) }) ?? context?.author;
  const inferredOf = new Map<Candidate, { org: OrgId; key: string } | undefined>();
  // `its / sa / su` points to the nearest preamble subject before it (a quoted draft's), read only when one is cited.
  let subjects: ReturnType<typeof preambleSubjects> | undefined;
  // A list member's body first (`list-chain.ts`): the previous member's, settled or inferred just before it.
  const orgOf = orgLookup(inferredOf);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const u = c?.unresolved;
    if (!c || !u) continue;
    if (u.possessive) subjects ??= preambleSubjects(text);
    const own = u.possessive ? (subjectBefore(subjects ?? [], c.start) ?? author) : author;
    inferredOf.set(
      c,
      chainedBody(candidates, i, text, orgOf) ??
        (adoptsOurTreaties(u, text)
          ? { org: 'GA', key: `A/RES/55/${u.number.m}` }
          : plainWithoutCouncil(u, text) || (u.hint === 'COMMISSION' && otherCommissionNamed(text, c.start))
            ? undefined
            : inferredKey(u, own)),
    );
  }
  // The running series: when every resolution the text names or settles is one body's, an instrument that could be
  // that body's or another's is that body's too: the Assembly's (GA and HRC share `n/m` for sessions 31–60), the
  // Human Rights Council's across sentences (`el Consejo de Derechos Humanos aprobó la Resolución 15/2 … Además, en
  // 2013, mediante la aprobación de la Resolución 24/3`, dev es-209: 24/3 fits the CCPCJ too).
  // A loop, not `map` then `filter`: the array `map` makes changed its elements' kind on some texts, and V8 threw away
  // this function's optimised code at that `filter` (a 30 ms recompile, in a measured pass of the bench).
  const settled: (OrgId | 'OTHER')[] = [];
  for (const c of candidates) {
    const o = c.unresolved ? inferredOf.get(c)?.org : settledOrg(c);
    if (o !== undefined) settled.push(o);
  }
  // Not in a text whose author is a body outside the table (`La Comisión de Estupefacientes,`, dev es-125): its own
  // numbers share the Assembly's shape (`Resolución 58/8`, the Commission's heading).
  const series =
    author !== 'OTHER' && settled.length > 0 && settled.every((o) => o === settled[0]) ? settled[0] : undefined;
  const seriesOrg = series !== undefined && SERIES_BODIES.includes(series) ? (series as OrgId) : undefined;
  let named: Set<OrgId> | undefined;
  let lists: ListBodies | undefined; // each list's bodies, read once (not per member: quadratic in a long list)
  const finalOf = new Map<Candidate, { org: OrgId; key: string } | undefined>();
  for (const c of candidates) {
    const u = c.unresolved;
    if (!u) continue;
    let inferred =
      inferredOf.get(c) ?? (u.list ? fromList(c, (lists ??= listBodies(candidates, inferredOf))) : undefined);
    if (!inferred && seriesOrg && !u.possessive && u.hint === 'bare') {
      const key = instrumentKey(seriesOrg, u.instrument, u.number);
      if (key) inferred = { org: seriesOrg, key };
    }
    // Last, the one body named in full anywhere in the text whose numbering fits (`named-body.ts`), read only when needed.
    if (!inferred && author !== 'OTHER') inferred = namedBodyKey(u, author, () => (named ??= textBodies(text)));
    finalOf.set(c, inferred);
  }
  // Each list member's list, read before the loop below clears `unresolved` of those it settles.
  const listOf = new Map<Candidate, unknown>();
  for (const c of finalOf.keys()) if (c.unresolved?.list) listOf.set(c, c.unresolved.list);
  const out: Candidate[] = [];
  let finalLists: ListBodies | undefined;
  for (const c of candidates) {
    const u = c.unresolved;
    if (!u) {
      out.push(c);
      continue;
    }
    // One list is one body's, after every step too: `mediante resoluciones 15/15 (2010), 22/8 (2013), y 31/3 (2016)`
    // (dev es-253): 15/15 and 22/8 fit only the Council among the bodies the text names, 31/3 the Assembly too.
    const inferred =
      finalOf.get(c) ??
      (u.possessive || !u.list ? undefined : fromList(c, (finalLists ??= listBodies(candidates, finalOf, listOf))));
    if (!inferred) continue;
    const cop = inferred.org === 'COP';
    const number = `${u.number.n}/${u.number.m}`;
    c.key = inferred.key;
    c.kind = cop ? 'cop-instrument' : 'resolution';
    c.ref = cop && u.instrument !== 'prst' ? { type: 'cop', instrument: u.instrument, number } : { type: 'none' };
    c.unresolved = undefined; // not `delete` (see `adoptNamedBodies`)
    out.push(c);
  }
  return out;
}

/** All candidates of `text`, in trigger order. `context` says what the caller knows about the document. */
export function classify(text: string, context?: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  if (!hasNumber(text)) return out;
  const treaties: TreatyContext = { doc: new TreatyText(text, context?.author === 'COP') };
  const triggers = scan(text);
  /** Where the scanner found a body's name (`headless-numbers.ts` reads the numbers before it). */
  const orgStarts: number[] = [];
  const nameEnds = new Set<number>(); // where each ends, all before any parse: a chain reads a later head word
  for (const t of triggers) if (t.type === 'org') nameEnds.add(t.end);
  const chained = new Set<number>(); // where a symbol glued to the one before starts (read with it: `parse-symbol.ts`)
  // Where the candidates settled so far reach (a settled one: its body known, not left to `inferBodies`, which may drop
  // it). A head word, body name or pinpoint trigger inside one (`General Assembly` in `resolution 64/293 of the General
  // Assembly`, `article 6` in `paragraph 2 of article 6 of the Protocol`) is not parsed again: what it would give starts
  // inside that candidate, which the overlap rule keeps over it (a quarter of the bench's triggers, session 39; output
  // the same on every labelled, bench and corpus text). Its body name's start is still noted for `addHeadless`, and
  // mentions are always read: they move the treaty in focus.
  let coveredEnd = -1;
  for (const t of triggers) {
    let found: Candidate[] = [];
    if (
      (t.type === 'org' || t.type === 'article' || t.type === 'pin' || t.type === 'instrument') &&
      t.start < coveredEnd
    ) {
      if (t.type === 'org') orgStarts.push(t.start);
      continue;
    }
    switch (t.type) {
      case 'symbol':
        if (!chained.has(t.start)) found = parseSymbolCitation(text, t.start, undefined, chained);
        break;
      case 'instrument':
      case 'org': {
        if (t.type === 'org') orgStarts.push(t.start);
        // A chain starting with an instrument's part before it (`annexe A de la résolution`, `instrument-parts.ts`).
        const part = partStartBefore(text, t.start);
        if (part !== null) found = parseChainCitation(text, part, treaties, nameEnds);
        if (found.length === 0) found = parseInstrumentCitation(text, t.start, nameEnds);
        break;
      }
      case 'article':
        found = parseArticleCitation(text, t.start, treaties);
        break;
      case 'pin':
        found = parseChainCitation(text, t.start, treaties, nameEnds);
        break;
      case 'protocol':
        // Only the article and pinpoint parses read `treaties`: the scanner drops mentions none of them follows.
        noteTreatyMention(text, t.start, treaties);
        break;
    }
    for (const c of found) {
      out.push(c);
      if (!c.unresolved && c.end > coveredEnd) coveredEnd = c.end;
    }
  }
  adoptNamedBodies(out);
  const parsed = [...out];
  const own = dropDraftArticles(dropContentsEntries(dropOwnHeading(inferBodies(out, text, context), text), text), text);
  // Last, a symbol that lost its first slash after a document label (`UN Doc A55/383`, `doc-label-symbol.ts`).
  return addDocLabelSymbols(
    addHeadless(addBareCouncil(dropPageTitles(dropTitleLines(own, text), text), parsed, text), parsed, text, orgStarts),
    text,
  );
}
