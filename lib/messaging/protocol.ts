/**
 * The one contract between the content script (and extension pages) and the background.
 *
 * Every message is `{ type, ...payload }`. Each type names its request payload and its answer. The background
 * validates every incoming message (see `validate.ts`) and answers with a {@link Reply}; a malformed message gets
 * `{ ok: false, error }`, never an exception.
 */

import type { ImportMode, SaveRequest, SavedReference } from '../references/saved-types';
import type { CardData } from '../cards/card-data';
import type { ResolverWire } from '../cards/resolver-wire';

/** Where a content script runs: the top frame or a sub-frame. */
export type FrameKind = 'top' | 'sub';

export interface Protocol {
  /** Liveness check; answers the extension version. */
  ping: { request: Record<string, never>; response: { version: string } };
  /** A content script announces itself once it runs on a page. */
  'content/hello': {
    request: { url: string; frame: FrameKind };
    /** `site`: the hostname of the sender's tab as the browser reports it (what a cross-origin frame pauses with). */
    response: { tabId: number | null; site: string | null };
  };
  /** Seeds the database if needed and tells which corpus version it holds. */
  'corpus/status': { request: Record<string, never>; response: { version: string; items: number; seedMs: number } };
  /** Rewrites the corpus tables from the bundled asset (repair, and the seeding benchmark). User data is kept. */
  'corpus/reseed': { request: Record<string, never>; response: { version: string; items: number; seedMs: number } };
  /** Hover cards: the card data of every citation key found on a page, in one batch (see lib/cards/card-data.ts). */
  'cards/for-keys': { request: { keys: string[] }; response: { cards: Record<string, CardData> } };
  /** Hover cards: the citation engine's resolver data, so the content script resolves pinpoints like the corpus. */
  'cards/resolver-data': { request: Record<string, never>; response: ResolverWire };
  /** A card's Search: opens the popup's search on `query` (the popup where the browser allows, else a tab). */
  'cards/open-search': { request: { query: string }; response: { opened: 'popup' | 'tab' } };
  /** Saves a reference; the same key and pinpoint merge into one entry (`merged: true`). Errors: see saved-errors.ts. */
  'saved/add': { request: SaveRequest; response: { entry: SavedReference; merged: boolean } };
  'saved/update-note': { request: { id: string; note: string }; response: { entry: SavedReference } };
  /** Moves an entry to `toIndex` in the whole list; answers the ids in their new order. */
  'saved/move': { request: { id: string; toIndex: number }; response: { ids: string[] } };
  /** Removes entries and answers them, for undo with `saved/restore`. */
  'saved/remove': { request: { ids: string[] }; response: { removed: SavedReference[] } };
  /**
   * Puts removed entries back at their places (undo), merging with any saved again meanwhile; with `exact`, makes the
   * list exactly these entries (undo of a replace import). Entries as remove, clear or replace answered them.
   */
  'saved/restore': { request: { entries: SavedReference[]; exact?: boolean }; response: { restored: number } };
  /** Removes every entry and answers them, for undo with `saved/restore`. */
  'saved/clear': { request: Record<string, never>; response: { removed: SavedReference[] } };
  /** Imports entries read from a JSON export (see lib/export/import.ts). */
  'saved/import': {
    request: { entries: SavedReference[]; mode: ImportMode };
    /** `removed`: the previous list as stored, after a replace (for Undo); empty after a merge. */
    response: { added: number; merged: number; total: number; removed: SavedReference[] };
  };
  /** A content script runs in a PDF document (the browser's viewer): the background badges the tab. */
  'pdf/detected': { request: { url: string; frame: FrameKind }; response: { tabId: number | null } };
  /** The PDF the browser's viewer shows in a tab, where no content script can say so (Firefox); null when unknown. */
  'pdf/in-tab': { request: { tabId: number }; response: { url: string | null } };
  /** From the reader only: show `url` in the browser's viewer in the sender's tab, and keep it there on reload. */
  'pdf/open-original': { request: { url: string }; response: { tabId: number } };
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type ResponseOf<T extends MessageType> = Protocol[T]['response'];
export type Message<T extends MessageType = MessageType> = { type: T } & RequestOf<T>;

/** Answer to any message: a value or a readable error. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
