import { i18n } from '#i18n';
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SavedViewProps } from '../../components/saved/SavedView';
import type { ImportOffer, UndoOffer } from '../../components/saved/saved-view-types';
import { openDatabase } from '../../lib/db/database';
import { listSaved } from '../../lib/db/saved';
import { copyAllText, copyLine } from '../../lib/export/copy-text';
import { exportSaved, type ExportFormat } from '../../lib/export/formats';
import { parseImport } from '../../lib/export/import';
import { SAVED_LIMITS } from '../../lib/references/limits';
import { langOf, type Lang } from '../../lib/references/lang';
import { request } from '../../lib/messaging/client';
import type { ImportMode, SavedReference } from '../../lib/references/saved-types';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '../../lib/settings/settings';
import { downloadFile, writeClipboard } from './browser-io';
import { toItemView } from './item-view';
import { importProblemMessage, savedErrorMessage } from './messages';

/** Browser-facing effects, replaceable in tests. */
export interface SavedListEffects {
  writeClipboard: (text: string) => Promise<void>;
  download: typeof downloadFile;
  now: () => Date;
}

const defaultEffects: SavedListEffects = { writeClipboard, download: downloadFile, now: () => new Date() };

/**
 * The container behind the Saved tab and the full-page list: reads the list with Dexie `liveQuery` (so a save, a
 * move or a removal in any view or tab shows everywhere), sends every write to the background (`saved/*`), and turns
 * results and failures into messages. Returns the props of {@link SavedView}.
 */
export function useSavedList(effects: SavedListEffects = defaultEffects): Omit<SavedViewProps, 'onOpenFullPage'> {
  const db = useMemo(() => openDatabase(), []);
  const lang: Lang = langOf(i18n.t('common.langCode'));
  const [entries, setEntries] = useState<SavedReference[] | null>(null);
  const [baseUrl, setBaseUrl] = useState(DEFAULT_SETTINGS.documentBaseUrl);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<(UndoOffer & { entries: SavedReference[]; exact?: boolean }) | null>(null);
  const [pendingImport, setPendingImport] = useState<(ImportOffer & { entries: SavedReference[] }) | null>(null);

  useEffect(() => {
    const subscription = liveQuery(() => listSaved(db)).subscribe({
      next: setEntries,
      // Reading failed (database blocked or gone): say so, and keep showing the last list read.
      error: (failure: unknown) => setError(savedErrorMessage(failure)),
    });
    return () => subscription.unsubscribe();
  }, [db]);

  useEffect(() => {
    void loadSettings().then((settings) => setBaseUrl(settings.documentBaseUrl));
    return watchSettings((settings) => setBaseUrl(settings.documentBaseUrl));
  }, []);

  const options = { lang, baseUrl };
  const list = entries ?? [];
  const byId = (id: string) => list.find((entry) => entry.id === id);

  /** Runs an action; a failure becomes the error message (nothing saved is lost: the write was one transaction). */
  const attempt = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setStatus(null);
      setError(savedErrorMessage(failure));
    }
  };

  const copy = async (text: string, count: number) => {
    setError(null);
    try {
      await effects.writeClipboard(text);
      setStatus(i18n.t('saved.copied', count));
    } catch (failure) {
      setError(i18n.t('saved.copyFailed', [failure instanceof Error ? failure.message : String(failure)]));
    }
  };

  const offerUndo = (removed: SavedReference[], message: string) => {
    if (removed.length > 0) setUndo({ message, entries: removed });
  };

  return {
    items: entries && entries.map((entry) => toItemView(entry, options)),
    noteMaxLength: SAVED_LIMITS.note,
    status,
    error,
    undo: undo && { message: undo.message },
    importOffer: pendingImport && { count: pendingImport.count, fileName: pendingImport.fileName },
    onCopyAll: () => void copy(copyAllText(list, options), list.length),
    onCopy: (id) => {
      const entry = byId(id);
      if (entry) void copy(copyLine(entry, options), 1);
    },
    onExport: (format: ExportFormat) => {
      const file = exportSaved(format, list, {
        ...options,
        now: effects.now(),
        words: { heading: i18n.t('saved.heading'), seenOn: i18n.t('saved.seenOn'), note: i18n.t('saved.noteLabel') },
      });
      effects.download(file);
      setStatus(i18n.t('saved.exported', [file.filename]));
    },
    onImportFile: (file: File) => {
      setError(null);
      setPendingImport(null);
      // Refuse a huge file before reading it into memory.
      if (file.size > SAVED_LIMITS.importBytes) {
        setError(importProblemMessage({ code: 'too-large', limitBytes: SAVED_LIMITS.importBytes }));
        return;
      }
      file.text().then(
        (text) => {
          const result = parseImport(text);
          if (!result.ok) setError(importProblemMessage(result.problem));
          else setPendingImport({ count: result.entries.length, fileName: file.name, entries: result.entries });
        },
        (failure: unknown) => setError(i18n.t('saved.importProblem.readFailed', [String(failure)])),
      );
    },
    onImportChoice: (mode: ImportMode | null) => {
      const offer = pendingImport;
      setPendingImport(null);
      if (!offer || !mode) return;
      void attempt(async () => {
        const result = await request('saved/import', { entries: offer.entries, mode });
        const message = i18n.t('saved.imported', [String(result.added), String(result.merged)]);
        // "Replace my list" can be undone: the previous list, as it was stored, goes back exactly.
        if (mode === 'replace') setUndo({ message, entries: result.removed, exact: true });
        setStatus(message);
      });
    },
    onClearAll: () =>
      void attempt(async () => {
        const { removed } = await request('saved/clear', {});
        const message = i18n.t('saved.cleared', removed.length);
        offerUndo(removed, message);
        setStatus(message);
      }),
    onRemove: (id) =>
      void attempt(async () => {
        const { removed } = await request('saved/remove', { ids: [id] });
        const message = i18n.t('saved.removed', [removed[0]?.label ?? id]);
        offerUndo(removed, message);
        setStatus(message);
      }),
    onMove: (id, toIndex) =>
      void attempt(async () => {
        const { ids } = await request('saved/move', { id, toIndex });
        const label = byId(id)?.label ?? id;
        setStatus(i18n.t('saved.moved', [label, String(ids.indexOf(id) + 1), String(ids.length)]));
      }),
    onSaveNote: (id, note) =>
      void attempt(async () => {
        await request('saved/update-note', { id, note });
        setStatus(i18n.t('saved.noteSaved'));
      }),
    onUndo: () => {
      const offer = undo;
      setUndo(null);
      if (!offer) return;
      void attempt(async () => {
        if (offer.exact) {
          const { restored } = await request('saved/restore', { entries: offer.entries, exact: true });
          setStatus(i18n.t('saved.restored', restored));
          return;
        }
        // In batches a message may carry; each keeps the entries' own places.
        let restored = 0;
        for (let start = 0; start < offer.entries.length; start += SAVED_LIMITS.entries) {
          const batch = offer.entries.slice(start, start + SAVED_LIMITS.entries);
          restored += (await request('saved/restore', { entries: batch })).restored;
        }
        setStatus(i18n.t('saved.restored', restored));
      });
    },
    onDismiss: () => {
      setUndo(null);
      setError(null);
    },
  };
}
