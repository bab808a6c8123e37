/**
 * The letter and clause pinpoints written with their own words after an article or its paragraph (`, alinéa a)`, `,
 * inciso i)`, the Swiss `let. b, ch. i`). Split from `article-pins.ts` (session 30), which reads the rest of the chain.
 */

import { parseMarker, type Marker } from './pin-marker';
import { alt, execAt, OWS, sticky, WS } from './patterns';
import type { Pinpoint } from './types';
import { wordGate } from './next-word';

/**
 * A letter pinpoint after the article or its paragraph: `, alinéa a)`, `, subparagraph (a)`, `, apartado a)`, `,
 * inciso a)` (`inc. a)`, Argentine), `, literal b)` (`lit.`, Colombian, Ecuadorian, and Austrian or Swiss texts in
 * English: `Art. 6 para. 2 lit. c`), `, letra a)` (Spain), `, under a)` (the Dutch `onder a` in a depositary
 * notification's English, dev en-355), `clause b)` before a–h (a translation's `inciso b)`, probe en-060; session 25), and their plurals, which may list
 * (`subparagraphs (a) and (b)`). Not the EU's `point b`: texts drafted that way cite EU instruments (a Luxembourg
 * law's `article 2, paragraphe 2, point b du Protocole` of the Europol Convention, dev fr-083). A letter marker must
 * follow (`parseMarker`), so `literal` in prose is not read (the Swiss and Belgian `litt.` as `lit.`; a bracketed letter
 * after a comma, `Article 3, (a)`, as a closing-bracket one: session 19; the Belgian Constitutional Court's `littera`
 * written out, `l'article 3, littera b), de ce Protocole`, probe p3fres-fr-003); after `literal`, `lit.` and `letra`, whose next word can only be the letter, a bare letter too (group 1;
 * `artículo 2, literal a, plantea`; not before a bracket, which `parseMarker` reads). Also a letter after a comma
 * with no word (`(art. 3, a))`, Swiss and French style), or a lone letter between commas before its treaty's
 * connector (`l’article 9-2, b, du Protocole`, dev fr-245). `al.` before a letter (`par. 2, al. b`, probe set 5). `apdo.`,
 * Spanish drafting's abbreviated `apartado` (`art. 3, apdo. a)`, probe p9es-012; session 32). A machine translation's
 * elided article before the word (`l’article 2 l’alinéa (a) de la Convention`, probe p12fr-024; session 35).
 */
export const POST_LETTER_RE = sticky(
  `,\\s?(?=\\(?[a-h]\\)|[a-h],\\s{0,4}(?:du|de|del|of)\\s)|,?${WS}(?:l['’]${OWS})?(?:${alt('alin[ée]as?', 'sub(?:-?para(?:graph)?s?\\.?)?', 'apartados?', 'apdos?\\.', 'incisos?', 'inc\\.', 'under', 'clause(?=\\s{0,4}\\(?[a-h]\\))')}${OWS}|${alt('literal(?:es)?', 'litt?\\.', 'littera', 'let(?:ras?|tres?|ters?|\\.)', 'al\\.(?=\\s?\\(?[a-h](?![a-zà-ÿ0-9]))')}${OWS}(?:([a-h])(?![a-zà-ÿ0-9)]))?)`,
);

/** `POST_LETTER_RE`'s first letters (`next-word.ts`): a letter `a`–`h`, `alinéa`, `sub`, `inciso`, `under`, `let.`… */
export const POST_LETTER_GATE = wordGate('abcdefghilsu', POST_LETTER_RE);

/** The letter marker after a letter word matched at `p` (`l`; group 1: a bare letter), or null. */
export function letterAfter(text: string, p: number, l: RegExpExecArray): Marker | null {
  const end = p + l[0].length;
  return l[1] ? { subparagraph: l[1].toLowerCase(), end } : parseMarker(text, end, 'letter');
}

/**
 * A number after `alinéa` (`article 6, alinéa 2`, `article 6 alinéa 2`): the French legal style's paragraph, as the
 * Swiss `al. 2` is (a UN text letters its `alinéas`: `alinéa a)` is read first). Session 19 (tuner-pins).
 */
export function alineaNumber(text: string, p: number, l: RegExpExecArray): Marker | null {
  return /alin/i.test(l[0]) ? parseMarker(text, p + l[0].length, 'number') : null;
}

/**
 * A clause pinpoint after a letter: `, inciso i)`, `, sous-alinéa ii)`, `, clause (iii)`. Not `, inciso a)`. Or a
 * roman alone between commas before a connector (`l'article 15, paragraphe 2, alinéa c), ii), de la Convention`, a
 * court's summary, probe p9fr-053; session 32): the comma and the connector after it say it is the letter's clause.
 */
const POST_CLAUSE_RE = sticky(
  `,?${WS}${alt('incisos?', 'sous-alin[ée]a', 'clause')}${OWS}(?=\\(?[ivx]{1,5}\\))|,${WS}(?=\\(?[ivx]{1,5}\\),${WS}(?:de|du|of|del)${WS})`,
);

/**
 * The Swiss `ch.` (chiffre) after a letter, its roman bare (`art. 6, par. 1, let. b, ch. i`, the Federal Council's
 * messages, probe p6fres-022; without commas, `art. 6 al. 1 let. b ch. i`, p3fres-fr-005): group 1 the roman. After a
 * letter only (`readLowerPins` reads it there), and
 * no letter or digit glued after the roman (`ch. iv` is read, `ch. ix1`, `ch. in` are not).
 */
const SWISS_CLAUSE_RE = sticky(`(?:,${OWS}|${WS})ch\\.${OWS}([ivx]{1,5})(?![a-zà-ÿ0-9])`);

/**
 * A roman right after a letter that `lit.` / `let.` led (`Art. 6 para. 1 lit. b ii`, `lit. b (ii)`), bare or in
 * brackets: group 1 or 2. A whole roman, no letter, digit or dot glued after it (`lit. b in`, `lit. a i.V.m.`, the German
 * `in Verbindung mit`, are none).
 */
const LIT_CLAUSE_RE = sticky('[ \\t]{1,2}(?:\\(([ivx]{1,5})\\)|([ivx]{1,5})(?![a-zà-ÿ0-9.]))');

/**
 * The lower levels written with their own words after a paragraph (`párrafo 1, apartado a), inciso i)`): fills
 * `pin`'s letter and clause when absent and returns where they end.
 */
export function readLowerPins(text: string, p: number, pin: Pinpoint): number {
  if (pin.subparagraph === undefined) {
    const l = execAt(POST_LETTER_RE, text, p);
    const m = l ? letterAfter(text, p, l) : null;
    if (!m) return p;
    pin.subparagraph = m.subparagraph;
    pin.clause = m.clause;
    p = m.end;
    // The German-style `lit. b ii` / `lit. b (ii)` (Austrian and Swiss texts in English, probe p12en-061; session 35).
    const german = m.clause === undefined && /l[ie]t/i.test(l?.[0] ?? '') ? execAt(LIT_CLAUSE_RE, text, p) : null;
    if (german) {
      pin.clause = (german[1] ?? german[2] ?? '').toLowerCase();
      return p + german[0].length;
    }
  }
  if (pin.clause !== undefined) return p;
  const c = execAt(POST_CLAUSE_RE, text, p);
  const r = c ? parseMarker(text, p + c[0].length, 'roman') : null;
  const swiss = r ? null : execAt(SWISS_CLAUSE_RE, text, p);
  if (swiss) {
    pin.clause = swiss[1];
    return p + swiss[0].length;
  }
  if (!r) return p;
  pin.clause = r.clause;
  return r.end;
}
