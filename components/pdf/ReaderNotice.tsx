export interface NoticeAction {
  label: string;
  onClick(): void;
}

export interface ReaderNoticeProps {
  /** 'error': the PDF could not be shown (the notice takes the page); 'info': a line above the PDF. */
  tone: 'error' | 'info';
  message: string;
  actions: NoticeAction[];
}

/**
 * A message in the reader: why a PDF could not be opened (with the way back to the original), or a line about the
 * open one (no text in it, Renvoi paused on its site). Presentational.
 */
export function ReaderNotice({ tone, message, actions }: ReaderNoticeProps) {
  return (
    <div
      class={`reader-notice reader-notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={`notice-${tone}`}
    >
      <p class="reader-notice__message">{message}</p>
      {actions.length > 0 && (
        <p class="reader-notice__actions">
          {actions.map((action) => (
            <button type="button" key={action.label} onClick={action.onClick}>
              {action.label}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
