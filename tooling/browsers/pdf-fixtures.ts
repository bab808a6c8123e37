import type { BrowserContext } from 'playwright-core';
import type { Route } from './fixture-server';

/**
 * Fixture PDFs made at test time (never committed): Chromium prints an HTML fixture with `page.pdf()` in a
 * throwaway tab of the test's own (headless) browser. The text is real PDF text, laid out by Chromium.
 */
export async function makePdf(context: BrowserContext, html: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: false });
  } finally {
    await page.close();
  }
}

/** A small HTML document in the shape of a UN report paragraph, with citations Renvoi marks. */
export function reportHtml(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="font: 12pt serif; margin: 2cm"><h1>${title}</h1>${body}</body></html>`;
}

/** How a test serves a PDF: content type, download or not, and which methods it answers. */
export interface PdfRouteOptions {
  contentType?: string;
  /** `attachment; filename="…"`: the site asks for a download. */
  disposition?: string;
}

/** A route answering any method with the PDF and the chosen headers. */
export function pdfRoute(pdf: Uint8Array, options: PdfRouteOptions = {}): Route {
  return () => ({
    headers: {
      'content-type': options.contentType ?? 'application/pdf',
      'content-length': String(pdf.byteLength),
      ...(options.disposition ? { 'content-disposition': options.disposition } : {}),
    },
    body: pdf,
  });
}

/** A route that redirects (302) to `location`. */
export function redirectRoute(location: string): Route {
  return () => ({ status: 302, headers: { location, 'content-type': 'text/html' }, body: '' });
}

/**
 * A one-page PDF with one line of text, written byte by byte (objects, then a cross-reference table with their
 * offsets), for tests that run where Chromium's `page.pdf()` is not at hand (the Firefox suite). Only ASCII text.
 */
export function minimalPdf(text: string): Uint8Array {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 18 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
