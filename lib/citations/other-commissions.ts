/**
 * Which Commission a bare `Commission` names (`paragraph 7 of Commission resolution 13 (XXXVIII)`): the one the text
 * names in full nearest before it (failing one, first after it). When that is a commission outside the key grammar's
 * table (the Commission on Narcotic Drugs, on the Status of Women, the International Law Commission, a regional or a
 * human rights commission of another system…), the citation is that commission's, not the Commission on Human Rights'
 * nor the CCPCJ's: no card (session 23, tuner-r29-res; dev en-511, a Commission on Narcotic Drugs report whose
 * `Commission resolution 13 (XXXVIII)` was keyed `E/CN.4/RES/13(XXXVIII)`).
 */

import { ORGS } from './org-names';
import { allMatches, alt } from './patterns';

/**
 * A commission outside the table named in full, case-sensitive (a name's capitals). English: `Commission on / for / of`
 * and a capitalised word that does not start ours (`Commission on Narcotic Drugs`, `Commission on the Status of Women`,
 * `Commission for Social Development`, `Economic Commission for Africa`, `Commission of Inquiry`; not `Commission on
 * Human Rights`, `Commission on Crime Prevention…`), or a name before the noun (`Statistical Commission`, `International
 * Law Commission`, `Inter-American Commission on Human Rights`, `African Commission…`, `European Commission`,
 * `Peacebuilding Commission`). French: `Commission des / de la / du / de / pour la / sur la` and a word that does not
 * start ours (`Commission des stupéfiants`, `Commission de la condition de la femme`; not `des droits de l'homme`, `de
 * la prévention du crime`), or an adjective (`Commission interaméricaine`, `africaine`, `européenne`, `économique`).
 * Spanish likewise (`Comisión de Estupefacientes`, `Comisión de la Condición Jurídica…`, `Comisión Interamericana…`;
 * not `Comisión de Derechos Humanos`, `de Prevención del Delito`). Prose in lower case (`a commission of experts`) is
 * no name, nor is the Sub-Commission (`Sub-Commission on the Promotion…`, `Sous-Commission`: a hyphen before).
 */
const OTHER_COMMISSION_RE = new RegExp(
  alt(
    `(?<![-\\w])Commission (?:on|for|of) (?:the )?(?![Hh]uman [Rr]ights|[Cc]rime [Pp]revention)[A-Z][a-z]`,
    `\\b(?:Statistical|International Law|Inter-American|African|European|Peacebuilding) Commission\\b`,
    `(?<![-\\w])Commission (?:des|de la|du|de l['’]|d['’]|de|pour la|sur la|sur les) (?![Dd]roits de l|[Pp]r[ée]vention)[a-zà-ÿA-ZÀ-Ý]`,
    `\\bCommission (?:interaméricaine|africaine|européenne|économique)\\b`,
    `\\bComisi[óo]n (?:de la|del|de|sobre la|sobre el|sobre|para la|para el|para) (?![Dd]erechos [Hh]umanos|[Pp]revenci[óo]n)[A-ZÀ-Ý]`,
    `\\bComisi[óo]n (?:Interamericana|Africana|Europea|Econ[óo]mica)\\b`,
  ),
  'g',
);

/** Ours named in full: the Commission on Human Rights and the CCPCJ, by their names in the three languages. */
const OUR_COMMISSION_RE = new RegExp(
  alt(...ORGS.filter((o) => o.id === 'CHR' || o.id === 'CCPCJ').map((o) => o.names[0] ?? '')),
  'gi',
);

/**
 * Whether the commission a bare `Commission` at `pos` names is outside the table (see the module's comment). Ours
 * inside another's name (`Inter-American Commission on Human Rights`) is that other one. Read only for a citation
 * whose body is the bare `Commission` (rare: no cost on other texts).
 */
export function otherCommissionNamed(text: string, pos: number): boolean {
  const others = allMatches(OTHER_COMMISSION_RE, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (others.length === 0) return false;
  const named = others.map((o) => ({ ...o, other: true }));
  for (const m of allMatches(OUR_COMMISSION_RE, text)) {
    if (!others.some((o) => o.start < m.index && m.index < o.end))
      named.push({ start: m.index, end: m.index + m[0].length, other: false });
  }
  // The nearest name ending before `pos`, else the first after it.
  let best: { start: number; other: boolean } | undefined;
  for (const n of named) if (n.end <= pos && (!best || n.start > best.start)) best = n;
  if (!best) for (const n of named) if (n.start > pos && (!best || n.start < best.start)) best = n;
  return best?.other === true;
}
