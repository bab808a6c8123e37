import type { Citation } from '../citations/types';
import type { FrameKind } from './protocol';

/**
 * Messages from extension pages (the popup) to the content script of a tab, sent with `browser.tabs.sendMessage`.
 * The content script answers with the same {@link Reply} shape as the background.
 */

/** The citations of one key on the page. */
export interface PageCitationGroup {
  key: string;
  kind: Citation['kind'];
  /** The text of the first occurrence, for display. */
  text: string;
  inCorpus: boolean;
  /** How many times the key occurs on the page (all frames the script runs in count separately). */
  count: number;
  /** Union of the corpus ids its occurrences resolve to. */
  targets: string[];
}

export interface PageProtocol {
  /** What the content script found on the page: groups in order of first occurrence. */
  'page/citations': {
    request: Record<string, never>;
    /** `passes`: reading passes finished over a web page (0 while it is read the first time). */
    response: { url: string; title: string; groups: PageCitationGroup[]; passes?: number };
  };
  /** Scroll to the `index`-th occurrence of `key` (0-based) and open its card with focus inside. */
  'page/reveal': { request: { key: string; index: number }; response: { revealed: boolean } };
  /** Answered only from a PDF document shown by the browser's viewer (lib/pdf-route/content-pdf.ts): its address. */
  'page/pdf': { request: Record<string, never>; response: { url: string; frame: FrameKind } };
}

export type PageMessageType = keyof PageProtocol;
export type PageMessage<T extends PageMessageType = PageMessageType> = { type: T } & PageProtocol[T]['request'];
