import 'pdfjs-dist/web/pdf_viewer.css';
import { render } from 'preact';
import { i18n } from '#i18n';
import { canonicalReaderUrl, parseReaderUrl } from '../../lib/pdf-route/reader-url';
import { pageFromHash } from '../../lib/pdf/viewer-url';
import { App, type ReaderRequest } from './App';
import { readerBase } from './reader-session';

/**
 * Renvoi's PDF reader (`pdf.html?file=<encoded URL>`, or `pdf.html?DNR:<url>` from an automatic redirect): pdf.js
 * shows the PDF, the page session marks its citations on the text layer. Wiring only; see App.tsx.
 */
function requested(): ReaderRequest {
  const target = parseReaderUrl(location.href);
  if (!target) return location.search.length > 1 ? { kind: 'invalid' } : { kind: 'none' };
  // Reloads and copies see the canonical address (no `DNR:`, no `via=auto`).
  history.replaceState(null, '', canonicalReaderUrl(readerBase(), target));
  return { kind: 'url', url: target.file, page: pageFromHash(target.hash), auto: target.auto };
}

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('pdf.title');
render(<App request={requested()} />, document.getElementById('app')!);
