/**
 * Chrome's automatic redirection as declarativeNetRequest rules, built from the setting (pure: the background
 * installs them, tests read them). Needs Chrome ≥ 128, where `responseHeaders` conditions exist; Chrome 121–127
 * accepted such rules but ignored the condition and redirected everything (crbug 347186592), hence the manifest's
 * `minimum_chrome_version`.
 */

import type { PdfOpenMode } from '../settings/values';
import { DNR_PREFIX } from './reader-url';
import { UN_DOCUMENT_FOLDERS, UN_DOCUMENT_HOSTS } from './un-hosts';

/** The subset of `chrome.declarativeNetRequest.Rule` Renvoi writes (structurally compatible with it). */
export interface RouteRule {
  id: number;
  priority: number;
  action:
    { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' } | { type: 'allowAllRequests' };
  condition: {
    regexFilter?: string;
    urlFilter?: string;
    requestDomains?: string[];
    resourceTypes: ('main_frame' | 'sub_frame')[];
    /** `firstParty`: the request is same-site with the document that started it (a frame's embedding page). */
    domainType?: 'firstParty';
    requestMethods?: 'get'[];
    tabIds?: number[];
    responseHeaders?: { header: string; values: string[] }[];
    excludedResponseHeaders?: { header: string; values: string[] }[];
  };
}

/**
 * Ids of the dynamic redirect rules; the background replaces exactly these when the setting changes. 1601–1603 are
 * the top-level rules, 1611–1613 their twins for frames (same id + 10).
 */
export const REDIRECT_RULE_IDS = [1601, 1602, 1603, 1611, 1612, 1613] as const;
const FRAME_RULE_OFFSET = 10;
/** Session allow rules (the escape hatch) take ids from here up. */
export const FIRST_ALLOW_RULE_ID = 16_000;
/** Allow rules win over redirect rules (they also win at equal priority, but say it). */
const REDIRECT_PRIORITY = 1;
export const ALLOW_PRIORITY = 100;

/**
 * The response of a PDF shown by the browser: `content-type: application/pdf`, with or without parameters (header
 * values match case-insensitively, `*` is a wildcard). A site that asks for a download (`content-disposition:
 * attachment…`) keeps it: Chrome downloads it as before.
 */
const PDF_RESPONSE = {
  responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
  excludedResponseHeaders: [{ header: 'content-disposition', values: ['attachment', 'attachment;*'] }],
};

/**
 * The redirect rules for a mode. `readerBase` is `browser.runtime.getURL('/pdf.html')`. Only GET navigations: a POST
 * answered with a PDF (a form that generates one) could not be fetched again by the reader.
 *
 * Frames: a UN landing page shows its document in an `<iframe>` (docs.un.org around documents.un.org), so each
 * top-level rule has a twin for frames, limited to a PDF of the same site as the page that framed it
 * (`domainType: 'firstParty'`, Chrome's registrable-domain test): the reader then opens inside that frame. A PDF
 * another site embeds stays in the browser's viewer (badge and the popup's "Open in Renvoi"): the embedding page
 * chose to show that site's viewer, and a framed reader would fetch it without that site's cookies.
 */
export function redirectRules(mode: PdfOpenMode, readerBase: string): RouteRule[] {
  const topLevel = topLevelRules(mode, readerBase);
  const inFrames = topLevel.map((rule) => ({
    ...rule,
    id: rule.id + FRAME_RULE_OFFSET,
    condition: { ...rule.condition, resourceTypes: ['sub_frame' as const], domainType: 'firstParty' as const },
  }));
  return [...topLevel, ...inFrames];
}

function topLevelRules(mode: PdfOpenMode, readerBase: string): RouteRule[] {
  if (mode === 'ask') return [];
  // `\0` is the whole match, i.e. the PDF's address (DNR matches addresses without their fragment).
  const action = { type: 'redirect' as const, redirect: { regexSubstitution: `${readerBase}?${DNR_PREFIX}\\0` } };
  const base = { resourceTypes: ['main_frame' as const], requestMethods: ['get' as const], ...PDF_RESPONSE };
  if (mode === 'all') {
    // Any http(s) address (the whole of it: `^…$`).
    return [
      {
        id: REDIRECT_RULE_IDS[2],
        priority: REDIRECT_PRIORITY,
        action,
        condition: { ...base, regexFilter: '^https?://.*$' },
      },
    ];
  }
  const [folder] = UN_DOCUMENT_FOLDERS;
  return [
    {
      id: REDIRECT_RULE_IDS[0],
      priority: REDIRECT_PRIORITY,
      action,
      condition: { ...base, regexFilter: '^https?://.*$', requestDomains: [...UN_DOCUMENT_HOSTS] },
    },
    {
      id: REDIRECT_RULE_IDS[1],
      priority: REDIRECT_PRIORITY,
      action,
      // The host part is left to `requestDomains` (sub-domains included); the path must start with the folder.
      condition: { ...base, regexFilter: `^https?://[^/]+${folder!.folder}.*$`, requestDomains: [folder!.host] },
    },
  ];
}

/**
 * `urlFilter`s that match exactly `url`, with or without a fragment: a navigation's address is matched with its
 * fragment (verified in Chromium 156: `tabs.update` to `….pdf#page=3`), so `|….pdf|` alone would miss it.
 * `urlFilter` has no escape: `*` and `^` in an address would act as wildcards and only widen this tab's own
 * exception a little; non-ASCII is already percent-encoded in a parsed URL.
 */
export function exactUrlFilters(url: string): [string, string] {
  const parsed = new URL(url);
  parsed.hash = '';
  return [`|${parsed.href}|`, `|${parsed.href}#`];
}

/**
 * The escape hatch: this tab shows this PDF in the browser's viewer (session rules: gone when the browser quits).
 * Two rules, ids `firstId` and `firstId + 1`: the address alone, and with a fragment.
 */
export function allowRules(firstId: number, tabId: number, url: string): RouteRule[] {
  return exactUrlFilters(url).map((urlFilter, i) => ({
    id: firstId + i,
    priority: ALLOW_PRIORITY,
    action: { type: 'allow' as const },
    // The tab, or a frame in it (a reader opened in a frame goes back to the browser's viewer in that frame).
    condition: { urlFilter, resourceTypes: ['main_frame' as const, 'sub_frame' as const], tabIds: [tabId] },
  }));
}
