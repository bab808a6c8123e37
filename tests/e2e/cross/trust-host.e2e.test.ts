import { describe, expect, it } from 'vitest';
import type { RouteResponse } from '../../../tooling/browsers/fixtures';
import { selectedBrowsers, type TestPage } from './driver';
import { card, eventually, markOf, useCrossBrowser } from './helpers';

/**
 * Pages that leave Renvoi no usual place for its card, or try to take its host over: an XHTML document without a
 * body, a page that removes its body, a page that defines `renvoi-ui` (the host's old element name) and hooks the
 * shadow-root API. After a hover each page must still answer within 1 s, Renvoi must insert at most one host, and
 * the card either works or fails cleanly. (The endless mount retry of the audit froze such tabs for good.) Written
 * once and run in every selected browser.
 */

const CITATION = 'Dans sa décision 4/4, la Conférence des Parties a créé le Groupe de travail.';

/**
 * Installed first on every page here: counts the hosts Renvoi inserts (each mount attempt that adds one) and what the
 * page's own code managed to run on Renvoi's nodes.
 */
const RECORDER = `
  window.hostsAdded = 0;
  window.spied = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.hasAttribute('data-renvoi-ui')) window.hostsAdded++;
  }).observe(document, { childList: true, subtree: true });
`;

const html = (body: string): RouteResponse => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body });

const PAGES = new Map<string, RouteResponse>([
  [
    // Served as XML: the parser adds no <body>, and the citation sits directly in <html>.
    '/trust/no-body.xhtml',
    {
      headers: { 'content-type': 'application/xhtml+xml; charset=utf-8' },
      body: `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>Sans body</title><script>//<![CDATA[
${RECORDER}//]]></script></head>
<div><p>${CITATION}</p></div></html>`,
    },
  ],
  [
    '/trust/removes-body.html',
    html(`<!doctype html><html lang="fr"><head><meta charset="utf-8"/><title>Retire son body</title><script>${RECORDER}
      document.addEventListener('DOMContentLoaded', () => {
        const div = document.createElement('div');
        div.innerHTML = '<p>${CITATION}</p>';
        document.documentElement.append(div);
        document.body.remove();
      });
    </script></head><body><p>Le corps de cette page disparaît.</p></body></html>`),
  ],
  [
    // The page claims the old host name and spies on every shadow root attached in its document.
    '/trust/defines-host.html',
    html(`<!doctype html><html lang="fr"><head><meta charset="utf-8"/><title>Définit renvoi-ui</title><script>${RECORDER}
      customElements.define('renvoi-ui', class extends HTMLElement {
        constructor() { super(); window.spied.push('constructed'); this.attachShadow({ mode: 'closed' }); }
        connectedCallback() { window.spied.push('connected'); }
      });
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { window.spied.push('attachShadow'); return attach.call(this, init); };
    </script></head><body><p>${CITATION}</p></body></html>`),
  ],
]);

/**
 * True when the page answers `evaluate` within 1 s. A frozen tab never answers; a busy machine can answer one probe
 * late, so up to three probes are made (each late answer is awaited first, for at most 10 s).
 */
async function answersWithinASecond(page: TestPage): Promise<boolean> {
  for (let probe = 0; probe < 3; probe++) {
    const answer = page.evaluate(() => document.readyState, null);
    const inTime = await Promise.race([answer.then(() => true), new Promise<false>((r) => setTimeout(r, 1000, false))]);
    if (inTime) return true;
    const late = await Promise.race([answer.then(() => true), new Promise<false>((r) => setTimeout(r, 10_000, false))]);
    if (!late) return false;
  }
  return false;
}

describe.each(selectedBrowsers())('%s: pages that leave no place for the card, or try to take its host', (name) => {
  // On a page that takes the host, mounting may fail and say so (the card then fails cleanly): errors are not checked.
  const cross = useCrossBrowser(name, {
    routes: new Map([...PAGES].map(([path, response]) => [path, () => response] as const)),
    checkErrors: false,
  });

  it.each([...PAGES.keys()])('%s: stays responsive after hovers, one host at most, the card works', async (path) => {
    const page = await cross.openPage(path);
    const mark = await markOf(page, 'décision 4/4');
    // Several hovers: each would have started another endless retry.
    for (let i = 0; i < 3; i++) {
      await page.mouseMove(mark.x, mark.y);
      await eventually(async () => (await card(page))?.label ?? null).toBe('Renvoi card: COP decision 4/4');
      expect(await answersWithinASecond(page)).toBe(true);
      await page.mouseMove(2, 2);
      await eventually(() => card(page)).toBeNull();
    }
    const seen = await page.evaluate(() => {
      const w = window as unknown as { hostsAdded: number; spied: string[] };
      return { hostsAdded: w.hostsAdded, spied: w.spied, hosts: document.querySelectorAll('[data-renvoi-ui]').length };
    }, null);
    // One host, inserted once; the page's element definition and its hooked attachShadow never ran on it.
    expect(seen).toEqual({ hostsAdded: 1, spied: [], hosts: 1 });
    // No error from Renvoi (the audit's failed mounts logged thousands).
    expect(cross.driver.takeErrors()).toEqual([]);
  });
});
