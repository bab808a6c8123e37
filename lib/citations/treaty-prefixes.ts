/**
 * The English names of UNTOC and its Protocols written before the treaty noun (`Trafficking in Persons Protocol`,
 * `Palermo Convention`), as regex sources for `treaty-names.ts`. Data only.
 */

import type { TreatyId } from './keys';
import { phrases } from './patterns';

/**
 * English names where the treaty comes before the noun: "Trafficking in Persons Protocol", "Palermo Convention".
 * "United Nations Convention" only names UNTOC with its qualifier ("… against Transnational Organized Crime"), so it
 * is marked `needsQualifier` ("United Nations Convention against Corruption" is refused). `United Nation s` is a PDF
 * extraction's split word (`article 19 of the United Nation s\nConvention against Transnational…`).
 */
/**
 * A Protocol's prefix name, also after `Palermo`, the city where the three were opened for signature (`Palermo
 * Trafficking Protocol`, dev en-356; `the Palermo Smuggling Protocol`): the Protocol the second name says.
 */
function palermo(name: string): string[] {
  return name === 'Palermo' ? [name] : [name, `Palermo ${name}`];
}

/**
 * The prefix names as words, one entry per treaty and noun (the one home of these names: `TREATY_PREFIXES` reads them
 * as regex sources, `tolerant-title.ts` with a slip).
 */
export const PREFIX_NAMES: readonly {
  id: TreatyId;
  noun: 'convention' | 'protocol';
  names: readonly string[];
  needsQualifier?: true;
}[] = [
  {
    id: 'TIP',
    noun: 'protocol',
    // `Traficking in Persons`: a PDF mirror's lost `ffi` ligature (dev en-437); with `in Persons` only.
    // `Human Trafficking`: an informal English name as `People Smuggling` is the Migrants Protocol's (session 24);
    // `People Trafficking`: Australia's (`The People Trafficking Protocol was signed by Australia`, dev p3en-085).
    names: [
      'Trafficking in Persons',
      'Traficking in Persons',
      'Human Trafficking',
      'People Trafficking',
      // `the UN Anti-Trafficking Protocol` (an NGO brief, probe p9en-048; session 32).
      'Anti-Trafficking',
      'Trafficking',
      'Palermo',
      'TIP',
    ].flatMap(palermo),
  },
  {
    id: 'MIG',
    noun: 'protocol',
    // `SOM` / `SoM`: UNODC's teaching modules' acronym (`the SOM Protocol`, `SOM Protocol Article 19`; session 23).
    // `People Smuggling`: Australia's name for it (`the People Smuggling Protocol`, a Senate committee's report defining
    // it after the title, dev en-520; session 24).
    names: [
      'Smuggling of Migrants',
      'Migrant Smuggling',
      'People Smuggling',
      'Migrants',
      'Smuggling',
      'SOM',
      'SoM',
    ].flatMap(palermo),
  },
  { id: 'FIRE', noun: 'protocol', names: ['Firearms'].flatMap(palermo) },
  // `Transnational` before `Organized Crime` too: `the United Nations Transnational Organised Crime Convention` (dev
  // en-464), UNTOC's title in the prefix order English prose turns it to.
  {
    id: 'UNTOC',
    noun: 'convention',
    names: [
      'Transnational Organized Crime',
      'Transnational Organised Crime',
      'Organized Crime',
      'Organised Crime',
      'Palermo',
      'TOC',
    ],
  },
  { id: 'UNTOC', noun: 'convention', names: ['United Nations', 'United Nation s', 'UN'], needsQualifier: true },
];

export const TREATY_PREFIXES: readonly {
  id: TreatyId;
  noun: 'convention' | 'protocol';
  source: string;
  needsQualifier?: true;
}[] = PREFIX_NAMES.map(({ names, ...p }) => ({ ...p, source: phrases([...names]) }));

/**
 * UNTOC's acronyms: `UNTOC`, `UNCTOC` (some English texts), `CTOC` (French: `l'article 37 de la CTOC`; not before a
 * slash, `CTOC/COP/…` is a symbol), `CATOC` (English scholarship: `Art 5 of CATOC`), `CNUCTO` (French, UNODC's pages),
 * `CNUDOT` (Spanish: `Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (CNUDOT)`, the
 * country reviews' `art. 18.13 de la CNUDOT`, probe p6fres-076). A regex source, case-sensitive where it is used. Not
 * before an office's noun (`To: CTOC legal team`, an e-mail's header, probe p7en-106: the secretariat's name, which
 * says nothing of the articles cited below it; session 31).
 */
export const UNTOC_ACRONYM =
  '(?:UNC?|CA?)TOC(?!/)(?![ \\t]+(?:legal|team|secretariat|unit|section|branch|staff|office)(?![a-z]))|CNUCTO|CNUDOT';

/**
 * The Firearms Protocol's French acronym (`PAF`, Protocole sur les armes à feu: `l'article 10 du PAF`, a GRIP report,
 * dev fr-109). `PAF` is also the French border police (Police aux frontières), so it names the Protocol only where the
 * text's Protocol is the Firearms Protocol (checked in `treaty-names.ts`). Case-sensitive where it is used.
 */
export const FIREARMS_ACRONYM = 'PAF';

/**
 * A prefix name of ours in capitals right before a treaty noun, spaces only between (`SOM Protocol Article 19`, `the
 * TIP Protocol`, `TOC Convention`): `wordBefore` reads a capital and lower-case letters only, so `treatyAt` reads these
 * through this, before the bare noun (a text whose subject is another treaty's, refugees, keeps it). Not the end of a
 * longer word (`ATIP Protocol`). The names are `PREFIX_NAMES`' own in capitals.
 */
export const ACRONYM_PREFIX_BEFORE = new RegExp(
  `(?<![A-Za-zÀ-ÿ])(?:${PREFIX_NAMES.flatMap((p) => p.names)
    .filter((n) => /^[A-Z][A-Za-z]*[A-Z]$/.test(n))
    .join('|')})[ \\t\\u00a0]{1,4}$`,
);
