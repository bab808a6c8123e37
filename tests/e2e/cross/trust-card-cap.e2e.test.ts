/**
 * A page with more citations than the background serves cards for (audit L4, `lib/background/request-caps.ts`: 5000
 * different keys per page), written once and run in every selected browser. The content script asks for the cards near the viewport first and one
 * request at a time, within the cap: the citations in view get their cards, one beyond the cap says in words why it
 * has none (not the coded error), and the page keeps working.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CARD_KEYS_PER_PAGE } from '../../../lib/cards/card-data';
import type { Route } from '../../../tooling/browsers/fixtures';
import { selectedBrowsers, type TestPage } from './driver';
import { card, closeCard, eventually, markOf, useCrossBrowser } from './helpers';

/** One different General Assembly symbol per paragraph, 600 more than the cap. */
const CITATIONS = MAX_CARD_KEYS_PER_PAGE + 600;
const symbolOf = (i: number) => `A/RES/${50 + Math.floor(i / 400)}/${(i % 400) + 1}`;
const LIMITED = 'This page has more citations than Renvoi loads cards for at once';

/** Points at a citation and waits for its card (the card is what this test is about, not the active mark). */
async function pointAt(page: TestPage, key: string): Promise<void> {
  const mark = await markOf(page, key);
  await page.mouseMove(mark.x, mark.y);
  await eventually(async () => (await card(page))?.label ?? null).toBe(`Renvoi card: ${key}`);
}

const paragraphs = Array.from({ length: CITATIONS }, (_, i) => `<p>Voir la résolution ${symbolOf(i)}.</p>`);
const ROUTES = new Map<string, Route>([
  [
    '/trust/many-citations.html',
    () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<!doctype html><html lang="fr"><title>Beaucoup de citations</title>${paragraphs.join('')}</html>`,
    }),
  ],
]);

describe.each(selectedBrowsers())('%s: a page with more citations than the card cap', (name) => {
  const cross = useCrossBrowser(name, { routes: ROUTES });

  it('shows the cards in view, and says why a card beyond the cap is missing', { timeout: 240_000 }, async () => {
    const page = await cross.open('/trust/many-citations.html');
    // In view when the page was read: its card comes with its data.
    await pointAt(page, symbolOf(0));
    await eventually(async () => (await card(page))?.text ?? '').toContain('General Assembly');
    expect((await card(page))!.text).not.toContain(LIMITED);
    await closeCard(page);
    // The last paragraphs are beyond the first 5000 different citations: never asked for on the page's own. Pointing
    // at one asks for its card, once: while the page's cards are still coming, the reader's card goes first and
    // comes (it takes a place under the cap); once the cap is used up, the background refuses and the card says so
    // in words. Point at them from the last one up until one says so.
    let limited: string | null = null;
    for (let i = CITATIONS - 1; i >= MAX_CARD_KEYS_PER_PAGE && limited === null; i--) {
      // Beyond 1000 citations only the marks near the viewport are registered: scroll there first.
      await page.evaluate((i) => document.querySelectorAll('p')[i]!.scrollIntoView({ block: 'center' }), i);
      await pointAt(page, symbolOf(i));
      await eventually(async () => /General Assembly|This page has more/.test((await card(page))?.text ?? '')).toBe(
        true,
      );
      const text = (await card(page))!.text;
      if (text.includes(LIMITED)) limited = text;
      await closeCard(page);
    }
    expect(limited).toContain(LIMITED);
    expect(limited).not.toContain('renvoi-limit');
    // The page still answers, and the cards already served still open.
    await page.evaluate(() => window.scrollTo(0, 0), null);
    await pointAt(page, symbolOf(1));
    await eventually(async () => (await card(page))?.text ?? '').toContain('General Assembly');
  });
});
