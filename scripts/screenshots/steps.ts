/**
 * The demo screenshots, one step each, run in English and in French by `scripts/demo-screenshots.ts`. Each step
 * shows the product at work and checks it before shooting: a page picture needs marks in view, the popup needs
 * results, the saved list its entries. To add a picture (the PDF reader, say), append a step to `SCREENSHOT_STEPS`.
 */
import type { BrowserFixture, Route } from '../../tooling/browsers/fixtures';
import { serveDemoPdf } from '../demo-pdf';
import { openCard, shootWithMarks, waitForMarks, waitUntil } from './page-tools';

export type DemoLang = 'en' | 'fr';

export interface ShotContext {
  browser: BrowserFixture;
  lang: DemoLang;
  /** The demo server's extra routes (read at each request): a step may serve a file of its own, such as a PDF. */
  routes: Map<string, Route>;
}

export interface ScreenshotStep {
  /** File name without extension: `<name>.<lang>.png`. */
  name: string;
  /** Shown at the top of the README (English shot, converted to WebP by `npm run screenshots`). */
  readme?: boolean;
  /** Sets the product to work and writes the screenshot to `file`; throws when the picture would not show it. */
  shoot(context: ShotContext, file: string): Promise<void>;
}

/** The page size of the page pictures: a common laptop viewport. */
export const PAGE_VIEWPORT = { width: 1280, height: 800 };
/** The popup's own size (components/styles/popup.css: `html, body { width: 460px; height: 560px }`). */
export const POPUP_VIEWPORT = { width: 460, height: 560 };

/** The secretariat note (CTOC/COP/6 2012): a short page with five kinds of citation. */
const NOTE = '/note-secretariat-2012.html';

async function openDemoPage({ browser }: ShotContext, path: string) {
  const page = await browser.session.context.newPage();
  await page.setViewportSize(PAGE_VIEWPORT);
  await page.goto(browser.server.url(path));
  await waitForMarks(page);
  return page;
}

/** A sample document with its citations marked. */
const markedPage: ScreenshotStep = {
  name: 'demo-page',
  async shoot(context, file) {
    const page = await openDemoPage(context, NOTE);
    // The note's citations are in its body, below the title block: bring the first one near the top.
    await page.evaluate(() => {
      const highlight = CSS.highlights.get('renvoi-citation') as unknown as Set<Range>;
      const [first] = [...highlight].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      first?.startContainer.parentElement?.scrollIntoView({ block: 'start' });
      scrollBy(0, -160);
    });
    await shootWithMarks(page, file);
    await page.close();
  },
};

/** The same page with the card of the Working Group's 2011 report open. */
const hoverCard: ScreenshotStep = {
  name: 'hover-card',
  readme: true,
  async shoot(context, file) {
    const page = await openDemoPage(context, NOTE);
    await openCard(page, 'CTOC/COP/WG.4/2011/8');
    await shootWithMarks(page, file);
    await page.close();
  },
};

/** The popup's search with results for a query a reader would type. */
const popupSearch: ScreenshotStep = {
  name: 'popup-search',
  readme: true,
  async shoot({ browser }, file) {
    const popup = await browser.session.context.newPage();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(
      `chrome-extension://${browser.session.extensionId}/popup.html?q=${encodeURIComponent('indemnisation des victimes')}`,
    );
    const results = popup.locator('[data-result-toggle]');
    await waitUntil(() => results.count(), 'search results in the popup');
    await popup.screenshot({ path: file });
    await popup.close();
  },
};

/** Two citations saved from their cards, then the popup's Saved tab listing them. */
const savedList: ScreenshotStep = {
  name: 'saved-list',
  readme: true,
  async shoot(context, file) {
    const page = await openDemoPage(context, NOTE);
    for (const citation of ['CTOC/COP/WG.4/2011/8', 'résolution 5/2']) {
      const card = await openCard(page, citation);
      await card.locator('.rv-button--primary').click();
      // The card confirms the save in its status line.
      await waitUntil(async () => (await card.locator('[role="status"]').innerText()).trim(), 'the save to finish');
      await page.mouse.move(2, 2);
      await card.waitFor({ state: 'detached' });
    }
    await page.close();
    const { browser } = context;
    const popup = await browser.session.context.newPage();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(`chrome-extension://${browser.session.extensionId}/popup.html?tab=saved`);
    const entries = popup.locator('.saved-list > li');
    const count = await waitUntil(async () => ((await entries.count()) === 2 ? 2 : 0), 'two saved entries');
    if (count !== 2) throw new Error(`The saved list shows ${count} entries, not 2`);
    await popup.screenshot({ path: file });
    await popup.close();
  },
};

/** The welcome page a first install opens, with the card of a citation of its live paragraph open. */
const welcomePage: ScreenshotStep = {
  name: 'welcome',
  async shoot({ browser, lang }, file) {
    const page = await browser.session.context.newPage();
    await page.setViewportSize(PAGE_VIEWPORT);
    await page.goto(`chrome-extension://${browser.session.extensionId}/welcome.html`);
    await waitForMarks(page);
    await openCard(page, lang === 'fr' ? 'résolution 5/2' : 'resolution 5/2');
    await shootWithMarks(page, file);
    await page.close();
  },
};

/** Renvoi's PDF reader on a sample document printed to PDF, with the card of its first citation open. */
const pdfReader: ScreenshotStep = {
  name: 'pdf-reader',
  async shoot({ browser, routes }, file) {
    const reader = await serveDemoPdf(browser.session.context, browser.server, routes, browser.session.extensionId);
    const page = await browser.session.context.newPage();
    await page.setViewportSize(PAGE_VIEWPORT);
    await page.goto(reader);
    await waitForMarks(page);
    // The first citation in reading order, as its mark reads (a PDF line may split the text differently).
    const first = await page.evaluate(() => {
      const highlight = CSS.highlights.get('renvoi-citation') as unknown as Set<Range>;
      const [range] = [...highlight].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return range ? range.toString().replace(/\s+/g, ' ').trim() : '';
    });
    await openCard(page, first);
    await shootWithMarks(page, file);
    await page.close();
  },
};

/**
 * The pictures, in order. Each step opens its own pages and relies on nothing an earlier one did; only `savedList`
 * saves anything (it expects the fresh profile's empty list), so steps added later must not save.
 */
export const SCREENSHOT_STEPS: ScreenshotStep[] = [
  markedPage,
  hoverCard,
  popupSearch,
  savedList,
  welcomePage,
  pdfReader,
];
