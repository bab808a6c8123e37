import type { MessageType } from './protocol';

/**
 * Who sent a message, from the facts the browser itself provides (`runtime.MessageSender`), never from the payload.
 *
 * - `extension`: one of Renvoi's own pages (popup, options, saved.html, popup.html opened in a tab). Its URL is in
 *   the extension's origin, which no web page and no content script can have.
 * - `content`: a content script, running inside a web page. Every page is hostile, and a content-script context is
 *   what a renderer exploit or a content-script bug gets, so it is trusted only with what the hover card needs.
 */
export type SenderClass = 'extension' | 'content';

/** What a handler learns about who sent the message. */
export interface SenderInfo {
  from: SenderClass;
  tabId: number | null;
  /** 0 for a tab's top frame, positive for a sub-frame, null outside tabs. */
  frameId: number | null;
  /** URL of the sending document as the browser reports it (a frame's own URL). */
  url: string | null;
  /** The tab's top URL and title as the browser reports them (content scripts only; absent otherwise). */
  tabUrl: string | null;
  tabTitle: string | null;
}

/** The subset of `runtime.MessageSender` (Chrome and Firefox) the classification reads. */
export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; title?: string };
}

/** The extension's own identity: its id and the base URL of its pages (`chrome-extension://<id>/`). */
export interface ExtensionIdentity {
  id: string;
  baseUrl: string;
}

/**
 * Classifies a sender, or null when the message came from another extension (answered nothing). A sender is an
 * extension page only when the browser says its document lives in the extension's origin (`url`, and `origin` where
 * the browser gives it: Chrome); anything else, including a sender the browser said nothing about (WXT's fake
 * browser in unit tests), is a content script: the class with the least rights.
 */
export function classifySender(sender: SenderFacts, self: ExtensionIdentity): SenderInfo | null {
  if (sender.id !== undefined && sender.id !== self.id) return null;
  const url = typeof sender.url === 'string' ? sender.url : null;
  const origin = self.baseUrl.replace(/\/$/, '');
  const inOrigin = url !== null && url.startsWith(self.baseUrl);
  // Chrome also reports the document's origin; when it does, it must agree (an opaque or other origin never does).
  const originAgrees = sender.origin === undefined || sender.origin === origin;
  const from: SenderClass = inOrigin && originAgrees ? 'extension' : 'content';
  const tab = sender.tab;
  return {
    from,
    tabId: typeof tab?.id === 'number' ? tab.id : null,
    frameId: typeof sender.frameId === 'number' ? sender.frameId : null,
    url,
    tabUrl: from === 'content' && typeof tab?.url === 'string' ? tab.url : null,
    tabTitle: from === 'content' && typeof tab?.title === 'string' ? tab.title : null,
  };
}

/**
 * The only messages a content script may send: what the hover card needs (card data, resolver data, its Search
 * and Save buttons), liveness and the content script's hello. `saved/add` from a content
 * script is rewritten by the background (the sighting comes from the sender, see saved-handlers.ts). Everything else
 * (the rest of the saved list, corpus reseeding) is answered to extension pages only.
 */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'ping',
  'content/hello',
  'cards/for-keys',
  'cards/resolver-data',
  'cards/open-search',
  'saved/add',
  // A PDF document in the browser's viewer says so (the tab's badge); it carries no data the background acts on.
  'pdf/detected',
]);

/** True when `sender` may send a message of `type`. */
export function senderMayUse(sender: Pick<SenderInfo, 'from'>, type: MessageType): boolean {
  return sender.from === 'extension' || CONTENT_SCRIPT_TYPES.has(type);
}

/** Prefix of the coded error a refused sender gets: `renvoi-forbidden: "<type>" …`. */
export const FORBIDDEN = 'renvoi-forbidden';

export const forbiddenError = (type: MessageType): string =>
  `${FORBIDDEN}: "${type}" is answered to Renvoi's own pages only, not to a content script`;

/** A sender for tests and for messages the background makes itself: an extension page. */
export const EXTENSION_SENDER: SenderInfo = {
  from: 'extension',
  tabId: null,
  frameId: null,
  url: null,
  tabUrl: null,
  tabTitle: null,
};
