import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../../tooling/browsers/fixtures';
import { eventually } from './hover-cards-helpers';
import { passwordProtectedPdf, printFixture } from './pdf-files';
import { openReader, watchProblems } from './pdf-helpers';
import { startPdfServer, type PdfServer } from './pdf-helpers';

/**
 * Every way a PDF can fail to show, each with its message in the reader's language and the way back to the
 * original (English and French interfaces).
 */
describe('PDF reader errors', () => {
  let session: ExtensionSession;
  let server: PdfServer;

  beforeAll(async () => {
    session = await launchExtension();
    server = await startPdfServer();
    server.set('/html.pdf', {
      headers: { 'content-type': 'application/pdf' },
      body: '<!doctype html><title>Login</title><p>Please sign in.</p>',
    });
    server.set('/protected.pdf', { body: passwordProtectedPdf() });
    server.set('/scan.pdf', { body: await printFixture(session.context, 'image-only') });
    // Says it is 200 MB: refused before a byte more is read.
    server.set('/huge.pdf', { headers: { 'content-length': String(200 * 1024 * 1024) }, body: '%PDF-1.4\n' });
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each([
    ['/missing.pdf', 'This PDF could not be downloaded (the server answered 404).'],
    ['/html.pdf', 'This address does not lead to a PDF (the server sent a web page or another kind of file).'],
    ['/protected.pdf', 'This PDF is protected by a password, which Renvoi’s reader cannot open.'],
    ['/huge.pdf', 'This PDF is larger than 100 MB, too large for Renvoi’s reader.'],
  ])('%s: says why, and offers the original', async (path, message) => {
    const { page, problems } = await openReader(session, server.url(path));
    const alert = page.getByRole('alert');
    await eventually(() => alert.textContent()).toContain(message.replace(/’/g, "'"));
    await alert.getByRole('button', { name: "Open in the browser's viewer" }).waitFor();
    expect(problems.violations).toEqual([]);
    await page.close();
  });

  it('says when the network fails', async () => {
    // A port nothing listens on: the download fails before any answer.
    const { page } = await openReader(session, 'http://127.0.0.1:9/nowhere.pdf');
    await eventually(() => page.getByRole('alert').textContent()).toContain('The PDF could not be downloaded.');
    await page.close();
  });

  it('refuses an address that is not a web address', async () => {
    const page = await session.context.newPage();
    await page.goto(
      `chrome-extension://${session.extensionId}/pdf.html?file=${encodeURIComponent('javascript:alert(1)')}`,
    );
    await eventually(() => page.getByRole('alert').textContent()).toContain('This is not the address of a PDF');
    await page.close();
  });

  it('says when a file:// address cannot be read (moved or deleted)', async () => {
    const { page } = await openReader(session, 'file:///tmp/renvoi-no-such-dir/rapport.pdf');
    await eventually(() => page.getByRole('alert').textContent()).toContain(
      'This file could not be read. It may have been moved, renamed or deleted.',
    );
    await page.close();
  });

  it('says when a PDF has no text (a scan), and still shows it', async () => {
    const { page, problems } = await openReader(session, server.url('/scan.pdf'));
    await eventually(() => page.getByTestId('notice-info').textContent()).toContain('This PDF has no text');
    expect(await page.locator('.page canvas').count()).toBeGreaterThan(0);
    expect(problems).toEqual({ errors: [], violations: [] });
    await page.close();
  });

  it('refuses a local file that is not a PDF, even one chosen before pdf.js has loaded', async () => {
    // The file goes in as soon as the input exists, without waiting for the page's load: most of the time before
    // pdf.js has loaded (a file chosen then used to be dropped silently, which made this test time out under load).
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/pdf.html`, { waitUntil: 'commit' });
    await page.getByTestId('open-file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('décision 4/4'),
    });
    await eventually(() => page.getByRole('alert').textContent()).toBe('This file is not a PDF.');
    await page.close();
  });
});

describe('PDF reader errors, in French', () => {
  let session: ExtensionSession;
  let server: PdfServer;

  beforeAll(async () => {
    session = await launchExtension({ lang: 'fr' });
    server = await startPdfServer();
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('speaks the reader’s language', async () => {
    const page = await session.context.newPage();
    const problems = await watchProblems(page);
    await page.goto(
      `chrome-extension://${session.extensionId}/pdf.html?file=${encodeURIComponent(server.url('/absent.pdf'))}`,
    );
    const alert = page.getByRole('alert');
    await eventually(() => alert.textContent()).toContain(
      "Ce PDF n'a pas pu être téléchargé (le serveur a répondu 404).",
    );
    await alert.getByRole('button', { name: 'Ouvrir dans le lecteur du navigateur' }).waitFor();
    expect(problems.violations).toEqual([]);
    await page.close();
  });
});
