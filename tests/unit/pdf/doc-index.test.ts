import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createSlicer } from '../../../lib/page/scan/slicer';
import { buildDocIndex, indexGroups, isImageOnly, locate } from '../../../lib/pdf/doc-index';
import { textPdf } from '../../factories/pdf';

/** Opens PDF bytes with pdf.js's Node build (the legacy build runs on Node 20), no worker thread, no eval. */
const open = (bytes: Buffer) =>
  getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useWasm: false, verbosity: 0 }).promise;

const slicer = () => createSlicer(new AbortController().signal);

describe('buildDocIndex (pdf.js in Node)', () => {
  it('finds the citations of every page, with their page and rank, through the PDF line joins', async () => {
    const doc = await open(
      textPdf([
        ['Voir la d\u00e9cision 4/4 et le rapport CTOC/COP/WG.4/', '2011/8 du Groupe de travail.'],
        ['Rien ici.'],
        ['Conform\u00e9ment \u00e0 sa r\u00e9so-', 'lution 5/2 et \u00e0 la d\u00e9cision 4/4.'],
      ]),
    );
    const index = await buildDocIndex(doc, undefined, slicer());
    expect(index.citations.map((c) => [c.citation.key, c.page, c.ordinal])).toEqual([
      ['COP decision 4/4', 1, 0],
      ['CTOC/COP/WG.4/2011/8', 1, 0],
      ['COP resolution 5/2', 3, 0],
      ['COP decision 4/4', 3, 0],
    ]);
    expect(indexGroups(index).map((g) => [g.key, g.count])).toEqual([
      ['COP decision 4/4', 2],
      ['CTOC/COP/WG.4/2011/8', 1],
      ['COP resolution 5/2', 1],
    ]);
    expect(locate(index, 'COP decision 4/4', 1)).toMatchObject({ page: 3, ordinal: 0 });
    expect(locate(index, 'COP decision 4/4', 2)).toBeUndefined();
    expect(isImageOnly(index)).toBe(false);
    await doc.destroy();
  });

  it('tells a PDF without any text (a scan)', async () => {
    const doc = await open(textPdf([[], []]));
    const index = await buildDocIndex(doc, undefined, slicer());
    expect(index.citations).toEqual([]);
    expect(index.textLengths).toEqual([0, 0]);
    expect(isImageOnly(index)).toBe(true);
    await doc.destroy();
  });

  it('stops when aborted', async () => {
    const doc = await open(textPdf([['d\u00e9cision 4/4'], ['d\u00e9cision 4/4']]));
    const controller = new AbortController();
    controller.abort();
    // A slicer whose every slice is used up: the first yield sees the abort.
    const build = buildDocIndex(doc, undefined, createSlicer(controller.signal, 0));
    await expect(build).rejects.toThrow();
    await doc.destroy();
  });
});
