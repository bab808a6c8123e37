/**
 * Stage 2 — classifier: at each trigger, parse what is there (symbol, instrument, article, pinpoint chain) into
 * candidates with a kind, a key and a pinpoint. Candidates may overlap; `overlap.ts` picks among them.
 */

import type { TreatyId } from './bodies';
import type { Candidate } from './candidate';
import { parseInstrumentCitation } from './parse-instrument';
import { parseChain } from './parse-pinpoint';
import { parseDocumentWithPins, parseSymbolCitation } from './parse-symbol';
import { parseArticleCitation, protocolMentionAt } from './parse-treaty';
import { scan } from './scanner';

/** Every citation has a digit: texts without one are skipped without scanning. */
const HAS_DIGIT = /\d/;

/** A pinpoint chain and what it points into: an article, an instrument, or a document / report. */
function parseChainCitation(text: string, pos: number, lastProtocol: TreatyId | undefined): Candidate[] {
  const chain = parseChain(text, pos);
  if (!chain) return [];
  if (chain.reportOnly) return parseDocumentWithPins(text, chain.headPos, chain.pins);
  const article = parseArticleCitation(text, chain.headPos, lastProtocol, chain.pins);
  if (article.length > 0) return article;
  const instrument = parseInstrumentCitation(text, chain.headPos, chain.pins);
  if (instrument.length > 0) return instrument;
  return parseDocumentWithPins(text, chain.headPos, chain.pins);
}

/**
 * Document context for prose instruments: a number cited once with its body (`résolution 64/293 de l'Assemblée
 * générale`) keeps that body when cited bare elsewhere in the same text (`la résolution 64/293`), instead of
 * defaulting to the COP.
 */
function adoptNamedBodies(candidates: Candidate[]): void {
  const named = new Map<string, Candidate>();
  for (const c of candidates) if (c.named && c.kind === 'resolution' && !named.has(c.named)) named.set(c.named, c);
  if (named.size === 0) return;
  for (const c of candidates) {
    const source = c.bare ? named.get(c.bare) : undefined;
    if (!source) continue;
    c.kind = source.kind;
    c.key = source.key;
    c.ref = source.ref;
    delete c.bare;
  }
}

/** All candidates of `text`, in trigger order. */
export function classify(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!HAS_DIGIT.test(text)) return out;
  let lastProtocol: TreatyId | undefined;
  for (const t of scan(text)) {
    let found: Candidate[] = [];
    switch (t.type) {
      case 'symbol':
        found = parseSymbolCitation(text, t.start);
        break;
      case 'instrument':
      case 'org':
        found = parseInstrumentCitation(text, t.start);
        break;
      case 'article':
        found = parseArticleCitation(text, t.start, lastProtocol);
        break;
      case 'pin':
        found = parseChainCitation(text, t.start, lastProtocol);
        break;
      case 'protocol':
        lastProtocol = protocolMentionAt(text, t.start) ?? lastProtocol;
        break;
    }
    for (const c of found) out.push(c);
  }
  adoptNamedBodies(out);
  return out;
}
