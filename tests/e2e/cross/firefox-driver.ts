import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { FIREFOX_SCRATCH_DIR, launchFirefoxExtension } from '../../../tooling/browsers/firefox-launch';
import { chordKeys, type BrowserDriver, type LaunchDriverOptions, type TestPage } from './driver';

/** Firefox through the Firefox harness (puppeteer-core over WebDriver BiDi, temporary add-on, fixed UUID). */
export async function launchFirefoxDriver(options: LaunchDriverOptions): Promise<BrowserDriver> {
  const session = await launchFirefoxExtension({
    lang: options.lang ?? 'en-US',
    profileDir: options.profileDir,
    extensionDir: options.extensionDir,
  });
  const uploadDir = mkdtempSync(join(FIREFOX_SCRATCH_DIR, 'upload-'));
  const wrap = (page: Page): TestPage => ({
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
    async inFrame(urlPrefix, fn, arg) {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(urlPrefix));
      return frame ? frame.evaluate(fn as (arg: unknown) => never, arg as unknown) : null;
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    async press(chord) {
      const keys = chordKeys(chord) as KeyInput[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewport({ width, height }),
    async chooseFile(selector, file) {
      // Firefox reads a chosen file from disk when the page reads it: it stays until the browser closes.
      const path = join(mkdtempSync(join(uploadDir, 'file-')), file.name);
      writeFileSync(path, file.text);
      const input = await page.$(selector);
      if (!input) throw new Error(`No ${selector} in ${page.url()}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    async download(trigger) {
      const before = new Set(readdirSync(session.downloadDir));
      await trigger();
      // Firefox writes `<name>.part`, then renames it: wait for a new complete file.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const done = readdirSync(session.downloadDir).find((name) => !before.has(name) && !name.endsWith('.part'));
        if (done) {
          const text = readFileSync(join(session.downloadDir, done), 'utf8');
          if (text.length > 0) return { filename: done, text };
        }
        if (Date.now() > deadline) throw new Error(`No download arrived in ${session.downloadDir}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => page.close(),
  });
  return {
    name: 'firefox',
    extensionOrigin: session.origin,
    openPage: async (url) => wrap(await session.openPage(url)),
    openExtensionPage: async (path) => wrap(await session.openExtensionPage(path)),
    inExtension: (fn, arg) => session.inExtension(fn, arg),
    requests: () => session.requests.filter((url) => !url.startsWith('moz-extension://')),
    extensionRequests: () => null,
    takeErrors: () => session.takeErrors(),
    async close() {
      await session.close();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
