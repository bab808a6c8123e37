import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { inServiceWorker, launchExtension } from '../../../tooling/browsers/fixtures';
import type { BrowserDriver, LaunchDriverOptions, TestPage } from './driver';

/** Chromium through the existing harness (playwright-core, persistent profile, MV3 service worker). */
export async function launchChromiumDriver(options: LaunchDriverOptions): Promise<BrowserDriver> {
  const session = await launchExtension({
    lang: options.lang ?? 'en-US',
    profileDir: options.profileDir,
    extensionDir: options.extensionDir,
  });
  const errors: string[] = [];
  const requests: string[] = [];
  const extensionRequests: string[] = [];
  session.context.on('request', (request) => {
    (request.url().startsWith('chrome-extension://') ? extensionRequests : requests).push(request.url());
  });
  const wrap = (page: Page): TestPage => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    return {
      url: () => page.url(),
      evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
      async inFrame(urlPrefix, fn, arg) {
        const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(urlPrefix));
        return frame ? frame.evaluate(fn as (arg: unknown) => never, arg as unknown) : null;
      },
      mouseMove: (x, y) => page.mouse.move(x, y),
      click: (x, y) => page.mouse.click(x, y),
      press: (chord) => page.keyboard.press(chord),
      type: (text) => page.keyboard.type(text),
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      chooseFile: (selector, file) =>
        page.setInputFiles(selector, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }),
      async download(trigger) {
        const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
        return { filename: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
      },
      close: () => page.close(),
    };
  };
  return {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${session.extensionId}`,
    async openPage(url) {
      const page = await session.context.newPage();
      const wrapped = wrap(page);
      await page.goto(url);
      return wrapped;
    },
    async openExtensionPage(path) {
      const page = await session.context.newPage();
      const wrapped = wrap(page);
      await page.goto(`chrome-extension://${session.extensionId}/${path.replace(/^\//, '')}`);
      return wrapped;
    },
    inExtension: (fn, arg) => inServiceWorker(session, fn, arg),
    requests: () => [...requests],
    extensionRequests: () => [...extensionRequests],
    takeErrors: () => errors.splice(0),
    close: () => session.close(),
  };
}
