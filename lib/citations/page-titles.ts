/**
 * A page about, or reproducing, one instrument: its title lines naming that instrument are the page's own heading, not
 * citations (the lead's decision on a site's title lines, session 11, extended to encyclopedia captions). The class is
 * read from the page's structure, not from a form of the title:
 *
 * - the instrument's own text starts below the title (`The Security Council,` / `The Conference of the Parties … adopts`
 *   at a line start: the page reproduces it; dev `en-199`, `en-200`, `en-201`, `en-204`), or
 * - the page's lead sentence starts with the same instrument and says it was adopted (`La résolution 1888 du Conseil de
 *   sécurité … a été adoptée à l'unanimité`: an encyclopedia article about it; dev `fr-102`, `fr-103`).
 *
 * From that anchor the heading block is read upwards, line by line: title lines naming the instrument near their start
 * are dropped; metadata lines (`Date 30 septembre 2009`, `Adopted by the Security Council at its 6019th meeting`) and a
 * line naming the instrument's symbol are passed; a prose sentence that names none of it (`Official text here.`: the
 * previous post) or a line citing another instrument ends the block. So a press release's headline (`…, Adopting
 * Resolution 2437 (2018)`), a post title naming a resolution the post only links to, and the lead sentence itself keep
 * their cards.
 */

import type { Candidate } from './candidate';
import { lineStartSignal } from './author-signals';
import { leadingLetters } from './regex-initials';
import { group, SUBJECTS } from './infer-body';
import { keyBody, withoutYear } from './own-heading';

/** How far from the start the anchor is looked for, and how far the block reads back. */
const ANCHOR_CHARS = 2000;
/** How far ahead of an instrument its line's end is looked for. */
const LINE_CHARS = 1000;

/**
 * The reproduced instrument's text: its author as the subject at a line start, with the preamble's comma or colon
 * (`The Security Council,`) or an operative verb in the present tense, as operative paragraphs open (`The Conference
 * of the Parties to the United Nations Convention against Transnational Organized Crime adopts its rules`; `décide`,
 * `aprueba`). A closed list: a press release's `The Security Council today decided` tells a story, it reproduces nothing.
 */
const OPERATIVE_VERB =
  '(?:adopts|decides|takes|requests|welcomes|approves|notes|recommends|urges|invites|endorses|' +
  'adopte|décide|prend|prie|invite|approuve|recommande|demande|engage|' +
  'aprueba|decide|toma|pide|invita|recomienda|insta|solicita)\\b';
/**
 * Not a preamble: a colon then, on its line, a capitalised word that is no participle and lower-case words after it, a
 * term and its description (`Le Conseil de sécurité : A la responsabilité de la mise en œuvre de la résolution 2231`, a
 * consultancy's page on the sanctions regime, dev fr-280; `The Security Council: Has primary responsibility`); a
 * preamble's colon ends its line or opens a participle (`The Security Council: Recalling`, `Rappelant`, `Recordando`).
 */
const DESCRIPTION_AFTER_COLON =
  '(?![ \\t]*(?![A-ZÀ-Ý][a-zà-ÿ]*(?:ing|ant|ndo)(?![a-zà-ÿ]))[A-ZÀ-Ý][a-zà-ÿ]*[ \\t]+[a-zà-ÿ])';
const TEXT_SUBJECT_RE = new RegExp(
  `(?:^|\\n)[ \\t]{0,8}(?:${group(SUBJECTS)})(?:\\s{0,4}(?:,|:${DESCRIPTION_AFTER_COLON})|[ \\t]+${OPERATIVE_VERB})`,
  'g',
);
const textSubjectSignal = lineStartSignal(TEXT_SUBJECT_RE);

/** The letters every subject starts with (`leadingLetters`: `the`, `l`, `el`, `conference`), or null (no gate). */
const SUBJECT_LEADS = leadingLetters(group(SUBJECTS));

/**
 * Whether a text of one line may open with a subject (`TEXT_SUBJECT_RE` at its start, after spaces or tabs): it starts
 * with one of `SUBJECT_LEADS`, in either case (`| 32`; a gate may pass more). Most paragraphs start otherwise, and the
 * regex, led by the bodies' names, is not called (at each paragraph with an instrument near its start; session 45).
 */
function subjectMayOpen(head: string): boolean {
  if (SUBJECT_LEADS === null) return true;
  let i = 0;
  while (i < head.length && (head.charCodeAt(i) === 32 || head.charCodeAt(i) === 9)) i++;
  return SUBJECT_LEADS.some((lead) => {
    for (let k = 0; k < lead.length; k++) if ((head.charCodeAt(i + k) | 32) !== lead.charCodeAt(k)) return false;
    return true;
  });
}

/**
 * What may stand before a title's instrument on its line: a determiner, `UN`, a short qualifier (`Text (unofficial)
 * of UN`), a breadcrumb (`Home » United Nations »`), up to 45 characters with no sentence punctuation, so a headline
 * whose instrument is a verb's object after a comma (`Security Council, Adopting Resolution 2195 (2014)`) is not one.
 */
const TITLE_PREFIX_RE = /^[^.,;:!?\n]{0,45}$/;

/**
 * The lead sentence's own start: only a determiner (and `UN`, `United Nations`: an encyclopedia's `United Nations Security
 * Council Resolution 1851 was unanimously adopted…`, dev en-240, en-251, en-257) before the instrument.
 */
const LEAD_PREFIX_RE = /^[ \t]*(?:(?:The|La|Le|El|Les|Los|Las|UN|U\.N\.|United[ \t]+Nations)[ \t]+|L['’][ \t]?)?$/;

/**
 * The lead sentence may also start inside a line when an infobox was flattened before it (`Membres permanents Membres
 * non permanents La résolution 2122 du Conseil de sécurité …, adoptée à l'unanimité`, dev fr-124): a capitalised
 * determiner right before the instrument starts that sentence (a sentence's own words before it are in lower case).
 */
const LEAD_IN_LINE_RE = /[ \t](?:The|La|Le|El|Les|Los|Las)[ \t]+$/;

/**
 * `LEAD_IN_LINE_RE` read on the end of `prefix` only: a match ends with the trailing blanks and starts at most four
 * characters before them (a blank and a three-letter determiner). The prefix of a flattened text is all of it before
 * the instrument, which the regex would otherwise walk from its start at every instrument.
 */
function leadInLine(prefix: string): boolean {
  let end = prefix.length;
  while (end > 0 && (prefix.charAt(end - 1) === ' ' || prefix.charAt(end - 1) === '\t')) end--;
  return LEAD_IN_LINE_RE.test(prefix.slice(Math.max(0, end - 4)));
}

/** A sentence saying the instrument was adopted (`was adopted`, `a été adoptée`, `, aprobada por unanimidad`). */
// The end is a lookahead, not `\b`: `\b` sees no boundary after a final `é` (`adopté le 28 mai`).
const ADOPTED_RE = /\b(?:adopted|approved|adopt[ée]e?s?|approuvée?s?|adoptad[ao]s?|aprobad[ao]s?)(?![\wÀ-ÿ])/i;

/** A sentence's end: a full stop, question or exclamation mark before white space or the end. */
const SENTENCE_END_RE = /[.!?](?:\s|$)/;

/** A line ending as prose does (a full stop, question or exclamation mark after its last word). */
const PROSE_LINE_RE = /[.!?]["”»)]?[ \t]*$/;

interface Line {
  start: number;
  end: number;
}

const lineAt = (text: string, pos: number): Line => {
  // `lastIndexOf` reads a negative index as 0: a line break there is no line start before `pos`.
  const start = pos > 0 ? text.lastIndexOf('\n', pos - 1) + 1 : 0;
  // Read at most LINE_CHARS ahead: a flattened text is one long line, and only a title's or a sentence's end matters.
  const nl = text.slice(pos, pos + LINE_CHARS).indexOf('\n');
  return { start, end: nl < 0 ? Math.min(text.length, pos + LINE_CHARS) : pos + nl };
};

/** An instrument (not a symbol) with a body in its key: what a title line names. */
const isInstrument = (c: Candidate): boolean => c.kind !== 'symbol' && keyBody(c.key) !== null;

/** The instrument starts a title: near its line's start, on a line that does not end as prose. */
function startsTitle(text: string, c: Candidate): boolean {
  const line = lineAt(text, c.start);
  return TITLE_PREFIX_RE.test(text.slice(line.start, c.start)) && !PROSE_LINE_RE.test(text.slice(c.end, line.end));
}

/**
 * A library heading's symbol line (`U.N. Doc. E/2000/INF/2/Add.2 at 35 (2000).`, hrlibrary's form broken over lines
 * below `…, ECOSOC Res. 2000/14,`, dev en-255): part of the heading block, not prose that ends it.
 */
const LIBRARY_DOC_LINE_RE = /^[ \t]*U\.N\.[ \t]Doc\./;

/** A navigation line: a left arrow, then a right arrow ending the line (`← 2249 Lists of resolutions 2251 →`). */
const NAV_LINE_RE = /←[^\n→]{0,80}→[ \t|]*$/;

/** Nothing but table bars or white space after the instrument on its line (an infobox caption). */
const CAPTION_END_RE = /^[ \t|]*(?:\n|$)/;

/** The instrument is its line's whole content, a title's determiner or `UN` at most before it. */
function captionOnly(text: string, c: Candidate): boolean {
  const line = lineAt(text, c.start);
  return LEAD_PREFIX_RE.test(text.slice(line.start, c.start)) && CAPTION_END_RE.test(text.slice(c.end, c.end + 40));
}

/**
 * Site chrome at most before a line: short lines without a sentence's end (`University of Minnesota`), within the
 * first 300 characters. One bounded pass (each repeat ends at its line break, so the regex cannot backtrack).
 */
const CHROME_BEFORE_RE = /^(?:[^\n.!?]{0,60}\n)*$/;

/**
 * The page's heading line: a line the page opens with (site chrome at most above it), whatever its form. A library
 * heads its copy with the document's full reference (`Traffic in women and girls, G.A. res. 51/66, … U.N. Doc.
 * A/51/49 (Vol. I) (1996).`, hrlibrary.umn.edu, dev `en-043`, `fr-112`); read only with the reproduced text below.
 */
// Within its first 100 characters: a press release's first sentence naming a resolution late in its line (`Le Conseil
// de sécurité a instamment engagé, ce matin, … un texte qui vient compléter la résolution 2250 (2015), premier texte…`,
// dev fr-208) is prose, not a heading.
// Nor is an editor's lead paragraph, a sentence ending after the instrument on its line and another starting (`…, la
// résolution 1566 décrit le terrorisme comme “…”. On en trouvera ci-dessous le texte…`, dev fr-301): a lower-case word
// of four letters or more before the stop, so a reference's abbreviations (`G.A. res.`, `U.N. Doc.`, `Supp.`) are not.
const NEXT_SENTENCE_RE = /[a-zà-ÿ]{4}["”»)]?\.\s+[A-ZÀ-Ý]/;
function headsPage(text: string, c: Candidate): boolean {
  const line = lineAt(text, c.start);
  return (
    line.start <= 300 &&
    c.start - line.start <= 100 &&
    CHROME_BEFORE_RE.test(text.slice(0, line.start)) &&
    !NEXT_SENTENCE_RE.test(text.slice(c.end, line.end))
  );
}

/** The anchor: where the instrument's own text or the page's lead sentence about it starts, and what it names. */
function findAnchor(
  candidates: readonly Candidate[],
  text: string,
): { index: number; number?: string; body?: string } | null {
  const head = text.slice(0, ANCHOR_CHARS);
  const signal = head.includes('\n') || subjectMayOpen(head) ? textSubjectSignal(SUBJECTS, head) : null;
  // The match may start with the line break before the subject's line.
  const subject = signal ? signal.index + (text[signal.index] === '\n' ? 1 : 0) : ANCHOR_CHARS;
  // Only an instrument below the text's first line can be the lead's (`line.start > 0` below): in a text of one line
  // (most paragraphs) the loop reads nothing more.
  const firstBreak = text.indexOf('\n');
  for (const c of candidates) {
    if (c.start >= subject) break;
    if (firstBreak < 0 || firstBreak >= c.start || !isInstrument(c)) continue;
    const line = lineAt(text, c.start);
    const prefix = text.slice(line.start, c.start);
    if (!LEAD_PREFIX_RE.test(prefix) && !leadInLine(prefix)) continue;
    // The sentence goes on from the instrument's end, on the line it ends on (`Security Council Resolution\n1265, adopted
    // unanimously…`, an encyclopedia's lead broken over lines, dev en-250).
    const rest = text.slice(c.end, c.end > line.end ? lineAt(text, c.end).end : line.end);
    const end = SENTENCE_END_RE.exec(rest);
    if (line.start > 0 && ADOPTED_RE.test(end ? rest.slice(0, end.index) : rest))
      return { index: line.start, number: withoutYear(c.key) };
  }
  if (!signal || signal.author === 'OTHER') return null;
  return { index: subject, body: signal.author };
}

/**
 * Drops the title lines above the anchor that name the instrument the page is about or reproduces, and an
 * encyclopedia infobox's captions naming it after its lead sentence.
 */
export function dropPageTitles(candidates: Candidate[], text: string): Candidate[] {
  if (!candidates.some((c) => c.start < ANCHOR_CHARS && isInstrument(c))) return candidates;
  const anchor = findAnchor(candidates, text);
  return anchor ? dropAboveAnchor(candidates, text, anchor) : candidates;
}

/**
 * `dropPageTitles` once an anchor is found (about one text in 25 that reaches the anchor's search): a function of its
 * own, so the gate, run on every text, is small for TurboFan (the whole took it 8–27 ms to compile in the bench's
 * window).
 */
function dropAboveAnchor(
  candidates: Candidate[],
  text: string,
  anchor: { index: number; number?: string; body?: string },
): Candidate[] {
  const before = candidates.filter((c) => c.end <= anchor.index);
  let number = anchor.number;
  // Reproduced text: the instrument is the nearest title above it of the subject's body.
  if (number === undefined) {
    const body = anchor.body?.toLowerCase();
    const title = [...before]
      .reverse()
      .find((c) => isInstrument(c) && keyBody(c.key) === body && (startsTitle(text, c) || headsPage(text, c)));
    if (!title) return candidates;
    number = withoutYear(title.key);
  }
  const names = (c: Candidate): boolean => withoutYear(c.key) === number;
  const dropped = new Set<Candidate>();
  for (let cursor = anchor.index; cursor > 0 && anchor.index - cursor < ANCHOR_CHARS;) {
    // The line above `cursor` (which starts a line): from the previous line break to the one before `cursor`.
    const line = { start: cursor > 1 ? text.lastIndexOf('\n', cursor - 2) + 1 : 0, end: cursor - 1 };
    cursor = line.start;
    const on = before.filter((c) => c.start >= line.start && c.start < line.end);
    const first = on.find(isInstrument);
    // An infobox's navigation to the previous and next instruments (`← 2249 Lists of resolutions 2251 →`, dev en-251):
    // links, not citations, inside the heading block.
    if (first && NAV_LINE_RE.test(text.slice(line.start, line.end))) {
      for (const c of on) if (isInstrument(c)) dropped.add(c);
      continue;
    }
    if (first) {
      if (!names(first) || !(startsTitle(text, first) || (anchor.body !== undefined && headsPage(text, first)))) break;
      for (const c of on) if (isInstrument(c) && names(c)) dropped.add(c);
    } else if (
      PROSE_LINE_RE.test(text.slice(line.start, line.end)) &&
      !on.some(names) &&
      !LIBRARY_DOC_LINE_RE.test(text.slice(line.start, line.end))
    )
      break;
  }
  // An encyclopedia article's infobox may follow its lead sentence: a caption there is the instrument alone on its
  // line (`Conseil de sécurité\ndes Nations unies\n\nRésolution 1321\nCaractéristiques`), not prose naming it.
  if (anchor.number !== undefined)
    for (const c of candidates)
      if (c.start > anchor.index && c.start < ANCHOR_CHARS && isInstrument(c) && names(c) && captionOnly(text, c))
        dropped.add(c);
  // A COP instrument opening the text (white space or Markdown emphasis before it) keeps its card: the COP's documents
  // are the corpus, and a text that starts with a decision's heading is that decision read on its own (dev en-226's `Resolution 9/1` above its title and preamble;
  // the sample page's `Décision 1/5`, README). A page listing a session's decisions first (dev en-201) is a page's.
  for (const c of dropped)
    if (c.kind === 'cop-instrument' && /^[\s*#_]*$/.test(text.slice(0, c.start))) dropped.delete(c);
  return dropped.size === 0 ? candidates : candidates.filter((c) => !dropped.has(c));
}
