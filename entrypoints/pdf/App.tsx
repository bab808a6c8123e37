import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { FindBar } from '../../components/pdf/FindBar';
import { ReaderNotice, type NoticeAction } from '../../components/pdf/ReaderNotice';
import { ReaderToolbar } from '../../components/pdf/ReaderToolbar';
import { AutoOpenNotice } from '../../components/pdf-route/AutoOpenNotice';
import { alwaysUseBrowserViewer, openInBrowserViewer, takeAutoOpenNotice } from '../../lib/pdf-route/reader-actions';
import { createReader } from './reader-state';
import { initialState, type Reader, type ReaderError, type ReaderState } from './reader-types';
import { langOf } from '../../lib/references/lang';

const lang = () => langOf(i18n.t('common.langCode'));

/** The error message for a failure, in the reader's language. */
function errorMessage(error: ReaderError, status: number): string {
  switch (error) {
    case 'not-found':
      return i18n.t('pdf.error.notFound', [String(status)]);
    case 'network':
      return i18n.t('pdf.error.network');
    case 'not-pdf':
      return i18n.t('pdf.error.notPdf');
    case 'too-big':
      return i18n.t('pdf.error.tooBig');
    case 'password':
      return i18n.t('pdf.error.password');
    case 'broken':
      return i18n.t('pdf.error.broken');
    case 'invalid-address':
      return i18n.t('pdf.error.invalidAddress');
    case 'not-a-file':
      return i18n.t('pdf.error.notFile');
    case 'file-access':
      return i18n.t('pdf.error.fileAccess');
    case 'file-firefox':
      return i18n.t('pdf.error.fileFirefox');
    case 'file-unreadable':
      return i18n.t('pdf.error.fileUnreadable');
  }
}

/**
 * Leaves the reader for the browser's own viewer of the PDF: the background lets this tab keep the browser's viewer
 * for that address, even on reload (`lib/pdf-route`). Should the background not answer, a plain navigation.
 */
async function openOriginal(url: string): Promise<void> {
  try {
    await openInBrowserViewer(url);
  } catch {
    location.href = url;
  }
}

/** Chrome's page of Renvoi's details, where "Allow access to file URLs" is. */
function openExtensionDetails(): Promise<unknown> {
  return browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` });
}

/** What the reader's address asks for. */
export type ReaderRequest =
  { kind: 'url'; url: string; page: number | null; auto: boolean } | { kind: 'none' } | { kind: 'invalid' };

export function App({ request: target }: { request: ReaderRequest }) {
  const [state, setState] = useState<ReaderState>({
    ...initialState,
    phase: target.kind === 'url' ? 'loading' : target.kind === 'none' ? 'empty' : 'error',
    error: target.kind === 'invalid' ? 'invalid-address' : null,
    url: target.kind === 'url' ? target.url : null,
  });
  const [findOpen, setFindOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [dropping, setDropping] = useState(false);
  /** The one-line notice of the first automatic open (lib/pdf-route decides which open is the first). */
  const [autoNotice, setAutoNotice] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const reader = useRef<Reader | null>(null);
  /** The reader once pdf.js has loaded: a file picked or dropped before then waits for it rather than being lost. */
  const readerReady = useRef<Promise<Reader> | null>(null);

  useEffect(() => {
    let cancelled = false;
    if (target.kind === 'url') void takeAutoOpenNotice(target.auto).then((show) => !cancelled && setAutoNotice(show));
    readerReady.current = createReader(container.current!, lang(), (patch) => {
      if (!cancelled) setState((s) => ({ ...s, ...patch }));
    });
    void readerReady.current.then((created) => {
      reader.current = created;
      if (target.kind === 'url') void created.openUrl(target.url, target.page);
    });
    const onKey = (event: KeyboardEvent) => {
      // Ctrl+F (⌘F) finds in the whole document, not only in the pages the browser has text for.
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setFindOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      cancelled = true;
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const say = (message: string) => {
    setStatus(message);
    setTimeout(() => setStatus(''), 4000);
  };
  const original = state.url;
  const backActions: NoticeAction[] = original
    ? [{ label: i18n.t('pdf.openOriginal'), onClick: () => void openOriginal(original) }]
    : [];
  // Chrome's switch for file addresses is on Renvoi's details page (extensions may open it).
  const errorActions: NoticeAction[] =
    state.error === 'file-access'
      ? [{ label: i18n.t('pdf.fileAccessSettings'), onClick: () => void openExtensionDetails() }, ...backActions]
      : backActions;
  const openFile = (file: File) => void readerReady.current?.then((ready) => ready.openFile(file));

  return (
    <>
      <header class="reader-header">
        <h1 class="visually-hidden">{i18n.t('pdf.title')}</h1>
        <ReaderToolbar
          page={state.page}
          pages={state.phase === 'ready' ? state.pages : 0}
          zoomPercent={state.zoomPercent}
          hasUrl={state.url !== null}
          status={status}
          onPage={(page) => reader.current?.goTo(page)}
          onZoom={(direction) => reader.current?.zoom(direction)}
          onFitWidth={() => reader.current?.fitWidth()}
          onFind={() => setFindOpen(true)}
          onOpenOriginal={() => original && void openOriginal(original)}
          onCopyLink={() => {
            const link = reader.current?.pageUrl() ?? original;
            if (!link) return;
            navigator.clipboard.writeText(link).then(
              () => say(i18n.t('pdf.copied')),
              () => say(i18n.t('pdf.copyFailed')),
            );
          }}
          onFile={openFile}
        />
        {findOpen && (
          <FindBar
            match={state.find}
            onFind={(query, again, previous) => reader.current?.find(query, again, previous)}
            onClose={() => {
              setFindOpen(false);
              reader.current?.closeFind();
            }}
          />
        )}
        {autoNotice && original && (
          <AutoOpenNotice
            onAlways={() => void alwaysUseBrowserViewer(original)}
            onDismiss={() => setAutoNotice(false)}
          />
        )}
        {state.phase === 'ready' && state.imageOnly && (
          <ReaderNotice tone="info" message={i18n.t('pdf.noText')} actions={backActions} />
        )}
        {state.phase === 'ready' && state.inactive && (
          <ReaderNotice tone="info" message={i18n.t('pdf.inactive')} actions={[]} />
        )}
      </header>
      <main
        class={`reader-main${dropping ? ' reader-main--dropping' : ''}`}
        aria-busy={state.phase === 'loading'}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDropping(false);
          const file = e.dataTransfer?.files[0];
          if (file) openFile(file);
        }}
      >
        {state.phase !== 'ready' && (
          // Over the viewer rather than instead of it: pdf.js measures its container when a document opens.
          <div class="reader-overlay">
            {state.phase === 'error' && state.error && (
              <ReaderNotice tone="error" message={errorMessage(state.error, state.status)} actions={errorActions} />
            )}
            {state.phase === 'loading' && <p class="reader-empty">{i18n.t('pdf.loading')}</p>}
            {state.phase === 'empty' && <p class="reader-empty">{i18n.t('pdf.empty')}</p>}
          </div>
        )}
        <div id="viewerContainer" ref={container} tabIndex={0} aria-label={state.title || i18n.t('pdf.title')}>
          <div id="viewer" class="pdfViewer" />
        </div>
      </main>
    </>
  );
}
