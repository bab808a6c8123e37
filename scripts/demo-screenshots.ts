/**
 * The demo screenshots: every step of `scripts/screenshots/steps.ts`, in English and in French, each language in a
 * fresh browser profile. Writes `<name>.<lang>.png` files; with `readmeDir`, also the README's pictures (the English
 * shots of the steps marked `readme`, as WebP, each refused above `README_PICTURE_MAX_BYTES`).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startBrowser, type Route } from '../tooling/browsers/fixtures';
import { SCREENSHOT_STEPS, type DemoLang } from './screenshots/steps';

/** The README's pictures must stay light: the repository carries every version of them. */
export const README_PICTURE_MAX_BYTES = 150 * 1024;

/** Browser locales of the two interface languages. */
const LOCALES: Record<DemoLang, string> = { en: 'en-US', fr: 'fr' };

export interface DemoScreenshotOptions {
  /** Where the PNG files go. */
  outDir: string;
  langs?: DemoLang[];
  /** Where the README's WebP pictures go; none written without it. */
  readmeDir?: string;
}

/**
 * Re-encodes a PNG as WebP in the browser (canvas encoder), so no image library is needed: lossy at quality 0.9,
 * which keeps text crisp at a fraction of the PNG's size.
 */
async function toWebp(page: Page, png: Buffer): Promise<Buffer> {
  const base64 = await page.evaluate(async (pngBase64) => {
    const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.9 });
    if (blob.type !== 'image/webp') throw new Error(`This browser encodes ${blob.type}, not WebP`);
    const data = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of data) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, png.toString('base64'));
  return Buffer.from(base64, 'base64');
}

/** Takes every screenshot; answers the files written. */
export async function takeDemoScreenshots(options: DemoScreenshotOptions): Promise<string[]> {
  const written: string[] = [];
  for (const lang of options.langs ?? (['en', 'fr'] as const)) {
    const routes = new Map<string, Route>();
    const browser = await startBrowser({ lang: LOCALES[lang], headless: true }, routes);
    try {
      for (const step of SCREENSHOT_STEPS) {
        const file = join(options.outDir, `${step.name}.${lang}.png`);
        await step.shoot({ browser, lang, routes }, file);
        written.push(file);
        if (options.readmeDir && step.readme && lang === 'en') {
          const picture = join(options.readmeDir, `${step.name}.webp`);
          const encoder = await browser.session.context.newPage();
          writeFileSync(picture, await toWebp(encoder, readFileSync(file)));
          await encoder.close();
          const size = statSync(picture).size;
          if (size > README_PICTURE_MAX_BYTES) {
            throw new Error(`${picture} is ${Math.round(size / 1024)} kB, over ${README_PICTURE_MAX_BYTES / 1024} kB`);
          }
          written.push(picture);
        }
      }
    } finally {
      await browser.close();
    }
  }
  return written;
}
