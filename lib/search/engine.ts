import { createResolverData } from '../citations';
import { fromSearchAsset, toSearchAsset } from './search-asset';
import { createLookup, type CorpusData, type CorpusLookup } from './corpus-data';
import { buildDocuments, type SearchDoc } from './documents';
import { createExactContext, exactLookup, type ExactReason, type OutsideCitation } from './exact';
import { isFiltering, matchesFilters, type SearchFilters } from './filters';
import { highlightAll, makeSnippet, type Highlighted } from './highlight';
import { analyseQuery, createExpander, STOPWORDS, type Expansion } from './query';
import { rankDocuments } from './rank';
import { buildTermIndex } from './term-index';
import { createTranslator, type Translation, type Translator } from './translate';
import { createTypoMatcher } from './typo';

/** One result. Display details (meeting, instrument, themes) come from `engine.lookup` with `doc`. */
export interface SearchHit {
  id: string;
  doc: SearchDoc;
  /** Relevance; exact hits rank above every other. */
  score: number;
  /** Set when the query named the record outright (id, symbol, citation) or cites what it cites. */
  exact: ExactReason | null;
  /** The title with matches marked (instruments, meetings, themes); null for items. */
  title: Highlighted | null;
  /** A window of the text (or of the footnotes, when only they match) with matches marked. */
  snippet: Highlighted;
  /** True when the snippet comes from the footnotes. */
  inNotes: boolean;
}

/**
 * - `empty`: nothing typed and no filter;
 * - `no-words`: the query has no letter or digit and names nothing (`///`, `§`);
 * - `no-match`: nothing found;
 * - `results`: hits (possibly cut to the limit: compare `hits.length` with `total`).
 */
export type SearchState = 'empty' | 'no-words' | 'no-match' | 'results';

export interface SearchResponse {
  state: SearchState;
  hits: SearchHit[];
  /** How many records matched before the limit. */
  total: number;
  /** The query was longer than `MAX_QUERY_CHARS` and only its beginning was searched. */
  truncated: boolean;
  /** Citations in the query of documents outside the corpus. */
  outside: OutsideCitation[];
  /** Misspelt words that were searched as their closest spellings (`coperation` → `cooperation`). */
  corrections: { word: string; terms: string[] }[];
  /** English or Spanish phrases of the query also searched as the compendium's French (`forced labour`). */
  translations: Translation[];
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** Most hits returned (default 50). */
  limit?: number;
}

export interface SearchEngine {
  lookup: CorpusLookup;
  docs: readonly SearchDoc[];
  /** Whether the index came from the build-time asset or was built here. */
  source: 'asset' | 'built';
  search(query: string, options?: SearchOptions): SearchResponse;
}

export interface EngineOptions {
  /** The parsed build-time asset (`search-index.json`), if there is one. */
  asset?: unknown;
  /** The version of the corpus `data` comes from; the asset is used only if it was built from the same. */
  corpusVersion?: string;
}

const DEFAULT_LIMIT = 50;
/** Score of the first exact hit (the next ones count down): above any score of the index. */
const EXACT_SCORE = Number.MAX_SAFE_INTEGER;

/**
 * The search engine over the corpus: exact lookups first (ids, symbols, citations the citation engine recognises),
 * then the words of the query through the inverted index, with prefixes and typo correction.
 */
export function createSearchEngine(data: CorpusData, options: EngineOptions = {}): SearchEngine {
  const lookup = createLookup(data);
  const docs = buildDocuments(lookup);
  const prebuilt =
    options.asset !== undefined && options.corpusVersion !== undefined
      ? fromSearchAsset(options.asset, options.corpusVersion, docs)
      : null;
  const { index, phrases } = prebuilt ?? buildTermIndex(docs);
  const isFrench = (words: readonly string[]): boolean => {
    if (!words.every((w) => index.postings.has(w))) return false;
    if (words.length === 1) return true;
    const run = ` ${words.join(' ')} `;
    return phrases.some((p) => p.text.includes(run) || p.title.includes(run));
  };
  // Built on the first query that is not plain French the corpus prints: the popup opens without it.
  let translator: Translator | null = null;
  const translating = (): Translator => (translator ??= createTranslator(lookup.data.themes, isFrench));
  // A real English or Spanish word of the vocabulary is never "corrected" into a French one (`gender` ≠ `garder`).
  const expander = createExpander(index, createTypoMatcher(index.terms), (word) => !translating().knows(word));
  const exact = createExactContext(lookup, createResolverData(data));
  const positions = new Map(docs.map((doc, i) => [doc.id, i]));

  const present = (doc: SearchDoc, score: number, reason: ExactReason | null, terms: Set<string>): SearchHit => {
    const text = makeSnippet(doc.fields.text, terms);
    const notes = text.ranges.length === 0 && doc.fields.notes ? makeSnippet(doc.fields.notes, terms) : null;
    const inNotes = Boolean(notes && notes.ranges.length > 0);
    return {
      id: doc.id,
      doc,
      score,
      exact: reason,
      title: doc.fields.title ? highlightAll(doc.fields.title, terms) : null,
      snippet: inNotes ? notes! : text,
      inNotes,
    };
  };

  const search = (query: string, searchOptions: SearchOptions = {}): SearchResponse => {
    const filters = searchOptions.filters ?? {};
    const limit = searchOptions.limit ?? DEFAULT_LIMIT;
    const analysed = analyseQuery(query);
    const base = { truncated: analysed.truncated, outside: [], corrections: [], translations: [] };
    const passes = (doc: SearchDoc) => matchesFilters(doc, filters);

    if (!analysed.text) {
      if (!isFiltering(filters)) return { ...base, state: 'empty', hits: [], total: 0 };
      // Browsing: every record the filters keep, in document order.
      const kept = docs.filter(passes);
      const hits = kept.slice(0, limit).map((doc) => present(doc, 0, null, new Set()));
      return { ...base, state: hits.length ? 'results' : 'no-match', hits, total: kept.length };
    }

    const named = exactLookup(analysed.text, exact);
    // Words left once what the query names outright is set aside (an id or a symbol leaves none).
    const typed = named.hits.length > 0 ? analyseQuery(named.rest).tokens : analysed.tokens;
    const words = typed.map((t) => t.term);
    // A query the corpus prints as typed (`traite`, `protection des victimes`) has nothing to translate.
    const { slots, translations, theme } =
      words.length === 0 || isFrench(words)
        ? { slots: words.map((w) => ({ words: [w], typed: true })), translations: [], theme: null }
        : translating().translate(words);
    // Each slot's words are alternatives: a document scores with the best of their expansions.
    const expansions: Expansion[][] = slots.map((slot) => mergeExpansions(slot.words.map((w) => expander.expand(w))));
    const tokens = slots.map((slot) => slot.words[0]!);
    const terms = new Set(
      expansions.flatMap((list, i) => (STOPWORDS.has(tokens[i]!) ? [] : list.map((expansion) => expansion.term))),
    );
    const corrections = slots
      .map((slot, i) => ({
        word: slot.words[0]!,
        terms: slot.typed ? expansions[i]!.filter((e) => e.kind === 'typo').map((e) => e.term) : [],
      }))
      .filter((c) => c.terms.length > 0);

    const exactDocs = named.hits
      .map((hit) => ({ hit, doc: docs[positions.get(hit.id) ?? -1] }))
      .filter((x): x is { hit: typeof x.hit; doc: SearchDoc } => x.doc !== undefined && passes(x.doc));
    const exactIds = new Set(exactDocs.map((x) => x.doc.id));
    const ranked = rankDocuments({
      index,
      phrases,
      tokens,
      expansions,
      accept: (i) => !exactIds.has(docs[i]!.id) && passes(docs[i]!),
    });
    // A query that is one concept of a theme in another language (`labour inspectors`) lists the theme first.
    const themeAt = theme === null ? -1 : (positions.get(theme) ?? -1);
    if (themeAt >= 0 && !exactIds.has(theme!) && passes(docs[themeAt]!)) {
      const rest = ranked.filter((r) => r.doc !== themeAt);
      ranked.splice(0, ranked.length, { doc: themeAt, score: (ranked[0]?.score ?? 1) * 2 }, ...rest);
    }

    const hits = [
      ...exactDocs.map(({ hit, doc }, i) => present(doc, EXACT_SCORE - i, hit.reason, terms)),
      ...ranked.slice(0, Math.max(0, limit - exactDocs.length)).map((r) => present(docs[r.doc]!, r.score, null, terms)),
    ].slice(0, limit);
    const state = hits.length > 0 ? 'results' : analysed.tokens.length === 0 ? 'no-words' : 'no-match';
    return {
      ...base,
      state,
      hits,
      total: exactDocs.length + ranked.length,
      outside: named.outside,
      corrections,
      translations,
    };
  };

  return { lookup, docs, source: prebuilt ? 'asset' : 'built', search };
}

/** The union of several words' expansions, each term once with its best factor. */
function mergeExpansions(lists: Expansion[][]): Expansion[] {
  if (lists.length === 1) return lists[0]!;
  const best = new Map<string, Expansion>();
  for (const e of lists.flat()) if ((best.get(e.term)?.factor ?? 0) < e.factor) best.set(e.term, e);
  return [...best.values()];
}

/**
 * The build-time search asset (`search-index.json`) for a corpus: JSON text. The build writes it next to
 * `corpus.json`; the popup passes it to {@link createSearchEngine} with the corpus version.
 */
export function buildSearchAsset(corpus: CorpusData & { version: string }): string {
  const docs = buildDocuments(createLookup(corpus));
  return JSON.stringify(toSearchAsset(corpus.version, docs, buildTermIndex(docs)));
}
