import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../../tooling/browsers/fixtures';
import { cardOf, closeCard, eventually, markTexts, openCard } from './hover-cards-helpers';
import { printFixture } from './pdf-files';
import {
  markCount,
  openReader,
  readerTabId,
  savedRows,
  waitForMarks,
  waitForTextLayer,
  watchProblems,
} from './pdf-helpers';
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
  {
    name: 'broken-symbol',
    marks: ['CTOC/COP/WG.4/2011/8', 'CTOC/COP/WG.4/2010/6', "résolution 64/293 de l'Assemblée générale"],
  },
  { name: 'hyphenated', marks: ['réso-lution 5/2'] },
  {
    name: 'ligature',
    marks: ['article 6 du Protocole contre le tra\uFB01c illicite de migrants', 'de\u0301cision 3/3 de la Conférence'],
  },
  { name: 'linked', marks: ['CTOC/COP/WG.4/2011/8', 'General Assembly resolution 55/25'] },
  // The symbol in the page header is a citation; the job number and its bar-code text are not.
  { name: 'job-numbers', unHeaders: true, marks: ['CTOC/COP/WG.4/2011/8', 'décision 2/3'] },
];

/**
 * Mark texts without white space: a range's text has no space where a line ends (the `<br>` between pdf.js's spans
 * is not text), so "résolution⏎5/2" reads "résolution5/2".
 */
const normalise = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, '').normalize('NFC')).sort();

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
    /** The middle of the linked citation, and what is on top there. */
    const linkedPoint = () =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('renvoi-citation') as unknown as Set<Range>)].find((r) =>
          r.toString().startsWith('CTOC/COP/WG.4/2011/8'),
        );
        // Between two renders of a zoom the mark's text may have no box yet: nothing on top there.
        const rect = range?.getClientRects()[0];
        if (!rect) return { x: 0, y: 0, top: undefined };
        const x = (rect.left + rect.right) / 2;
        const y = (rect.top + rect.bottom) / 2;
        return { x, y, top: document.elementsFromPoint(x, y)[0]?.localName };
      });
    /**
     * Points at the middle of the linked citation once pdf.js's link (an <a> over the text layer) is on top there and
     * the page has settled: after a zoom the marks can be back before pdf.js has drawn the page's links again, and two
     * zoom steps render twice, so a link on top may move once more (seen under load). Two readings 100 ms apart must
     * agree, and the point pointed at is the second.
     */
    const hoverUnderLink = async () => {
      let point = await linkedPoint();
      await eventually(async () => {
        const first = await linkedPoint();
        await page.waitForTimeout(100);
        point = await linkedPoint();
        return first.top === 'a' && point.top === 'a' && first.x === point.x && first.y === point.y;
      }).toBe(true);
      expect(point.top).toBe('a');
      await page.mouse.move(point.x, point.y);
      await cardOf(page).waitFor({ state: 'visible' });
      await expect.poll(() => cardOf(page).textContent()).toContain('Working Group report');
    };
    await hoverUnderLink();
    await closeCard(page);
    const zoom = await page.getByTestId('zoom').textContent();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await eventually(() => page.getByTestId('zoom').textContent()).not.toBe(zoom);
    await eventually(() => markCount(page)).toBe(2);
    await hoverUnderLink();
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

  it('saves with the PDF address and its page, never the reader address', async () => {
    const { page } = await openReader(session, server.url('/two-column.pdf'));
    await waitForMarks(page, 6);
    const card = await openCard(page, 'décision 1/5');
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => card.getByRole('status').textContent()).toBe('Saved to your list.');
    const saved = (await savedRows(session)) as { key: string; sightings: { url: string; title: string }[] }[];
    const row = saved.find((r) => r.key === 'COP decision 1/5');
    expect(row?.sightings).toEqual([
      expect.objectContaining({
        url: server.url('/two-column.pdf#page=1'),
        title: 'Rapport sur la réunion du Groupe de travail sur la traite des personnes',
      }),
    ]);
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
    const { page, problems } = await openReader(session, server.url('/hyphenated.pdf'));
    await waitForMarks(page, 1);
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
    expect(server.requests.slice(before)).toEqual([{ method: 'GET', path: '/hyphenated.pdf' }]);
    expect(other).toEqual([]);
    expect(problems).toEqual({ errors: [], violations: [] });
    await page.close();
  });

  it('opens a PDF dropped on the reader, and marks it', async () => {
    const page = await session.context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`chrome-extension://${session.extensionId}/pdf.html`);
    const pdf = await printFixture(session.context, 'linked');
    // A drop as the browser delivers it: a DataTransfer holding the file, on the reader's main area.
    const dataTransfer = await page.evaluateHandle(
      (bytes) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'rapport.pdf', { type: 'application/pdf' }));
        return transfer;
      },
      [...pdf],
    );
    await page.locator('main').dispatchEvent('drop', { dataTransfer });
    await eventually(() => page.title()).toBe('Citation under a link');
    await waitForMarks(page, 2);
    expect(problems).toEqual({ errors: [], violations: [] });
    await page.close();
  });

  it('goes back to the browser viewer on the PDF itself, and copies the PDF link with its page', async () => {
    const { page } = await openReader(session, server.url('/pages.pdf'));
    await waitForTextLayer(page);
    // What the reader writes to the clipboard (headless Chromium grants extension pages no clipboard reading).
    await page.evaluate(() => {
      const copied: string[] = ((window as unknown as { copied: string[] }).copied = []);
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    });
    await page.getByTestId('page-number').fill('3');
    await page.getByTestId('page-number').press('Enter');
    await page.getByRole('button', { name: 'Copy PDF link' }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      server.url('/pages.pdf#page=3'),
    ]);
    await page.getByRole('button', { name: "Open in the browser's viewer" }).click();
    await eventually(() => page.url()).toBe(server.url('/pages.pdf'));
    await page.close();
  });

  it('has no accessibility violations (axe), light and dark, with the find bar open', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openReader(session, server.url('/two-column.pdf'));
      await page.emulateMedia({ colorScheme });
      await waitForMarks(page, 6);
      await page.keyboard.press('Control+f');
      await page.getByTestId('find-field').fill('décision');
      // Evaluated through the DevTools protocol, so the extension page's script policy does not apply.
      await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string }[] }> } }
        ).axe;
        return (await axe.run(document)).violations.map((v) => v.id);
      });
      expect(violations, colorScheme).toEqual([]);
      await page.close();
    }
  });
});
