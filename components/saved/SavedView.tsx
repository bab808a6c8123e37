import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../../lib/export/formats';
import { matchesFilter } from './filter';
import { SavedItem } from './SavedItem';
import { SavedToolbar } from './SavedToolbar';
import type { ImportOffer, SavedItemView, UndoOffer } from './saved-view-types';
import { HowItWorksLink } from '../welcome/HowItWorksLink';

export interface SavedViewProps {
  /** The whole list in order; null while it loads. */
  items: SavedItemView[] | null;
  noteMaxLength: number;
  /** Last result to announce politely ("Copied 3 references"), or null. */
  status: string | null;
  /** A problem to show (storage full, bad import file), or null. */
  error: string | null;
  undo: UndoOffer | null;
  importOffer: ImportOffer | null;
  onCopyAll: () => void;
  onCopy: (id: string) => void;
  onExport: (format: ExportFormat) => void;
  onImportFile: (file: File) => void;
  onImportChoice: (mode: 'merge' | 'replace' | null) => void;
  onClearAll: () => void;
  onRemove: (id: string) => void;
  /** Move to `toIndex` in the whole list. */
  onMove: (id: string, toIndex: number) => void;
  onSaveNote: (id: string, note: string) => void;
  onUndo: () => void;
  onDismiss: () => void;
  onOpenFullPage?: () => void;
  /** The welcome page ("How Renvoi works"), linked from the empty list. */
  helpHref?: string;
}

/**
 * The saved list with its filter, toolbar, undo bar and messages (popup tab and full page). Presentational: the
 * container reads the database and sends the writes; this keeps only view state (filter text, note being edited,
 * item being dragged).
 */
export function SavedView(props: SavedViewProps) {
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  // The item (and the control in it) to keep focused once a move comes back from the database.
  const [focus, setFocus] = useState<{ id: string; control: 'up' | 'down' | null } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const items = props.items ?? [];
  useEffect(() => {
    if (!focus) return;
    const li = [...(list.current?.children ?? [])].find((el) => (el as HTMLElement).dataset.id === focus.id);
    if (!(li instanceof HTMLElement) || li.contains(document.activeElement)) return;
    const button = focus.control && li.querySelector<HTMLButtonElement>(`button[data-step="${focus.control}"]`);
    (button && !button.disabled ? button : li).focus();
  }, [props.items, focus]);
  const shown = items.filter((item) => matchesFilter(item, filter));
  const indexOf = (id: string) => items.findIndex((item) => item.id === id);
  // Moving among the shown items: the neighbour's place in the whole list is the target.
  const step = (position: number, delta: -1 | 1) => {
    const item = shown[position];
    const neighbour = shown[position + delta];
    if (item && neighbour) props.onMove(item.id, indexOf(neighbour.id));
  };
  return (
    <section class="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading" class="saved__heading">
        {i18n.t('saved.count', items.length)}
      </h2>
      <SavedToolbar
        count={items.length}
        onCopyAll={props.onCopyAll}
        onExport={props.onExport}
        onImportFile={props.onImportFile}
        onClearAll={props.onClearAll}
        onOpenFullPage={props.onOpenFullPage}
      />
      {props.error && (
        <div role="alert" class="saved-message saved-message--error">
          <p>{props.error}</p>
          <button type="button" onClick={props.onDismiss}>
            {i18n.t('saved.dismiss')}
          </button>
        </div>
      )}
      {props.importOffer && (
        <div role="group" aria-labelledby="saved-import-offer" class="saved-message">
          <p id="saved-import-offer">
            {i18n.t('saved.importReady', props.importOffer.count, [
              String(props.importOffer.count),
              props.importOffer.fileName,
            ])}
          </p>
          <div class="saved-row">
            <button type="button" onClick={() => props.onImportChoice('merge')}>
              {i18n.t('saved.importMerge')}
            </button>
            <button type="button" onClick={() => props.onImportChoice('replace')}>
              {i18n.t('saved.importReplace')}
            </button>
            <button type="button" onClick={() => props.onImportChoice(null)}>
              {i18n.t('saved.cancel')}
            </button>
          </div>
        </div>
      )}
      {props.undo && (
        <div class="saved-message saved-undo">
          <p>{props.undo.message}</p>
          <div class="saved-row">
            <button type="button" onClick={props.onUndo}>
              {i18n.t('saved.undo')}
            </button>
            <button type="button" onClick={props.onDismiss}>
              {i18n.t('saved.dismiss')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="saved-status">
        {props.status ?? ''}
      </p>
      {items.length > 0 && (
        <label class="saved-filter">
          <span>{i18n.t('saved.filter')}</span>
          <input
            type="search"
            value={filter}
            placeholder={i18n.t('saved.filterPlaceholder')}
            onInput={(event) => setFilter(event.currentTarget.value)}
          />
        </label>
      )}
      <p id="saved-reorder-hint" class="saved-hint">
        {i18n.t('saved.reorderHint')}
      </p>
      {props.items === null ? (
        <p>{i18n.t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p class="saved-empty">
          {i18n.t('saved.empty')}
          {props.helpHref && (
            <>
              {' '}
              <HowItWorksLink href={props.helpHref} />
            </>
          )}
        </p>
      ) : shown.length === 0 ? (
        <p class="saved-empty">{i18n.t('saved.noMatch', [filter])}</p>
      ) : (
        <ol ref={list} class="saved-list" aria-label={i18n.t('saved.listLabel')}>
          {shown.map((item, position) => (
            <SavedItem
              key={item.id}
              item={item}
              first={position === 0}
              last={position === shown.length - 1}
              editing={editing === item.id}
              noteMaxLength={props.noteMaxLength}
              dragging={dragged === item.id}
              onCopy={() => props.onCopy(item.id)}
              onRemove={() => props.onRemove(item.id)}
              onStep={(delta, control) => {
                setFocus({ id: item.id, control });
                step(position, delta);
              }}
              onEditNote={(on) => setEditing(on ? item.id : null)}
              onSaveNote={(note) => {
                setEditing(null);
                props.onSaveNote(item.id, note);
              }}
              onDragStart={() => setDragged(item.id)}
              onDragEnd={() => setDragged(null)}
              onDrop={() => {
                if (dragged && dragged !== item.id) props.onMove(dragged, indexOf(item.id));
                setDragged(null);
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
