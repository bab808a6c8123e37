/** The names of UNTOC and its Protocols that may follow or precede a treaty noun (FR/EN/ES), as regex sources. */

import type { TreatyId } from './keys';
import { alt, APOS, escapeLiteral, optional, OWS, SPACE } from './patterns';
import { BRITISH_SPELLINGS, OFFICIAL_TITLES, SHORT_TITLES } from './official-titles';
import { MIGRANTS_BY_SUBJECT, MIGRANTS_SHORTHAND } from './migrants-names';
import { orPlain } from './plain-letters';

/** The names written before the noun (`treaty-prefixes.ts`), re-exported with the titles. */
export { FIREARMS_ACRONYM, TREATY_PREFIXES, UNTOC_ACRONYM } from './treaty-prefixes';
/** Our official titles as the UN writes them (`official-titles.ts`), re-exported with the tolerant readings. */
export { BRITISH_SPELLINGS, OFFICIAL_TITLES, SHORT_TITLES } from './official-titles';

/** A simple tag a title's words may be split by, left by a web page or an ePaper (`<br />`, `<strong>`; flag `i`). */
export const TITLE_TAG = `<\\/?[a-z]{1,10}(?:${SPACE}?\\/)?>`;
/**
 * Between two words of a treaty's title: white space, markup (`TITLE_TAG`: `Trafficking in<br />\n\nPersons`), an
 * optional comma (`…in Persons Especially Women…`, `Prevent, Suppress, and Punish`). Bounded: 48 pieces (a PDF's line
 * break and the next line's indentation, `criminalité\n                     transnationale`, a judgment's 21 spaces).
 */
export const TITLE_SEP = `,?(?:${SPACE}|${TITLE_TAG}){1,48}(?!${SPACE})`;

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
  ...Object.fromEntries(BRITISH_SPELLINGS.map(([un, other]) => [un.toLowerCase(), alt(un, other).toLowerCase()])),
  crime: 'crimes?',
  // Spanish titles as Latin American texts write UNTOC's (`Convención de Naciones Unidas contra el Crimen Organizado
  // Transnacional`): `las` may go, `el Crimen Organizado` for `la Delincuencia Organizada`.
  // Harmless elsewhere (`trata de las personas`, `contre el criminalité`: no other treaty's title is read through them).
  de: `de(?:${TITLE_SEP}las)?`,
  la: '(?:la|el)',
  // `des` as `de` by an author's slip (`…punir la traite de personnes`, a thesis's TIP title, dev fr-341).
  des: 'des?',
  // And a lost plural (`Protocolo contra el tráfico ilícito de migrante`, a UNODC page's box caption, dev es-331).
  migrantes: 'migrantes?',
  delincuencia: '(?:delincuencia|crimen)',
  organizada: 'organizad[ao]',
  // `Trasnacional`, a spelling the RAE accepts beside `transnacional` (dev es-088).
  transnacional: 'tran?snacional',
};

/**
 * A treaty title read tolerantly (see `TITLE_SEP`, `TITLE_WORDS`): one reading of every title, rather than a phrase per
 * variant found. Apostrophes and accents as in `phrase` (`d'armes`, `d’armes`; `pieces`). A leading space (`' par terre…'`) opens with a
 * separator; a title written without one (the qualifiers below) leaves it to the caller.
 */
// Before a word the UN capitalises, after a lower-case one, the space may be lost to extraction (`Trafficking
// inPersons, Especially Women and Children`, a web page's glued link text, dev en-461): the separator is optional
// there; the words on either side are the title's own, so nothing else is let in.
const title = (literal: string): string =>
  literal
    .split(/,? /)
    .map((word, i, words) => {
      const read = TITLE_WORDS[word.toLowerCase()] ?? orPlain(escapeLiteral(word).replace(/'/g, `${APOS}${OWS}`));
      if (i === 0) return read;
      const glued = /^[A-Z]/.test(word) && /[a-z]$/.test(words[i - 1] ?? '') && !/^[,&]/.test(word);
      return (glued ? `(?:${TITLE_SEP})?` : TITLE_SEP) + read;
    })
    .join('');

/** Alternation of titles, longest first so a longer name wins over its prefix. */
const titles = (literals: readonly string[]): string =>
  alt(...[...literals].sort((a, b) => b.length - a.length).map(title));

/**
 * A treaty's official title in a language as a tolerant source: its names (or a variant of them real text writes,
 * `variants`), then each further part of the title, optional.
 */
const official = (id: TreatyId, lang: 'en' | 'fr' | 'es', variants: readonly string[] = []): string => {
  const { names, rest } = OFFICIAL_TITLES[id][lang];
  return titles([names, ...variants]) + rest.map((part) => optional(title(part))).join('');
};

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
    ...(['en', 'fr', 'es'] as const).flatMap((lang) => OFFICIAL_TITLES.MIG[lang].rest),
    ' par terre, air et mer',
    ' by Land, Air and Sea',
    ' por tierra, aire y mar',
    // `via` and the reverse order as an author wrote them (`…Smuggling of Migrants via Air, Sea and Land`, dev en-425).
    ...['via Land, Sea and Air', 'by Air, Sea and Land', 'via Air, Sea and Land'].map((w) => ` ${w}`),
    // The means in adjectives, as French and Spanish paraphrase them (`par voie terrestre, maritime et aérienne`).
    ' par voie terrestre, maritime et aérienne',
    ' por vía terrestre, marítima y aérea',
  ]),
);

/**
 * UNTOC's acronym after the noun (`l' article 24 de la convention UNTOC`, machine-translation debris, p2fr-043; session
 * 24): in the span, which stopped at the noun. Each spelled out (`UNTOC_ACRONYM`'s forms), so the qualifier's gate
 * (`qualifierAt`) reads whole leading letters; only before what is no letter, digit or slash (`CTOC/COP/…`, a symbol).
 */
const UNTOC_AFTER = `(?:UNTOC|UNCTOC|CTOC|CATOC|CNUCTO|CNUDOT)(?![A-Za-z0-9/])`;

export const TREATY_QUALIFIERS: readonly { id: TreatyId; source: string }[] = [
  {
    id: 'UNTOC',
    source:
      TITLE_SEP +
      alt(
        UNTOC_AFTER,
        titles([
          `des Nations Unies ${OFFICIAL_TITLES.UNTOC.fr.names}`,
          OFFICIAL_TITLES.UNTOC.fr.names,
          'contre la criminalité organisée',
          // `la convention de l'ONU contre le crime organisé`, a Belgian paper's (probe set 5, session 29): the UN's
          // name in its French short form, and `le crime organisé` for `la criminalité organisée`; no other treaty's.
          ...["de l'ONU", 'des Nations Unies'].map((un) => `${un} contre le crime organisé`),
          "de l'ONU contre la criminalité organisée",
          "de l'ONU contre la criminalité transnationale organisée",
          // The UN's name before the short title without `transnational(e)` (an EU journal's Spanish recital, dev es-322).
          'des Nations Unies contre la criminalité organisée',
          // `crime organisé transnational`, a translation's word for `criminalité` (probe p4-fr-012), either order; no
          // other treaty's subject.
          ...['', 'des Nations Unies '].flatMap((un) =>
            ['organisé transnational', 'transnational organisé'].map((w) => `${un}contre le crime ${w}`),
          ),
          'de Palerme',
          // The informal name with the word that calls it so (`l'article 3 du Protocole dit de Palerme`, dev fr-335; `la
          // Convention dite de Palerme`, `el Protocolo llamado / denominado de Palermo`): in the span.
          ...['dit', 'dite'].map((w) => `${w} de Palerme`),
          OFFICIAL_TITLES.UNTOC.en.names,
          // A translation's order (`article 35 § 3 of the Convention of the United Nations against the transnational
          // organized crime`, an Austrian gazette's English, dev en-469): the UN's name after the noun, `the` before the
          // subject (no other treaty's subject).
          `of the United Nations ${OFFICIAL_TITLES.UNTOC.en.names}`,
          // The same with the UN's Russian-style acronym (`Convention of the UNO against transnational organized crime`,
          // a machine translation from Russian, probe p2en-101); `of Palermo`, the English of `de Palerme` (`the Protocol
          // of Palermo`, a translation from Spanish or Dutch, p2en-016, p2en-053; a Protocol so named is read as after
          // `de Palerme`, `palermoProtocol`).
          `of the UNO ${OFFICIAL_TITLES.UNTOC.en.names}`,
          'of Palermo',
          ...['of the United Nations against', 'against'].map((w) => `${w} the Transnational Organized Crime`),
          `de Naciones Unidas ${OFFICIAL_TITLES.UNTOC.es.names}`,
          OFFICIAL_TITLES.UNTOC.es.names,
          'contra la Delincuencia Organizada',
          'de Naciones Unidas contra la Delincuencia Organizada',
          // A translation's `Crimen` for `Delincuencia` (`el Artículo 34 (2) de la Convención del Crimen Organizado`, a
          // machine translation from English, probe p10es-016; session 33), as French `contre le crime organisé`: no
          // other treaty's subject. `Transnacional` after it first, so the span runs through it.
          ...['del', 'contra el'].flatMap((w) => [`${w} Crimen Organizado Transnacional`, `${w} Crimen Organizado`]),
          'de Palermo',
          ...['llamado', 'llamada', 'denominado', 'denominada'].map((w) => `${w} de Palermo`),
        ]),
      ),
  },
  {
    id: 'TIP',
    source:
      TITLE_SEP +
      alt(
        // EU translations repeat the `à` (`visant à prévenir, à réprimer et à punir`); `TITLE_SEP` reads US texts' serial
        // comma (`Prevent, Suppress, and Punish`).
        // The Swiss official title puts `additionnel` before the subject (`Protocole additionnel visant à prévenir,
        // réprimer et punir la traite des personnes, en particulier des femmes et des enfants`, RS 0.311.542; session
        // 23): a bare `Protocole additionnel` stays another's (`NOT_QUALIFIED`).
        official('TIP', 'fr', [
          'visant à prévenir, à réprimer et à punir la traite des personnes',
          'additionnel visant à prévenir, réprimer et punir la traite des personnes',
        ]),
        official('TIP', 'en'),
        official('TIP', 'es'),
        titles([
          'relatif à la traite des personnes',
          ...SHORT_TITLES.map((short) => short.title),
          // An informal name's subject phrase without its article (`PROTOCOLO DE PALERMO SOBRE TRATA DE PERSONAS`).
          'contra trata de personas',
          // Short names by the subject alone (session 24, tuner-p2): `le Protocole relatif à la traite` (p2fr-034, and
          // after the UN's name, p2fr-056), `Protocole ONU sur la traite` (p2fr-055), `the Protocol relating to the
          // trafficking of persons` (a translation from French, p2en-074), `el Protocolo contra la Trata` (p2es-017),
          // `Protocolo de Trata de la ONU` (p2es-045). No other Protocol is named by trafficking: a bare `sur la traite`
          // or `de Trata` stays out (a national `protocolo de trata` is a procedure; `informalNamed` reads them after
          // the full title).
          'relatif à la traite',
          ...['ONU', "de l'ONU", 'des Nations Unies'].map((un) => `${un} sur la traite`),
          ...['relating to the trafficking of persons', 'relating to trafficking in persons'],
          'contra la trata',
          // And the Spanish of `relatif à la traite` (`Los apartados c) y d) del artículo 3 del Protocolo relativo a la
          // trata`, probe p10es-042; session 33).
          ...['relativo a la trata de personas', 'relativo a la trata'],
          ...['de la ONU', 'de las Naciones Unidas'].map((un) => `de Trata ${un}`),
        ]),
        // `Protocole traite`, the French shorthand without a preposition (as `protocole armes à feu`), only where a
        // bracket or the sentence ends it (`(art. 1 § 2 du Protocole traite)`, p2fr-060): elsewhere `traite` is the
        // verb (`l’article 6 du Protocole traite de la protection…`, `le Protocole traite, en outre, de…`).
        'traite(?=\\)|;|\\.(?:\\s|$))',
        // And the Spanish `Protocolo Trata` before a colon or a bracket (a slide's `– Protocolo Trata: art. 3`, p2es-030):
        // `trata` is the verb too (`el Protocolo trata de la prevención`).
        'trata(?=\\s?[:)])',
        // `le Protocole contre la traite` (probe p4-fr-022), as `contra la trata` above; written out, since `title`
        // reads `contre` as `sur` too, and a bare `Protocole sur la traite` stays out (see above).
        'contre\\s{1,3}la\\s{1,3}traite',
      ),
  },
  {
    id: 'MIG',
    source:
      TITLE_SEP +
      alt(
        titles([
          ...(['en', 'fr', 'es'] as const).map((lang) => OFFICIAL_TITLES.MIG[lang].names),
          ...MIGRANTS_BY_SUBJECT,
        ]) + BY_LAND,
        MIGRANTS_SHORTHAND,
      ),
  },
  {
    id: 'FIRE',
    // The full title goes on after a comma: "…, de leurs pièces, éléments et munitions", "…, Their Parts…".
    source:
      TITLE_SEP +
      alt(
        // `trafic illicite` / `tráfico ilícito` in the singular too (a decree's visas, national titles).
        official('FIRE', 'fr', ["contre la fabrication et le trafic illicite d'armes à feu"]),
        official('FIRE', 'en'),
        // And without `ilícitos` (an EU Regulation's title, dev es-083).
        official('FIRE', 'es', [
          'contra la fabricación y el tráfico ilícito de armas de fuego',
          'contra la fabricación y el tráfico de armas de fuego',
        ]),
        // A translation's order (the German title's `gegen die unerlaubte Herstellung von Schusswaffen, … und gegen den
        // unerlaubten Handel damit`, an Austrian gazette's English, dev en-488): the manufacture of firearms, then their
        // parts (required: the manufacture alone is not named so), then maybe the trafficking; no other treaty's title.
        titles(
          ['against the Illicit Manufacture of Firearms', 'against the Illicit Manufacturing of Firearms'].map(
            (w) => `${w}, Their Parts and Components and Ammunition`,
          ),
        ) + optional(title(', and against Illicit Trafficking')),
        title("contre la fabrication illicite d'armes à feu, de leurs pièces, éléments et munitions") +
          optional(title(', et contre le trafic illicite')),
        title('contra la fabricación ilícita de armas de fuego, sus piezas y componentes y municiones') +
          optional(title(', y contra el tráfico ilícito')),
        // Its short names by subject, as the UN's own pages write them (UNODA: `protocole sur les armes à feu`,
        // `protocole relatif aux armes à feu`, `Protocolo sobre las armas de fuego`, `Protocolo de armas de fuego`),
        // and France's bill of accession (`le « protocole armes à feu »`, Assemblée nationale, 2018).
        titles([
          'relatif aux armes à feu',
          'sur les armes à feu',
          'armes à feu',
          'des armes à feu',
          'sobre armas de fuego',
          'sobre las armas de fuego',
          'de armas de fuego',
        ]),
        // Spanish course notes' `el Protocolo de armas` (probe p15es-031; session 39), ending there: not small arms or
        // other weapons (`de armas pequeñas y ligeras`), nor a regional body's (`de armas de la CEDEAO`, `del SICA`).
        title('de armas') +
          `(?!${TITLE_SEP}(?:peque|ligeras|livianas|convencionales|qu[íi]micas|biol[óo]gicas|nucleares|de${TITLE_SEP}(?:la|las|los)\\b|del\\b))`,
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
    title(`additionnel à la Convention des Nations Unies ${OFFICIAL_TITLES.UNTOC.fr.names}`),
    // With the date the Protocol was adopted (the Swiss style: `Protocole additionnel du 15 novembre 2000 à…`; the
    // Firearms Protocol's `du 31 mai 2001`, droit-bilingue.ch's RS 0.311.544).
    title(`additionnel du 15 novembre 2000 à la Convention des Nations Unies ${OFFICIAL_TITLES.UNTOC.fr.names}`),
    title(`additionnel du 31 mai 2001 à la Convention des Nations Unies ${OFFICIAL_TITLES.UNTOC.fr.names}`),
    title(`additional to the United Nations Convention ${OFFICIAL_TITLES.UNTOC.en.names}`),
    title(`complementario de la Convención de Naciones Unidas ${OFFICIAL_TITLES.UNTOC.es.names}`),
    // Without the UN's name, or with `relatif à` (`l’article 3 du protocole additionnel relatif à la Convention contre la
    // Criminalité Transnationale Organisée`, dev fr-336): which Protocol, the text's subject says (`palermoProtocol`).
    title(`additionnel à la Convention ${OFFICIAL_TITLES.UNTOC.fr.names}`),
    title(`additionnel relatif à la Convention des Nations Unies ${OFFICIAL_TITLES.UNTOC.fr.names}`),
    title(`additionnel relatif à la Convention ${OFFICIAL_TITLES.UNTOC.fr.names}`),
    title(`additional to the Convention ${OFFICIAL_TITLES.UNTOC.en.names}`),
    title(`complementario de la Convención ${OFFICIAL_TITLES.UNTOC.es.names}`),
    // By its nickname (`Protocole additionnel à la Convention de Palerme relatif à la traite…`, probe p16fr-029).
    ...['additionnel à la Convention de Palerme', 'additional to the Palermo Convention'].map((t) => title(t)),
    title('complementario de la Convención de Palermo'),
  );
