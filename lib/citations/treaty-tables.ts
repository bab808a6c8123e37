/**
 * The names of UNTOC and its Protocols that may follow or precede a treaty noun (FR/EN/ES), as regex sources for
 * `treaty-names.ts`. Data only.
 */

import type { TreatyId } from './keys';
import { alt, APOS, escapeLiteral, optional, OWS, phrases, WS } from './patterns';

/**
 * Between two words of a treaty's title: white space of any kind and length, markup left in the text by a web page or
 * an ePaper (`Trafficking in<br />\n\nPersons`, `<strong>`), and an optional comma (a title without its commas, `…in
 * Persons Especially Women…`, or with a serial one, `Prevent, Suppress, and Punish`). Bounded (48 pieces: a PDF's line
 * break with the next line's indentation, `criminalité\n                     transnationale`, a judgment's 21 spaces).
 */
const TITLE_SEP = `,?(?:\\s|<\\/?[a-z]{1,10}(?:\\s?\\/)?>){1,48}(?!\\s)`;

/**
 * Word variants real titles use: `&` for and / et / y, British `Organised`, `Crimes`, and `on` / `sur` / `sobre` for
 * `against` / `contre` / `contra` (`Convention on Transnational Organized Crime`, `Convención … sobre la Delincuencia
 * Organizada Transnacional`, `Protocolo … sobre trata de personas`: the subject is ours whichever preposition leads
 * to it; another treaty's subject never follows ours, so nothing new is let in).
 */
const TITLE_WORDS: Record<string, string> = {
  and: '(?:and|&)',
  et: '(?:et|&)',
  y: '(?:y|&)',
  against: '(?:against|on)',
  contre: '(?:contre|sur)',
  contra: '(?:contra|sobre)',
  organized: 'organi[sz]ed',
  crime: 'crimes?',
  // Spanish titles as Latin American texts write UNTOC's (`Convención de Naciones Unidas contra el Crimen Organizado
  // Transnacional`): `las` may go, `el Crimen Organizado` for `la Delincuencia Organizada`.
  // Harmless elsewhere (`trata de las personas`, `contre el criminalité`: no other treaty's title is read through them).
  de: `de(?:${TITLE_SEP}las)?`,
  la: '(?:la|el)',
  delincuencia: '(?:delincuencia|crimen)',
  organizada: 'organizad[ao]',
  // `Trasnacional`, a spelling the RAE accepts beside `transnacional` (dev es-088).
  transnacional: 'tran?snacional',
};

/**
 * A treaty title read tolerantly (see `TITLE_SEP`, `TITLE_WORDS`): one reading of every title, rather than a phrase per
 * variant found. Apostrophes as in `phrase` (`d'armes`, `d’armes`). A leading space (`' par terre…'`) opens with a
 * separator; a title written without one (the qualifiers below) leaves it to the caller.
 */
const title = (literal: string): string =>
  literal
    .split(/,? /)
    .map((word) => TITLE_WORDS[word.toLowerCase()] ?? escapeLiteral(word).replace(/'/g, `${APOS}${OWS}`))
    .join(TITLE_SEP);

/** Alternation of titles, longest first so a longer name wins over its prefix. */
const titles = (literals: readonly string[]): string =>
  alt(...[...literals].sort((a, b) => b.length - a.length).map(title));

/**
 * What may follow the noun `Convention`/`Protocole`/… to name the treaty (FR/EN/ES), included in the citation span.
 * Tried before `NOT_QUALIFIED`, so "Convention des Nations Unies contre la criminalité…" is UNTOC while
 * "Convention des Nations Unies contre la corruption" is rejected.
 * Each source reads the separator after the noun once (`TITLE_SEP + …`), then its titles (written without their
 * leading space): read once per title, it cost most of each try after every noun. Same matches: the separator's
 * greedy reading is the only one a title can follow (a shorter one leaves white space or `<` next, where no title
 * starts), so factoring it out of the alternation keeps out nothing it read and lets in nothing new.
 */
/** The Migrants Protocol's `by land, sea and air`, its last two words in either order (`par terre, mer et air`). */
const BY_LAND = optional(
  titles([
    ' par terre, air et mer',
    ' par terre, mer et air',
    ' by Land, Sea and Air',
    ' by Land, Air and Sea',
    ' por tierra, mar y aire',
    ' por tierra, aire y mar',
  ]),
);

export const TREATY_QUALIFIERS: readonly { id: TreatyId; source: string }[] = [
  {
    id: 'UNTOC',
    source:
      TITLE_SEP +
      titles([
        'des Nations Unies contre la criminalité transnationale organisée',
        'contre la criminalité transnationale organisée',
        'contre la criminalité organisée',
        'de Palerme',
        'against Transnational Organized Crime',
        'de Naciones Unidas contra la Delincuencia Organizada Transnacional',
        'contra la Delincuencia Organizada Transnacional',
        'contra la Delincuencia Organizada',
        'de Palermo',
      ]),
  },
  {
    id: 'TIP',
    source:
      TITLE_SEP +
      alt(
        // EU translations repeat the `à` (`visant à prévenir, à réprimer et à punir`); US texts add a serial comma.
        `${titles(['visant à prévenir, réprimer et punir la traite des personnes', 'visant à prévenir, à réprimer et à punir la traite des personnes'])}${optional(title(', en particulier des femmes et des enfants'))}`,
        `${titles(['to Prevent, Suppress and Punish Trafficking in Persons', 'to Prevent, Suppress, and Punish Trafficking in Persons'])}${optional(title(', Especially Women and Children'))}`,
        // `de personas` may be cut off (`Protocolo para Prevenir, Reprimir y Sancionar la Trata .`, a web page's
        // truncated link text, thirteenth round's first run): the title's verbs already name the TIP Protocol alone.
        `${title('para prevenir, reprimir y sancionar la trata')}${optional(title(' de personas'))}${optional(title(', especialmente mujeres y niños'))}`,
        titles([
          'relatif à la traite des personnes',
          'contre la traite des personnes',
          'against Trafficking in Persons',
          'contra la trata de personas',
          // An informal name's subject phrase without its article (`PROTOCOLO DE PALERMO SOBRE TRATA DE PERSONAS`).
          'contra trata de personas',
        ]),
      ),
  },
  {
    id: 'MIG',
    source:
      TITLE_SEP +
      titles([
        'contre le trafic illicite de migrants',
        'contre les trafics illicites de migrants',
        'against the Smuggling of Migrants',
        'contra el tráfico ilícito de migrantes',
        'relatif au trafic illicite de migrants',
        'relatif au trafic illicite des migrants',
        'sur le trafic de migrants',
      ]) +
      BY_LAND,
  },
  {
    id: 'FIRE',
    // The full title goes on after a comma: "…, de leurs pièces, éléments et munitions", "…, Their Parts…".
    source:
      TITLE_SEP +
      alt(
        // `trafic illicite` / `tráfico ilícito` in the singular too (a decree's visas, national titles).
        `${titles(["contre la fabrication et le trafic illicites d'armes à feu", "contre la fabrication et le trafic illicite d'armes à feu"])}${optional(title(', de leurs pièces, éléments et munitions'))}`,
        `${title('against the Illicit Manufacturing of and Trafficking in Firearms')}${optional(title(', Their Parts and Components and Ammunition'))}`,
        // And without `ilícitos` (an EU Regulation's title, dev es-083).
        `${titles(['contra la fabricación y el tráfico ilícitos de armas de fuego', 'contra la fabricación y el tráfico ilícito de armas de fuego', 'contra la fabricación y el tráfico de armas de fuego'])}${optional(title(', sus piezas y componentes y municiones'))}`,
        title('relatif aux armes à feu'),
      ),
  },
];

/**
 * UNTOC named inside a Protocol's full title, between the noun and the Protocol's own subject (the French title's
 * order: `Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant
 * à prévenir…`; Spanish `Protocolo complementario de la Convención … para prevenir…`). Read tolerantly (`title`), the
 * separator after the noun once (as `TREATY_QUALIFIERS`).
 */
export const SUPPLEMENTS_IN_TITLE =
  TITLE_SEP +
  alt(
    title('additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée'),
    // With the date all three Protocols were adopted (the Swiss style: `Protocole additionnel du 15 novembre 2000 à…`).
    title(
      'additionnel du 15 novembre 2000 à la Convention des Nations Unies contre la criminalité transnationale organisée',
    ),
    title('additional to the United Nations Convention against Transnational Organized Crime'),
    title('complementario de la Convención de Naciones Unidas contra la Delincuencia Organizada Transnacional'),
  );

/**
 * English names where the treaty comes before the noun: "Trafficking in Persons Protocol", "Palermo Convention".
 * "United Nations Convention" only names UNTOC with its qualifier ("… against Transnational Organized Crime"), so it
 * is marked `needsQualifier` ("United Nations Convention against Corruption" is refused). `United Nation s` is a PDF
 * extraction's split word (`article 19 of the United Nation s\nConvention against Transnational…`).
 */
export const TREATY_PREFIXES: readonly {
  id: TreatyId;
  noun: 'convention' | 'protocol';
  source: string;
  needsQualifier?: true;
}[] = [
  { id: 'TIP', noun: 'protocol', source: phrases(['Trafficking in Persons', 'Trafficking', 'Palermo', 'TIP']) },
  {
    id: 'MIG',
    noun: 'protocol',
    source: phrases(['Smuggling of Migrants', 'Migrant Smuggling', 'Migrants', 'Smuggling']),
  },
  { id: 'FIRE', noun: 'protocol', source: phrases(['Firearms']) },
  { id: 'UNTOC', noun: 'convention', source: phrases(['Organized Crime', 'Organised Crime', 'Palermo', 'TOC']) },
  {
    id: 'UNTOC',
    noun: 'convention',
    source: phrases(['United Nations', 'United Nation s', 'UN']),
    needsQualifier: true,
  },
];

/**
 * "United Nations" inside the name of one of our treaties, in each position real text puts it (regex sources; the
 * one home of these forms, each kept only where its user checks that a name of ours goes on after it):
 * - `lead`: before a Protocol's English prefix name (`the United Nations Smuggling of Migrants Protocol`, `the UN
 *   Firearms Protocol`, `the International Trafficking Protocol`) or a noun its qualifier names in full (`the UN
 *   Protocol to Prevent…`); `treaty-names.ts` keeps it only then, so `UN Protocol` alone stays unread;
 * - `after`: between a Protocol noun and its own subject (`protocole des Nations unies contre la fabrication et le
 *   trafic illicite d'armes à feu`, `Protocolo de las Naciones Unidas para prevenir…`, `Protocolo de la ONU contra la
 *   Trata de Personas`); kept only when one of our
 *   Protocols' qualifiers follows (`protocole des Nations Unies relatif au statut des apatrides` stays out);
 * - `beforeName`: after the connector, before a Protocol's name, a translation's word order (`artículo 3(a) de las
 *   Naciones Unidas Protocolo contra el Tráfico Ilícito de Migrantes…`); kept only when a Protocol other than UNTOC
 *   is named in full after it, so "de las Naciones Unidas" before anything else stays unread.
 */
export const UN_IN_NAME = {
  lead: `(?:United${WS}Nations|UN|International)${WS}`,
  after: `${WS}(?:des${WS}Nations${WS}Unies|de${WS}las${WS}Naciones${WS}Unidas|de${WS}la${WS}ONU)(?=\\s)`,
  beforeName: `las${WS}Naciones${WS}Unidas${WS}`,
} as const;

/**
 * Our subject: trafficking in persons, the smuggling of migrants, firearms, transnational organized crime, Palermo
 * (FR/EN/ES). A text naming it keeps its bare `the Convention` / `le Protocole` ours even when it also names another
 * treaty's subject (`OTHER_SUBJECT`).
 */
export const OUR_SUBJECT =
  /palerm|traite\s+des\s+personnes|trafic\s+illicite\s+d(?:e|es)\s+migrants|armes\s+à\s+feu|trafficking\s+in\s+persons|smuggling\s+of\s+migrants|firearms|trata\s+de\s+personas|tráfico\s+ilícito\s+de\s+migrantes|armas\s+de\s+fuego|criminalité\s+transnationale\s+organisée|transnational\s+organi[sz]ed\s+crime|delincuencia\s+organizada\s+transnacional/i;

/**
 * One of our treaties named (not just our subject): what keeps a forced-labour text's bare Protocol ours, since the
 * ILO's forced-labour texts discuss trafficking too ("Identification des victimes de traite") and their Protocol of 2014
 * is about victims as well.
 */
export const OUR_TREATY_NAMED =
  /palerm|UNC?TOC|transnational\s+organi[sz]ed\s+crime|criminalité\s+transnationale\s+organisée|delincuencia\s+organizada\s+transnacional|(?:trafficking|smuggling|firearms)(?:\s+in\s+persons|\s+of\s+migrants)?\s+protocol|protocol\s+(?:to\s+prevent|against\s+the)|protocole\s+(?:visant|additionnel|relatif\s+à\s+la\s+traite|contre\s+l)|protocolo\s+(?:para\s+prevenir|contra\s+el)/i;

/** Forced labour, a subject the ILO's Forced Labour Convention and its 2014 Protocol share with trafficking texts. */
export const FORCED_LABOUR = /forced\s+labou?r|travail\s+forcé|trabajo\s+forzoso/i;

/**
 * Subjects of other treaties whose texts say "the Convention" / "the Protocol": climate (UNFCCC decisions `1/CP.1`,
 * `9/CMP.1`), torture, corruption, biodiversity, the rights of the child, discrimination against women (also by its
 * acronym: a "CEDAW General recommendation" on trafficking in women and girls), refugees (the 1951 Convention and its
 * 1967 Protocol: "l'art. 1 du présent Protocole", "l'art. 40 de la Convention"), forced labour (the ILO's Forced Labour
 * Convention and its 2014 Protocol, whose supervisory comments never name them: "Article 2 du protocole"), ill-treatment
 * (the European Convention's article 3 in a judgment that never names it: "inhuman or degrading treatment … a breach of
 * Article 3 of the Convention"), narcotic drugs (the 1961 and 1988 Conventions: a depositary record's "Notification under
 * article 12 (2) of the Convention"). A text that
 * also names our subject stays ours (trafficking texts quote "forced labour or services" from article 3).
 */
export const OTHER_SUBJECT =
  /\/CM?P\.\d|\bCEDAW\b|climat|torture|tortura|corruption|corrupción|biological diversity|diversité biologique|diversidad biológica|rights of the child|droits de l'enfant|derechos del niño|discrimination against women|discrimination à l'égard des femmes|discriminación contra la mujer|refugees|réfugiés|refugiados|forced labou?r|travail forcé|trabajo forzoso|inhuman or degrading|ill-treatment|traitements inhumains|tratos inhumanos|narcotic|stupéfiants|estupefacientes/i;

/** The subject words of a long title that names the treaty last ("Protocole additionnel … visant à … la traite"). */
export const TITLE_SUBJECTS: readonly { id: TreatyId; re: RegExp }[] = [
  // The Migrants Protocol's own text also says "smuggled migrants", "routes along which migrants are smuggled".
  {
    id: 'MIG',
    re: /trafic(?:\s+illicite)?\s+d(?:e|es)\s+migrants|smuggling\s+of\s+migrants|smuggled\s+migrants|migrants\s+(?:are|were|have\s+been)\s+smuggled|tráfico\s+ilícito\s+de\s+migrantes/i,
  },
  { id: 'FIRE', re: /armes à feu|firearms|armas de fuego/i },
  { id: 'TIP', re: /traite des personnes|trafficking in persons|trata de personas/i },
];

/**
 * A text that is not a treaty named in the article's sentence (`le Code de conduite …, en particulier l'article 5 qui
 * demande…`, `Under the Act, article 12 …`, `la Constitución … su artículo 4`): the article is that text's, not the
 * treaty in focus'. Capitalised names (`Code`, `Act`, `Law`, `Decree`, `Constitution`, `Charter`…: a title, so "the
 * act of trafficking" or "national law" do not count), the lower-case words of French and Spanish codes, and other
 * treaties' acronyms (`Like the ECHR, article 4 …`: ECHR, CEDAW, CRC, UNCLOS…), and `Convenio`, always another treaty's
 * (UNTOC is `Convención`; `El Convenio de 1949 … (Artículo 1)` after the Palermo Protocol was named, test es-158).
 */
export const OTHER_INSTRUMENT =
  /\b(?:Convenio|Code|Codes|Act|Law|Loi|Ley|Decree|Décret|Decreto|Constitution|Constitución|Charter|Charte|Carta|Statute|Statut|Estatuto|Regulations?|Règlement|Reglamento|Directive|Directiva|ECHR|CEDH|CEDAW|CRC|ICCPR|ICESCR|UDHR|DUDH|UNCLOS|UNCAC|CADH|ACHR|CRPD|TFEU|TFUE)\b|\b(?:code|código|décret|decreto)\b/;
