/**
 * Our treaties' official titles as the UN writes them (EN/FR/ES), the TIP Protocol's short titles and the British
 * spellings real text uses: the one home of these titles' words, read tolerantly by `treaty-tables.ts` (regex
 * sources), `name-forms.ts` (a title cut short) and `tolerant-title.ts` (a title with a slip). Split from
 * `treaty-tables.ts` (its module-size limit). Data only.
 */

import type { TreatyId } from './keys';

/** Spellings of a title's word real text uses beside the UN's: the UN's, then the other (`Organised`). */
export const BRITISH_SPELLINGS: readonly (readonly [string, string])[] = [['Organized', 'Organised']];

/**
 * Our treaties' titles after the noun as the UN writes them, one per language: the one home of these titles. `names`:
 * the words that name the treaty by themselves; `rest`: the title's further words, each of which real text may leave
 * out (written with their leading comma or space). `TREATY_QUALIFIERS` reads them tolerantly beside other forms real
 * text uses; `name-forms.ts` reads a title cut short against them (with `SHORT_TITLES` and `BRITISH_SPELLINGS`).
 */
export const OFFICIAL_TITLES: Readonly<
  Record<TreatyId, Readonly<Record<'en' | 'fr' | 'es', { names: string; rest: readonly string[] }>>>
> = {
  UNTOC: {
    en: { names: 'against Transnational Organized Crime', rest: [] },
    fr: { names: 'contre la criminalité transnationale organisée', rest: [] },
    es: { names: 'contra la Delincuencia Organizada Transnacional', rest: [] },
  },
  TIP: {
    // An author may shorten the title after `Women` (`…Trafficking in Persons, especially Women (Trafficking
    // Protocol)`, dev en-441): the span runs through the title as written, so `and Children` is a part of its own.
    en: {
      names: 'to Prevent, Suppress and Punish Trafficking in Persons',
      rest: [', Especially Women', ' and Children'],
    },
    fr: {
      names: 'visant à prévenir, réprimer et punir la traite des personnes',
      rest: [', en particulier des femmes', ' et des enfants'],
    },
    // `de personas` may be cut off (`Protocolo para Prevenir, Reprimir y Sancionar la Trata .`, a web page's truncated
    // link text, thirteenth round's first run): the title's verbs already name the TIP Protocol alone.
    es: {
      names: 'para prevenir, reprimir y sancionar la trata',
      rest: [' de personas', ', especialmente mujeres', ' y niños'],
    },
  },
  MIG: {
    en: { names: 'against the Smuggling of Migrants', rest: [' by Land, Sea and Air'] },
    fr: { names: 'contre le trafic illicite de migrants', rest: [' par terre, mer et air'] },
    es: { names: 'contra el tráfico ilícito de migrantes', rest: [' por tierra, mar y aire'] },
  },
  FIRE: {
    en: {
      names: 'against the Illicit Manufacturing of and Trafficking in Firearms',
      rest: [', Their Parts and Components and Ammunition'],
    },
    fr: {
      names: "contre la fabrication et le trafic illicites d'armes à feu",
      rest: [', de leurs pièces, éléments et munitions'],
    },
    es: {
      names: 'contra la fabricación y el tráfico ilícitos de armas de fuego',
      rest: [', sus piezas y componentes y municiones'],
    },
  },
};

/** The TIP Protocol's short titles (`Protocol against Trafficking in Persons`), one per language. */
export const SHORT_TITLES: readonly { id: TreatyId; title: string }[] = [
  'against Trafficking in Persons',
  'contre la traite des personnes',
  'contra la trata de personas',
].map((title) => ({ id: 'TIP' as TreatyId, title }));
