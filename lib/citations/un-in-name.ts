/** "United Nations" inside the name of one of our treaties (moved from `treaty-tables.ts`). Data only. */

import { WS } from './patterns';

/**
 * "United Nations" inside the name of one of our treaties, in each position real text puts it (regex sources; the
 * one home of these forms, each kept only where its user checks that a name of ours goes on after it):
 * - `lead`: before a Protocol's English prefix name (`the United Nations Smuggling of Migrants Protocol`, `the UN
 *   Firearms Protocol`, `the International Trafficking Protocol`), possessive too (`the United Nations’ Protocol
 *   against…`, `the UN’ Protocol…`, dev en-222, en-223) or a noun its qualifier names in full (`the UN
 *   Protocol to Prevent…`; `U.N.` too, session 19: `the U.N. Convention against Transnational Organized Crime`; a
 *   hyphen after `UN` before a capital, `the UN-Trafficking Protocol`, probe p16en-115, session 40);
 *   `treaty-names.ts` keeps it only then, so `UN Protocol` alone stays unread;
 * - `after`: between a Protocol noun and its own subject (`protocole des Nations unies contre la fabrication et le
 *   trafic illicite d'armes à feu`, `Protocolo de las Naciones Unidas para prevenir…`, `Protocolo de la ONU contra la
 *   Trata de Personas`; `ONU` alone before a lower-case word, `Protocole ONU traite`, probe p17fr-030, session 41);
 *   kept only when one of our
 *   Protocols' qualifiers follows (`protocole des Nations Unies relatif au statut des apatrides` stays out);
 * - `beforeName`: after the connector, before a Protocol's name, a translation's word order (`artículo 3(a) de las
 *   Naciones Unidas Protocolo contra el Tráfico Ilícito de Migrantes…`); kept only when a Protocol other than UNTOC
 *   is named in full after it, so "de las Naciones Unidas" before anything else stays unread.
 */
export const UN_IN_NAME = {
  lead: `(?:(?:United${WS}Nations|U\\.N\\.|UN|International)(?:['’]s?)?${WS}|UN-(?=[A-Z]))`,
  after: `${WS}(?:des${WS}Nations${WS}Unies|de${WS}las${WS}Naciones${WS}Unidas|de${WS}la${WS}ONU|de${WS}l['’]ONU|ONU(?=${WS}[a-zà-ÿ])|additionnel(?:le)?(?=${WS}(?:relatif|contre|visant)))(?=[\\s,;:.)]|$)`,
  beforeName: `las${WS}Naciones${WS}Unidas${WS}`,
} as const;
