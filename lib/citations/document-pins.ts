/**
 * What a pinpoint chain can point into besides articles and instruments (`paragraphe 45 du document CTOC/…`,
 * `paragraph 17 of the report of the 2009 meeting`): a symbol, a report with its symbol in brackets, or a Working Group
 * report named by its year; for `classifier.ts`.
 */

import type { Candidate, PinSpan } from './candidate';
import { parseSymbol, withPins } from './parse-symbol';
import { alt, execAt, optional, sticky, WS } from './patterns';

/**
 * `document ` / `rapport ` (and their EN/ES forms) before a symbol in a chain: `paragraphe 45 du document CTOC/…`,
 * `paragraphe 50 du rapport CTOC/…`. Only a symbol may follow, so "rapport de la réunion" is left to the patterns below.
 */
const DOCUMENT_WORD_RE = sticky(`(?:document|documento|rapport|report|informe)${WS}`);

/**
 * A Working Group report named by its year (FR/EN/ES), with "du Groupe de travail" optionally after: "rapport de la
 * réunion de 2009", "réunion de 2009 du Groupe de travail", "report of the 2009 meeting", "informe de la reunión de
 * 2009". « réunion » is the Working Group (a COP « session » is never matched). Group 1 or 2: the year.
 */
const REPORT_YEAR_RE = sticky(
  alt(
    `(?:rapport|report|informe)${WS}(?:de${WS}la|of${WS}the)${WS}(?:r[ée]union|meeting|reuni[óo]n)${WS}(?:de|of|held${WS}in)${WS}((?:19|20)\\d\\d)`,
    `(?:r[ée]union|reuni[óo]n|report${WS}of${WS}the)${WS}(?:de${WS})?((?:19|20)\\d\\d)(?:${WS}meeting)?`,
  ) +
    optional(
      `${WS}${alt(`du${WS}Groupe${WS}de${WS}travail`, `of${WS}the${WS}Working${WS}Group`, `del${WS}Grupo${WS}de${WS}Trabajo`)}`,
    ),
);

/**
 * "rapport … (SYMBOL)": a report described in words with its symbol in brackets, within 200 characters and no
 * sentence punctuation ("du rapport de la réunion du Groupe de travail qui s'est tenue à Vienne les 14 et 15 avril
 * 2009 (CTOC/COP/WG.4/2009/2)"). The bounded class cannot cross a bracket, so the first `(` is the one tried.
 */
const REPORT_PAREN_RE = sticky(`(?:rapport|report|informe)(?![a-z])[^.;:()\\n]{0,200}\\(`);

/**
 * What a pinpoint chain can point into, apart from articles and instruments: `document SYMBOL`, a bare symbol, a
 * report with its symbol in brackets, or a report named by its year.
 */
export function parseDocumentWithPins(text: string, pos: number, pins: readonly PinSpan[]): Candidate[] {
  const d = execAt(DOCUMENT_WORD_RE, text, pos);
  const symbolPos = d ? pos + d[0].length : pos;
  const direct = parseSymbol(text, symbolPos);
  if (direct) return withPins(pins, direct.end, direct.key, { type: 'symbol', symbol: direct.key });
  const paren = execAt(REPORT_PAREN_RE, text, pos);
  if (paren) {
    const inner = parseSymbol(text, pos + paren[0].length);
    if (inner && text.charAt(inner.end) === ')') {
      return withPins(pins, inner.end + 1, inner.key, { type: 'symbol', symbol: inner.key });
    }
  }
  const y = execAt(REPORT_YEAR_RE, text, pos);
  if (y) {
    const year = Number(y[1] ?? y[2]);
    return withPins(pins, pos + y[0].length, '', { type: 'report-year', year });
  }
  return [];
}
