/**
 * Real sentences of UN prose for the synthetic page: the compendium (`corpus/sources/004_*.txt`) and the four sample
 * documents (`demo/sources/*.txt`), with their markup removed, split into sentences, in source order.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';

/** The source files, in a fixed order (file name order in each folder). */
export function sourceFiles(root = PROJECT_ROOT): string[] {
  const inFolder = (folder: string, prefix: string) =>
    readdirSync(join(root, folder))
      .filter((name) => name.startsWith(prefix) && name.endsWith('.txt'))
      .sort()
      .map((name) => join(root, folder, name));
  return [...inFolder('corpus/sources', '004_'), ...inFolder('demo/sources', '')];
}

/** Plain text of one markdown-ish source line: no footnote markers, emphasis, list markers or HTML tags. */
export function plainLine(line: string): string {
  return (
    line
      // Footnote markers `<sup>12</sup>`: the number would glue onto the previous word.
      .replace(/<sup>[^<]*<\/sup>/g, '')
      // Any other converter tag (`<b>`, `</i>`, `<u>`).
      .replace(/<\/?[a-z]+>/g, '')
      // Emphasis stars and underscores used as markup.
      .replace(/\*+/g, '')
      // Headings (`### `), list markers (`- `, `  - `) and list numbering (`12. `, `a) `, `iv) `) at the line start.
      .replace(/^\s*(?:#{1,6}\s+|-\s+)?(?:\d{1,3}\.\s+|[a-z]{1,4}\)\s+)?/, '')
      .trim()
  );
}

/**
 * Sentence boundaries: a full stop, semicolon, question or exclamation mark, then spaces, then an upper-case letter
 * (accented ones included) or an opening guillemet. Abbreviations such as `par. 45` are followed by a digit or a
 * lower-case letter, so they do not end a sentence.
 */
const BOUNDARY = /(?<=[.;!?])\s+(?=[A-ZÀ-ÖØ-Ý«])/u;

/** Sentences shorter or longer than this are headings, table cells or run-ons, not prose. */
const MIN_CHARS = 40;
const MAX_CHARS = 600;

/** The sentences of one source text. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  // Windows and old Mac line ends (`\r\n`, `\r`) become `\n` before splitting into lines.
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    // Tables (tab-separated cells) and rules (a line of three or more dashes) are not prose.
    if (raw.includes('\t') || /^\s*-{3,}\s*$/.test(raw)) continue;
    const line = plainLine(raw);
    for (const sentence of line.split(BOUNDARY)) {
      const s = sentence.trim();
      if (s.length >= MIN_CHARS && s.length <= MAX_CHARS) out.push(s);
    }
  }
  return out;
}

/** Every sentence of every source, in file order. */
export function readSentences(root = PROJECT_ROOT): string[] {
  return sourceFiles(root).flatMap((file) => sentencesOf(readFileSync(file, 'utf8')));
}
