import { cpuUsage } from 'node:process';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { fakeData } from './factories';

// In a file of its own: a fresh worker, so the heap left by the property tests does not weigh on the timings.

/**
 * Adversarial inputs: each completes at 1 MB, and its time grows linearly with its size: the time at 1 MB stays within
 * 12× the time at 125 kB (8× the size; a quadratic step takes 64×). A ratio, not a speed target (those live in `npm
 * run bench`).
 *
 * Robust on a loaded machine: times are the process's CPU time (other processes' turns do not count), and the 125 kB
 * time is taken as the same 125 kB input run eight times in a row, interleaved with the 1 MB run, best of five
 * rounds: both sides then do the same work (8 × 125 kB), allocate as many citations, and meet the garbage collector
 * and the caches at the same heap size, so those costs cancel instead of inflating the ratio (the three inputs dense in
 * citations, up to 66 000 per MB, measured 12–16× against a single 125 kB run under load). The assertion is
 * `time(1 MB) ≤ 1.5 × time(8 × 125 kB)`, which is `12 × time(125 kB)`; a quadratic engine takes 8× there and fails.
 */
describe('adversarial inputs scale linearly (1 MB within 12× the time of 125 kB)', () => {
  const SMALL = 125_000;
  const LARGE = 1_000_000;
  const TIMES = LARGE / SMALL;
  /** 12× the time at 125 kB, i.e. 1.5× the time of eight runs of it. */
  const BOUND = 12 / TIMES;
  const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const data = fakeData();
  /** CPU time (user + system, ms) of `runs` calls on `input`: unlike the wall clock, others' turns do not count. */
  const timed = (input: string, runs = 1): number => {
    const start = cpuUsage();
    for (let i = 0; i < runs; i++) expect(Array.isArray(findCitations(input, data))).toBe(true);
    const used = cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  /** Best times of the 1 MB run and of eight 125 kB runs, interleaved so that load weighs on both alike. */
  const bestTimes = (small: string, large: string): [number, number] => {
    let bestSmall = Number.POSITIVE_INFINITY;
    let bestLarge = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      bestSmall = Math.min(bestSmall, timed(small, TIMES));
      bestLarge = Math.min(bestLarge, timed(large));
    }
    return [bestSmall, bestLarge];
  };

  it.each([
    ['CTOC/COP/WG.4/ repeated', repeat('CTOC/COP/WG.4/')],
    ['résolution repeated', repeat('résolution ')],
    ['long digit run', repeat('7')],
    ['digits and slashes', repeat('1/')],
    ['article repeated', repeat('article ')],
    ['pinpoint chains', repeat("paragraphe 1 de l'alinéa a) du ")],
    ['lists', repeat('décisions 1/5, ')],
    ['report brackets', repeat('rapport (')],
    ['spaces', repeat(' ')],
    ['no-break spaces', repeat('\u00a0')],
    // Each ligature grows the reading's map: doubled when full, not by its letters each time (session 41).
    ['ligatures', repeat('tra\ufb01c \ufb03')],
    ['lists past relative clauses', repeat('resolutions 8/12 of 18 June 2008, in which it extended the mandate, and ')],
    ['spaced slashes', repeat('A / RES / ')],
    ['author headings', repeat('The General Assembly,\nRecalling its resolution ')],
    ['treaty nouns', repeat('Convention against Corruption Protocol ')],
    ['short body names', repeat('Council Commission Assembly GA ')],
    ['bare articles before a treaty noun', repeat('article 6 énonce, conformément au ')],
    ['other subjects', repeat('torture climat article 2 de la Convention ')],
    // Bare articles that look back through their sentence for a treaty noun (no sentence end anywhere).
    ['bare articles after a treaty noun', repeat('the Palermo Protocol, in its article 3 and ')],
    // Articles after a Protocol's acronym: whether the text abbreviates UNTOC is read once per text
    // (`acronym-article.ts`; read at every article it took 17 s at 1 MB).
    ['Protocol acronyms before articles', repeat('Art. 3 TIP ')],
    // One long list of possessive numbers no body settles: each list's bodies are read once, not at each member
    // (`list-chain.ts` `listBodies`; read per member it took 12 s at 1 MB).
    ['possessive lists', repeat('décisions 1/5 et 2/3 ainsi que sa ')],
    // Plain numbers and bare `Commission` numbers: whether the text names the Security Council, and which commissions
    // it names, are read once per text (`infer-body.ts`, `other-commissions.ts`; at each number: 90 s and 55 s at 1 MB).
    ['plain Council numbers', repeat('Resolutions 1325, 1820, 1888, 1889, 1960, 2106, ')],
    ['bare Commission numbers', repeat('Dans sa résolution 19/4, la Commission pour ')],
    // One symbol with a date's day glued to it: where the text writes its cuts elsewhere is read once per text and
    // symbol (`symbol-dates.ts`; read at each symbol it took 26 s at 1 MB).
    // The number of the resolution that adopted UNTOC: whether the text names UNTOC is read once per text.
    ['the resolution that adopted UNTOC', repeat('Reafirmando su resolución 55/25, de 15 de ')],
    ['symbols before glued dates', repeat('mayo de 2008; A/HRC/8/34 ')],
    // Lines without spaces (extraction debris) whose triggers are all glued to the word before (a symbol's root, an
    // article or resolution head word): the next word-start trigger, of which there is none, is searched once, not again
    // at each glued one (`scan`; searched at each, it read the rest of the text each time: 22–33 s per MB at 512 kB).
    ['glued symbols without spaces', repeat('A/RES/55/255.Resolutionofthe')],
    ['glued article words without spaces', repeat('—ContextofArticle4(1)')],
    ['glued resolution words without spaces', repeat('(laresolución62/208),')],
    // Symbols glued end to end (`GLUED_RE` in `parse-symbol.ts`): one chain, read in a loop (a call per link overflowed
    // the stack: 64 kB threw a RangeError).
    ['symbols glued end to end', repeat('A/RES/55/25')],
    // Symbols ending in a bracket glued to the next: the scanner finds a trigger after each `)`, and each read the rest
    // of the chain again (`chained` in `parse-symbol.ts`; 32 kB took 7 s, 1 MB hours).
    ['bracketed symbols glued end to end', repeat('A/RES/415(V)')],
    ['bracketed session symbols glued end to end', repeat('E/RES/1296(XLIV)')],
    // The same with the Council's year: each bare number was also checked against every candidate (`bare-council.ts`).
    ['Council symbols glued end to end', repeat('S/RES/2388(2017)')],
    // Numbers with a roman session after a parse read one (`GA Res 217 (III) A`): each was checked against every
    // candidate and every key (`romanSessions` in `headless-numbers.ts`; 256 kB took 2 s; session 27).
    ['roman sessions repeated', repeat('of Human Rights, GA Res 217 (III) A, UN Doc A/810. ')],
    // A title glued after a number (`70/1Transforming…`) looked back for its line's start over the whole text before it
    // (`gluedAfter` in `instrument-list.ts`), and a bare article in a sentence with UNTOC's defined term searched the whole
    // text for a treaty noun (`termTreaty` in `bare-article-nouns.ts`), each time (session 27).
    ['titles glued after numbers', repeat('Recalling General Assembly resolution 70/1Transforming our world ')],
    [
      'bare articles beside the defined term',
      repeat(
        'The offence of conspiracy in article 5, paragraph 1 (a) (i), differs from the participation in an organized criminal group. ',
      ),
    ],
    // A space before a comma, read away (a PDF's `article  32 ,`): the reading took the space off one string built by
    // `+=`, copying all of it each time (`unspace` in `reading-text.ts`; 512 kB took 6 s; session 27).
    ['spaces before commas', repeat(', a6(2,  ')],
    ['spaced commas in code', repeat(', { article: 33 },  ')],
    // A Palermo Protocol in a text whose subject is another Protocol's: whether the text titles that Protocol somewhere
    // was read again at each of them (`titledIn` in `treaty-names.ts`, once per text since session 27; 64 kB took 1 s).
    [
      'Palermo Protocols in a text on smuggling',
      repeat(
        'Le protocole de Palerme oblige les États à incriminer le trafic illicite de migrants (article 6 du Protocole de Palerme). ',
      ),
    ],
    [
      'the same without sentence stops',
      repeat(
        'Le protocole de Palerme oblige les États à incriminer le trafic illicite de migrants (article 6 du Protocole de Palerme) ',
      ),
    ],
    [
      'supplementary Protocols in a text on smuggling',
      repeat(
        'Selon l’article 6 du protocole additionnel à la Convention contre la criminalité transnationale organisée, le trafic illicite de migrants est une infraction pénale ',
      ),
    ],
  ] as [string, (size: number) => string][])(
    '%s',
    (_name, make) => {
      const smallInput = make(SMALL);
      const largeInput = make(LARGE);
      // Warm-up at both sizes: V8 tiers the regexes up and the heap grows to the 1 MB run's size before any timing.
      timed(smallInput);
      timed(largeInput);
      // A second round only when the first exceeds the bound: a loaded machine can spoil one round, while a superlinear
      // step (a quadratic one takes 8× the eight small runs) fails both.
      let [eight, large] = bestTimes(smallInput, largeInput);
      if (large > BOUND * Math.max(eight, 2)) [eight, large] = bestTimes(smallInput, largeInput);
      expect(large, `${(eight / TIMES).toFixed(1)} ms per 125 kB, ${large.toFixed(1)} ms at 1 MB`).toBeLessThanOrEqual(
        BOUND * Math.max(eight, 2),
      );
    },
    180_000,
  ); // up to 2 × 5 × (1 MB + 8 × 125 kB) of work on a loaded machine
});
