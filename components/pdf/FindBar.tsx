import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';

export interface FindBarProps {
  /** Where the search stands: the current match and how many there are; null before a search. */
  match: { current: number; total: number } | null;
  /** Called on each change of the query, and with `again` for Enter / next / previous. */
  onFind(query: string, again: boolean, previous: boolean): void;
  onClose(): void;
}

/** Find in the document (Ctrl+F): a field, previous / next, and the match count. Presentational. */
export function FindBar({ match, onFind, onClose }: FindBarProps) {
  const label = i18n.t('pdf.find.label');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const query = () => field.current?.value ?? '';
  return (
    <div class="reader-find" role="search">
      <label>
        <span class="visually-hidden">{label}</span>
        <input
          ref={field}
          type="search"
          placeholder={label}
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
      <button type="button" onClick={() => onFind(query(), true, true)} title={i18n.t('pdf.find.previous')}>
        <span aria-hidden="true">↑</span>
        <span class="visually-hidden">{i18n.t('pdf.find.previous')}</span>
      </button>
      <button type="button" onClick={() => onFind(query(), true, false)} title={i18n.t('pdf.find.next')}>
        <span aria-hidden="true">↓</span>
        <span class="visually-hidden">{i18n.t('pdf.find.next')}</span>
      </button>
      <span class="reader-find__result" role="status" data-testid="find-result">
        {!match
          ? ''
          : match.total === 0
            ? i18n.t('pdf.find.none')
            : i18n.t('pdf.find.count', [String(match.current), String(match.total)])}
      </span>
      <button type="button" onClick={onClose}>
        {i18n.t('pdf.find.close')}
      </button>
    </div>
  );
}
