import { describe, expect, it } from 'vitest';
import { found, sym, tre, type Expect } from './factories';

/**
 * Session 15 (tuner-symbols): symbols and what follows them on real text, by class, each in EN, FR and ES where the
 * class exists there; the dev passage that showed the class is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // S2: a range of paragraphs after a symbol, after a comma, is in the span (dev en-352, fr-249; in-sample
  // mixed-blind-002); no pinpoint field (the card opens the document).
  ['the reporting procedures (CRC/C/33, paras. 29-32) and', [sym('CRC/C/33, paras. 29-32', 'CRC/C/33')]],
  ['U.N. Doc. A/49/38,paras.126-185 (1994).', [sym('A/49/38,paras.126-185', 'A/49/38')]],
  ['véase el informe (CTOC/COP/2020/3, párrs. 3 a 7).', [sym('CTOC/COP/2020/3, párrs. 3 a 7', 'CTOC/COP/2020/3')]],
  [
    'voir le rapport (CTOC/COP/2020/3, paragraphes 4 à 9).',
    [sym('CTOC/COP/2020/3, paragraphes 4 à 9', 'CTOC/COP/2020/3')],
  ],
  // S2: a list of paragraphs after a plural word, a range after a singular one.
  ['(CRC/C/33, paras. 29 and 32)', [sym('CRC/C/33, paras. 29 and 32', 'CRC/C/33')]],
  ['(CRC/C/33, paragraphes 3, 5 et 7 à 9)', [sym('CRC/C/33, paragraphes 3, 5 et 7 à 9', 'CRC/C/33')]],
  ['(CRC/C/33, párrafos 3, 5 y 7 a 9)', [sym('CRC/C/33, párrafos 3, 5 y 7 a 9', 'CRC/C/33')]],
  ['(CRC/C/33, para. 5-6)', [sym('CRC/C/33, para. 5-6', 'CRC/C/33')]],
  // A meeting record's resumption, its English word in every edition (dev es-278).
  [
    'Naciones Unidas S/PV.4176 (Resumption 1) Consejo de Seguridad',
    [sym('S/PV.4176 (Resumption 1)', 'S/PV.4176(RESUMPTION1)')],
  ],
  // S2: parts, chapters and sections in the plural with a range (dev en-385), and a part by its ordinal (fr-248).
  ['of the Council for 1996 (A/51/3, parts I to III);', [sym('A/51/3, parts I to III', 'A/51/3')]],
  ['(E/2009/31, chaps. II-IV)', [sym('E/2009/31, chaps. II-IV', 'E/2009/31')]],
  ['- Rapport du Secrétaire général A/61/256, troisième partie\n', [sym('A/61/256, troisième partie', 'A/61/256')]],
  ['Informe del Secretario General A/61/256, tercera parte y', [sym('A/61/256, tercera parte', 'A/61/256')]],
  ['(A/61/256, chapitres II à IV)', [sym('A/61/256, chapitres II à IV', 'A/61/256')]],
  // An annex marked by a capital is the document's, in the span (not the pinpoint: an annex pinpoint is a roman).
  ['(S/2015/544, annexe A)', [sym('S/2015/544, annexe A', 'S/2015/544')]],
  // S2's exception: an annex of the citing text, not of the document (dev fr-279).
  ['du Plan d’action global commun (S/2015/544, annexe A à la présente résolution) et', [sym('S/2015/544')]],
  ['the Joint Plan (S/2015/544, annex A to the present resolution) and', [sym('S/2015/544')]],
  ['el Plan (S/2015/544, anexo A de la presente resolución) y', [sym('S/2015/544')]],
  ['the Plan (S/2015/544, annex to this resolution) and', [sym('S/2015/544')]],
  // A list going from corrigenda to addenda, each word its own series counted from 1 (dev fr-248).
  [
    'à la demande du Sénégal (A/50/141 et Corr.2 et Add.1 à 3).',
    [sym('A/50/141'), sym('Corr.2', 'A/50/141/CORR.2'), sym('Add.1', 'A/50/141/ADD.1'), sym('3', 'A/50/141/ADD.3')],
  ],
  [
    'at the request of Senegal (A/50/141 and Corr.2 and Add.1 to 3).',
    [sym('A/50/141'), sym('Corr.2', 'A/50/141/CORR.2'), sym('Add.1', 'A/50/141/ADD.1'), sym('3', 'A/50/141/ADD.3')],
  ],
  [
    'a solicitud del Senegal (A/50/141 y Corr.2 y Add.1 a 3).',
    [sym('A/50/141'), sym('Corr.2', 'A/50/141/CORR.2'), sym('Add.1', 'A/50/141/ADD.1'), sym('3', 'A/50/141/ADD.3')],
  ],
  // A further record ending its line (a list of references, dev fr-248).
  ['- Séances plénières A/61/PV.38 et 39\n- Résolution', [sym('A/61/PV.38'), sym('39', 'A/61/PV.39')]],
  ['- Plenary meetings A/61/PV.38 and 39\n- Resolution', [sym('A/61/PV.38'), sym('39', 'A/61/PV.39')]],
  ['- Sesiones plenarias A/61/PV.38 y 39', [sym('A/61/PV.38'), sym('39', 'A/61/PV.39')]],
  // A capitalised word glued after a symbol's last number ends it (a bilingual heading, dev es-251).
  ['A/64/L.63/Rev.1Sexagésimo cuarto período de sesiones', [sym('A/64/L.63/Rev.1', 'A/64/L.63/REV.1')]],
  ['A/64/L.63/Rev.1Sixty-fourth session', [sym('A/64/L.63/Rev.1', 'A/64/L.63/REV.1')]],
  ['A/64/L.63/Rev.1Soixante-quatrième session', [sym('A/64/L.63/Rev.1', 'A/64/L.63/REV.1')]],
  // An old single-number Council symbol after a document word or joined by a hyphen to the symbol before (dev fr-247).
  ['mesures 1 A/47/277-S/24111; voir … document S/24111.', [sym('A/47/277'), sym('S/24111'), sym('S/24111')]],
  ['see the report (A/47/277-S/24111) and document S/23500.', [sym('A/47/277'), sym('S/24111'), sym('S/23500')]],
  ['véase el documento S/25704, párr. 4', [sym('S/25704, párr. 4', 'S/25704', { paragraph: 4 })]],
  // The Council's resolutions and decisions without the Assembly's `A/` (dev fr-298), keyed with it.
  ['HRC/RES/48/13 : Le droit humain à un environnement propre', [sym('HRC/RES/48/13', 'A/HRC/RES/48/13')]],
  ['HRC/RES/48/13: The human right to a clean environment', [sym('HRC/RES/48/13', 'A/HRC/RES/48/13')]],
  ['la decisión HRC/DEC/4/104 del Consejo', [sym('HRC/DEC/4/104', 'A/HRC/DEC/4/104')]],
];

describe('session 15 symbol readings', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited: [string, Expect[]][] = [
  // A level's range needs a capital or figure at both ends, and no slash after the second (another symbol).
  ['A/51/3, part I and A/51/4', [sym('A/51/3, part I', 'A/51/3'), sym('A/51/4')]],
  ['A/51/3, parts I and a few others', [sym('A/51/3')]],
  // A paragraph range with a decimal or a slash is no range.
  ['A/51/3, paras. 2-3.5 and A/51/3, paras. 2-10/11', [sym('A/51/3'), sym('A/51/3')]],
  // A listed number before a month is a date's day.
  ['A/51/3, paras. 12, 14 December 2005', [sym('A/51/3, paras. 12', 'A/51/3', { paragraph: 12 })]],
  // `HRC/` other than its resolutions and decisions, or in lower case, is no symbol.
  ['HRC/2017/7, HRC/OHCHR/12 and hrc/res/1/1', []],
  // Peru's sol: `S/` and a plain number with no document word before it.
  ['Precio: S/1775 y S/ 24111 por persona', []],
  // In prose the number as written stays (`the report A/63/125 of June 2008` in Spanish).
  ['véase el informe A/63/125 de junio de 2008', [sym('A/63/125')]],
  // A glued date's day in prose (not a heading line): both cuts read, neither is written elsewhere, nothing read.
  ['voir CRC/C/15/Add.18313 juin 2002 et', []],
  // Corrigenda of one word must go up.
  ['A/55/595 and Corr.2 and Corr.1', [sym('A/55/595'), sym('Corr.2', 'A/55/595/CORR.2')]],
];

describe('what the session 15 symbol readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/**
 * Span convention S5 (dev en-365): a depositary page naming its Protocol only in its title; the disputes clause a
 * reservation cites with arbitration or the International Court of Justice says which Protocol `this Protocol` is
 * (TIP 15, Firearms 16, Migrants 20; UNTOC's is 35).
 */
const disputes: [string, Expect[]][] = [
  [
    'Reservations: The Government does not consider itself bound by article 20, paragraph 2, of this Protocol, which provides that any dispute shall be submitted to arbitration or referred to the International Court of Justice. It reserves Article 18 of the said Protocol.',
    [
      tre('article 20, paragraph 2, of this Protocol', 'Migrants Protocol art. 20(2)', { article: 20, paragraph: 2 }),
      tre('Article 18 of the said Protocol', 'Migrants Protocol art. 18', { article: 18 }),
    ],
  ],
  [
    "Réserve : Le Gouvernement ne se considère pas lié par les dispositions de l'article 16, paragraphe 2, du présent Protocole, qui prévoit que tout différend est soumis à l'arbitrage ou à la Cour internationale de Justice.",
    [
      tre('article 16, paragraphe 2, du présent Protocole', 'Firearms Protocol art. 16(2)', {
        article: 16,
        paragraph: 2,
      }),
    ],
  ],
  [
    'Reserva: El Gobierno no se considera obligado por el artículo 20, párrafo 2, del presente Protocolo, que dispone que toda controversia se someterá a arbitraje o a la Corte Internacional de Justicia.',
    [
      tre('artículo 20, párrafo 2, del presente Protocolo', 'Migrants Protocol art. 20(2)', {
        article: 20,
        paragraph: 2,
      }),
    ],
  ],
  // The clause of two Protocols, or a Convention's article before the Court: the default (the TIP Protocol) stays.
  [
    'Reservation: article 20 of this Protocol on arbitration. Reservation: article 16 of this Protocol on arbitration.',
    [
      tre('article 20 of this Protocol', 'TIP Protocol art. 20', { article: 20 }),
      tre('article 16 of this Protocol', 'TIP Protocol art. 16', { article: 16 }),
    ],
  ],
  [
    'With reference to Article 16, paragraph 5, of the Convention, disputes go to arbitration. Article 18 of the Protocol applies.',
    [
      tre('Article 16, paragraph 5, of the Convention', 'UNTOC art. 16(5)', { article: 16, paragraph: 5 }),
      tre('Article 18 of the Protocol', 'TIP Protocol art. 18', { article: 18 }),
    ],
  ],
];

describe('a Protocol read from its disputes clause', () => {
  it.each(disputes)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** Treaty articles by class (dev en-355, en-356, fr-245). */
const articles: [string, Expect[]][] = [
  // `under a)`: the Dutch `onder a` in a depositary notification's English (dev en-355).
  [
    'With reference to Article 16, paragraph 5, under a), of the Convention against Transnational Organized Crime, done at New York',
    [
      tre(
        'Article 16, paragraph 5, under a), of the Convention against Transnational Organized Crime',
        'UNTOC art. 16(5)(a)',
        { article: 16, paragraph: 5, subparagraph: 'a' },
      ),
    ],
  ],
  // `Palermo` before a Protocol's prefix name (dev en-356).
  [
    'trafficking-in-persons (Palermo Trafficking Protocol, article 3),Footnote 1 and',
    [tre('article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'Article 6 of the Palermo Smuggling Protocol',
    [tre('Article 6 of the Palermo Smuggling Protocol', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  // A paragraph after a hyphen and a lone letter between commas before the connector (dev fr-245).
  [
    'comme le prévoit notamment l’article 9-2, b, du Protocole de Palerme. Les États',
    [
      tre('article 9-2, b, du Protocole de Palerme', 'TIP Protocol art. 9(2)(b)', {
        article: 9,
        paragraph: 2,
        subparagraph: 'b',
      }),
    ],
  ],
  [
    'as provided in article 6-3 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons',
    [
      tre(
        'article 6-3 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons',
        'TIP Protocol art. 6(3)',
        { article: 6, paragraph: 3 },
      ),
    ],
  ],
  [
    'conforme al artículo 9-2 del Protocolo de Palermo',
    [tre('artículo 9-2 del Protocolo de Palermo', 'TIP Protocol art. 9(2)', { article: 9, paragraph: 2 })],
  ],
  // The adopting body before a treaty's prefix name names no other treaty (dev en-398; English word order only).
  [
    'as set forth in the UN General Assembly Trafficking in Persons Protocol (2000), refers to it. Article 3 further states that',
    [tre('Article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
];

describe('session 15 treaty article readings', () => {
  it.each(articles)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const articlesLeft: [string, Expect[]][] = [
  // A code's or a law's hyphenated article, or a hyphen that may be a range, is no paragraph of ours.
  ["L'article 225-4-1 du Code pénal et l'article 2-1 de la loi", []],
  ["l'article 5-6 du Protocole relatif à la traite des personnes", []],
  // `under` before no letter marker is prose: the article stays as before (bare, its treaty named after it).
  [
    'Article 16 under the Convention against Transnational Organized Crime',
    [tre('Article 16', 'UNTOC art. 16', { article: 16 })],
  ],
  // Another treaty after the Assembly's name is still another treaty.
  ['the General Assembly Convention on the Rights of the Child, article 3', []],
];

describe('what the session 15 treaty readings leave alone', () => {
  it.each(articlesLeft)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
