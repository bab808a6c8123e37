import { useEffect, useRef } from 'preact/hooks';

/** The toolbar's words, in the reader's language (the entry point passes them from i18n). */
export interface ReaderToolbarStrings {
  label: string;
  previous: string;
  next: string;
  page: string;
  /** "of N", with N already in. */
  pageOf: string;
  zoomOut: string;
  zoomIn: string;
  zoom: string;
  fitWidth: string;
  find: string;
  openOriginal: string;
  copyLink: string;
  openFile: string;
}

export interface ReaderToolbarProps {
  strings: ReaderToolbarStrings;
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
  const { strings: s, page, pages } = props;
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
    <div class="reader-toolbar" role="toolbar" aria-label={s.label}>
      <div class="reader-toolbar__group">
        <button type="button" disabled={none || page <= 1} onClick={() => props.onPage(page - 1)} title={s.previous}>
          <span aria-hidden="true">‹</span>
          <span class="visually-hidden">{s.previous}</span>
        </button>
        <label class="reader-toolbar__page">
          <span class="visually-hidden">{s.page}</span>
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
          {s.pageOf}
        </span>
        <button type="button" disabled={none || page >= pages} onClick={() => props.onPage(page + 1)} title={s.next}>
          <span aria-hidden="true">›</span>
          <span class="visually-hidden">{s.next}</span>
        </button>
      </div>
      <div class="reader-toolbar__group">
        <button type="button" disabled={none} onClick={() => props.onZoom('out')} title={s.zoomOut}>
          <span aria-hidden="true">−</span>
          <span class="visually-hidden">{s.zoomOut}</span>
        </button>
        <output class="reader-toolbar__zoom" aria-label={s.zoom} data-testid="zoom">
          {none ? '' : `${props.zoomPercent} %`}
        </output>
        <button type="button" disabled={none} onClick={() => props.onZoom('in')} title={s.zoomIn}>
          <span aria-hidden="true">+</span>
          <span class="visually-hidden">{s.zoomIn}</span>
        </button>
        <button type="button" disabled={none} onClick={props.onFitWidth}>
          {s.fitWidth}
        </button>
        <button type="button" disabled={none} onClick={props.onFind} aria-keyshortcuts="Control+F">
          {s.find}
        </button>
      </div>
      <div class="reader-toolbar__group reader-toolbar__group--end">
        <span class="reader-toolbar__status" role="status">
          {props.status}
        </span>
        {props.hasUrl && (
          <>
            <button type="button" onClick={props.onCopyLink}>
              {s.copyLink}
            </button>
            <button type="button" onClick={props.onOpenOriginal}>
              {s.openOriginal}
            </button>
          </>
        )}
        <button type="button" onClick={() => fileInput.current?.click()}>
          {s.openFile}
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
