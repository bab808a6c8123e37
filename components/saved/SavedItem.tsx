import { i18n } from '#i18n';
import { Fragment } from 'preact';
import { NoteEditor } from './NoteEditor';
import type { SavedItemView } from './saved-view-types';

export interface SavedItemProps {
  item: SavedItemView;
  /** Place among the shown items, to disable moving past the ends. */
  first: boolean;
  last: boolean;
  editing: boolean;
  noteMaxLength: number;
  dragging: boolean;
  onCopy: () => void;
  onRemove: () => void;
  /** -1 up, +1 down, from the ↑/↓ buttons (`control` names which) or Alt+↑ / Alt+↓ anywhere in the item (null). */
  onStep: (delta: -1 | 1, control: 'up' | 'down' | null) => void;
  onEditNote: (editing: boolean) => void;
  onSaveNote: (note: string) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  /** Another item was dropped on this one. */
  onDrop: () => void;
}

/** Host name of a page, for a short link text when the page had no title. */
function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * One saved reference: linked label and pinpoint, its key, the pages where it was seen, the note, and its actions.
 * The item can be focused; Alt+↑ / Alt+↓ move it. The handle drags it onto another item.
 */
export function SavedItem(props: SavedItemProps) {
  const { item, first, last, editing } = props;
  const keys = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if ((delta < 0 && !first) || (delta > 0 && !last)) props.onStep(delta, null);
  };
  return (
    <li
      class={`saved-item${props.dragging ? ' saved-item--dragging' : ''}`}
      data-id={item.id}
      tabIndex={0}
      aria-describedby="saved-reorder-hint"
      onKeyDown={keys}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        props.onDrop();
      }}
    >
      <span
        class="saved-item__handle"
        draggable
        title={i18n.t('saved.dragHandle', [item.label])}
        aria-hidden="true"
        onDragStart={(event) => {
          // Chromium starts a drag only when the transfer carries data.
          event.dataTransfer?.setData('text/plain', item.key);
          props.onDragStart();
        }}
        onDragEnd={props.onDragEnd}
      >
        ⠿
      </span>
      <div class="saved-item__body">
        <p class="saved-item__title">
          {item.link ? (
            <a href={item.link} target="_blank" rel="noopener noreferrer">
              {item.label}
            </a>
          ) : (
            item.label
          )}
          {item.pinpoint ? `, ${item.pinpoint}` : null}
        </p>
        <p class="saved-item__key">
          <code>{item.key}</code>
        </p>
        {item.sightings.length > 0 && (
          <p class="saved-item__pages">
            {i18n.t('saved.seenOn')}{' '}
            {item.sightings.map((s, i) => (
              <Fragment key={s.url}>
                {i > 0 ? ', ' : null}
                <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.context || undefined}>
                  {s.title || host(s.url)}
                </a>
              </Fragment>
            ))}
          </p>
        )}
        {editing ? (
          <NoteEditor
            label={i18n.t('saved.note')}
            initial={item.note}
            maxLength={props.noteMaxLength}
            onSave={props.onSaveNote}
            onCancel={() => props.onEditNote(false)}
          />
        ) : (
          item.note && <p class="saved-item__note">{item.note}</p>
        )}
        <div class="saved-row saved-item__actions">
          <button type="button" aria-label={i18n.t('saved.copyOne', [item.label])} onClick={props.onCopy}>
            {i18n.t('saved.copy')}
          </button>
          {!editing && (
            <button
              type="button"
              aria-label={
                item.note ? i18n.t('saved.editNoteOne', [item.label]) : i18n.t('saved.addNoteOne', [item.label])
              }
              onClick={() => props.onEditNote(true)}
            >
              {item.note ? i18n.t('saved.editNote') : i18n.t('saved.addNote')}
            </button>
          )}
          <button
            type="button"
            aria-label={i18n.t('saved.moveUpOne', [item.label])}
            title={i18n.t('saved.moveUp')}
            data-step="up"
            disabled={first}
            onClick={() => props.onStep(-1, 'up')}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={i18n.t('saved.moveDownOne', [item.label])}
            title={i18n.t('saved.moveDown')}
            data-step="down"
            disabled={last}
            onClick={() => props.onStep(1, 'down')}
          >
            ↓
          </button>
          <button type="button" aria-label={i18n.t('saved.removeOne', [item.label])} onClick={props.onRemove}>
            {i18n.t('saved.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}
