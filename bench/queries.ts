/**
 * The realistic popup queries the search benchmarks type: what delegates, staff, researchers and lawyers would type
 * into the popup's search box. Most are written by hand; the rest are phrases remembered from recommendations,
 * picked deterministically from the corpus (see {@link phraseQueries}).
 *
 * `expect` is the record a reader typing the query wants first, decided from the query's intent (an id names that
 * record, a report symbol its meeting, a theme's name that theme, a remembered phrase the item it comes from), never
 * from what an engine happens to answer. Queries with no single right answer (free words, English names) have none
 * and count for speed only.
 */

import { fold, tokenize } from '../lib/text';

/** What a query is, for the breakdown of hit rates. */
export type QueryKind = 'id' | 'symbol' | 'citation' | 'theme' | 'words' | 'typo' | 'english' | 'phrase';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  /** Corpus id of the record that should come first, when there is one. */
  expect?: string;
}

const THEME = {
  organs: 'formes-de-la-traite-des-personnes-prelevement-d-organes',
  cooperation: 'cooperation-internationale',
  sexual: 'formes-de-la-traite-des-personnes-exploitation-sexuelle',
  labour: 'formes-de-la-traite-des-personnes-exploitation-par-le-travail',
  recruitment: 'agences-de-recrutement-et-frais-de-recrutement',
  identification: 'victimes-identification',
  compensation: 'victimes-indemnisation',
  reflection: 'victimes-delai-de-reflexion',
  nonPunishment: 'victimes-non-sanction-et-non-poursuite',
  mixedFlows: 'victimes-flux-migratoires-mixtes',
  smuggling: 'trafic-illicite-de-personnes-migrantes',
  prevention: 'prevention-du-crime',
  civilSociety: 'intervenants-societe-civile',
  privateSector: 'intervenants-secteur-prive',
  prosecutors: 'intervenants-procureurs',
  labourInspection: 'intervenants-inspection-du-travail',
  peacekeeping: 'intervenants-personnel-du-maintien-de-la-paix',
  research: 'recherche-collecte-de-donnees-et-analyse',
  training: 'formation-et-renforcement-des-capacites',
} as const;

/** Record ids, as printed in the compendium or typed in lower case. */
const IDS: BenchQuery[] = [
  'I.1',
  'I.12.d',
  'II.5',
  'II.20',
  'II.41',
  'IV.6',
  'IV.31',
  'IV.45.k',
  'V.5',
  'V.12',
  'V.30',
  'VI.1',
  'VI.11',
  'VII.2.b',
  'VIII.1.k',
  'IX.10',
  'IX.27',
  '1/5:b',
  '2/3:c',
  '3/3:g',
  '4/4:o.iv',
  '5/2:7.b',
  '5/2:pp.2',
].map((id) => ({ q: id, kind: 'id' as const, expect: id }));
IDS.push({ q: 'iv.45', kind: 'id', expect: 'IV.45' }, { q: 'ix.27', kind: 'id', expect: 'IX.27' });

/** Report symbols: a Working Group report finds its meeting, a COP session report the instrument it adopted. */
const SYMBOLS: BenchQuery[] = [
  { q: 'CTOC/COP/WG.4/2009/2', kind: 'symbol', expect: 'I' },
  { q: 'CTOC/COP/WG.4/2010/6', kind: 'symbol', expect: 'II' },
  { q: 'ctoc/cop/wg.4/2011/8', kind: 'symbol', expect: 'IV' },
  { q: 'CTOC/COP/WG.4/2013/5', kind: 'symbol', expect: 'V' },
  { q: 'CTOC/COP/WG.4/2015/6', kind: 'symbol', expect: 'VI' },
  { q: 'CTOC/COP/WG.4/2017/4', kind: 'symbol', expect: 'VII' },
  { q: 'CTOC/COP/WG.4/2018/3', kind: 'symbol', expect: 'VIII' },
  { q: 'CTOC/COP/WG.4/2019/6', kind: 'symbol', expect: 'IX' },
  { q: 'CTOC/COP/2004/6', kind: 'symbol', expect: '1/5' },
  { q: 'CTOC/COP/2005/8', kind: 'symbol', expect: '2/3' },
  { q: 'CTOC/COP/2006/14', kind: 'symbol', expect: '3/3' },
  { q: 'CTOC/COP/2008/19', kind: 'symbol', expect: '4/4' },
  { q: 'CTOC/COP/2010/17', kind: 'symbol', expect: '5/2' },
  { q: 'A/RES/64/293', kind: 'symbol' },
  { q: 'A/RES/55/25', kind: 'symbol' },
];

/** Citations as written in documents. */
const CITATIONS: BenchQuery[] = [
  { q: 'décision 4/4', kind: 'citation', expect: '4/4' },
  { q: 'decision 4/4', kind: 'citation', expect: '4/4' },
  { q: 'résolution 5/2', kind: 'citation', expect: '5/2' },
  { q: 'resolution 5/2', kind: 'citation', expect: '5/2' },
  { q: 'décision 1/5', kind: 'citation', expect: '1/5' },
  { q: 'décision 2/3', kind: 'citation', expect: '2/3' },
  { q: 'decision 3/3', kind: 'citation', expect: '3/3' },
  { q: 'COP decision 4/4', kind: 'citation', expect: '4/4' },
  { q: 'article 6 du Protocole', kind: 'citation' },
  { q: 'article 32 de la Convention', kind: 'citation' },
  { q: 'General Assembly resolution 64/293', kind: 'citation' },
  { q: 'résolution 64/293', kind: 'citation' },
  { q: "résolution 55/25 de l'Assemblée générale", kind: 'citation' },
  { q: 'article 3 du Protocole relatif à la traite des personnes', kind: 'citation' },
  { q: 'CTOC/COP/WG.4/2011/8 par. 45', kind: 'citation' },
];

/** Theme names, with and without their accents. */
const THEMES: BenchQuery[] = [
  { q: "prélèvement d'organes", kind: 'theme', expect: THEME.organs },
  { q: "prelevement d'organes", kind: 'theme', expect: THEME.organs },
  { q: 'coopération internationale', kind: 'theme', expect: THEME.cooperation },
  { q: 'cooperation internationale', kind: 'theme', expect: THEME.cooperation },
  { q: 'exploitation sexuelle', kind: 'theme', expect: THEME.sexual },
  { q: 'exploitation par le travail', kind: 'theme', expect: THEME.labour },
  { q: 'agences de recrutement', kind: 'theme', expect: THEME.recruitment },
  { q: 'frais de recrutement', kind: 'theme', expect: THEME.recruitment },
  { q: 'enfants', kind: 'theme', expect: 'enfants' },
  { q: 'genre', kind: 'theme', expect: 'genre' },
  { q: 'corruption', kind: 'theme', expect: 'corruption' },
  { q: 'terrorisme', kind: 'theme', expect: 'terrorisme' },
  { q: 'technologie', kind: 'theme', expect: 'technologie' },
  { q: 'sensibilisation', kind: 'theme', expect: 'sensibilisation' },
  { q: 'législation', kind: 'theme', expect: 'legislation' },
  { q: 'legislation', kind: 'theme', expect: 'legislation' },
  { q: 'prévention du crime', kind: 'theme', expect: THEME.prevention },
  { q: 'prevention du crime', kind: 'theme', expect: THEME.prevention },
  { q: 'offre et demande', kind: 'theme', expect: 'offre-et-demande' },
  { q: 'identification des victimes', kind: 'theme', expect: THEME.identification },
  { q: 'délai de réflexion', kind: 'theme', expect: THEME.reflection },
  { q: 'delai de reflexion', kind: 'theme', expect: THEME.reflection },
  { q: 'non-sanction', kind: 'theme', expect: THEME.nonPunishment },
  { q: 'flux migratoires mixtes', kind: 'theme', expect: THEME.mixedFlows },
  { q: 'société civile', kind: 'theme', expect: THEME.civilSociety },
  { q: 'secteur privé', kind: 'theme', expect: THEME.privateSector },
  { q: 'procureurs', kind: 'theme', expect: THEME.prosecutors },
  { q: 'inspection du travail', kind: 'theme', expect: THEME.labourInspection },
  { q: 'maintien de la paix', kind: 'theme', expect: THEME.peacekeeping },
  { q: 'collecte de données', kind: 'theme', expect: THEME.research },
];

/** Free French words and phrases, with and without accents: no single right answer. */
const WORDS: BenchQuery[] = [
  'traite',
  'traite des personnes',
  'victimes',
  'victime',
  'travail forcé',
  'travail force',
  'exploitation',
  'protection des victimes',
  'assistance aux victimes',
  'témoins',
  'temoins',
  'mariage forcé',
  'servitude',
  'esclavage',
  'frontières',
  'migrants',
  'réfugiés',
  "demandeurs d'asile",
  'enquêtes financières',
  'confiscation des avoirs',
  'blanchiment',
  'formation des juges',
  "chaîne d'approvisionnement",
  'chaine d approvisionnement',
  'Internet',
  'réseaux sociaux',
  'données statistiques',
  'questionnaire',
  'Groupe de travail',
  "équipes conjointes d'enquête",
].map((q) => ({ q, kind: 'words' as const }));

/** Misspellings a hurried reader makes. */
const TYPOS: BenchQuery[] = [
  { q: 'coperation internationale', kind: 'typo', expect: THEME.cooperation },
  { q: 'victmes identification', kind: 'typo', expect: THEME.identification },
  { q: 'tarfic illicite de migrants', kind: 'typo', expect: THEME.smuggling },
  { q: 'explotation sexuelle', kind: 'typo', expect: THEME.sexual },
  { q: 'agences de recrutment', kind: 'typo', expect: THEME.recruitment },
  { q: 'corupption', kind: 'typo', expect: 'corruption' },
  { q: 'terorisme', kind: 'typo', expect: 'terrorisme' },
  { q: 'technolgie', kind: 'typo', expect: 'technologie' },
  { q: 'sensibilisaton', kind: 'typo', expect: 'sensibilisation' },
  { q: 'legislaton', kind: 'typo', expect: 'legislation' },
  { q: 'prelevment d organes', kind: 'typo', expect: THEME.organs },
  { q: 'prevension du crime', kind: 'typo', expect: THEME.prevention },
  { q: 'societe civle', kind: 'typo', expect: THEME.civilSociety },
  { q: 'inspection du travial', kind: 'typo', expect: THEME.labourInspection },
  { q: 'formation et renforcment des capacites', kind: 'typo', expect: THEME.training },
  { q: 'procureur', kind: 'typo', expect: THEME.prosecutors },
  { q: 'enfans', kind: 'typo' },
  { q: 'temoin', kind: 'typo' },
  { q: 'servitud', kind: 'typo' },
  { q: 'esclavge', kind: 'typo' },
  { q: 'vitcimes de la traite', kind: 'typo' },
  { q: 'traffic de personnes', kind: 'typo' },
  { q: 'protocol', kind: 'typo' },
  { q: 'conventon', kind: 'typo' },
  { q: 'natios unies', kind: 'typo' },
];

/** English names and phrases (the corpus is French): speed, and whatever the engines make of them. */
const ENGLISH: BenchQuery[] = [
  'trafficking in persons',
  'human trafficking',
  'victims',
  'forced labour',
  'organ removal',
  'UNODC',
  'Palermo Protocol',
  'Conference of the Parties',
  'Working Group on Trafficking in Persons',
  'General Assembly',
  'Economic and Social Council',
  'non-punishment',
  'child trafficking',
  'sexual exploitation',
  'recruitment fees',
  'supply chains',
  'international cooperation',
  'Trafficking in Persons Protocol article 6',
  'UNTOC article 32',
  'Blue Heart campaign',
  'Global Report on Trafficking in Persons',
  'Inter-Agency Coordination Group',
  'Group of Friends united against human trafficking',
  'Voluntary Trust Fund',
  'Special Rapporteur',
].map((q) => ({ q, kind: 'english' as const }));

/** How many remembered phrases are added to reach 200 queries. */
export const PHRASE_COUNT = 35;

/** A source of phrases: item ids and texts in document order. */
export interface PhraseSource {
  items: readonly { id: string; text: string }[];
}

/** French function words and short words a reader does not remember a phrase by. */
const FILLER = new Set(
  'afin ainsi alors après aussi autres avec cela celle celles ceux comme dans dont elle elles entre être leur leurs même notamment plus pour sans selon sont sous tous toute toutes tout très vers'.split(
    ' ',
  ),
);

/** A word worth remembering: at least five letters, no digits, not a function word. */
const isContentWord = (word: string): boolean => {
  const bare = fold(word).replace(/^[a-z]'/, '');
  // Letters only (after folding and dropping an elided article such as `l'` or `d'`): no numbers, no punctuation.
  return /^[a-z-]{5,}$/.test(bare) && !FILLER.has(bare);
};

/**
 * Phrases a reader remembers from a recommendation: four words from the middle of every n-th item's text (items
 * spread over the whole compendium), starting and ending on a content word with at least three of them, kept only when
 * no other item's text contains them, so that item is the one right answer. Every other phrase is typed without
 * accents and in lower case, as people type in a hurry.
 */
export function phraseQueries(source: PhraseSource, count = PHRASE_COUNT): BenchQuery[] {
  const foldedTexts = source.items.map((item) => ` ${termsOf(item.text)} `);
  const out: BenchQuery[] = [];
  const step = Math.max(1, Math.floor(source.items.length / (count * 1.5)));
  for (let i = 0; i < source.items.length && out.length < count; i += step) {
    const item = source.items[i]!;
    // Original words (with their accents) without the punctuation around them.
    const words = item.text
      // Words are what lies between runs of white space.
      .split(/\s+/)
      // Punctuation at either end of a word (commas, semicolons, brackets, quotes) is not part of what one remembers.
      .map((w) => w.replace(/^[(«"“]+|[),;:.»"”]+$/g, ''))
      .filter(Boolean);
    const phrase = rememberedWindow(words, Math.floor(words.length / 3));
    if (!phrase) continue;
    const holders = foldedTexts.filter((text) => text.includes(` ${termsOf(phrase)} `)).length;
    if (holders !== 1) continue;
    out.push({ q: out.length % 2 === 1 ? fold(phrase) : phrase, kind: 'phrase', expect: item.id });
  }
  return out;
}

/** Folded search terms of a text, space-separated. */
const termsOf = (text: string): string =>
  tokenize(fold(text))
    .map((t) => t.term)
    .join(' ');

/** The first four-word window from `from` on that starts and ends on content words and has three of them. */
function rememberedWindow(words: readonly string[], from: number): string | null {
  for (let start = from; start + 4 <= words.length; start++) {
    const window = words.slice(start, start + 4);
    if (!isContentWord(window[0]!) || !isContentWord(window[3]!)) continue;
    if (window.filter(isContentWord).length >= 3) return window.join(' ');
  }
  return null;
}

/** The 165 hand-written queries. */
export const WRITTEN_QUERIES: readonly BenchQuery[] = [
  ...IDS,
  ...SYMBOLS,
  ...CITATIONS,
  ...THEMES,
  ...WORDS,
  ...TYPOS,
  ...ENGLISH,
];

/** All the benchmark's queries: the written ones and the remembered phrases (200 with the real corpus). */
export function benchQueries(source: PhraseSource): BenchQuery[] {
  return [...WRITTEN_QUERIES, ...phraseQueries(source)];
}
