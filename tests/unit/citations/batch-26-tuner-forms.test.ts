import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 22 (tuner-forms): a treaty citation of a real dev passage rewritten into another written form UN documents
 * use (`scripts/citation-forms.ts`: `art. 32`, `Article 18, paragraph 13`, the treaty's official title) reads as the
 * original does. Each row is a passage as labelled, then the same passage in the other form, and what the engine must
 * find in the rewritten one (span and key); the original must give the same keys. The rewritten form of each row was
 * missed before this session's rules:
 * - a citation of UNTOC's article 32 in any form makes a text that speaks of `the Conference` the COP's (`inferAuthor`'s
 *   `citesCopArticle`, read in `classifier.ts`);
 * - the dot of `Art. 10` does not end the sentence in which a bare `UN Protocol` finds its subject
 *   (`treaty-mentions.ts`, `ABBREVIATION_DOT`);
 * - a pinpoint in the span keeps a reservation's head (`Artículo 18, párrafo 13.- Se designa…`) from reading as a law's
 *   own article heading (`other-text-article.ts`);
 * - a letter's bracket followed by a connector and a treaty's name is the letter's, however long the title before the
 *   parenthesis closes (`parse-treaty.ts`).
 */

type Row = [string, string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

const rows: Row[] = [
  [
    'dev en-065, art-abbrev: the COP is the author through `art. 32 of the Convention`',
    'Recalling that in article 32 of the Convention it is stated that the Conference shall agree upon mechanisms for ' +
      'achieving, inter alia, the objective of periodically reviewing the implementation of the Convention, Recalling ' +
      'also , in that regard, its resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012, ' +
      'and 7/1 of 10 October 2014, Reca',
    'Recalling that in art. 32 of the Convention it is stated that the Conference shall agree upon mechanisms for ' +
      'achieving, inter alia, the objective of periodically reviewing the implementation of the Convention, Recalling ' +
      'also , in that regard, its resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012, ' +
      'and 7/1 of 10 October 2014, Reca',
    [
      ['art. 32 of the Convention', 'UNTOC art. 32'],
      ['resolutions 5/1', 'COP resolution 5/1'],
      ['5/5', 'COP resolution 5/5'],
      ['6/1', 'COP resolution 6/1'],
      ['7/1', 'COP resolution 7/1'],
    ],
  ],
  [
    'dev en-065, treaty-name: the COP is the author through UNTOC’s title',
    'Recalling that in article 32 of the Convention it is stated that the Conference shall agree upon mechanisms for ' +
      'achieving, inter alia, the objective of periodically reviewing the implementation of the Convention, Recalling ' +
      'also , in that regard, its resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012, ' +
      'and 7/1 of 10 October 2014, Reca',
    'Recalling that in article 32 of the United Nations Convention against Transnational Organized Crime it is stated ' +
      'that the Conference shall agree upon mechanisms for achieving, inter alia, the objective of periodically ' +
      'reviewing the implementation of the Convention, Recalling also , in that regard, its resolutions 5/1 of 22 ' +
      'October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012, and 7/1 of 10 October 2014, Reca',
    [
      ['article 32 of the United Nations Convention against Transnational Organized Crime', 'UNTOC art. 32'],
      ['resolutions 5/1', 'COP resolution 5/1'],
      ['5/5', 'COP resolution 5/5'],
      ['6/1', 'COP resolution 6/1'],
      ['7/1', 'COP resolution 7/1'],
    ],
  ],
  [
    'dev en-133, art-abbrev: `Art. 10` / `art. 10` after the UN Protocol whose subject comes after the article',
    'The UN Protocol, negotiated and signed by the Commission on 16 January 2002 on behalf of the European Community, ' +
      'makes provision in Article 10 for stronger controls on the exporting, importing and third-country transit ' +
      'measures of firearms for civilian use, their parts, components and ammunition.\nCe protocole, négocié et signé ' +
      'par la Commission le 16 janvier 2002 au nom de la Communauté européenne, prévoit dans son article 10 de ' +
      "renforcer le contrôle des exportations, importations et mesures de transit à destination de pays tiers d'armes " +
      'à feu à usage civil, ainsi que leurs pièces, éléments et munitions.',
    'The UN Protocol, negotiated and signed by the Commission on 16 January 2002 on behalf of the European Community, ' +
      'makes provision in Art. 10 for stronger controls on the exporting, importing and third-country transit ' +
      'measures of firearms for civilian use, their parts, components and ammunition.\nCe protocole, négocié et signé ' +
      'par la Commission le 16 janvier 2002 au nom de la Communauté européenne, prévoit dans son art. 10 de ' +
      "renforcer le contrôle des exportations, importations et mesures de transit à destination de pays tiers d'armes " +
      'à feu à usage civil, ainsi que leurs pièces, éléments et munitions.',
    [
      ['Art. 10', 'Firearms Protocol art. 10'],
      ['art. 10', 'Firearms Protocol art. 10'],
    ],
  ],
  [
    'dev en-468, art-abbrev: `Art. 5` after the UN Protocol on Trafficking, then `art 3`',
    'I. CRIMINALIZATION: PROSECUTION\nUN Protocol on Trafficking, Especially in Women and Children, Article 5 ' +
      'Criminalization of Acts in Trafficking in Persons:\n3 Categories of acts are registered as criminal offenses:\n' +
      '- One of the trafficking acts (mentioned in art 3) or its attempt',
    'I. CRIMINALIZATION: PROSECUTION\nUN Protocol on Trafficking, Especially in Women and Children, Art. 5 ' +
      'Criminalization of Acts in Trafficking in Persons:\n3 Categories of acts are registered as criminal offenses:\n' +
      '- One of the trafficking acts (mentioned in art 3) or its attempt',
    [
      ['Art. 5', 'TIP Protocol art. 5'],
      ['art 3', 'TIP Protocol art. 3'],
    ],
  ],
  [
    'dev es-035, pin-words: a reservation’s head `Artículo 18, párrafo 13.-`',
    'Convención de las Naciones Unidas contra\nla Delincuencia Organizada Transnacional\n(Convención de Palermo)\n' +
      'NOTA 1: Al ratificar la Convención, el Gobierno de México formuló las declaraciones interpretativas\nsiguientes, ' +
      'en virtud de los Artículos 5 (3), 16 (5)(a), 18 (13) y 18 (14):\n' +
      'Artículo 16(5)(a).- El Estado mexicano considerará la Convención como la base jurídica de la coope\nración en ' +
      'materia de extradición, respecto de aquellos Estados Parte con los que no tenga celebra\ndos tratados en la ' +
      'materia.\nArtículo 18(13).- Se designa como autoridad central en materia de asistencia judicial recíproca, a ' +
      'la\nProcuraduría ',
    'Convención de las Naciones Unidas contra\nla Delincuencia Organizada Transnacional\n(Convención de Palermo)\n' +
      'NOTA 1: Al ratificar la Convención, el Gobierno de México formuló las declaraciones interpretativas\nsiguientes, ' +
      'en virtud de los Artículos 5 (3), 16 (5)(a), 18 (13) y 18 (14):\n' +
      'Artículo 16, párrafo 5 a).- El Estado mexicano considerará la Convención como la base jurídica de la coope\n' +
      'ración en materia de extradición, respecto de aquellos Estados Parte con los que no tenga celebra\ndos tratados ' +
      'en la materia.\nArtículo 18, párrafo 13.- Se designa como autoridad central en materia de asistencia judicial ' +
      'recíproca, a la\nProcuraduría ',
    [
      ['Artículos 5 (3)', 'UNTOC art. 5(3)'],
      ['16 (5)(a)', 'UNTOC art. 16(5)(a)'],
      ['18 (13)', 'UNTOC art. 18(13)'],
      ['18 (14)', 'UNTOC art. 18(14)'],
      ['Artículo 16, párrafo 5 a)', 'UNTOC art. 16(5)(a)'],
      ['Artículo 18, párrafo 13', 'UNTOC art. 18(13)'],
    ],
  ],
  [
    'dev es-034, treaty-name: `(artículo 3 c) del Protocolo …)` whose title runs past 80 characters',
    'Sin embargo, si la víctima es un niño, bastan un “acto” y un “fin de explotación” para constituir el delito de ' +
      'trata de personas; es este caso, no se requiere el elemento de los “medios” (artículo 3 c) del Protocolo). ' +
      'Véanse más detalles en la Introducción',
    'Sin embargo, si la víctima es un niño, bastan un “acto” y un “fin de explotación” para constituir el delito de ' +
      'trata de personas; es este caso, no se requiere el elemento de los “medios” (artículo 3 c) del Protocolo para ' +
      'prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños). Véanse más detalles en la ' +
      'Introducción',
    [
      [
        'artículo 3 c) del Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños',
        'TIP Protocol art. 3(c)',
      ],
    ],
  ],
];

describe('a treaty citation in another written form reads as the original (session 22, tuner-forms)', () => {
  it.each(rows)('%s', (_, original, rewritten, expected) => {
    expect(spansAndKeys(rewritten)).toEqual(expected);
    expect(spansAndKeys(original).map(([, key]) => key)).toEqual(expected.map(([, key]) => key));
  });
});

/**
 * What the rules above leave alone (these pass without them too): a law's own article heading before its dash, a
 * bracket closing the parenthesis when no treaty follows it, a text citing UNTOC's article 32 whose author is another
 * body, a sentence ended by a full stop before the subject.
 */
const kept: [string, [string, string][]][] = [
  // A law's own heading numbers its article alone.
  ['NOTA 1: Al ratificar la Convención …\nArtículo 2.- Se designa como autoridad central a la Procuraduría', []],
  // The bracket closes the parenthesis: nothing of a treaty follows it.
  [
    'Conforme al Protocolo contra la Trata de Personas, no se requiere el elemento de los “medios” (artículo 3 c). ' +
      'Véanse más detalles en la Introducción',
    [['artículo 3 c', 'TIP Protocol art. 3(c)']],
  ],
  // The Assembly's own text: its resolution, not the Conference's.
  [
    'The General Assembly,\nRecalling that in art. 32 of the Convention it is stated that the Conference shall agree ' +
      'upon mechanisms, Recalling also its resolution 70/1',
    [
      ['art. 32 of the Convention', 'UNTOC art. 32'],
      ['resolution 70/1', 'A/RES/70/1'],
    ],
  ],
  // A full stop ends the Protocol's sentence before another text's subject.
  ['The UN Protocol was signed. Its Art. 10 is a provision on firearms of the European Community.', []],
];

describe('what the written-form rules leave alone (session 22, tuner-forms)', () => {
  it.each(kept)('%j', (text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});
