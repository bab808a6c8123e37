/**
 * The synthetic page: about 2 MB of HTML built from real sentences of UN prose (see `sentences.ts`), deterministically
 * (a seeded generator), with the citations of the sources in their natural sentences. It looks like a long report as
 * published on the web: headings, paragraphs, numbered lists, and some citations inside links or emphasis, so that
 * scanning meets inline elements as on real pages. Generated at each run, never committed.
 */

import { findCitations } from '../../lib/citations';
import { readSentences } from './sentences';

/** The default size of the synthetic page, in bytes of UTF-8 HTML. */
export const SYNTHETIC_BYTES = 2 * 1024 * 1024;

/** Mulberry32: a tiny seeded generator, so the page is the same at every run and on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The three characters that would be read as markup in element text: `&`, `<`, `>`, as entities. */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sentence as HTML; with `wrap`, its first citation goes inside a link or emphasis (as on UN web pages). */
function sentenceHtml(sentence: string, wrap: 'a' | 'em' | null): string {
  if (!wrap) return escapeHtml(sentence);
  const first = findCitations(sentence)[0];
  if (!first) return escapeHtml(sentence);
  const open = wrap === 'a' ? '<a href="#ref">' : '<em>';
  return (
    escapeHtml(sentence.slice(0, first.start)) +
    open +
    escapeHtml(sentence.slice(first.start, first.end)) +
    `</${wrap}>` +
    escapeHtml(sentence.slice(first.end))
  );
}

export interface SyntheticPage {
  html: string;
  /** UTF-8 bytes of `html`. */
  bytes: number;
  /** Plain prose of the page (its paragraphs, one per line), for the engine throughput in Node. */
  text: string;
  /** How many sentences with at least one citation the page holds. */
  citingSentences: number;
}

/**
 * Builds the page: paragraphs of two to six sentences drawn from the sources, a third of them sentences that cite
 * something, until the HTML reaches `targetBytes`.
 */
export function syntheticPage(targetBytes = SYNTHETIC_BYTES, seed = 2011): SyntheticPage {
  const sentences = readSentences();
  const citing = sentences.filter((s) => findCitations(s).length > 0);
  const plain = sentences.filter((s) => findCitations(s).length === 0);
  const random = seededRandom(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  const text: string[] = [];
  let bytes = 0;
  let citingCount = 0;
  let section = 0;
  const push = (html: string) => {
    parts.push(html);
    bytes += Buffer.byteLength(html) + 1;
  };
  const head = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Renvoi benchmark: synthetic UN report</title>
<style>body { font: 16px/1.5 Georgia, serif; max-width: 760px; margin: 2rem auto; padding: 0 1rem; }</style></head>
<body><article>
<h1>Rapport de synthèse (page de mesure)</h1>`;
  const tail = '</article></body></html>';
  push(head);
  for (let paragraph = 0; bytes + tail.length < targetBytes; paragraph++) {
    // A heading every 12 paragraphs: the first clause of a sentence (up to its first comma, semicolon or colon).
    if (paragraph % 12 === 0) push(`<h2>${++section}. ${escapeHtml(pick(plain).split(/[,;:]/)[0]!.slice(0, 80))}</h2>`);
    const count = 2 + Math.floor(random() * 5);
    const chosen: string[] = [];
    for (let i = 0; i < count; i++) {
      const cites = random() < 1 / 3;
      chosen.push(pick(cites ? citing : plain));
      if (cites) citingCount++;
    }
    text.push(chosen.join(' '));
    const wrap = (i: number): 'a' | 'em' | null => (i % 5 === 0 ? 'a' : i % 7 === 0 ? 'em' : null);
    if (paragraph % 9 === 4) {
      // A numbered list, as in recommendations: one sentence per item.
      push(`<ol>${chosen.map((s, i) => `<li>${sentenceHtml(s, wrap(paragraph + i))}</li>`).join('')}</ol>`);
    } else {
      push(`<p>${chosen.map((s, i) => sentenceHtml(s, wrap(paragraph + i))).join(' ')}</p>`);
    }
  }
  push(tail);
  const html = parts.join('\n');
  return { html, bytes: Buffer.byteLength(html), text: text.join('\n'), citingSentences: citingCount };
}
