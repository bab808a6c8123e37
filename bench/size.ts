/**
 * Size of the built extension: the content script gzip-compressed (what every page load parses is the raw script, but
 * gzip is the usual yardstick and what the target is written in), and every file of the build folder.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeResult {
  /** Gzip bytes (level 9) of the content script and the stylesheets it injects. */
  contentGzipBytes: number;
  /** Raw bytes of the same files. */
  contentRawBytes: number;
  /** Every file of the build folder, raw bytes. */
  totalBytes: number;
  /** The content-script files counted. */
  contentFiles: string[];
  /**
   * Gzip bytes of the modules the content script imports later, only on a page that needs them (web-accessible
   * scripts outside `content-scripts/`: the citation engine, `entrypoints/engine`, once the page's text may hold a
   * citation; the card's UI, `entrypoints/card-ui`, which also brings the card's stylesheet and Renvoi's host, once
   * a page with citations mounts the host), and those files.
   */
  lazyGzipBytes: number;
  lazyFiles: string[];
  /** Each of those modules on its own: file and gzip bytes (nothing hidden in the sum). */
  lazyModules: { file: string; gzipBytes: number }[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Content-script files, relative to the build folder: those the manifest injects (`content_scripts[].js` and `.css`)
 * and the content script's own web-accessible files (a stylesheet the content script imported would be one, WXT's
 * `cssInjectionMode: 'ui'`; none since the card's stylesheet comes with the card UI module).
 */
export function contentScriptFiles(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
    web_accessible_resources?: { resources?: string[] }[];
  };
  const injected = (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  const loaded = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => entry.resources ?? [])
    .filter((file) => file.startsWith('content-scripts/'));
  const files = [...injected, ...loaded];
  if (files.length === 0) throw new Error(`no content script in ${join(buildDir, 'manifest.json')}`);
  return [...new Set(files)];
}

/** Web-accessible scripts outside `content-scripts/`: modules the content script imports when a page needs them. */
export function lazyContentFiles(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources?: string[] }[];
  };
  return (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => entry.resources ?? [])
    .filter((file) => file.endsWith('.js') && !file.startsWith('content-scripts/'));
}

const gzipOf = (buildDir: string, files: readonly string[]) =>
  files.reduce((n, file) => n + gzipSync(readFileSync(join(buildDir, file)), { level: 9 }).length, 0);

export function measureSize(buildDir: string): SizeResult {
  const contentFiles = contentScriptFiles(buildDir);
  const contents = contentFiles.map((file) => readFileSync(join(buildDir, file)));
  const lazyFiles = lazyContentFiles(buildDir);
  return {
    lazyGzipBytes: gzipOf(buildDir, lazyFiles),
    lazyFiles,
    lazyModules: lazyFiles.map((file) => ({ file, gzipBytes: gzipOf(buildDir, [file]) })),
    contentGzipBytes: contents.reduce((n, buf) => n + gzipSync(buf, { level: 9 }).length, 0),
    contentRawBytes: contents.reduce((n, buf) => n + buf.length, 0),
    totalBytes: filesUnder(buildDir).reduce((n, file) => n + statSync(file).size, 0),
    contentFiles,
  };
}
