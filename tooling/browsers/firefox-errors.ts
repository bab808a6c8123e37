/**
 * Reads Firefox's stderr for Renvoi's own errors. Background and extension-page errors never reach puppeteer (Firefox's
 * WebDriver BiDi skips extension contexts); Firefox prints them as
 * `JavaScript error: moz-extension://<uuid>/<file>, line N: <message>`.
 */

/**
 * Lines from Renvoi's origin that are not defects, matched on the message exactly (file and line may vary with the
 * build). Dexie's `pagehide` listener in the background is cut short when Firefox closes: any background with a
 * `pagehide` listener prints it at shutdown (see /work/shared/guide/firefox-testing.md, "Renvoi bugs seen").
 */
export const HARMLESS_MESSAGES: readonly string[] = ['Script terminated by timeout at:'];

/**
 * `JavaScript error|warning: moz-extension://<uuid>/<path>, line <n>: <message>`: the first line of an uncaught error,
 * unhandled rejection or script warning in an extension context. Anchored at the start of a line, so a page that
 * prints "JavaScript error: moz-extension://" in its own console output is not taken for one.
 */
const EXTENSION_REPORT = /^JavaScript (error|warning): (moz-extension:\/\/[^/\s]+\/[^,]*), line (\d+): (.*)$/;

export interface ExtensionReport {
  level: 'error' | 'warning';
  /** `moz-extension://<uuid>/background.js` */
  source: string;
  line: number;
  message: string;
  /** The whole line, for failure messages. */
  text: string;
}

/** The extension's error and warning reports in a chunk of stderr (whole lines only). */
export function parseExtensionReports(stderr: string): ExtensionReport[] {
  const reports: ExtensionReport[] = [];
  for (const text of stderr.split('\n')) {
    const match = EXTENSION_REPORT.exec(text.trimEnd());
    if (!match) continue;
    reports.push({
      level: match[1] as 'error' | 'warning',
      source: match[2]!,
      line: Number(match[3]),
      message: match[4]!,
      text: text.trimEnd(),
    });
  }
  return reports;
}

/** Reports that should fail a test: errors, and warnings, except the harmless messages above. */
export function failingReports(reports: readonly ExtensionReport[]): ExtensionReport[] {
  return reports.filter((report) => !HARMLESS_MESSAGES.includes(report.message));
}

/** Collects whole lines from a stream that arrives in arbitrary chunks. */
export class LineCollector {
  #partial = '';
  readonly lines: string[] = [];
  push(chunk: string): void {
    const parts = (this.#partial + chunk).split('\n');
    this.#partial = parts.pop() ?? '';
    this.lines.push(...parts);
  }
}
