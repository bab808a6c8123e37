/**
 * The bodies of the instruments a text did not name in full (`classifier.ts`' last step before the drops): each from
 * the list it stands in, the text's author, the running series of the bodies it names, or the one body it names in
 * full (`infer-body.ts`, `list-chain.ts`, `named-body.ts`).
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
import { keyBody } from './own-heading';
import type { BodyId } from './keys';
import { chainedBody, fromList, listBodies, type ListBodies } from './list-chain';

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

/** Each unresolved candidate's body as inferred so far (`org`, `key`), or undefined when none is known. */
type Inferred = Map<Candidate, { org: OrgId; key: string } | undefined>;

/**
 * Bodies of the instruments the text did not name in full (see `infer-body.ts`); those whose body stays unknown are
 * dropped. The author is read from the text only when such an instrument exists. Three steps of their own
 * (`firstInferences`, `finalInferences`, `settle`): one function of them all (1 654 bytes of bytecode) turned hot at
 * the bench's window and took TurboFan 35–60 ms to compile (session 47). Their loops by index, not `for … of`: the
 * iterator's closing (a try/finally) made each compile 10–18 % bigger (TurboFan's zone, session 47).
 */
export function inferBodies(candidates: Candidate[], text: string, context: DocumentContext | undefined): Candidate[] {
  if (!candidates.some((c) => c.unresolved)) return candidates;
  // The passage's own words win over the caller's context; a symbol it cites does not (see inferAuthor).
  const author: Author | undefined =
    inferAuthor(text, { symbols: !context?.author, citesCopArticle: candidates.some(isCopArticle) }) ?? context?.author;
  const finalOf = finalInferences(candidates, author, firstInferences(candidates, text, author));
  if (author !== 'OTHER') namedInferences(candidates, text, author, finalOf);
  return settle(candidates, finalOf);
}

/** Each unresolved candidate's body from its list, its sentence, the author or its number alone (`inferredKey`). */
function firstInferences(candidates: Candidate[], text: string, author: Author | undefined): Inferred {
  const inferredOf: Inferred = new Map();
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
  return inferredOf;
}

/** The bodies after `firstInferences`, from a list's other members or the running series. */
function finalInferences(candidates: Candidate[], author: Author | undefined, inferredOf: Inferred): Inferred {
  // The running series: when every resolution the text names or settles is one body's, an instrument that could be
  // that body's or another's is that body's too: the Assembly's (GA and HRC share `n/m` for sessions 31–60), the
  // Human Rights Council's across sentences (`el Consejo de Derechos Humanos aprobó la Resolución 15/2 … Además, en
  // 2013, mediante la aprobación de la Resolución 24/3`, dev es-209: 24/3 fits the CCPCJ too).
  // The first body and whether another follows, not an array of them and `every`: V8 once threw away this function's
  // optimised code at an array's `filter` (a 30 ms recompile), and a closure and array builtins make its compile
  // bigger.
  let first: OrgId | 'OTHER' | undefined;
  let oneBody = true;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c) continue;
    const o = c.unresolved ? inferredOf.get(c)?.org : settledOrg(c);
    if (o === undefined) continue;
    if (first === undefined) first = o;
    else if (o !== first) oneBody = false;
  }
  // Not in a text whose author is a body outside the table (`La Comisión de Estupefacientes,`, dev es-125): its own
  // numbers share the Assembly's shape (`Resolución 58/8`, the Commission's heading).
  const seriesOrg =
    author !== 'OTHER' && oneBody && first !== undefined && SERIES_BODIES.includes(first)
      ? (first as OrgId)
      : undefined;
  let lists: ListBodies | undefined; // each list's bodies, read once (not per member: quadratic in a long list)
  const finalOf: Inferred = new Map();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const u = c?.unresolved;
    if (!c || !u) continue;
    let inferred =
      inferredOf.get(c) ?? (u.list ? fromList(c, (lists ??= listBodies(candidates, inferredOf))) : undefined);
    if (!inferred && seriesOrg && !u.possessive && u.hint === 'bare') {
      const key = instrumentKey(seriesOrg, u.instrument, u.number);
      if (key) inferred = { org: seriesOrg, key };
    }
    finalOf.set(c, inferred);
  }
  return finalOf;
}

/**
 * Last, for those still unknown, the one body named in full anywhere in the text whose numbering fits
 * (`named-body.ts`), the text's bodies read only when needed. A step of its own, not in `finalInferences`' loop:
 * TurboFan compiled this chain (`namedBodyKey`, `textBodies` and their callees) into that function, 34–54 ms in the
 * bench's window.
 */
function namedInferences(candidates: Candidate[], text: string, author: Author | undefined, finalOf: Inferred): void {
  const named = bodiesOf(text);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const u = c?.unresolved;
    if (!c || !u || finalOf.get(c)) continue;
    finalOf.set(c, namedBodyKey(u, author, named));
  }
}

/**
 * The bodies named in full in `text` (`textBodies`), read at the first call only: one reader per text, not a closure
 * per candidate. A module function returning an unnamed arrow, as `orgLookup`.
 */
function bodiesOf(text: string): () => ReadonlySet<OrgId> {
  let named: Set<OrgId> | undefined;
  return () => (named ??= textBodies(text));
}

/** The candidates with their bodies settled (`finalOf`, else a list's other members'); those left unknown dropped. */
function settle(candidates: Candidate[], finalOf: Inferred): Candidate[] {
  // Each list member's list, read before the loop below clears `unresolved` of those it settles.
  const listOf = new Map<Candidate, unknown>();
  for (const c of finalOf.keys()) if (c.unresolved?.list) listOf.set(c, c.unresolved.list);
  const out: Candidate[] = [];
  let finalLists: ListBodies | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c) continue;
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
