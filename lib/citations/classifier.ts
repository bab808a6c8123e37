/**
 * Stage 2 — classifier: at each trigger, parse what is there (symbol, instrument, article, pinpoint chain) into
 * candidates with a kind, a key and a pinpoint. Candidates may overlap; `overlap.ts` picks among them.
 */

import type { Candidate } from './candidate';
import type { DocumentContext } from './infer-body';
import { inferBodies } from './infer-bodies';
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
import { dropContentsEntries, dropOwnHeading, dropTitleLines, withoutYear } from './own-heading';
import { dropPageTitles } from './page-titles';
import { TreatyText } from './treaty-text';
import { scan } from './scanner';
import { addBareCouncil } from './bare-council';
import { addHeadless } from './headless-numbers';
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
