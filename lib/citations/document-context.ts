/**
 * What a page, a PDF or a selection tells the engine about its author, for `findCitations(text, data, context)`.
 */

import { inferAuthor, type DocumentContext } from './infer-body';
import { alt, WS } from './patterns';

/**
 * A document about UNTOC or its Protocols: it names them (in full, by their short names, "Palermo"), the COP to
 * UNTOC, or carries CTOC symbols. Only such a document lends its subject to a bare `décision 4/4` whose author it
 * does not state (see `documentContext`).
 */
const ABOUT_UNTOC_RE = new RegExp(
  alt(
    'CTOC/',
    'UNTOC',
    'CNUCTO',
    `Transnational${WS}Organized${WS}Crime`,
    `criminalité${WS}transnationale${WS}organisée`,
    `Delincuencia${WS}Organizada${WS}Transnacional`,
    'Palerm',
    `Trafficking${WS}in${WS}Persons${WS}Protocol`,
    `Smuggling${WS}of${WS}Migrants${WS}Protocol`,
    `Firearms${WS}Protocol`,
    `Protocol${WS}to${WS}Prevent,${WS}Suppress${WS}and${WS}Punish${WS}Trafficking`,
    `Protocole${WS}(?:additionnel${WS})?(?:visant${WS}à${WS}prévenir|contre${WS}la${WS}traite|relatif${WS}à${WS}la${WS}traite)`,
    `Protocolo${WS}para${WS}prevenir,${WS}reprimir${WS}y${WS}sancionar`,
    // The other two Protocols by their full names.
    `Protocol${WS}against${WS}the${WS}(?:Smuggling${WS}of${WS}Migrants|Illicit${WS}Manufacturing)`,
    `Protocole${WS}contre${WS}(?:le${WS}trafic${WS}illicite${WS}de${WS}migrants|la${WS}fabrication)`,
    `Protocolo${WS}contra${WS}(?:el${WS}tráfico${WS}ilícito${WS}de${WS}migrantes|la${WS}fabricación)`,
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
  // head in compatibility form, as its reader shows it.
  const text = head.normalize('NFKC');
  const author = inferAuthor(text);
  if (author !== undefined) return { author };
  return ABOUT_UNTOC_RE.test(text) ? { author: 'COP' } : {};
}
