/**
 * Pausing a site covers the frames of other sites inside it (audit L3), written once and run in every selected
 * browser. The page is on 127.0.0.1 and its frame on `localhost` (the same server, another site): the frame cannot
 * read the top page's address, so it asks the background, which knows the tab's address from the browser.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../../tooling/browsers/fixtures';
import { selectedBrowsers, type TestPage } from './driver';
import { eventually, markTexts, useCrossBrowser } from './helpers';

/** How long a paused frame is watched for marks that must not come (many times a scan of this small frame). */
const OBSERVE_MS = 1500;

const html = (body: string) => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body });

describe.each(selectedBrowsers())('%s: pausing a site pauses the frames of other sites in it', (name) => {
  const routes = new Map<string, Route>();
  const cross = useCrossBrowser(name, { routes });
  let frameUrl = '';
  beforeAll(() => {
    frameUrl = cross.server.url('/trust/embedded.html').replace('127.0.0.1', 'localhost');
    routes.set('/trust/embedded.html', () =>
      html('<!doctype html><html lang="fr"><p>Le rapport CTOC/COP/WG.4/2011/8 est cité ici.</p></html>'),
    );
    routes.set('/trust/embedding.html', () =>
      html(`<!doctype html><html lang="fr"><title>Page qui intègre</title>
        <p>Dans sa décision 4/4, la Conférence des Parties a créé le Groupe de travail.</p>
        <iframe id="other-site" src="${frameUrl}" width="600" height="200"></iframe></html>`),
    );
  });
  // Runs before the fixture's own (pages closed, no error from Renvoi).
  afterEach(() => pauseSites([]));

  /** Pauses Renvoi on these sites, as the popup's switch does (trusted copy first, then storage.local). */
  const pauseSites = (sites: string[]) =>
    cross.driver.inExtension(async (pausedSites) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const { settings } = await api.storage.local.get('settings');
      const next = { ...((settings as object | undefined) ?? {}), pausedSites };
      await api.storage.session.set({ trustedSettings: next });
      await api.storage.local.set({ settings: next });
    }, sites);

  /** The citations marked inside the other site's frame (read in the frame itself: it is cross-origin). */
  const frameMarks = (page: TestPage) =>
    page.inFrame(
      frameUrl,
      () =>
        [...((CSS.highlights.get('renvoi-citation') as unknown as Set<Range> | undefined) ?? [])].map((range) =>
          range.toString(),
        ),
      null,
    );

  const open = () => cross.openPage('/trust/embedding.html');

  it('marks the page and its frame; pausing the page’s site unmarks both, resuming marks both again', async () => {
    const page = await open();
    await eventually(() => markTexts(page)).toEqual(['décision 4/4']);
    await eventually(() => frameMarks(page)).toEqual(['CTOC/COP/WG.4/2011/8']);

    await pauseSites(['127.0.0.1']);
    await eventually(() => markTexts(page)).toEqual([]);
    await eventually(() => frameMarks(page)).toEqual([]);

    await pauseSites([]);
    await eventually(() => markTexts(page)).toEqual(['décision 4/4']);
    await eventually(() => frameMarks(page)).toEqual(['CTOC/COP/WG.4/2011/8']);
  });

  it('a page of a paused site loads with its frame unmarked; pausing the frame’s own site leaves the page alone', async () => {
    await pauseSites(['127.0.0.1']);
    const page = await open();
    // The frame is there and Renvoi runs in it (it answers once resumed, below); while paused it marks nothing.
    await eventually(() => page.inFrame(frameUrl, () => document.readyState, null)).toBe('complete');
    await new Promise((resolve) => setTimeout(resolve, OBSERVE_MS));
    expect(await frameMarks(page)).toEqual([]);
    expect(await markTexts(page)).toEqual([]);

    // The frame's own site paused, not the page's: the frame belongs to the page, which is marked, frame included.
    await pauseSites(['localhost']);
    await eventually(() => markTexts(page)).toEqual(['décision 4/4']);
    await eventually(() => frameMarks(page)).toEqual(['CTOC/COP/WG.4/2011/8']);
  });
});
