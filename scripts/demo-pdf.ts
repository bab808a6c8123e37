/**
 * The demo's PDF: a sample document printed by Chromium (`page.pdf()`), served next to the demo site so `npm start`
 * shows Renvoi's PDF reader on a real PDF (`/decision-1-5.pdf`, opened as `pdf.html?file=…`).
 */
import type { BrowserContext } from 'playwright-core';
import type { FixtureServer, Route } from '../tooling/browsers/fixtures';

/** The sample document printed to PDF, and the path it is served at. */
export const DEMO_PDF = { source: '/decision-1-5.html', path: '/decision-1-5.pdf' };

/**
 * Prints the sample document with the demo browser and adds it to `routes` (the map the demo server was started
 * with: it reads it at each request). Returns the reader's address for the PDF.
 */
export async function serveDemoPdf(
  context: BrowserContext,
  server: FixtureServer,
  routes: Map<string, Route>,
  extensionId: string,
): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(server.url(DEMO_PDF.source));
    const pdf = await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    routes.set(DEMO_PDF.path, () => ({ headers: { 'content-type': 'application/pdf' }, body: pdf }));
  } finally {
    await page.close();
  }
  return `chrome-extension://${extensionId}/pdf.html?file=${encodeURIComponent(server.url(DEMO_PDF.path))}`;
}
