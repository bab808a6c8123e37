import { fold, termOf, wordsOf } from '../text';
import { FIELD_NAMES, FIELD_WEIGHTS, type FieldName, type SearchDoc } from './documents';

/**
 * An inverted index over the search documents with BM25F weighting: each field's term frequency is normalised by
 * the field's length and multiplied by the field's weight, then the sum is saturated once per document
 * (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009).
 *
 * Why not Fuse.js over the full texts: measured on the real corpus (472 items, 131 000 characters), Fuse's bitap
 * scan takes 15–40 ms per keystroke (median) and up to 100 ms (p95) with `ignoreLocation`, against a budget of 5 ms.
 * Looking words up in this index costs well under a millisecond; Fuse is kept for what it does well on short
 * strings, typo-tolerant matching of query words against the vocabulary (see `typo.ts`).
 */

/** BM25 saturation: how quickly repeated occurrences stop adding score. */
const K1 = 1.2;
/** BM25 length normalisation per field: long texts are penalised; titles barely. */
const B: Readonly<Record<FieldName, number>> = { title: 0.3, text: 0.75, notes: 0.5, themes: 0.2 };

export interface Postings {
  /** Document indices containing the term, ascending. */
  docs: number[];
  /**
   * Saturated, weighted term frequency of the term in each of those documents (same order), times its IDF, in
   * thousandths (integers: the build-time asset stays small and gives exactly the scores built here).
   */
  scores: number[];
}

export interface TermIndex {
  /** Every term of the index, sorted (for prefix lookups). */
  terms: string[];
  postings: Map<string, Postings>;
  /** Number of documents. */
  size: number;
}

/**
 * The title and text of every document as folded words separated by single spaces, with a space at both ends
 * (` la traite des personnes `): phrase checks search them with `includes`.
 */
export type PhraseFields = { title: string; text: string }[];

/** ` word word ` form of a text (see {@link PhraseFields}); empty for a text without words. */
export function phraseForm(text: string): string {
  const words = wordsOf(fold(text));
  return words ? ` ${words} ` : '';
}

export interface BuiltIndex {
  index: TermIndex;
  phrases: PhraseFields;
}

/** Builds the index and the phrase forms from the documents. */
export function buildTermIndex(docs: readonly SearchDoc[]): BuiltIndex {
  const size = docs.length;
  const phrases: PhraseFields = [];
  // Pass 1: term frequencies per field and field lengths.
  const counts: Map<string, number>[][] = [];
  const lengths: number[][] = [];
  const totals = FIELD_NAMES.map(() => ({ length: 0, docs: 0 }));
  for (const doc of docs) {
    const perField: Map<string, number>[] = [];
    const docLengths: number[] = [];
    const forms = FIELD_NAMES.map((name) => phraseForm(doc.fields[name]));
    phrases.push({ title: forms[FIELD_NAMES.indexOf('title')]!, text: forms[FIELD_NAMES.indexOf('text')]! });
    forms.forEach((form, f) => {
      const tf = new Map<string, number>();
      const words = form ? form.slice(1, -1).split(' ') : [];
      for (const word of words) {
        const term = termOf(word);
        tf.set(term, (tf.get(term) ?? 0) + 1);
      }
      perField.push(tf);
      docLengths.push(words.length);
      if (words.length > 0) {
        totals[f]!.length += words.length;
        totals[f]!.docs += 1;
      }
    });
    counts.push(perField);
    lengths.push(docLengths);
  }
  const average = totals.map((t) => (t.docs ? t.length / t.docs : 1));
  // Pass 2: weighted pseudo-frequency per (term, doc), saturated.
  const weighted = new Map<string, { docs: number[]; tf: number[] }>();
  counts.forEach((perField, doc) => {
    const sum = new Map<string, number>();
    perField.forEach((tf, f) => {
      const name = FIELD_NAMES[f]!;
      const norm = 1 - B[name] + (B[name] * lengths[doc]![f]!) / average[f]!;
      for (const [term, n] of tf) sum.set(term, (sum.get(term) ?? 0) + (FIELD_WEIGHTS[name] * n) / norm);
    });
    for (const [term, tf] of sum) {
      const entry = weighted.get(term) ?? { docs: [], tf: [] };
      entry.docs.push(doc);
      entry.tf.push(tf);
      weighted.set(term, entry);
    }
  });
  const postings = new Map<string, Postings>();
  for (const [term, { docs: list, tf }] of weighted) {
    const idf = Math.log(1 + (size - list.length + 0.5) / (list.length + 0.5));
    postings.set(term, { docs: list, scores: tf.map((x) => Math.round((1000 * idf * (x * (K1 + 1))) / (x + K1))) });
  }
  return { index: { terms: [...postings.keys()].sort(), postings, size }, phrases };
}

/** Terms that start with `prefix` (the term itself included), in sorted order. */
export function termsWithPrefix(index: TermIndex, prefix: string, limit: number): string[] {
  const { terms } = index;
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < terms.length && out.length < limit && terms[i]!.startsWith(prefix); i++) out.push(terms[i]!);
  return out;
}
