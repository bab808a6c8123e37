/**
 * Firefox's automatic redirection (MV2: blocking `webRequest.onHeadersReceived`), as a pure decision on one
 * response, with the same rules as Chrome's (see `dnr-rules.ts`): top-level GET (or a same-site frame),
 * `content-type: application/pdf`, not `content-disposition: attachment`, on a UN document site unless the setting says all PDFs, never in "ask"
 * mode, never where the user went back to the browser's viewer in this tab.
 */

import type { PdfOpenMode } from '../settings/values';
import { isUnDocumentUrl } from './un-hosts';

export interface ResponseFacts {
  url: string;
  method: string;
  type: string;
  statusCode: number;
  /** Firefox: whether the request is third-party to its window hierarchy (every ancestor frame included). */
  thirdParty?: boolean;
  responseHeaders?: { name: string; value?: string }[];
}

function header(facts: ResponseFacts, name: string): string {
  return (
    facts.responseHeaders
      ?.find((h) => h.name.toLowerCase() === name)
      ?.value?.trim()
      .toLowerCase() ?? ''
  );
}

/** True when the response is a PDF the browser would show (not one it would download). */
export function isShownPdf(facts: ResponseFacts): boolean {
  // `application/pdf`, `application/pdf; charset=…`: the media type before any parameter.
  const mediaType = header(facts, 'content-type').split(';')[0]!.trim();
  const disposition = header(facts, 'content-disposition');
  return mediaType === 'application/pdf' && !disposition.startsWith('attachment');
}

/**
 * True when the response is a PDF Renvoi should open in its reader under `mode`: a top-level one, or one in a frame
 * whose whole window hierarchy is of the PDF's site (a UN landing page framing its document; see `dnr-rules.ts`).
 */
export function shouldRedirect(facts: ResponseFacts, mode: PdfOpenMode, allowedInTab: boolean): boolean {
  if (mode === 'ask' || allowedInTab) return false;
  const sameSiteFrame = facts.type === 'sub_frame' && facts.thirdParty === false;
  if ((facts.type !== 'main_frame' && !sameSiteFrame) || facts.method.toUpperCase() !== 'GET') return false;
  if (facts.statusCode < 200 || facts.statusCode > 299) return false;
  if (!/^https?:/.test(facts.url) || !isShownPdf(facts)) return false;
  return mode === 'all' || isUnDocumentUrl(facts.url);
}
