import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NoteEditorProps {
  /** Accessible name of the text box ("Note"). */
  label: string;
  initial: string;
  maxLength: number;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** A note being edited: a text box that takes focus, Save and Cancel; Ctrl+Enter saves, Escape cancels. */
export function NoteEditor({ label, initial, maxLength, onSave, onCancel }: NoteEditorProps) {
  const [value, setValue] = useState(initial);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave(value);
    }
  };
  return (
    <div class="saved-note-editor">
      <textarea
        ref={box}
        class="saved-note-editor__box"
        aria-label={label}
        aria-describedby="saved-note-hint"
        maxLength={maxLength}
        rows={3}
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={keys}
      />
      <p id="saved-note-hint" class="saved-hint">
        {i18n.t('saved.noteHint')}
      </p>
      <div class="saved-row">
        <button type="button" onClick={() => onSave(value)}>
          {i18n.t('saved.saveNote')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('saved.cancel')}
        </button>
      </div>
    </div>
  );
}
