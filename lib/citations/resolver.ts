/**
 * Stage 3 — resolver: looks candidates up in the corpus facts (`ResolverData`): is the cited document in the corpus,
 * and which corpus ids does the pinpoint reach. Without data, nothing is in the corpus and reports named only by
 * their year are dropped (their key is their symbol, which only the corpus knows).
 */

import type { Candidate } from './candidate';
import type { MeetingRef, ResolverData } from './resolver-data';
import type { Citation, Pinpoint } from './types';

/** The first id of `ids` that exists, trying each shorter prefix path; else `fallback`. */
function deepestExisting(prefix: string, path: readonly string[], data: ResolverData, fallback: string): string {
  for (let n = path.length; n > 0; n--) {
    const id = prefix + path.slice(0, n).join('.');
    if (data.itemIds.has(id)) return id;
  }
  return fallback;
}

/** Path of letters and romans under a number: `['41', 'b', 'ii']`. */
function subPath(pin: Pinpoint): string[] {
  const path: string[] = [];
  if (pin.subparagraph !== undefined) path.push(pin.subparagraph);
  if (pin.clause !== undefined) path.push(pin.clause);
  return path;
}

/** Targets in a Working Group report: report paragraph → recommendation through the meeting's offset. */
function meetingTargets(meeting: MeetingRef, pin: Pinpoint | undefined, data: ResolverData): string[] {
  if (!pin || pin.paragraph === undefined || pin.preambular || meeting.paragraphOffset === null) return [meeting.id];
  const n = pin.paragraph - meeting.paragraphOffset;
  if (n < 1) return [meeting.id];
  return [deepestExisting(`${meeting.id}.`, [String(n), ...subPath(pin)], data, meeting.id)];
}

/** Targets in a COP instrument: `5/2:8.c`, `4/4:o.ii`, preambular `5/2:pp.11`. */
function instrumentTargets(id: string, pin: Pinpoint | undefined, data: ResolverData): string[] {
  // A paragraph of an annex (`paragraph 2 of annex B of resolution …`) is none of the instrument's own paragraphs.
  if (!pin || pin.annex !== undefined) return [id];
  if (pin.preambular) {
    return pin.paragraph === undefined ? [id] : [deepestExisting(`${id}:pp.`, [String(pin.paragraph)], data, id)];
  }
  const path = pin.paragraph === undefined ? subPath(pin) : [String(pin.paragraph), ...subPath(pin)];
  return path.length === 0 ? [id] : [deepestExisting(`${id}:`, path, data, id)];
}

/** The one meeting of `year` that has a report symbol. */
function reportOfYear(data: ResolverData | undefined, year: number): MeetingRef | undefined {
  const withReport = (data?.meetingsByYear.get(year) ?? []).filter((m) => m.reportSymbol !== null);
  return withReport.length === 1 ? withReport[0] : undefined;
}

/**
 * A candidate as a citation of `text` (the text it was found in, or one with the same offsets whose characters the
 * citation shows), or null when it cannot be keyed.
 */
export function resolveCandidate(c: Candidate, text: string, data?: ResolverData): Citation | null {
  let key = c.key;
  let inCorpus = false;
  let targets: string[] = [];
  const ref = c.ref;
  if (ref.type === 'report-year') {
    const meeting = reportOfYear(data, ref.year);
    if (!meeting?.reportSymbol) return null;
    key = meeting.reportSymbol;
  }
  if (data && (ref.type === 'symbol' || ref.type === 'report-year')) {
    const meeting = data.meetingsBySymbol.get(key);
    const session = data.sessionsBySymbol.get(key);
    if (meeting) {
      inCorpus = true;
      targets = meetingTargets(meeting, c.pinpoint, data);
    } else if (session) {
      inCorpus = true;
      targets = [session];
    }
  } else if (data && ref.type === 'cop' && data.instruments.get(ref.number) === ref.instrument) {
    inCorpus = true;
    targets = instrumentTargets(ref.number, c.pinpoint, data);
  }
  return buildCitation(text.slice(c.start, c.end), c.start, c.end, c.kind, key, inCorpus, c.pinpoint, targets);
}

/**
 * The one builder of `Citation` objects, with the fields in the documented order (pinpoint before targets, and only
 * when there is one) for stable JSON.
 */
export function buildCitation(
  text: string,
  start: number,
  end: number,
  kind: Citation['kind'],
  key: string,
  inCorpus: boolean,
  pinpoint: Citation['pinpoint'],
  targets: string[],
): Citation {
  // Positional, one literal per shape: the engine builds one per citation on every page, so no spreads.
  return pinpoint
    ? { text, start, end, kind, key, inCorpus, pinpoint, targets }
    : { text, start, end, kind, key, inCorpus, targets };
}

/**
 * `c` found in a slice that starts at `offset` of a longer text, as a citation of that longer text (the page scan
 * reads a run in windows): only the offsets move.
 */
export function shiftCitation(c: Citation, offset: number): Citation {
  return buildCitation(c.text, offset + c.start, offset + c.end, c.kind, c.key, c.inCorpus, c.pinpoint, c.targets);
}
