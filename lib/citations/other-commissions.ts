/**
 * Which Commission a bare `Commission` names (`paragraph 7 of Commission resolution 13 (XXXVIII)`): the one the text
 * names in full nearest before it (failing one, first after it). When that is a commission outside the key grammar's
 * table (the Commission on Narcotic Drugs, on the Status of Women, the International Law Commission, a regional or a
 * human rights commission of another system…), the citation is that commission's, not the Commission on Human Rights'
 * nor the CCPCJ's: no card (session 23, tuner-r29-res; dev en-511, a Commission on Narcotic Drugs report whose
 * `Commission resolution 13 (XXXVIII)` was keyed `E/CN.4/RES/13(XXXVIII)`).
 */

import { ORGS } from './org-names';
import { allMatches, alt, perText } from './patterns';

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
  const { byEnd, bestByEnd, byStart } = commissionNames(text);
  // The nearest name ending before `pos` (the latest start among those ending by `pos`, the first named on a tie)…
  let lo = 0;
  for (let hi = byEnd.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if ((byEnd[mid]?.end ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? bestByEnd[lo - 1] : undefined;
  if (before) return before.other;
  // …else the first after it (the earliest start after `pos`, the first named on a tie).
  lo = 0;
  for (let hi = byStart.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid]?.start ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return byStart[lo]?.other === true;
}

type Name = { start: number; end: number; other: boolean; order: number };

/**
 * The commissions `text` names (see `otherCommissionNamed`), read once per text (at each citation they made a page of
 * `Commission` citations quadratic; session 25, tuner-hostile): sorted by end, with the best name so far at each (the
 * latest start, the first named on a tie), and sorted by start (the first named on a tie).
 */
const commissionNames = perText(
  { byEnd: [], bestByEnd: [], byStart: [] },
  (text: string): { byEnd: Name[]; bestByEnd: Name[]; byStart: Name[] } => {
    const others = allMatches(OTHER_COMMISSION_RE, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (others.length === 0) return { byEnd: [], bestByEnd: [], byStart: [] };
    const named: Name[] = others.map((o, order) => ({ ...o, other: true, order }));
    // Both in text order, `others` without overlaps: the last other starting before a name of ours is the only one
    // that may hold it (not `others.some` at each: quadratic on a page of both).
    let k = 0;
    for (const m of allMatches(OUR_COMMISSION_RE, text)) {
      while (k + 1 < others.length && (others[k + 1]?.start ?? 0) < m.index) k++;
      const o = others[k];
      if (!(o && o.start < m.index && m.index < o.end))
        named.push({ start: m.index, end: m.index + m[0].length, other: false, order: named.length });
    }
    const byEnd = [...named].sort((a, b) => a.end - b.end || a.order - b.order);
    const bestByEnd: Name[] = [];
    let best: Name | undefined;
    for (const n of byEnd) {
      if (!best || n.start > best.start || (n.start === best.start && n.order < best.order)) best = n;
      bestByEnd.push(best);
    }
    const byStart = [...named].sort((a, b) => a.start - b.start || a.order - b.order);
    return { byEnd, bestByEnd, byStart };
  },
);
