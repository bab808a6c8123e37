/**
 * Citations typeset as French and Spanish web pages typeset them, in Chromium and Firefox: no-break spaces
 * (`article&nbsp;6`), a run of them (`décision&nbsp;&nbsp;4/4`), a narrow no-break space (`résolution&#8239;5/2`), a
 * soft hyphen (`réso&shy;lution`) and a zero-width space after a symbol's slash (`A/&#8203;RES/64/293`), beside a
 * control citation with plain spaces (`tests/fixtures/pages/typography.html`). The engine reads them as a reader
 * does (`lib/citations/reading-text.ts`); here the marks must cover exactly the citation's characters in the DOM,
 * invisible ones included, each must open its own card, and the page's text must stay as the page wrote it.
 */
import { describe, expect, it } from 'vitest';

import { selectedBrowsers, type TestPage } from './driver';
import {
  card,
  closeCard,
  eventually,
  openCard,
  sendToTab,
  tabIdOf,
  useCrossBrowser,
  type CrossBrowser,
} from './helpers';

const PAGE = '/typography.html';

/** Each citation of the page in document order: the characters its mark covers, exactly, and the card it opens. */
const CITATIONS: { mark: string; label: string; says: string }[] = [
  {
    mark: 'article\u00a06 du Protocole relatif à la traite des personnes',
    label: 'Renvoi card: TIP Protocol art. 6',
    says: 'Article 6 — Assistance to and protection of victims of trafficking in persons',
  },
  {
    mark: 'réso\u00adlution\u00a064/293 de l’Assemblée générale',
    label: 'Renvoi card: A/RES/64/293',
    says: 'General Assembly resolution 64/293 (A/RES/64/293)',
  },
  {
    mark: 'A/\u200bRES/64/293',
    label: 'Renvoi card: A/RES/64/293',
    says: 'General Assembly resolution 64/293 (A/RES/64/293)',
  },
  { mark: 'décision\u00a0\u00a04/4', label: 'Renvoi card: COP decision 4/4', says: 'Decision 4/4' },
  {
    mark: 'CTOC/COP/\u200bWG.4/2011/8',
    label: 'Renvoi card: CTOC/COP/WG.4/2011/8',
    says: '4th meeting of the Working Group on Trafficking in Persons',
  },
  {
    mark: 'résolution\u202f5/2',
    label: 'Renvoi card: COP resolution 5/2',
    says: '5th session of the Conference of the Parties, 2010',
  },
  {
    mark: 'párrafo\u00a05 del artículo\u00a09 del Protocolo contra la trata de personas',
    label: 'Renvoi card: TIP Protocol art. 9(5)',
    says: 'Article 9(5) — Prevention of trafficking in persons',
  },
  // The control: plain spaces.
  { mark: 'décision 3/3', label: 'Renvoi card: COP decision 3/3', says: 'Decision 3/3 — Application du Protocole' },
];

/** A mark's text as the suite's helpers name it (`markOf`, `card().active`): white space collapsed, trimmed. */
const named = (mark: string) => mark.replace(/\s+/g, ' ').trim();

/** The page's marks in document order, each the exact characters of the DOM its range covers. */
function exactMarks(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('renvoi-citation') as unknown as Set<Range> | undefined;
    return [...(highlight ?? [])]
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => range.toString());
  }, null);
}

/** Opens the page and waits until its citations are marked, each over exactly its characters. */
async function openMarked(cross: CrossBrowser): Promise<TestPage> {
  const page = await cross.open(PAGE);
  // All of them, compared whole: a failure shows which citation went unmarked or was marked over other characters.
  await eventually(() => exactMarks(page)).toEqual(CITATIONS.map((c) => c.mark));
  return page;
}

describe.each(selectedBrowsers())('%s: citations in a page’s typography', (name) => {
  const cross = useCrossBrowser(name);

  it('marks each citation over exactly its characters, no-break, narrow, soft-hyphen and zero-width ones included', async () => {
    const page = await openMarked(cross);
    // The DOM holds the characters the entities stand for (what the marks are compared with is really there).
    const text = await page.evaluate(() => document.querySelector('main')!.textContent!, null);
    for (const { mark } of CITATIONS) expect(text).toContain(mark);
    expect(await exactMarks(page)).toEqual(CITATIONS.map((c) => c.mark));
    // Each range starts and ends inside one text node of its paragraph: nothing before or after the citation.
    const ends = await page.evaluate(() => {
      const highlight = CSS.highlights.get('renvoi-citation') as unknown as Set<Range>;
      return [...highlight]
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((range) => ({
          paragraph: range.startContainer.parentElement!.id,
          sameNode: range.startContainer === range.endContainer,
          before: range.startContainer.textContent!.slice(range.startOffset - 1, range.startOffset),
          after: range.endContainer.textContent!.slice(range.endOffset, range.endOffset + 1),
        }));
    }, null);
    expect(ends).toEqual([
      { paragraph: 'treaty', sameNode: true, before: '’', after: ',' },
      { paragraph: 'resolution', sameNode: true, before: ' ', after: ' ' },
      { paragraph: 'resolution', sameNode: true, before: '(', after: ')' },
      { paragraph: 'decision', sameNode: true, before: ' ', after: ',' },
      { paragraph: 'report', sameNode: true, before: '(', after: ')' },
      { paragraph: 'narrow', sameNode: true, before: ' ', after: ',' },
      { paragraph: 'spanish', sameNode: true, before: ' ', after: ',' },
      { paragraph: 'control', sameNode: true, before: ' ', after: ',' },
    ]);
  });

  it('tells the popup the same citations, by key', async () => {
    const page = await openMarked(cross);
    const tabId = await tabIdOf(cross.driver, page.url());
    const answer = await sendToTab<{ ok: boolean; value: { groups: { key: string; count: number }[] } }>(
      cross.driver,
      tabId,
      { type: 'page/citations' },
    );
    expect(answer.ok).toBe(true);
    expect(
      answer.value.groups.map(({ key, count }) => ({ key, count })).sort((a, b) => (a.key < b.key ? -1 : 1)),
    ).toEqual([
      { key: 'A/RES/64/293', count: 2 },
      { key: 'COP decision 3/3', count: 1 },
      { key: 'COP decision 4/4', count: 1 },
      { key: 'COP resolution 5/2', count: 1 },
      { key: 'CTOC/COP/WG.4/2011/8', count: 1 },
      { key: 'TIP Protocol art. 6', count: 1 },
      { key: 'TIP Protocol art. 9(5)', count: 1 },
    ]);
  });

  it.each(CITATIONS)('opens the card of $mark under the pointer: $label', async ({ mark, label, says }) => {
    const page = await openMarked(cross);
    const state = await openCard(page, named(mark));
    expect(state.label).toBe(label);
    // The card's own highlight covers the same characters as the mark.
    expect(
      await page.evaluate(
        () => [...(CSS.highlights.get('renvoi-citation-active') as unknown as Set<Range>)].map((r) => r.toString()),
        null,
      ),
    ).toEqual([mark]);
    await eventually(async () => (await card(page))?.text).toContain(says);
    await closeCard(page);
  });

  it('leaves the page’s DOM and text as the page wrote them, invisible characters and all', async () => {
    const page = await openMarked(cross);
    await openCard(page, named(CITATIONS[1]!.mark));
    await closeCard(page);
    await openCard(page, named(CITATIONS[3]!.mark));
    await page.press('Escape');
    await eventually(() => card(page)).toBeNull();
    const seen = await page.evaluate(() => {
      const w = window as unknown as { pageAtLoad: { html: string; text: string }; pageMutations: string[] };
      const main = document.querySelector('main')!;
      return {
        sameHtml: main.innerHTML === w.pageAtLoad.html,
        sameText: main.textContent === w.pageAtLoad.text,
        mutations: w.pageMutations,
        hostOutsideMain: document.querySelector('main [data-renvoi-ui]') === null,
        hosts: document.querySelectorAll('[data-renvoi-ui]').length,
      };
    }, null);
    expect(seen).toEqual({ sameHtml: true, sameText: true, mutations: [], hostOutsideMain: true, hosts: 1 });
    // The page's text still holds every character the page wrote, as the page's scripts read it.
    const text = await page.evaluate(() => document.querySelector('main')!.textContent!, null);
    for (const invisible of ['\u00a0', '\u00a0\u00a0', '\u202f', '\u00ad', '\u200b']) expect(text).toContain(invisible);
  });
});
