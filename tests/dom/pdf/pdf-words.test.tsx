// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindBar } from '../../../components/pdf/FindBar';
import { ReaderToolbar, type ReaderToolbarProps } from '../../../components/pdf/ReaderToolbar';
import { PdfOffer } from '../../../components/pdf-route/PdfOffer';
import { useLocale } from '../../factories/i18n';

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent;

const toolbar = (pages: number): ReaderToolbarProps => ({
  page: pages ? 1 : 0,
  pages,
  zoomPercent: 100,
  hasUrl: true,
  status: '',
  onPage: vi.fn(),
  onZoom: vi.fn(),
  onFitWidth: vi.fn(),
  onFind: vi.fn(),
  onOpenOriginal: vi.fn(),
  onCopyLink: vi.fn(),
  onFile: vi.fn(),
});

/** The PDF reader's and the PDF offer's words come from the locale files, in the interface language. */
describe.each([
  ['en', { none: 'No match', count: '3 of 12', of: 'of 310', toolbar: 'Find…', offer: 'Open in Renvoi' }],
  [
    'fr',
    { none: 'Aucun résultat', count: '3 sur 12', of: 'sur 310', toolbar: 'Rechercher…', offer: 'Ouvrir dans Renvoi' },
  ],
] as const)('PDF words in the %s interface', (lang, words) => {
  afterEach(() => {
    render(null, document.body);
    vi.restoreAllMocks();
  });

  it.each([
    ['before a search', null, ''],
    ['no match', { current: 0, total: 0 }, words.none],
    ['the third of twelve', { current: 3, total: 12 }, words.count],
  ])('the find bar words its count: %s', async (_, match, expected) => {
    await useLocale(lang);
    render(<FindBar match={match} onFind={vi.fn()} onClose={vi.fn()} />, document.body);
    expect(byTestId('find-result')).toBe(expected);
  });

  it('the toolbar says "of N" once a document is open, nothing before', async () => {
    await useLocale(lang);
    render(<ReaderToolbar {...toolbar(0)} />, document.body);
    expect(byTestId('page-count')).toBe('');
    render(<ReaderToolbar {...toolbar(310)} />, document.body);
    expect(byTestId('page-count')).toBe(words.of);
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).toContain(words.toolbar);
  });

  it('the popup’s PDF offer names its button', async () => {
    await useLocale(lang);
    render(<PdfOffer frame="top" onOpen={async () => undefined} />, document.body);
    expect(document.querySelector('.pdf-offer__open')?.textContent).toBe(words.offer);
  });
});
