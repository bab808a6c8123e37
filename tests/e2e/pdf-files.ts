/**
 * PDFs for the reader's browser tests, made at test time: Chromium prints the HTML fixtures of
 * `tests/fixtures/pdf/` (`page.pdf()`); a password-protected PDF is written byte by byte (Chromium cannot encrypt,
 * see `tests/factories/pdf.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { PROJECT_ROOT } from '../../tooling/browsers/launch';

export const PDF_FIXTURES_DIR = join(PROJECT_ROOT, 'tests/fixtures/pdf');

/** Page header and footer of UN documents: the job number, its bar-code text, the symbol. */
const UN_HEADER = `<div style="font-size:9px;width:100%;padding:0 1cm;display:flex;justify-content:space-between">
  <span>CTOC/COP/WG.4/2011/8</span><span>V.11-80123 (F)</span></div>`;
const UN_FOOTER = `<div style="font-size:9px;width:100%;padding:0 1cm;display:flex;justify-content:space-between">
  <span>V.11-80123 (F)&nbsp;&nbsp;&nbsp;*1180123*</span><span class="pageNumber"></span></div>`;

/** Prints `tests/fixtures/pdf/<name>.html` to a PDF with the browser of `context`. */
export async function printFixture(
  context: BrowserContext,
  name: string,
  options: { unHeaders?: boolean } = {},
): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent(readFileSync(join(PDF_FIXTURES_DIR, `${name}.html`), 'utf8'));
    return await page.pdf({
      format: 'A4',
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
      displayHeaderFooter: options.unHeaders === true,
      headerTemplate: options.unHeaders ? UN_HEADER : '<span></span>',
      footerTemplate: options.unHeaders ? UN_FOOTER : '<span></span>',
    });
  } finally {
    await page.close();
  }
}

export { passwordProtectedPdf } from '../factories/pdf';
