import { useEffect, useRef } from 'preact/hooks';

export interface FindBarStrings {
  label: string;
  previous: string;
  next: string;
  close: string;
  /** The result line for the current count (already worded: "3 of 12", "No match"); '' before a search. */
  result: string;
}

export interface FindBarProps {
  strings: FindBarStrings;
  /** Called on each change of the query, and with `again` for Enter / next / previous. */
  onFind(query: string, again: boolean, previous: boolean): void;
  onClose(): void;
}

/** Find in the document (Ctrl+F): a field, previous / next, and the match count. Presentational. */
export function FindBar({ strings: s, onFind, onClose }: FindBarProps) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const query = () => field.current?.value ?? '';
  return (
    <div class="reader-find" role="search">
      <label>
        <span class="visually-hidden">{s.label}</span>
        <input
          ref={field}
          type="search"
          placeholder={s.label}
          data-testid="find-field"
          onInput={() => onFind(query(), false, false)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onFind(query(), true, e.shiftKey);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              onClose();
            }
          }}
        />
      </label>
      <button type="button" onClick={() => onFind(query(), true, true)} title={s.previous}>
        <span aria-hidden="true">↑</span>
        <span class="visually-hidden">{s.previous}</span>
      </button>
      <button type="button" onClick={() => onFind(query(), true, false)} title={s.next}>
        <span aria-hidden="true">↓</span>
        <span class="visually-hidden">{s.next}</span>
      </button>
      <span class="reader-find__result" role="status" data-testid="find-result">
        {s.result}
      </span>
      <button type="button" onClick={onClose}>
        {s.close}
      </button>
    </div>
  );
}
