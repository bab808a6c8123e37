/**
 * Typographic ligatures (Alphabetic Presentation Forms, U+FB00–FB06) and the letters they stand for: a PDF's text
 * layer keeps them, and so does a page made from a PDF (`le traﬁc illicite de migrants`). The one table of both
 * readings: the PDF reader's (`lib/pdf/pdf-text.ts`) and the citation engine's (`lib/citations/reading-text.ts`).
 * Pure: no DOM, no browser API.
 */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st', // long s + t
  '\uFB06': 'st',
};

/** Whether a code unit is one of `LIGATURES`. */
export const isLigature = (code: number): boolean => code >= 0xfb00 && code <= 0xfb06;
