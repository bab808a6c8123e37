/**
 * The one way to build what "Save" sends (`saved/add`), from a hover card, a search result or the "Save to Renvoi"
 * menu: the citation, its label, and the page where it was seen when that page is a web page. Fields are cut to the
 * saved list's limits here, so the background never refuses a save for a long title or sentence. Pure.
 */

import type { CitationKind, Pinpoint } from '../citations/types';
import { isWebUrl } from './clean-fields';
import { SAVED_LIMITS } from './limits';
import type { SaveRequest } from './saved-types';

export interface SaveInput {
  key: string;
  kind: CitationKind;
  pinpoint?: Pinpoint;
  /** Corpus ids the citation resolves to. */
  targets: readonly string[];
}

/** The page a citation was seen on, and the sentence around it. */
export interface SeenOn {
  url: string;
  title: string;
  context: string;
}

/**
 * The Save message. An empty label leaves the wording to the background, which words it from the corpus. The page
 * goes with it only when it is an http(s) address the list can keep whole (a frame's `about:blank`, a `file:` page
 * or an address longer than the limit is not kept: a cut address would lead nowhere).
 */
export function saveRequest(citation: SaveInput, label: string, seenOn?: SeenOn): SaveRequest {
  const request: SaveRequest = {
    key: citation.key,
    kind: citation.kind,
    label,
    targets: citation.targets.slice(0, SAVED_LIMITS.targets),
  };
  if (citation.pinpoint) request.pinpoint = citation.pinpoint;
  if (seenOn && isWebUrl(seenOn.url) && seenOn.url.length <= SAVED_LIMITS.url) {
    request.sighting = {
      url: seenOn.url,
      title: seenOn.title.slice(0, SAVED_LIMITS.title),
      context: seenOn.context.slice(0, SAVED_LIMITS.context),
    };
  }
  return request;
}
