import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/fixtures';
import { cardOf, closeCard, eventually, markTexts, openCard } from './hover-cards-helpers';
import { printFixture } from './pdf-files';
import { markCount, openReader, readerTabId, waitForMarks, waitForTextLayer } from './pdf-helpers';
import { startPdfServer, type PdfServer } from './pdf-helpers';
import { sendToTab } from './hover-cards-helpers';

/**
 * Renvoi's PDF reader in Chromium: PDFs printed at test time from `tests/fixtures/pdf/*.html`, served on 127.0.0.1,
 * opened as `pdf.html?file=<encoded URL>`. Each fixture lists the page texts its marks must cover: the reader's
 * joins (a symbol broken after a slash, a hyphenated word, a ligature, an NFD accent) are what makes them one
 * citation, and nothing in the job-number header and footer is one.
 */
const FIXTURES: { name: string; unHeaders?: boolean; marks: string[] }[] = [
  {
    name: 'two-column',
    marks: [
      'CTOC/COP/WG.4/2011/8',
      'décision 4/4 de la Conférence des Parties',
      'résolution 5/2',
      "résolution 64/293 de l'Assemblée générale",
      'CTOC/COP/2010/17',
      'décision 1/5',
    ],
  },
  { name: 'linked', marks: ['CTOC/COP/WG.4/2011/8', 'General Assembly resolution 55/25'] },
  // The symbol in the page header is a citation; the job number and its bar-code text are not.
  { name: 'job-numbers', unHeaders: true, marks: ['CTOC/COP/WG.4/2011/8', 'décision 2/3'] },
];

/**
 * Mark texts without white space: a range's text has no space where a line ends (the `<br>` between pdf.js's spans
 * is not text), so "résolution⏎5/2" reads "résolution5/2".
 */
const normalise = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, '')).sort();

describe('PDF reader', () => {
  let session: ExtensionSession;
  let server: PdfServer;

  beforeAll(async () => {
    session = await launchExtension();
    server = await startPdfServer();
    for (const fixture of [...FIXTURES, { name: 'pages' }]) {
      server.set(`/${fixture.name}.pdf`, {
        body: await printFixture(session.context, fixture.name, { unHeaders: 'unHeaders' in fixture }),
      });
    }
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(FIXTURES)('marks every citation of $name, and nothing else', async ({ name, marks }) => {
    const { page, problems } = await openReader(session, server.url(`/${name}.pdf`));
    await waitForMarks(page, marks.length);
    expect(normalise(await markTexts(page))).toEqual(normalise(marks));
    expect(problems).toEqual({ errors: [], violations: [] });
    await page.close();
  });

  it('opens the card of a citation under a link, and again after zooming in', async () => {
    const { page, problems } = await openReader(session, server.url('/linked.pdf'));
    await waitForMarks(page, 2);
    // The citation is covered by the PDF's link annotation (an <a> above the text layer).
    expect(await page.locator('.annotationLayer a').count()).toBeGreaterThan(0);
    let card = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    await expect.poll(() => card.textContent()).toContain('Working Group report');
    await closeCard(page);
    const zoom = await page.getByTestId('zoom').textContent();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await eventually(() => page.getByTestId('zoom').textContent()).not.toBe(zoom);
    await eventually(() => markCount(page)).toBe(2);
    card = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    await expect.poll(() => card.textContent()).toContain('Working Group report');
    expect(problems).toEqual({ errors: [], violations: [] });
    await page.close();
  });

  it('shows page n/N, and lists the citations of every page for "On this page", rendered or not', async () => {
    const { page } = await openReader(session, server.url('/pages.pdf'));
    await waitForTextLayer(page);
    await expect.poll(() => page.getByTestId('page-count').textContent()).toBe('of 8');
    expect(await page.getByTestId('page-number').inputValue()).toBe('1');
    const tabId = await readerTabId(session, page);
    type Citations = { ok: true; value: { url: string; title: string; groups: { key: string }[] } };
    let reply: Citations | null = null;
    await eventually(async () => {
      reply = await sendToTab<Citations>(session, tabId, { type: 'page/citations' });
      return reply.value.groups.length;
    }).toBe(8);
    expect(reply!.value.url).toBe(server.url('/pages.pdf#page=1'));
    expect(reply!.value.groups.map((g) => g.key)).toEqual([
      'COP decision 1/5',
      'COP decision 2/3',
      'COP decision 3/3',
      'COP decision 4/4',
      'COP resolution 5/2',
      'COP resolution 6/1',
      'CTOC/COP/2012/1',
      'CTOC/COP/WG.4/2011/8',
    ]);
    // Fewer pages rendered than listed: the list does not come from the text layers alone.
    expect(await page.locator('.textLayer').count()).toBeLessThan(8);
    // Reveal on the last page: scrolled there, marked, card open.
    expect(
      await sendToTab(session, tabId, { type: 'page/reveal', key: 'CTOC/COP/WG.4/2011/8', index: 0 }),
    ).toMatchObject({ ok: true, value: { revealed: true } });
    await expect.poll(() => cardOf(page).textContent(), { timeout: 15_000 }).toContain('Working Group report');
    await eventually(() => page.getByTestId('page-number').inputValue()).toBe('8');
    await page.close();
  });

  it('finds text in the whole document with Ctrl+F', async () => {
    const { page } = await openReader(session, server.url('/pages.pdf'));
    await waitForTextLayer(page);
    await page.locator('#viewerContainer').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-field').fill('Conférence');
    await eventually(() => page.getByTestId('find-result').textContent()).toBe('1 of 6');
    await page.getByTestId('find-field').press('Enter');
    await eventually(() => page.getByTestId('find-result').textContent()).toBe('2 of 6');
    await page.close();
  });

  it('opens a PDF from this computer, and fetches nothing but the PDFs it was asked for', async () => {
    const before = server.requests.length;
    const { page, problems } = await openReader(session, server.url('/two-column.pdf'));
    await waitForMarks(page, 6);
    const other: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension://')) other.push(request.url());
    });
    const pdf = await printFixture(session.context, 'linked');
    await page
      .getByTestId('open-file')
      .setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: pdf });
    await eventually(() => page.title()).toBe('Citation under a link');
    await waitForMarks(page, 2);
    // One request to the server (the PDF), none anywhere else.
    expect(server.requests.slice(before)).toEqual([{ method: 'GET', path: '/two-column.pdf' }]);
    expect(other).toEqual([]);
    expect(problems).toEqual({ errors: [], violations: [] });
    await page.close();
  });
});
