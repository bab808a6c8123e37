/**
 * The engine's reading held in one string encoding. V8 (and SpiderMonkey's irregexp) keep a string as one byte per
 * character when every character is Latin-1 and as two otherwise, and compile each regex once per encoding it is run
 * on. A page's paragraphs come in both (`’`, `œ`, `–`, `“` make a paragraph two-byte; a fifth of the benchmark's), so
 * every regex of the engine was compiled twice: 20 MB of native code on the benchmark's prose where V8 compiles
 * regexes without their optimisations past 16 MB of executable code. Read in one encoding, each is compiled once
 * (session 26: the benchmark's regex code 20.1 → 15.5 MB with this alone). Two-byte, because that is the one every
 * text can be held in. Pure: no DOM, no browser API; the characters are the same, only their storage.
 */

/** A character outside Latin-1, which makes the string it joins two-byte. */
const TWO_BYTE = '\u0100';

/**
 * `text`, the same characters held two bytes per character: a slice of a two-byte copy, and a slice of a two-byte
 * string (and any slice of it, a match's groups) is two-byte too. One copy of the text, which costs far less than a
 * regex compile.
 */
export function inOneEncoding(text: string): string {
  return (TWO_BYTE + text).slice(1);
}
