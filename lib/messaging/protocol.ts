/**
 * The one contract between the content script (and extension pages) and the background.
 *
 * Every message is `{ type, ...payload }`. Each type names its request payload and its answer. The background
 * validates every incoming message (see `validate.ts`) and answers with a {@link Reply}; a malformed message gets
 * `{ ok: false, error }`, never an exception.
 */

/** Where a content script runs: the top frame or a sub-frame. */
export type FrameKind = 'top' | 'sub';

/** What the background remembers of a content script that announced itself. */
export interface ContentHello {
  url: string;
  frame: FrameKind;
  tabId: number | null;
  at: number;
}

export interface Protocol {
  /** Liveness check; answers the extension version. */
  ping: { request: Record<string, never>; response: { version: string } };
  /** A content script announces itself once it runs on a page. */
  'content/hello': { request: { url: string; frame: FrameKind }; response: { tabId: number | null } };
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type ResponseOf<T extends MessageType> = Protocol[T]['response'];
export type Message<T extends MessageType = MessageType> = { type: T } & RequestOf<T>;

/** Answer to any message: a value or a readable error. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
