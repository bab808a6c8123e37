/**
 * Ways real text names our treaties that the title grammar (`treaty-tables.ts`) does not read: a title cut short
 * where the text ends (`El artículo 10 de la Convención contra la De`, a stored excerpt or a link text cut off), the
 * Protocols by their order (`the Second Protocol to the UNTOC`); and the capitalised words before a treaty noun that
 * name another treaty, ours or nothing. Read by `treaty-names.ts`.
 */

import type { TreatyId } from './keys';
import { alt, execAt, sticky, stickyCased, WS } from './patterns';

/**
 * Our titles after the noun, in full, one per language (lower case, no commas): what a cut title must be the start of.
 * A leading `des Nations Unies` / `de las Naciones Unidas` / `de Naciones Unidas` is dropped from the text first.
 */
const FULL_TITLES: Readonly<Record<'convention' | 'protocol', readonly { id: TreatyId; title: string }[]>> = {
  convention: [
    'against transnational organized crime',
    'against transnational organised crime',
    'contre la criminalité transnationale organisée',
    'contra la delincuencia organizada transnacional',
  ].map((title) => ({ id: 'UNTOC' as TreatyId, title })),
  protocol: [
    { id: 'TIP', title: 'to prevent suppress and punish trafficking in persons especially women and children' },
    { id: 'TIP', title: 'against trafficking in persons' },
    {
      id: 'TIP',
      title: 'visant à prévenir réprimer et punir la traite des personnes en particulier des femmes et des enfants',
    },
    { id: 'TIP', title: 'contre la traite des personnes' },
    { id: 'TIP', title: 'para prevenir reprimir y sancionar la trata de personas especialmente mujeres y niños' },
    { id: 'TIP', title: 'contra la trata de personas' },
    { id: 'MIG', title: 'against the smuggling of migrants by land sea and air' },
    { id: 'MIG', title: 'contre le trafic illicite de migrants par terre mer et air' },
    { id: 'MIG', title: 'contra el tráfico ilícito de migrantes por tierra mar y aire' },
    {
      id: 'FIRE',
      title:
        'against the illicit manufacturing of and trafficking in firearms their parts and components and ammunition',
    },
    {
      id: 'FIRE',
      title: "contre la fabrication et le trafic illicites d'armes à feu de leurs pièces éléments et munitions",
    },
    {
      id: 'FIRE',
      title: 'contra la fabricación y el tráfico ilícitos de armas de fuego sus piezas y componentes y municiones',
    },
  ],
};

/**
 * Words a title may open with that many treaties' titles share (`against the`, `contra la`, `de las Naciones Unidas`):
 * a cut title must go at least two letters into the first other word (`contra la De` is UNTOC's `Delincuencia`;
 * `Convention against the` alone names nothing).
 */
const SHARED_WORDS = new Set(
  'against the to on contre la le les des de del el contra sobre para visant à relatif'.split(' '),
);

/** `des Nations Unies` / `de las Naciones Unidas` / `de Naciones Unidas` / `of the United Nations` before a title. */
const UN_LEAD = /^(?:des nations unies|de (?:las )?naciones unidas|of the united nations) /;

/** What may end a cut title: white space, an ellipsis, the text's end. */
const CUT_END = /(?:\s|…|\.{3})*$/;

/** A simple tag left as text (`<strong>`), dropped like white space. */
const TAG = /<\/?[a-z]{1,10}\s?\/?>/g;

/** How far after the noun a cut title may run. */
const CUT_REACH = 120;

/**
 * The treaty of ours whose title the text after a noun at `end` begins where the text then ends or an ellipsis marks
 * a cut (within `CUT_REACH`), or null: `Convención contra la De` → UNTOC. The span of a citation stops at the noun
 * (the cut words name nothing by themselves). `noun`: the kind of the noun read.
 */
export function cutTitle(text: string, end: number, noun: 'convention' | 'protocol'): TreatyId | null {
  if (!/^\s/.test(text.slice(end, end + 1))) return null;
  // Cut where the text ends, or where an ellipsis marks the cut (`the Convention against Transnational Org… (2000)`).
  const window = text.slice(end, end + CUT_REACH + 1);
  const ellipsis = window.search(/…|\.{3}/);
  if (ellipsis < 0 && text.length - end > CUT_REACH) return null;
  const tail = window
    .slice(0, ellipsis < 0 ? undefined : ellipsis)
    .replace(CUT_END, '')
    .replace(TAG, ' ')
    .replace(/[,’]/g, (c) => (c === '’' ? "'" : ''))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(UN_LEAD, '');
  if (tail.length < 4) return null;
  let found: TreatyId | null = null;
  for (const { id, title } of FULL_TITLES[noun]) {
    if (!title.startsWith(tail)) continue;
    const words = title.split(' ');
    const shared = words.findIndex((w) => !SHARED_WORDS.has(w));
    const into = words.slice(0, shared).join(' ').length + (shared > 0 ? 1 : 0);
    if (tail.length < into + 2) continue;
    if (found && found !== id) return null;
    found = id;
  }
  return found;
}

/**
 * A capitalised word right before a treaty noun names another treaty ("Kyoto Protocol", "Forced Labour Convention",
 * "Optional Protocol", "Supplementary Convention"); determiners and our own prefixes do not.
 */
const NAME_BEFORE = /(?:^|[^A-Za-zÀ-ÿ])([A-ZÀ-Ý][a-zà-ÿ]+)\s{1,4}$/;
/**
 * Capitalised words before a treaty noun that still name ours (`Palermo Protocol`, `Migrant Smuggling Protocol`), or may
 * (`United Nations Convention`: its qualifier decides, `… against Transnational Organized Crime` or `… against
 * Corruption`).
 */
export const OUR_NAMES = /^(?:Palermo|Palerme|Smuggling|Trafficking|Firearms|Persons|Migrants|Crime|Nations)$/;
/**
 * Capitalised words before a treaty noun that name nothing: determiners, demonstratives and anaphoric adjectives as a
 * sentence starts with them (`Dicho protocolo, no compromete…`, dev es-066; `Ledit Protocole`, `Such Protocol`), a
 * footnote's signal or a preposition (`See Palermo Convention, Art. 5`, `See UNTOC arts. 5, 6`, `Véase Protocolo…`), and a
 * treaty noun written twice (`the provisions of the Protocol Protocol to…`, a machine translation, dev en-164): the
 * noun after them is the same bare noun, not another treaty named in full.
 */
export const NAMES_NOTHING = new Set(
  // English, French, Spanish, in that order.
  `The This That These Those Said Such Its Our Their Each Any Same Present Aforementioned
  La Le Les Ce Cet Cette Ces Ledit Ladite Son Sa Leur Notre Même Présent Présente
  El Los Las Dicho Dicha Dichos Este Esta Ese Esa Su Nuestro Mismo Misma Presente Referido Referida Citado Citada
  Mencionado Mencionada
  See Cf Also Under In Per Voir Selon Dans Sous Véase Ver Según En Bajo
  Protocol Protocole Protocolo Convention Convención`.split(/\s+/),
);

/** The capitalised word right before a treaty noun (`lead` ends before the noun), if any. */
export const wordBefore = (lead: string): string | undefined => NAME_BEFORE.exec(lead)?.[1];

/** The Protocols' order as the General Assembly adopted them (resolution 55/25, then 55/255): 1 TIP, 2 MIG, 3 FIRE. */
const ORDINALS: readonly [RegExp, TreatyId][] = [
  [/^(?:First|Premier|Primer)$/, 'TIP'],
  [/^(?:Second|Deuxième|Segundo)$/, 'MIG'],
  [/^(?:Third|Troisième|Tercer)$/, 'FIRE'],
];

/**
 * What puts the Protocol under UNTOC after its noun: `to the`, `supplementing the`, `additional to the`, `additionnel
 * à la`, `de la`, `complementario de la` (then UNTOC's name, read by the caller).
 */
const UNDER_UNTOC_RE = sticky(
  `${WS}${alt('to', 'supplementing', `additional${WS}to`, `additionnel${WS}à`, 'de', `complementario${WS}de`)}${WS}(?:the${WS}|la${WS})?`,
);

/** An ordinal and a Protocol noun at a position (`Second Protocol`), for a connector's treaty. */
const ORDINAL_NOUN_RE = stickyCased(`([A-ZÀ-Ý][a-zà-ÿ]+)${WS}(?=Protoco(?:l|le|lo)(?![a-zà-ÿ]))`);

/** A Protocol noun (`Protocol`, `Protocole`, `Protocolo`), case-sensitive. */
const PROTOCOL_NOUN_RE = stickyCased('Protoco(?:l|le|lo)(?![a-zà-ÿ])');

/**
 * The Protocol an ordinal before the Protocol noun at `at` names when UNTOC follows it (`the Second Protocol to the
 * UNTOC`, dev en-097: the Migrants Protocol); null otherwise (`Second Optional Protocol`, `the Second Protocol to the
 * Hague Convention`). `untocEnd`: where UNTOC named in full at a position ends (the caller's name reader).
 */
export function ordinalProtocol(
  ordinal: string | undefined,
  text: string,
  at: number,
  untocEnd: (text: string, pos: number) => number | null,
): { id: TreatyId; end: number } | null {
  const id = ordinal === undefined ? undefined : ORDINALS.find(([re]) => re.test(ordinal))?.[1];
  const noun = id ? execAt(PROTOCOL_NOUN_RE, text, at) : null;
  const under = noun ? execAt(UNDER_UNTOC_RE, text, at + noun[0].length) : null;
  const end = under ? untocEnd(text, at + (noun?.[0].length ?? 0) + under[0].length) : null;
  return id && end !== null ? { id, end } : null;
}

/** An ordinal and its noun at `pos`: the ordinal and where the noun starts. */
export function ordinalNounAt(text: string, pos: number): { ordinal: string; noun: number } | null {
  const m = execAt(ORDINAL_NOUN_RE, text, pos);
  return m?.[1] && ORDINALS.some(([re]) => re.test(m[1] ?? '')) ? { ordinal: m[1], noun: pos + m[0].length } : null;
}
