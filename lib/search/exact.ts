import { findCitations, type ResolverData } from '../citations';
import type { CorpusLookup } from './corpus-data';

/** Why a record was put first. */
export type ExactReason = 'id' | 'symbol' | 'citation' | 'cited-by' | 'in-report';

export interface ExactHit {
  id: string;
  reason: ExactReason;
}

/** A citation recognised in the query that names a document outside the corpus (`A/RES/64/293`). */
export interface OutsideCitation {
  key: string;
  text: string;
}

export interface ExactResult {
  hits: ExactHit[];
  outside: OutsideCitation[];
  /**
   * The part of the query still to search by words: empty when the query was an id or a symbol, the query without
   * its citations otherwise (`décision 4/4 victimes` → ` victimes`). Only meaningful when there are hits.
   */
  rest: string;
}

/** At most this many citations of a pasted text are looked up. */
const MAX_CITATIONS = 5;

/**
 * A word that may precede an id: `rec. IV.45.k`, `recommandation IV.45.k`, `recommendation IV.45.k`, `para 5/2:8`.
 * Case-insensitive; the id is the rest of the query.
 */
const ID_PREFIX = /^(?:rec(?:ommandation|ommendation)?|para(?:graph|graphe)?)\.?\s+(.+)$/i;

/**
 * Ways people write an id: `IV.45.k`, `iv.45.k`, `IV 45 k`, `IV.45 k)`, `5/2:8.c`, `COP 5`. Letters are
 * lower-cased (the map keys are lower-case ids); brackets of `k)` / `(k)` dropped; spaces become dots or vanish.
 */
function idForms(query: string): string[] {
  const bare = query.toLowerCase().replace(/[()]/g, '').trim();
  const forms = [bare.replace(/\s+/g, ''), bare.replace(/\s*[\s.]\s*/g, '.')];
  // An instrument number then a paragraph path without the colon: `5/2 8 c` → `5/2:8.c`, `1/5, b iii` → `1/5:b.iii`.
  const cop = COP_PATH.exec(bare);
  if (cop) forms.push(`${cop[1]}:${cop[2]!.trim().replace(/[\s.]+/g, '.')}`);
  // A trailing dot (`IV.45.`) is punctuation, not part of the id.
  return [...new Set(forms.map((f) => f.replace(/\.$/, '')))];
}

/** `n/m` (group 1), separators (space, colon, comma, dot), then a path of letters, digits and dots (group 2). */
const COP_PATH = /^(\d{1,2}\/\d{1,2})[\s:,.]+([a-z0-9][a-z0-9.\s]{0,20})$/;

/** A report symbol's last part: letters, digits and dots with at least one slash (`WG.4/2015/6`, `2015/6`). */
const PARTIAL_SYMBOL = /^[A-Z0-9.]+(?:\/[A-Z0-9.]+)+$/;

/** `COP decision 4/4` / `COP resolution 5/2` keys: the instrument number. */
const COP_KEY = /^COP (?:decision|resolution) (\d+\/\d+)$/;

export interface ExactContext {
  lookup: CorpusLookup;
  resolver: ResolverData;
  /** Lower-case id → id, over items, meetings, instruments, sessions and themes. */
  ids: ReadonlyMap<string, string>;
}

export function createExactContext(lookup: CorpusLookup, resolver: ResolverData): ExactContext {
  const { data } = lookup;
  const ids = new Map<string, string>();
  for (const list of [data.themes, data.sessions, data.meetings, data.instruments, data.items]) {
    for (const { id } of list) ids.set(id.toLowerCase(), id);
  }
  return { lookup, resolver, ids };
}

/**
 * Records a query names outright, in the order it names them: an id (`IV.45.k`, `5/2:8.c`, `5/2`, `IV`), a
 * report symbol, whole or its tail (`CTOC/COP/WG.4/2015/6`, `WG.4/2015/6`), or a citation the citation engine
 * recognises (`décision 4/4`, `resolution 5/2`, `paragraphe 8 c) de la résolution 5/2`). For a document outside
 * the corpus, the items that cite it follow. A COP session stands for its instruments.
 */
export function exactLookup(query: string, context: ExactContext): ExactResult {
  const { lookup, resolver, ids } = context;
  const hits: ExactHit[] = [];
  const outside: OutsideCitation[] = [];
  const seen = new Set<string>();
  const add = (id: string, reason: ExactReason) => {
    const session = lookup.session(id);
    for (const target of session ? session.instrumentIds : [id]) {
      if (seen.has(target) || !lookup.entity(target)) continue;
      seen.add(target);
      hits.push({ id: target, reason });
    }
  };
  const trimmed = query.trim();
  if (!trimmed) return { hits, outside, rest: '' };

  const named = ID_PREFIX.exec(trimmed)?.[1] ?? trimmed;
  for (const form of idForms(named)) {
    const id = ids.get(form);
    // A bare meeting numeral counts only in capitals: `IV` is meeting IV, but `vi` is someone typing `victimes`.
    if (id && !(lookup.meeting(id) && named !== named.toUpperCase())) add(id, 'id');
  }
  // A theme's id is also a plain word (`enfants`, `corruption`): the theme comes first, and the words are still
  // searched. Any other id is the whole query.
  if (hits.length > 0) return { hits, outside, rest: hits.some((h) => lookup.theme(h.id)) ? trimmed : '' };

  const compact = trimmed.replace(/\s+/g, '').toUpperCase();
  if (PARTIAL_SYMBOL.test(compact) && compact.length >= 5) {
    const records = [...lookup.data.meetings, ...lookup.data.sessions];
    for (const record of records) {
      const symbol = record.reportSymbol?.toUpperCase();
      if (!symbol) continue;
      const at = symbol.length - compact.length;
      // The tail must start at a part boundary: `WG.4/2015/6` and `2015/6` name CTOC/COP/WG.4/2015/6, `015/6` not.
      if (symbol.endsWith(compact) && (at === 0 || symbol[at - 1] === '/' || symbol[at - 1] === '.')) {
        add(record.id, 'symbol');
        // Then what the report holds (a meeting's recommendations, a session's decisions already stand for it),
        // then the texts of the compendium that cite the report.
        for (const item of lookup.itemsOf(record.id)) if (item.level === 1) add(item.id, 'in-report');
        for (const id of lookup.data.citedBy[record.reportSymbol!] ?? []) add(id, 'cited-by');
      }
    }
    if (hits.length > 0) return { hits, outside, rest: '' };
  }

  let rest = '';
  let from = 0;
  // The popup searches the COP corpus: a bare `décision 4/4` typed there is the COP's (see DocumentContext).
  for (const citation of findCitations(trimmed, resolver, { author: 'COP' }).slice(0, MAX_CITATIONS)) {
    rest += ` ${trimmed.slice(from, citation.start)}`;
    from = citation.end;
    for (const target of citation.targets) add(target, 'citation');
    // `décision 5/2` for resolution 5/2: the number is what people remember; forgive the kind.
    const number = COP_KEY.exec(citation.key)?.[1];
    if (citation.targets.length === 0 && number && lookup.instrument(number)) add(number, 'citation');
    else if (!citation.inCorpus) outside.push({ key: citation.key, text: citation.text });
    for (const id of lookup.data.citedBy[citation.key] ?? []) add(id, 'cited-by');
  }
  return { hits, outside, rest: `${rest} ${trimmed.slice(from)}` };
}
