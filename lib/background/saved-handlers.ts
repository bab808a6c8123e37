import { browser } from 'wxt/browser';
import { readStoredEntries } from '../references/entry-salvage';
import { readSaveRequest, readSavedReferences } from '../references/entry-schema';
import type { Lang } from '../references/lang';
import {
  addSaved,
  SavedListFullError,
  NoteTooLongError,
  clearSaved,
  importSaved,
  moveSaved,
  removeSaved,
  restoreSaved,
  updateNote,
} from '../db/saved';
import { cleanLine, cleanMultiline, isWebUrl } from '../references/clean-fields';
import { SAVED_LIMITS } from '../references/limits';
import { SavedListError } from '../messaging/saved-errors';
import type { Handlers, SenderInfo } from '../messaging/server';
import type { SaveRequest } from '../references/saved-types';
import type { BackgroundServices } from './services';
import { documentFacts } from './saved-facts';

type SavedType = Extract<keyof Handlers, `saved/${string}`>;

/** Dexie and IndexedDB error names that mean "the disk is full" or "the database cannot be opened now". */
const QUOTA = new Set(['QuotaExceededError']);
const BLOCKED = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'VersionError',
  'BlockedError',
  'InvalidStateError',
  'MissingAPIError',
]);

/** Any failure of a saved-list write as a {@link SavedListError}: the page shows its code in the user's language. */
export function asSavedListError(error: unknown): SavedListError {
  if (error instanceof SavedListError) return error;
  if (error instanceof SavedListFullError) return new SavedListError('full', error.message);
  if (error instanceof NoteTooLongError) return new SavedListError('note-too-long', error.message);
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((e) =>
    e instanceof Error || (typeof e === 'object' && e !== null) ? String((e as { name?: unknown }).name) : '',
  );
  const detail = error instanceof Error ? error.message : String(error);
  if (names.some((name) => QUOTA.has(name))) return new SavedListError('quota', detail);
  if (names.some((name) => BLOCKED.has(name))) return new SavedListError('blocked', detail);
  return new SavedListError('storage', detail);
}

/** Runs a write; any error reaches the page as a coded sentence. A failed transaction has changed nothing. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw asSavedListError(error);
  }
}

/** Payloads were validated by the server; reading again yields the cleaned values (control characters removed). */
function read<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new SavedListError('invalid', result.error);
  return result.value;
}

const gone = (id: string) => new SavedListError('not-found', `No saved reference "${id.slice(0, 80)}"`);

export interface SavedHandlerOptions {
  /** Language of labels computed for Save buttons that sent none; default: the browser's UI language. */
  lang?: () => Lang;
  /** Clock (tests pass a fixed one). */
  now?: () => number;
}

/**
 * A Save sent by a content script, as far as the browser vouches for it: the page where it was seen is the tab's
 * address and title as the browser reports them (else the sending frame's address), never what the page or the
 * script put in the payload; only the sentence around the citation comes from the page. A content script cannot
 * attach a note either (no card sends one).
 */
export function fromContentScript(request: SaveRequest, sender: SenderInfo): SaveRequest {
  const { sighting, note: _note, ...rest } = request;
  const url = sender.tabUrl ?? sender.url;
  if (!url || url.length > SAVED_LIMITS.url || !isWebUrl(url)) return rest;
  // Firefox reports a sender's tab without its URL and title unless the extension holds the `tabs` permission or
  // host permissions, which Renvoi does not ask for (content-script matches are not host permissions there). Then
  // the title is the content script's, and only for a top frame, whose address the browser did report: the page
  // sets its own title either way, so it is no more trusted coming from the tab.
  const untabbed = sender.tabUrl === null && sender.frameId === 0;
  const title = sender.tabTitle ?? (untabbed ? sighting?.title : undefined) ?? '';
  return {
    ...rest,
    sighting: {
      url,
      title: cleanLine(title, SAVED_LIMITS.title),
      context: sighting?.context ?? '',
    },
  };
}

/** French when the browser speaks French, English otherwise (the two languages of the interface). */
function uiLang(): Lang {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  } catch {
    // Test doubles of the browser may not implement i18n: labels then default to English.
    return 'en';
  }
}

/** The background's answers to the `saved/*` messages; handlers.ts spreads them in. */
export function createSavedHandlers(
  { db, seeder }: BackgroundServices,
  { lang = uiLang, now = Date.now }: SavedHandlerOptions = {},
): Pick<Handlers, SavedType> {
  return {
    'saved/add': async (message, sender) => {
      const payload = read(readSaveRequest(message, 'save'));
      const request = sender.from === 'content' ? fromContentScript(payload, sender) : payload;
      const facts = await documentFacts(db, request, lang(), () => seeder.ensureSeeded());
      return guarded(() => addSaved(db, request, facts, now()));
    },
    'saved/update-note': async ({ id, note }) => {
      const entry = await guarded(() => updateNote(db, id, cleanMultiline(note, SAVED_LIMITS.note), now()));
      if (!entry) throw gone(id);
      return { entry };
    },
    'saved/move': async ({ id, toIndex }) => {
      const ids = await guarded(() => moveSaved(db, id, toIndex));
      if (!ids) throw gone(id);
      return { ids };
    },
    'saved/remove': async ({ ids }) => ({ removed: await guarded(() => removeSaved(db, ids)) }),
    'saved/restore': async ({ entries, exact }) => ({
      restored: await guarded(() => restoreSaved(db, read(readStoredEntries(entries)), { exact: exact === true })),
    }),
    'saved/clear': async () => ({ removed: await guarded(() => clearSaved(db)) }),
    'saved/import': async ({ entries, mode }) =>
      guarded(() => importSaved(db, read(readSavedReferences(entries)), mode)),
  };
}
