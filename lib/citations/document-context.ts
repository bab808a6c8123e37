/**
 * What a page, a PDF or a selection tells the engine about its author, for `findCitations(text, data, context)`.
 */

import { inferAuthor, type DocumentContext } from './infer-body';
import { alt, WS } from './patterns';
import { readingText } from './reading-text';
import { OUR_TREATY_NAMED } from './treaty-subjects';

/**
 * A document about UNTOC or its Protocols: it names them (in full, by their short names, "Palermo": the one table of
 * our treaties' names, `OUR_TREATY_NAMED`, with UNTOC's French acronym and the Firearms Protocol's Spanish title), the
 * COP to UNTOC, or carries CTOC symbols. Only such a document lends its subject to a bare `décision 4/4` whose author
 * it does not state (see `documentContext`). Not the Geneva Conventions' additional Protocols.
 */
const ABOUT_UNTOC_RE = new RegExp(
  alt(
    'CTOC/',
    'CNUCTO',
    `Protocolo${WS}contra${WS}la${WS}fabricaci[óo]n`,
    // Not the Geneva Conventions' `Protocole additionnel aux Conventions…`.
    `(?!protocole${WS}additionnel${WS}aux)(?:${OUR_TREATY_NAMED.source})`,
  ),
  'i',
);

/**
 * What a page, a PDF or a selection tells about its author, from its title and first text (`head`): the author it
 * states (heading lines, preamble subject, own symbol series); failing that, the COP for a document about UNTOC or
 * its Protocols (Renvoi's own subject: a COP or Working Group report without a heading line); otherwise nothing, so
 * a bare instrument goes only by its body's numbering (`64/293` is the Assembly's) and is not reported when several
 * bodies fit. The COP is never a blind default.
 */
export function documentContext(head: string): DocumentContext {
  // A PDF's text layer or a page may keep ligatures and decomposed accents (`traﬁc`, `de\u0301cision`): read the
  // head in compatibility form, as its reader shows it, and as the engine reads any text (`reading-text.ts`: its white
  // space the space and the line feed, which the patterns read).
  const text = readingText(head.normalize('NFKC')).text;
  const author = inferAuthor(text);
  if (author !== undefined) return { author };
  return ABOUT_UNTOC_RE.test(text) ? { author: 'COP' } : {};
}
