import { describe, expect, it } from 'vitest';
import { evaluate, type EvalCase } from '../../../scripts/eval-citations';

/** A one-passage case whose labels are given as (text, key) pairs; kinds are symbols, which need no corpus. */
const passage = (text: string, ...labels: [string, string][]): EvalCase => ({
  id: 'scoring',
  lang: 'en',
  text,
  expected: labels.map(([t, key]) => ({ text: t, kind: 'symbol', key })),
});

describe('evaluate: strict score and the secondary card score', () => {
  it.each([
    {
      name: 'exact span and key: a hit in both scores',
      c: passage('See A/72/164 for details.', ['A/72/164', 'A/72/164']),
      strict: { tp: 1, fp: 0, fn: 0 },
      cards: { tp: 1, fp: 0, fn: 0, spanOnly: 0 },
    },
    {
      name: 'same key, label span longer: strict FP + FN, one card hit',
      c: passage('See A/72/164 for details.', ['A/72/164 for', 'A/72/164']),
      strict: { tp: 0, fp: 1, fn: 1 },
      cards: { tp: 1, fp: 0, fn: 0, spanOnly: 1 },
    },
    {
      name: 'overlapping span with another key: wrong in both scores',
      c: passage('See A/72/164 for details.', ['A/72/164', 'A/72/165']),
      strict: { tp: 0, fp: 1, fn: 1 },
      cards: { tp: 0, fp: 1, fn: 1, spanOnly: 0 },
    },
    {
      name: 'a missed label far from any prediction stays missed',
      c: passage('See A/72/164; no symbol here.', ['A/72/164', 'A/72/164'], ['no symbol', 'A/1/1']),
      strict: { tp: 1, fp: 0, fn: 1 },
      cards: { tp: 1, fp: 0, fn: 1, spanOnly: 0 },
    },
  ])('$name', ({ c, strict, cards }) => {
    const report = evaluate([c], undefined, false);
    const { tp, fp, fn } = report.overall;
    expect({ tp, fp, fn }, report.errors.join('\n')).toEqual(strict);
    expect({ tp: report.cards.tp, fp: report.cards.fp, fn: report.cards.fn, spanOnly: report.cards.spanOnly }).toEqual(
      cards,
    );
  });
});

/** A passage whose first label is an optional one (a document's own heading) and the rest ordinary labels. */
const withHeading = (text: string, heading: [string, string], ...labels: [string, string][]): EvalCase => {
  const c = passage(text, heading, ...labels);
  return { ...c, expected: c.expected.map((e, i) => (i === 0 ? { ...e, optional: true } : e)) };
};

describe('evaluate: optional labels (own headings) are neither credited nor counted wrong', () => {
  it.each([
    {
      name: 'a card with the heading’s key, same span: set aside',
      c: withHeading('A/72/164\nSee A/72/165.', ['A/72/164', 'A/72/164'], ['A/72/165', 'A/72/165']),
      strict: { tp: 1, fp: 0, fn: 0 },
      carded: 1,
    },
    {
      name: 'a card with the heading’s key on a shorter span: set aside',
      c: withHeading('Report A/72/164\nSee A/72/165.', ['Report A/72/164', 'A/72/164'], ['A/72/165', 'A/72/165']),
      strict: { tp: 1, fp: 0, fn: 0 },
      carded: 1,
    },
    {
      name: 'no card on the heading: not a miss',
      c: withHeading('Heading\nSee A/72/165.', ['Heading', 'A/72/164'], ['A/72/165', 'A/72/165']),
      strict: { tp: 1, fp: 0, fn: 0 },
      carded: 0,
    },
    {
      name: 'a card with another key on the heading: wrong',
      c: withHeading('A/72/164\nSee A/72/165.', ['A/72/164', 'A/72/999'], ['A/72/165', 'A/72/165']),
      strict: { tp: 1, fp: 1, fn: 0 },
      carded: 0,
    },
  ])('$name', ({ c, strict, carded }) => {
    const report = evaluate([c], undefined, false);
    const { tp, fp, fn } = report.overall;
    expect({ tp, fp, fn }, report.errors.join('\n')).toEqual(strict);
    expect(report.optional).toEqual({ total: 1, carded });
  });
});
