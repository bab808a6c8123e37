import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 23 (tuner-r29-treaty): the twenty-ninth round's treaty-article failures, by class.
 * - A treaty text's own article heading in Markdown's emphasis (`**Artículo 3**`, a law transcribing UNTOC, dev
 *   es-342, es-343) is a heading, even when its caption on the next line names UNTOC (the Protocols' article 1);
 *   references inside the text stay citations.
 * - The same capitalised article heading printed twice (`Article 1 Article 1 Ratify…`, dev en-508) is the act's own.
 * - An article in a bracket right after our treaty's name (`UNTOC (see articles 18 and 27) or the European
 *   Convention…`, dev en-513) is that treaty's, whatever the sentence names after the bracket.
 * - UNODC's short title `the Protocol against Trafficking in Persons` names one of our treaties, so a text quoting
 *   article 3(a)'s `forced labour` keeps its bare Protocol ours (dev en-515).
 * - UNTOC's name by its subject with a plural noun (`Organized Crime Conventions`, dev en-516).
 * - A number sign between the article word and its number (`artículo n°3`, dev es-341).
 * - `portant sur` after a bare Convention describes it, names no other treaty (`l’article 21 de la Convention portant
 *   sur le transfert des procédures pénales`, dev fr-351).
 * Each row: the text, then every citation the engine must find in it (span and key); an empty list is a text with no
 * citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

const TIP_TITLE = 'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños';
const UNTOC_EN = 'the United Nations Convention against Transnational Organized Crime';

const rows: Row[] = [
  // Markdown headings of a transcribed treaty text.
  [
    'a bold article heading, its caption naming UNTOC on the next line',
    `${TIP_TITLE}\n\n**Artículo 1**\n\n**Relación con la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional**\n\n- 1. El presente Protocolo complementa la Convención.\n\n- 3. Los delitos tipificados con arreglo al artículo 5 del presente Protocolo se considerarán delitos.`,
    [['artículo 5 del presente Protocolo', 'TIP Protocol art. 5']],
  ],
  [
    'a bold heading in a text about UNTOC, a reference inside the text kept',
    'Los Estados Parte en la presente Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional.\n\n**Artículo 3**\n\n**Ámbito de aplicación**\n\n- a) Los delitos tipificados con arreglo a los artículos 5 y 23 de la presente Convención.',
    [
      ['artículos 5', 'UNTOC art. 5'],
      ['23 de la presente Convención', 'UNTOC art. 23'],
    ],
  ],
  [
    'English: a heading in underscores, its caption naming UNTOC',
    `The Trafficking in Persons Protocol.\n\n__Article 1__\n\nRelation with ${UNTOC_EN}\n\n1. This Protocol supplements the Convention.`,
    [],
  ],
  [
    'negative: a Markdown bullet’s `*` is a list item, not emphasis',
    'The Trafficking in Persons Protocol. Relevant provisions:\n* Article 6\n* Article 7',
    [
      ['Article 6', 'TIP Protocol art. 6'],
      ['Article 7', 'TIP Protocol art. 7'],
    ],
  ],
  [
    'negative: a bold article in a sentence is read',
    `Under ${UNTOC_EN}, **Article 5** requires States to criminalize participation.`,
    [['Article 5', 'UNTOC art. 5']],
  ],
  [
    'negative: a bold article with its treaty after it',
    '**Article 6** of the Trafficking in Persons Protocol\nprotects victims.',
    [['Article 6** of the Trafficking in Persons Protocol', 'TIP Protocol art. 6']],
  ],
  // The same heading printed twice.
  [
    'a legislation site’s heading printed twice, run into the enacting line',
    'Approved by the Federation Council on 14 April 2004 Article 1 Article 1 Ratify the United Nations Convention against Transnational Organized Crime of 15 November 2000.',
    [],
  ],
  [
    'negative: a reference in lower case before the next article’s heading of the same number',
    'The Trafficking in Persons Protocol. Each State Party shall take the measures set forth in article 6 Article 6 Assistance to and protection of victims',
    [['article 6', 'TIP Protocol art. 6']],
  ],
  // An article in a bracket after the treaty's name.
  [
    'UNTOC by acronym, then a bracketed list, then another treaty',
    'Typical examples are those based on UNTOC (see articles 18 and 27) or the European Convention on Mutual Assistance in Criminal Matters.',
    [
      ['articles 18', 'UNTOC art. 18'],
      ['27', 'UNTOC art. 27'],
    ],
  ],
  [
    'each article with its own word',
    'Typical examples are those based on UNTOC (see article 18 and article 27) or the European Convention on Mutual Assistance.',
    [
      ['article 18', 'UNTOC art. 18'],
      ['article 27', 'UNTOC art. 27'],
    ],
  ],
  [
    'French: `voir l’article`, then another Convention',
    'Les exemples sont fondés sur la Convention de Palerme (voir l’article 18) ou la Convention européenne d’entraide judiciaire.',
    [['article 18', 'UNTOC art. 18']],
  ],
  [
    'Spanish: `véase el artículo`',
    'Los ejemplos se basan en la UNTOC (véase el artículo 18) o el Convenio Europeo de Asistencia Judicial.',
    [['artículo 18', 'UNTOC art. 18']],
  ],
  ['negative: the bracket after the other treaty', 'Based on the European Convention (see article 18) or UNTOC.', []],
  [
    'negative: our treaty named first, the bracket after the other one',
    'Based on UNTOC and the European Convention on Human Rights (see article 6).',
    [],
  ],
  [
    'negative: a bracket that says more than a pointer',
    'Based on UNTOC (which in article 18 sets rules) or the European Convention on Mutual Assistance.',
    [],
  ],
  // UNODC's short title names our treaty.
  [
    'the Protocol against Trafficking in Persons, then `forced labour` quoted',
    'The Protocol against Trafficking in Persons provides a list. Article 3(a) of the Protocol provides that "exploitation shall include forced labour or services".',
    [['Article 3(a) of the Protocol', 'TIP Protocol art. 3(a)']],
  ],
  [
    'negative: a forced-labour text naming no treaty of ours',
    'The Forced Labour Convention and its Protocol of 2014 protect victims of forced labour. Article 3 of the Protocol provides for remedies.',
    [],
  ],
  // A plural typo of UNTOC's name.
  [
    'the Organized Crime Conventions',
    'Article 16 of the Organized Crime Conventions deals with extradition.',
    [['Article 16 of the Organized Crime Conventions', 'UNTOC art. 16']],
  ],
  [
    'British spelling with Transnational',
    'Article 16 of the Transnational Organised Crime Conventions deals with extradition.',
    [['Article 16 of the Transnational Organised Crime Conventions', 'UNTOC art. 16']],
  ],
  ['negative: the Palermo Protocols together', 'Article 3 of the Palermo Protocols deals with it.', []],
  ['negative: the Geneva Conventions', 'Article 4 of the Geneva Conventions deals with it.', []],
  [
    'negative: a generic plural in lower case',
    'Article 16 of the organized crime conventions of the Council of Europe deals with it.',
    [],
  ],
  // A number sign before the article's number.
  [
    'Spanish `n°` glued to the number',
    'El Protocolo para Prevenir, Reprimir y Sancionar la Trata en su artículo n°3 define a la trata.',
    [['artículo n°3', 'TIP Protocol art. 3']],
  ],
  [
    'Spanish `nº` with a space, the treaty after',
    'El artículo nº 3 del Protocolo de Palermo define la trata.',
    [['artículo nº 3 del Protocolo de Palermo', 'TIP Protocol art. 3']],
  ],
  [
    'French `n°`',
    'L’article n°3 du Protocole de Palerme définit la traite.',
    [['article n°3 du Protocole de Palerme', 'TIP Protocol art. 3']],
  ],
  [
    'English `No.`',
    'Article No. 5 of the Smuggling of Migrants Protocol requires it.',
    [['Article No. 5 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 5']],
  ],
  [
    'negative: a law’s article with a number sign',
    'El artículo n° 5 de la Ley 26.364 define la trata, según el Protocolo de Palermo.',
    [],
  ],
  ['negative: `no` as a word', 'The article no longer applies under the Protocol.', []],
  // `portant sur` describes the Convention.
  [
    'French: `portant sur` after a bare Convention, UNTOC named before',
    'La Convention des Nations Unies contre la criminalité transnationale organisée. Conformément à l’article 21 de la Convention portant sur le transfert des procédures pénales.',
    [['article 21 de la Convention', 'UNTOC art. 21']],
  ],
  [
    'negative: `portant création` names another Convention',
    'La Convention des Nations Unies contre la criminalité transnationale organisée. Voir l’article 41 de la Convention portant création d’un Office européen de police.',
    [],
  ],
];

describe('session 23, twenty-ninth round treaty forms (tuner-r29-treaty)', () => {
  it.each(rows)('%s', (_name, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
