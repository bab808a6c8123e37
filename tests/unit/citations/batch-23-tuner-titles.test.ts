import { describe, expect, it } from 'vitest';
import { TREATIES, type TreatyId } from '../../../lib/citations/keys';
import { found, tre, type Expect } from './factories';

/**
 * Session 19 (tuner-titles): the treaty's name around an article, by class rather than by passage. Factories build
 * sentence frames (the name after the article's connector, before it with a comma, before it with the article in
 * brackets, after a line break, in Markdown bold or `<strong>`) × name variants of each of our treaties in English,
 * French and Spanish (the official title, without its tail, lower case, title case, one typo, a lost accent, `de` /
 * `des`, a lost plural, another word order or translation, the short names, a line break or doubled spaces inside),
 * and the same frames with other instruments' names, which must give no treaty key of ours. Variants are unit rows,
 * not evaluation data.
 */

type Lang = 'en' | 'fr' | 'es';

/** A name as written: its text, what of it the span covers (its tail after a comma may stay out), its noun's gender. */
interface Name {
  id: TreatyId;
  lang: Lang;
  cls: string;
  text: string;
  /** The part of `text` in the span (the whole name unless a tail the span convention leaves out follows). */
  span?: string;
  /** French / Spanish: the noun's gender, for the connector (`du` / `de la`, `del` / `de la`). */
  fem?: boolean;
  /** Read only after the connector (`de la CTO`; before an article `CTO` is not read: a chief technology officer). */
  afterOnly?: boolean;
}

const n = (id: TreatyId, lang: Lang, cls: string, text: string, more: Partial<Name> = {}): Name => ({
  id,
  lang,
  cls,
  text,
  ...more,
});

const UNTOC_EN = 'United Nations Convention against Transnational Organized Crime';
const UNTOC_FR = 'Convention des Nations Unies contre la criminalité transnationale organisée';
const UNTOC_ES = 'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional';
const TIP_EN = 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children';
const TIP_FR =
  'Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants';
const TIP_ES = 'Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Niños';
const MIG_EN = 'Protocol against the Smuggling of Migrants by Land, Sea and Air';
const MIG_FR = 'Protocole contre le trafic illicite de migrants par terre, mer et air';
const MIG_ES = 'Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire';
const FIRE_EN =
  'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition';
const FIRE_FR =
  'Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions';
const FIRE_ES =
  'Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones';

const SUPPLEMENTING_EN = ', supplementing the United Nations Convention against Transnational Organized Crime';
const SUPPLEMENTING_ES =
  ', que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional';

/** Title case: every word capitalised (`Convention Against Transnational…`). */
const titleCase = (s: string): string =>
  s.replace(/(^|[\s’'])([a-zà-ÿ])/g, (_, b: string, c: string) => b + c.toUpperCase());

/** Our names, by treaty and language; `fem` where the noun is feminine (Convention / Convención, acronyms of it). */
const NAMES: Name[] = [
  // UNTOC, English.
  n('UNTOC', 'en', 'official', UNTOC_EN),
  n('UNTOC', 'en', 'lower case', UNTOC_EN.toLowerCase()),
  n('UNTOC', 'en', 'title case', titleCase(UNTOC_EN)),
  n('UNTOC', 'en', 'typo (dropped letter)', 'United Nations Convention against Transnational Organzed Crime'),
  n('UNTOC', 'en', 'typo (doubled letter)', 'United Nations Convention against Transnationnal Organized Crime'),
  n('UNTOC', 'en', 'British spelling', 'United Nations Convention against Transnational Organised Crime'),
  n('UNTOC', 'en', 'word order', 'United Nations Transnational Organised Crime Convention'),
  n('UNTOC', 'en', 'word dropped', 'Convention against Transnational Organized Crime'),
  n('UNTOC', 'en', 'U.N.', 'U.N. Convention against Transnational Organized Crime'),
  n('UNTOC', 'en', 'hyphenated line break', 'United Nations Convention against Trans-\nnational Organized Crime'),
  n('UNTOC', 'en', 'short name', 'UNTOC'),
  n('UNTOC', 'en', 'short name', 'Palermo Convention'),
  n('UNTOC', 'en', 'line break', 'United Nations Convention against\nTransnational Organized Crime'),
  n('UNTOC', 'en', 'doubled spaces', 'United Nations Convention against  Transnational Organized  Crime'),
  // UNTOC, French.
  n('UNTOC', 'fr', 'official', UNTOC_FR, { fem: true }),
  n('UNTOC', 'fr', 'lower case', UNTOC_FR.toLowerCase(), { fem: true }),
  n('UNTOC', 'fr', 'title case', titleCase(UNTOC_FR), { fem: true }),
  n('UNTOC', 'fr', 'lost accent', 'Convention des Nations Unies contre la criminalite transnationale organisee', {
    fem: true,
  }),
  n(
    'UNTOC',
    'fr',
    'typo (doubled letter)',
    'Convention des Nations Unies contre la criminalité transnationnale organisée',
    {
      fem: true,
    },
  ),
  n('UNTOC', 'fr', 'translation', 'Convention des Nations Unies sur la criminalité transnationale organisée', {
    fem: true,
  }),
  n('UNTOC', 'fr', 'word dropped', 'Convention contre la criminalité transnationale organisée', { fem: true }),
  n('UNTOC', 'fr', 'ONU', 'Convention de l’ONU contre la criminalité transnationale organisée', { fem: true }),
  n(
    'UNTOC',
    'fr',
    'hyphenated line break',
    'Convention des Nations Unies contre la criminalité trans-\nnationale organisée',
    {
      fem: true,
    },
  ),
  n('UNTOC', 'fr', 'short name', 'Convention de Palerme', { fem: true }),
  n('UNTOC', 'fr', 'short name', 'CTO', { fem: true, afterOnly: true }),
  n('UNTOC', 'fr', 'line break', 'Convention des Nations Unies contre la criminalité\ntransnationale organisée', {
    fem: true,
  }),
  // UNTOC, Spanish.
  n('UNTOC', 'es', 'official', UNTOC_ES, { fem: true }),
  n('UNTOC', 'es', 'lower case', UNTOC_ES.toLowerCase(), { fem: true }),
  n('UNTOC', 'es', 'lost accent', 'Convencion de las Naciones Unidas contra la Delincuencia Organizada Transnacional', {
    fem: true,
  }),
  n(
    'UNTOC',
    'es',
    'typo (dropped letter)',
    'Convención de las Naciones Unidas contra la Delincuencia Organizda Transnacional',
    {
      fem: true,
    },
  ),
  n('UNTOC', 'es', 'translation', 'Convención de las Naciones Unidas contra el Crimen Organizado Transnacional', {
    fem: true,
  }),
  n('UNTOC', 'es', 'word dropped', 'Convención contra la Delincuencia Organizada Transnacional', { fem: true }),
  n('UNTOC', 'es', 'ONU', 'Convención de la ONU contra la Delincuencia Organizada Transnacional', { fem: true }),
  n('UNTOC', 'es', 'short name', 'Convención de Palermo', { fem: true }),
  n(
    'UNTOC',
    'es',
    'doubled spaces',
    'Convención de las Naciones Unidas contra la  Delincuencia Organizada Transnacional',
    {
      fem: true,
    },
  ),
  // TIP Protocol, English.
  n('TIP', 'en', 'official', TIP_EN + SUPPLEMENTING_EN, { span: TIP_EN }),
  n('TIP', 'en', 'no tail', TIP_EN),
  n('TIP', 'en', 'no tail', 'Protocol to Prevent, Suppress and Punish Trafficking in Persons'),
  n('TIP', 'en', 'lower case', TIP_EN.toLowerCase()),
  n('TIP', 'en', 'title case', titleCase(TIP_EN)),
  n(
    'TIP',
    'en',
    'typo (dropped letter)',
    'Protocol to Prevent, Supress and Punish Trafficking in Persons, Especially Women and Children',
  ),
  n(
    'TIP',
    'en',
    'typo (doubled letter)',
    'Protocol to Prevent, Suppress and Punish Traffickking in Persons, Especially Women and Children',
  ),
  n(
    'TIP',
    'en',
    'typo in the tail',
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especialy Women and Children',
  ),
  n('TIP', 'en', 'short name', 'Palermo Protocol'),
  n('TIP', 'en', 'short name', 'Trafficking Protocol'),
  n('TIP', 'en', 'short name', 'Trafficking in Persons Protocol'),
  n('TIP', 'en', 'singular in a short name', 'Trafficking in Person Protocol'),
  n('TIP', 'en', 'short name', 'Protocol against Trafficking in Persons'),
  n('TIP', 'en', 'word dropped', 'Protocol to Prevent and Punish Trafficking in Persons'),
  n('TIP', 'en', 'word added', 'Protocol to Prevent, Suppress and Punish the Trafficking in Persons'),
  n('TIP', 'en', 'function word swapped', 'Protocol to Prevent, Suppress and Punish Trafficking of Persons'),
  n(
    'TIP',
    'en',
    'word added in the tail',
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially of Women and Children',
  ),
  n('TIP', 'en', 'hyphenated line break', 'Protocol to Prevent, Suppress and Punish Traf-\nficking in Persons'),
  n(
    'TIP',
    'en',
    'line break',
    'Protocol to Prevent, Suppress and Punish Trafficking in\nPersons, Especially Women and Children',
  ),
  n('TIP', 'en', 'doubled spaces', 'Protocol to Prevent,  Suppress and Punish Trafficking in  Persons'),
  // TIP Protocol, French.
  n('TIP', 'fr', 'official', TIP_FR),
  n('TIP', 'fr', 'no tail', 'Protocole visant à prévenir, réprimer et punir la traite des personnes'),
  n('TIP', 'fr', 'lower case', TIP_FR.toLowerCase()),
  n('TIP', 'fr', 'title case', titleCase(TIP_FR)),
  n('TIP', 'fr', 'de personnes', 'Protocole visant à prévenir, réprimer et punir la traite de personnes'),
  n('TIP', 'fr', 'lost accent', 'Protocole visant a prevenir, reprimer et punir la traite des personnes'),
  n('TIP', 'fr', 'typo (doubled letter)', 'Protocole visant à prévenir, réprimmer et punir la traite des personnes'),
  n(
    'TIP',
    'fr',
    'official with UNTOC',
    `Protocole additionnel à la ${UNTOC_FR} visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants`,
  ),
  n('TIP', 'fr', 'short name', 'Protocole de Palerme'),
  n('TIP', 'fr', 'short name', 'Protocole relatif à la traite des personnes'),
  n('TIP', 'fr', 'word dropped', 'Protocole visant à prévenir et punir la traite des personnes'),
  n('TIP', 'fr', 'line break', 'Protocole visant à prévenir, réprimer et punir la traite\ndes personnes'),
  // TIP Protocol, Spanish.
  n('TIP', 'es', 'official', TIP_ES + SUPPLEMENTING_ES, { span: TIP_ES }),
  n('TIP', 'es', 'no tail', 'Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas'),
  n('TIP', 'es', 'lower case', TIP_ES.toLowerCase()),
  n(
    'TIP',
    'es',
    'lost accent',
    'Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Ninos',
  ),
  n('TIP', 'es', 'typo (dropped letter)', 'Protocolo para Prevenir, Reprmir y Sancionar la Trata de Personas'),
  n('TIP', 'es', 'typo (doubled letter)', 'Protocolo para Prevenir, Reprimir y Sanccionar la Trata de Personas'),
  n('TIP', 'es', 'short name', 'Protocolo de Palermo'),
  n('TIP', 'es', 'short name', 'Protocolo contra la trata de personas'),
  n('TIP', 'es', 'doubled spaces', 'Protocolo para Prevenir, Reprimir y Sancionar  la Trata de Personas'),
  // Migrants Protocol, English.
  n('MIG', 'en', 'official', MIG_EN + SUPPLEMENTING_EN, { span: MIG_EN }),
  n('MIG', 'en', 'no tail', 'Protocol against the Smuggling of Migrants'),
  n('MIG', 'en', 'lower case', MIG_EN.toLowerCase()),
  n('MIG', 'en', 'title case', titleCase(MIG_EN)),
  n('MIG', 'en', 'typo (dropped letter)', 'Protocol against the Smugling of Migrants by Land, Sea and Air'),
  n('MIG', 'en', 'typo (doubled letter)', 'Protocol against the Smuggling of Migrantts'),
  n('MIG', 'en', 'word dropped', 'Protocol against Smuggling of Migrants by Land, Sea and Air'),
  n('MIG', 'en', 'short name', 'Smuggling Protocol'),
  n('MIG', 'en', 'short name', 'Smuggling of Migrants Protocol'),
  n('MIG', 'en', 'short name', 'Migrant Smuggling Protocol'),
  n('MIG', 'en', 'typo in a short name', 'Smugling of Migrants Protocol'),
  n('MIG', 'en', 'line break', 'Protocol against the Smuggling of\nMigrants by Land, Sea and Air'),
  // Migrants Protocol, French.
  n('MIG', 'fr', 'official', MIG_FR),
  n('MIG', 'fr', 'no tail', 'Protocole contre le trafic illicite de migrants'),
  n('MIG', 'fr', 'lower case', MIG_FR.toLowerCase()),
  n('MIG', 'fr', 'title case', titleCase(MIG_FR)),
  n('MIG', 'fr', 'des migrants', 'Protocole contre le trafic illicite des migrants'),
  n('MIG', 'fr', 'plural', 'Protocole contre les trafics illicites de migrants'),
  n('MIG', 'fr', 'typo (doubled letter)', 'Protocole contre le traffic illicite de migrants'),
  n('MIG', 'fr', 'short name', 'Protocole relatif aux migrants'),
  n('MIG', 'fr', 'short name', 'Protocole relatif au trafic illicite de migrants'),
  n(
    'MIG',
    'fr',
    'translation',
    'Protocole contre le trafic illicite de migrants par voie terrestre, maritime et aérienne',
  ),
  n('MIG', 'fr', 'doubled spaces', 'Protocole contre le trafic  illicite de migrants'),
  // Migrants Protocol, Spanish.
  n('MIG', 'es', 'official', MIG_ES),
  n('MIG', 'es', 'no tail', 'Protocolo contra el Tráfico Ilícito de Migrantes'),
  n('MIG', 'es', 'lower case', MIG_ES.toLowerCase()),
  n('MIG', 'es', 'lost accent', 'Protocolo contra el Trafico Ilicito de Migrantes por Tierra, Mar y Aire'),
  n('MIG', 'es', 'singular', 'Protocolo contra el tráfico ilícito de migrante'),
  n('MIG', 'es', 'typo (dropped letter)', 'Protocolo contra el Tráfico Ilíito de Migrantes'),
  n('MIG', 'es', 'word dropped', 'Protocolo contra el tráfico de migrantes'),
  n('MIG', 'es', 'translation', 'Protocolo contra el tráfico ilícito de migrantes por vía terrestre, marítima y aérea'),
  n('MIG', 'es', 'line break', 'Protocolo contra el Tráfico Ilícito\nde Migrantes'),
  n('MIG', 'es', 'hyphenated line break', 'Protocolo contra el Tráfico Ilícito de Mi-\ngrantes'),
  // Firearms Protocol, English.
  n('FIRE', 'en', 'official', FIRE_EN + SUPPLEMENTING_EN, { span: FIRE_EN }),
  n('FIRE', 'en', 'no tail', 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms'),
  n('FIRE', 'en', 'lower case', FIRE_EN.toLowerCase()),
  n('FIRE', 'en', 'title case', titleCase(FIRE_EN)),
  n('FIRE', 'en', 'typo (dropped letter)', 'Protocol against the Illicit Manufacturing of and Trafficking in Firarms'),
  n('FIRE', 'en', 'translation', 'Protocol against the Illicit Manufacture of and Trafficking in Firearms'),
  n(
    'FIRE',
    'en',
    'word order',
    'Protocol against the illicit manufacture of firearms, their parts and components and ammunition, and against illicit trafficking',
  ),
  n('FIRE', 'en', 'short name', 'Firearms Protocol'),
  n('FIRE', 'en', 'typo in a short name', 'Firarms Protocol'),
  n(
    'FIRE',
    'en',
    'word dropped in the tail',
    'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, their Parts, Components and Ammunition',
  ),
  n('FIRE', 'en', 'line break', 'Protocol against the Illicit Manufacturing of and\nTrafficking in Firearms'),
  // Firearms Protocol, French.
  n('FIRE', 'fr', 'official', FIRE_FR),
  n('FIRE', 'fr', 'no tail', 'Protocole contre la fabrication et le trafic illicites d’armes à feu'),
  n('FIRE', 'fr', 'lower case', FIRE_FR.toLowerCase()),
  n(
    'FIRE',
    'fr',
    'lost accent',
    'Protocole contre la fabrication et le trafic illicites d’armes a feu, de leurs pieces, elements et munitions',
  ),
  n('FIRE', 'fr', 'singular', 'Protocole contre la fabrication et le trafic illicite d’armes à feu'),
  n('FIRE', 'fr', 'typo (dropped letter)', 'Protocole contre la fabriation et le trafic illicites d’armes à feu'),
  n('FIRE', 'fr', 'short name', 'Protocole relatif aux armes à feu'),
  n('FIRE', 'fr', 'word added', 'Protocole contre la fabrication et le trafic illicites des armes à feu'),
  n('FIRE', 'fr', 'doubled spaces', 'Protocole contre la fabrication et le trafic  illicites d’armes à feu'),
  // Firearms Protocol, Spanish.
  n('FIRE', 'es', 'official', FIRE_ES),
  n('FIRE', 'es', 'no tail', 'Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego'),
  n('FIRE', 'es', 'title case', titleCase(FIRE_ES)),
  n('FIRE', 'es', 'lost accent', 'Protocolo contra la fabricacion y el trafico ilicitos de armas de fuego'),
  n('FIRE', 'es', 'singular', 'Protocolo contra la fabricación y el tráfico ilícito de armas de fuego'),
  n('FIRE', 'es', 'typo (doubled letter)', 'Protocolo contra la fabricación y el tráfico ilícitos de armas de fuegoo'),
  n('FIRE', 'es', 'short name', 'Protocolo sobre armas de fuego'),
  n('FIRE', 'es', 'word dropped', 'Protocolo contra la fabricación y tráfico ilícitos de armas de fuego'),
  n('FIRE', 'es', 'line break', 'Protocolo contra la fabricación y el tráfico ilícitos\nde armas de fuego'),
];

/** Other instruments' names, by language, in the same frames: none may give a treaty key of ours. */
const OTHERS: { lang: Lang; text: string; fem?: boolean }[] = [
  ...[
    'Protocol No. 1 to the Convention for the Protection of Human Rights and Fundamental Freedoms',
    'Council of Europe Convention on Action against Trafficking in Human Beings',
    'ASEAN Convention against Trafficking in Persons, Especially Women and Children',
    'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
    'Protocol to the African Charter on Human and Peoples’ Rights on the Rights of Women in Africa',
    'Maputo Protocol',
    'ECOWAS Protocol on Free Movement of Persons',
    'Hague Protocol of 2007 on the Law Applicable to Maintenance Obligations',
    'Kyoto Protocol',
    'United Nations Convention against Corruption',
    'Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others',
    'SAARC Convention on Preventing and Combating Trafficking in Women and Children for Prostitution',
    'Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials',
    'Convention on the Protection of the Rights of All Migrant Workers',
    'Trafficking Victims Protection Act',
    // Titles sharing words with ours (a tolerant reading must not take them).
    'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances',
    'United Nations Convention on the Law of the Sea',
    'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    'SADC Protocol on the Control of Firearms, Ammunition and Other Related Materials',
    'Council of Europe Convention on Cybercrime',
    'Montreal Protocol on Substances that Deplete the Ozone Layer',
    'Cartagena Protocol on Biosafety',
    'Istanbul Protocol',
    'Nagoya Protocol',
  ].map((text) => ({ lang: 'en' as const, text })),
  ...[
    ['Protocole n° 1 à la Convention de sauvegarde des droits de l’homme', false],
    ['Convention du Conseil de l’Europe sur la lutte contre la traite des êtres humains', true],
    ['Convention de l’ASEAN contre la traite des personnes, en particulier des femmes et des enfants', true],
    ['Protocole facultatif à la Convention relative aux droits de l’enfant, concernant la vente d’enfants', false],
    ['Protocole de Maputo', false],
    ['Protocole de la CEDEAO sur la libre circulation des personnes', false],
    ['Protocole de Kyoto', false],
    ['Convention des Nations Unies contre la corruption', true],
    [
      'Convention pour la répression de la traite des êtres humains et de l’exploitation de la prostitution d’autrui',
      true,
    ],
    ['Convention de la SAARC sur la prévention de la traite des femmes et des enfants', true],
    ['Protocole de La Haye de 2007 sur la loi applicable aux obligations alimentaires', false],
    ['loi n° 2005-06 relative à la lutte contre la traite des personnes', true],
    ['Convention des Nations Unies contre le trafic illicite de stupéfiants et de substances psychotropes', true],
    ['Convention des Nations Unies contre la torture', true],
    ['Protocole de la SADC sur le contrôle des armes à feu, munitions et autres matériels connexes', false],
  ].map(([text, fem]) => ({ lang: 'fr' as const, text: text as string, fem: fem as boolean })),
  ...[
    ['Protocolo n.º 1 al Convenio Europeo de Derechos Humanos', false],
    ['Convenio del Consejo de Europa sobre la lucha contra la trata de seres humanos', false],
    ['Convención de la ASEAN contra la Trata de Personas, Especialmente Mujeres y Niños', true],
    ['Protocolo Facultativo de la Convención sobre los Derechos del Niño relativo a la venta de niños', false],
    ['Protocolo de Maputo', false],
    ['Protocolo de la CEDEAO sobre la libre circulación de personas', false],
    ['Protocolo de Kioto', false],
    ['Convención de las Naciones Unidas contra la Corrupción', true],
    ['Convenio para la represión de la trata de personas y de la explotación de la prostitución ajena', false],
    [
      'Convención Interamericana contra la Fabricación y el Tráfico Ilícitos de Armas de Fuego, Municiones, Explosivos y Otros Materiales Relacionados',
      true,
    ],
    ['Ley 26.364 de Prevención y Sanción de la Trata de Personas', true],
    ['Protocolo de La Haya de 2007 sobre la ley aplicable a las obligaciones alimenticias', false],
    ['Convención de las Naciones Unidas contra el Tráfico Ilícito de Estupefacientes y Sustancias Sicotrópicas', true],
    ['Convención de las Naciones Unidas contra la Corrupción y la Delincuencia', true],
  ].map(([text, fem]) => ({ lang: 'es' as const, text: text as string, fem: fem as boolean })),
];

/** A sentence frame: the text with the name in it, and the span expected when the name is ours. */
interface Frame {
  name: string;
  langs: readonly Lang[];
  build: (name: string, fem: boolean, lang: Lang) => string;
  /** The expected span, from the name as the span covers it; `article 5` alone where the name comes before. */
  span: (name: string, fem: boolean, lang: Lang) => string;
  /** The name comes before the article. */
  before?: boolean;
}

const ART: Record<Lang, string> = { en: 'article', fr: 'article', es: 'artículo' };
/** The connector after the article: `of the`, `du` / `de la`, `del` / `de la`; an acronym in English takes `of`. */
const conn = (lang: Lang, fem: boolean): string =>
  lang === 'en' ? 'of the' : lang === 'fr' ? (fem ? 'de la' : 'du') : fem ? 'de la' : 'del';
const det = (lang: Lang, fem: boolean): string =>
  lang === 'en' ? 'the' : lang === 'fr' ? (fem ? 'la' : 'le') : fem ? 'la' : 'el';
const head = (lang: Lang, fem: boolean): string => `${ART[lang]} 5 ${conn(lang, fem)}`;
const after = (lang: Lang): string =>
  lang === 'en'
    ? ', States Parties shall act.'
    : lang === 'fr'
      ? ', les États parties agissent.'
      : ', los Estados Partes actúan.';
const lead = (lang: Lang): string =>
  lang === 'en' ? 'The duties under' : lang === 'fr' ? 'En vertu de l’' : 'Conforme a lo dispuesto en el';
const glue = (lang: Lang): string => (lang === 'fr' ? '' : ' ');
const asIn = (lang: Lang): string => (lang === 'en' ? 'As required by' : lang === 'fr' ? 'Comme le prévoit' : 'Según');

/** Quotes as each language writes them around a title (French with its spaces). */
const OPEN: Record<Lang, string> = { en: '“', fr: '« ', es: '«' };
const CLOSE: Record<Lang, string> = { en: '”', fr: ' »', es: '»' };

const FRAMES: Frame[] = [
  {
    name: 'after the connector',
    langs: ['en', 'fr', 'es'],
    build: (nm, fem, lang) => `${lead(lang)}${glue(lang)}${head(lang, fem)} ${nm}${after(lang)}`,
    span: (nm, fem, lang) => `${head(lang, fem)} ${nm}`,
  },
  {
    // French with a straight apostrophe and a lower-case lead (`l'article 5 du …`).
    name: 'after the connector (straight apostrophe)',
    langs: ['fr'],
    build: (nm, fem, lang) => `selon l'${head(lang, fem)} ${nm}${after(lang)}`,
    span: (nm, fem, lang) => `${head(lang, fem)} ${nm}`,
  },
  {
    name: 'before the article, a comma',
    langs: ['en', 'fr', 'es'],
    before: true,
    build: (nm, fem, lang) => `${det(lang, fem)} ${nm}, ${ART[lang]} 5${after(lang)}`,
    span: (_nm, _fem, lang) => `${ART[lang]} 5`,
  },
  {
    name: 'before the article in brackets',
    langs: ['en', 'fr', 'es'],
    before: true,
    build: (nm, fem, lang) => `${asIn(lang)} ${det(lang, fem)} ${nm} (${ART[lang]} 5)${after(lang)}`,
    span: (_nm, _fem, lang) => `${ART[lang]} 5`,
  },
  {
    name: 'after a line break',
    langs: ['en', 'fr', 'es'],
    build: (nm, fem, lang) => `${lead(lang)}${glue(lang)}${head(lang, fem)}\n${nm}${after(lang)}`,
    span: (nm, fem, lang) => `${head(lang, fem)}\n${nm}`,
  },
  {
    name: 'in Markdown bold',
    langs: ['en', 'fr', 'es'],
    build: (nm, fem, lang) => `${lead(lang)}${glue(lang)}${head(lang, fem)} **${nm}**${after(lang)}`,
    span: (nm, fem, lang) => `${head(lang, fem)} **${nm}`,
  },
  {
    name: 'in Markdown italics',
    langs: ['en', 'fr', 'es'],
    build: (nm, fem, lang) => `${lead(lang)}${glue(lang)}${head(lang, fem)} _${nm}_${after(lang)}`,
    span: (nm, fem, lang) => `${head(lang, fem)} _${nm}`,
  },
  {
    name: 'in quotes',
    langs: ['en', 'fr', 'es'],
    build: (nm, fem, lang) =>
      `${lead(lang)}${glue(lang)}${head(lang, fem)} ${OPEN[lang]}${nm}${CLOSE[lang]}${after(lang)}`,
    span: (nm, fem, lang) => `${head(lang, fem)} ${OPEN[lang]}${nm}`,
  },
  {
    name: 'in <strong>',
    langs: ['en', 'fr', 'es'],
    build: (nm, fem, lang) => `${lead(lang)}${glue(lang)}${head(lang, fem)} <strong>${nm}</strong>${after(lang)}`,
    span: (nm, fem, lang) => `${head(lang, fem)} <strong>${nm}`,
  },
];

/** The acronyms are written without a determiner in English (`of UNTOC`, `UNTOC, article 5`). */
const bareAcronym = (nm: Name): boolean => nm.lang === 'en' && /^[A-Z]+$/.test(nm.text);

function cited(): [string, string, string, Expect[]][] {
  const rows: [string, string, string, Expect[]][] = [];
  for (const nm of NAMES) {
    for (const f of FRAMES) {
      if (!f.langs.includes(nm.lang) || (f.before && nm.afterOnly)) continue;
      const fem = nm.fem ?? false;
      let input = f.build(nm.text, fem, nm.lang);
      let span = f.span(nm.span ?? nm.text, fem, nm.lang);
      if (bareAcronym(nm)) {
        input = input.replace(/of the (\**|_|“|<strong>)?UNTOC/, 'of $1UNTOC').replace(/\bthe UNTOC/, 'UNTOC');
        span = span.replace('of the ', 'of ');
      }
      const key = `${TREATIES[nm.id].keyPrefix} art. 5`;
      rows.push([`${nm.id} ${nm.lang} ${nm.cls}`, f.name, input, [tre(span, key, { article: 5 })]]);
    }
  }
  return rows;
}

function left(): [string, string][] {
  const rows: [string, string][] = [];
  for (const o of OTHERS) {
    for (const f of FRAMES) {
      if (!f.langs.includes(o.lang)) continue;
      rows.push([f.name, f.build(o.text, o.fem ?? false, o.lang)]);
    }
  }
  return rows;
}

const OURS = new RegExp(
  `^(?:${Object.values(TREATIES)
    .map((t) => t.keyPrefix)
    .join('|')}) art\\.`,
);

describe('our treaty named around an article, by class (session 19, tuner-titles)', () => {
  it.each(cited())('%s — %s: %s', (_cls, _frame, input, expected) => {
    expect(found(input).filter((c) => c.kind === 'treaty')).toEqual(expected);
  });
});

describe('other instruments named around an article give no key of ours (session 19, tuner-titles)', () => {
  it.each(left())('%s: %s', (_frame, input) => {
    expect(found(input).filter((c) => OURS.test(c.key))).toEqual([]);
  });
});
