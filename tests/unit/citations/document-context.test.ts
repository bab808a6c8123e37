import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentContext, findCitations } from '../../../lib/citations';

/**
 * What a page, a PDF or a selection tells the engine about its author (`documentContext`): the author it states,
 * else the COP only for a document about UNTOC or its Protocols, else nothing. The COP is never a blind default.
 */
describe('documentContext', () => {
  it.each([
    ['a General Assembly heading', 'Resolution adopted by the General Assembly on 18 December 2019', 'GA'],
    ['a Human Rights Council preamble', 'The Human Rights Council,\nRecalling its resolution 11/3,', 'HRC'],
    // The head is read as the engine reads any text (`reading-text.ts`): tabs and Windows line ends as spaces and breaks.
    ['a heading set with tabs', 'Resolution\tadopted\tby the General Assembly on 18 December 2019', 'GA'],
    ['a preamble with Windows line ends', 'The Human Rights Council,\r\nRecalling its resolution 11/3,', 'HRC'],
    ['a COP report symbol', 'CTOC/COP/2010/17 — Rapport de la Conférence des Parties', 'COP'],
    ['UNTOC named in French', 'Convention des Nations Unies contre la criminalité transnationale organisée', 'COP'],
    ['the Palermo Protocol', 'El Protocolo de Palermo define la trata de personas', 'COP'],
    [
      'the Smuggling of Migrants Protocol in French',
      "l'article 6 du Protocole contre le trafic illicite de migrants",
      'COP',
    ],
    ['a ligature from a PDF', "l'article 6 du Protocole contre le tra\uFB01c illicite de migrants", 'COP'],
    ['the Trafficking in Persons Protocol', 'Implementing the Trafficking in Persons Protocol: a toolkit', 'COP'],
    [
      'an UNCAC report',
      'CAC/COSP/2015/10 Conference of the States Parties to the Convention against Corruption',
      'OTHER',
    ],
    ['a climate report', 'FCCC/CP/1995/7 Report of the Conference of the Parties on its first session', 'OTHER'],
    [
      'the Firearms Protocol in Spanish',
      'el Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego',
      'COP',
    ],
    ['the Smuggling Protocol by its short name', 'Article 6 of the Smuggling Protocol', 'COP'],
    [
      "the Geneva Conventions' Additional Protocols",
      'Protocole additionnel aux Conventions de Genève du 12 août 1949',
      undefined,
    ],
    ['a news page', 'Actualités — 30 juillet, journée mondiale contre la traite', undefined],
    ['nothing', '', undefined],
  ])('%s', (_, head, author) => {
    expect(documentContext(head).author).toBe(author);
  });

  it.each([
    [
      'a page about UNTOC',
      'Conférence des Parties à la Convention contre la criminalité transnationale organisée',
      ['COP resolution 5/2'],
    ],
    // 5/2 fits the COP and the Human Rights Council (its Code of Conduct): with nothing to say whose, no card.
    ['a page that does not say', 'Actualités', []],
  ])('a bare résolution 5/2 on %s', (_, head, keys) => {
    const text = `${head}\nVoir la résolution 5/2.`;
    expect(findCitations(text, undefined, documentContext(text)).map((c) => c.key)).toEqual(keys);
  });
});

/** The sample documents (000–003, served by the demo site) read exactly as COP documents, as before. */
describe('the sample documents', () => {
  const dir = resolve(import.meta.dirname, '../../../demo/sources');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('are all there', () => expect(files).toHaveLength(4));

  it.each(files)('%s reads as a COP document, with the same citations', (file) => {
    const text = readFileSync(resolve(dir, file), 'utf8');
    const context = documentContext(text.slice(0, 3000));
    expect(context).toEqual({ author: 'COP' });
    const found = findCitations(text, undefined, context);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(findCitations(text, undefined, { author: 'COP' }));
  });
});
