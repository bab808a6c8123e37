// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findInRun } from '../../../lib/page/read/find-in-run';
import { textRuns } from '../../../lib/page/read/text-runs';
import { pdfTextRuns } from '../../../lib/pdf/text-layer-runs';
import { PAGE_ENGINE } from '../../factories/page-engine';

/** A pdf.js-shaped text layer: one span per item, `<br>` after items that end a line (`|` in `lines`). */
const textLayer = (...lines: string[][]) =>
  `<div class="textLayer">${lines
    .map((items) => items.map((s) => `<span role="presentation">${s}</span>`).join(''))
    .join('<br role="presentation">')}</div>`;

/** Every citation found by a reader, as its key and the page text its range covers. */
const found = (html: string, read: typeof textRuns = pdfTextRuns) => {
  document.body.innerHTML = html;
  return [...read(document.body, null)].flatMap((run) =>
    findInRun(run, undefined, document, PAGE_ENGINE).map((occ) => ({
      key: occ.citation.key,
      text: occ.range.toString(),
    })),
  );
};

describe('pdfTextRuns', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  // Each case: the page's text layer, and the page text the mark covers (what a reader sees underlined).
  it.each([
    [
      'a symbol broken after a slash',
      textLayer(['voir le document CTOC/COP/WG.4/'], ['2011/8 sur ce point.']),
      'CTOC/COP/WG.4/2011/8',
    ],
    [
      'a symbol split into several items',
      textLayer(['voir ', 'CTOC/COP/', 'WG.4/2011/8', ' et la suite.']),
      'CTOC/COP/WG.4/2011/8',
    ],
    [
      'a hyphenated citation (the mark covers the hyphen on the page)',
      textLayer(['conformément à sa réso-'], ['lution 5/2, la Conférence']),
      'réso-lution 5/2',
    ],
    [
      'a ligature',
      textLayer(["l'article 6 du Protocole contre le tra\uFB01c illicite de migrants."]),
      'article 6 du Protocole contre le tra\uFB01c illicite de migrants',
    ],
    [
      'a decomposed accent',
      textLayer(['la de\u0301cision 4/4 de la Conférence.']),
      'de\u0301cision 4/4 de la Conférence',
    ],
    [
      'a citation across a line end',
      textLayer(["sa résolution 64/293 de l'Assemblée"], ['générale, adoptée']),
      "résolution 64/293 de l'Assemblée" + 'générale',
    ],
  ])('%s', (_name, html, marked) => {
    expect(found(html).map((h) => h.text)).toContain(marked);
  });

  it('finds citations across a text layer’s line ends, as the HTML reader now does too', () => {
    const html = textLayer(['voir CTOC/COP/WG.4/'], ['2011/8 et la réso-'], ['lution 5/2.']);
    const keysHtml = found(html, textRuns).map((h) => h.text);
    const keysPdf = found(html).map((h) => h.text);
    // The text layer's joins mend the symbol broken after a slash and the hyphenated word.
    expect(keysPdf.some((t) => t.includes('CTOC/COP/WG.4/2011/8'))).toBe(true);
    expect(keysPdf.some((t) => t.includes('lution 5/2'))).toBe(true);
    // Since session 21 the engine reads both by itself (a symbol cut after a slash, and a word cut at a line end:
    // `lib/citations/reading-text.ts`), so the HTML reader, which keeps the line ends as `\n`, finds them as well.
    expect(keysHtml.some((t) => t.includes('CTOC/COP/WG.4/2011/8'))).toBe(true);
    expect(keysHtml.some((t) => t.includes('lution 5/2'))).toBe(true);
  });

  it('leaves runs outside text layers as the page layer reads them', () => {
    document.body.innerHTML = '<p>décision<br>4/4 tra\uFB01c</p>';
    const [run] = [...pdfTextRuns(document.body, null)];
    expect(run!.segments.map((s) => s.text).join('')).toBe('décision\n4/4 tra\uFB01c');
  });

  it('reads several line ends in a row as one join, and counts the run length', () => {
    document.body.innerHTML = '<div class="textLayer"><span>décision</span><br><br><span>4/4</span><br></div>';
    const [run] = [...pdfTextRuns(document.body, null)];
    const text = run!.segments.map((s) => s.text).join('');
    expect(text).toBe('décision 4/4');
    expect(run!.length).toBe(text.length);
  });
});
