import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';

export interface ReaderToolbarProps {
  /** Current page (1-based) and page count; 0 pages when no PDF is open. */
  page: number;
  pages: number;
  /** Zoom as a percentage, for display. */
  zoomPercent: number;
  /** The PDF has an address of its own (not a local file): its link can be copied and the original opened. */
  hasUrl: boolean;
  /** A short status next to the buttons ("Link copied"), announced politely. */
  status: string;
  onPage(page: number): void;
  onZoom(direction: 'in' | 'out'): void;
  onFitWidth(): void;
  onFind(): void;
  onOpenOriginal(): void;
  onCopyLink(): void;
  /** A file chosen with "Open a PDF from this computer…". */
  onFile(file: File): void;
}

/**
 * The reader's toolbar: page n/N, zoom, fit width, find, and the ways out (browser viewer, copy link, a local file).
 * Presentational: every action goes back through a callback.
 */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { page, pages } = props;
  const pageInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const none = pages === 0;

  // Keep the field in step with scrolling, unless the reader is typing in it.
  useEffect(() => {
    const input = pageInput.current;
    if (input && document.activeElement !== input) input.value = String(page || '');
  }, [page]);

  const goTo = () => {
    const value = Number(pageInput.current?.value);
    if (Number.isInteger(value) && value >= 1 && value <= pages) props.onPage(value);
    else if (pageInput.current) pageInput.current.value = String(page);
  };

  return (
    <div class="reader-toolbar" role="toolbar" aria-label={i18n.t('pdf.toolbar.label')}>
      <div class="reader-toolbar__group">
        <button
          type="button"
          disabled={none || page <= 1}
          onClick={() => props.onPage(page - 1)}
          title={i18n.t('pdf.toolbar.previous')}
        >
          <span aria-hidden="true">‹</span>
          <span class="visually-hidden">{i18n.t('pdf.toolbar.previous')}</span>
        </button>
        <label class="reader-toolbar__page">
          <span class="visually-hidden">{i18n.t('pdf.toolbar.page')}</span>
          <input
            ref={pageInput}
            type="text"
            inputMode="numeric"
            size={4}
            disabled={none}
            data-testid="page-number"
            onChange={goTo}
            onKeyDown={(e) => {
              if (e.key === 'Enter') goTo();
            }}
          />
        </label>
        <span class="reader-toolbar__of" data-testid="page-count">
          {none ? '' : i18n.t('pdf.toolbar.pageOf', [String(pages)])}
        </span>
        <button
          type="button"
          disabled={none || page >= pages}
          onClick={() => props.onPage(page + 1)}
          title={i18n.t('pdf.toolbar.next')}
        >
          <span aria-hidden="true">›</span>
          <span class="visually-hidden">{i18n.t('pdf.toolbar.next')}</span>
        </button>
      </div>
      <div class="reader-toolbar__group">
        <button type="button" disabled={none} onClick={() => props.onZoom('out')} title={i18n.t('pdf.toolbar.zoomOut')}>
          <span aria-hidden="true">−</span>
          <span class="visually-hidden">{i18n.t('pdf.toolbar.zoomOut')}</span>
        </button>
        <output class="reader-toolbar__zoom" aria-label={i18n.t('pdf.toolbar.zoom')} data-testid="zoom">
          {none ? '' : `${props.zoomPercent} %`}
        </output>
        <button type="button" disabled={none} onClick={() => props.onZoom('in')} title={i18n.t('pdf.toolbar.zoomIn')}>
          <span aria-hidden="true">+</span>
          <span class="visually-hidden">{i18n.t('pdf.toolbar.zoomIn')}</span>
        </button>
        <button type="button" disabled={none} onClick={props.onFitWidth}>
          {i18n.t('pdf.toolbar.fitWidth')}
        </button>
        <button type="button" disabled={none} onClick={props.onFind} aria-keyshortcuts="Control+F">
          {i18n.t('pdf.toolbar.find')}
        </button>
      </div>
      <div class="reader-toolbar__group reader-toolbar__group--end">
        <span class="reader-toolbar__status" role="status">
          {props.status}
        </span>
        {props.hasUrl && (
          <>
            <button type="button" onClick={props.onCopyLink}>
              {i18n.t('pdf.toolbar.copyLink')}
            </button>
            <button type="button" onClick={props.onOpenOriginal}>
              {i18n.t('pdf.openOriginal')}
            </button>
          </>
        )}
        <button type="button" onClick={() => fileInput.current?.click()}>
          {i18n.t('pdf.toolbar.openFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/pdf,.pdf"
          hidden
          data-testid="open-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) props.onFile(file);
            e.currentTarget.value = '';
          }}
        />
      </div>
    </div>
  );
}
