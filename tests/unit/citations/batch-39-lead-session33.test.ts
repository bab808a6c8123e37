import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 33 (lead): classes from probe set 9's remaining dev errors, each written here in a sentence of its own, not
 * the probe's.
 */

describe('a State ratifying in an infinitive or gerund clause is no law’s title (`other-text-article.ts`)', () => {
  eachReads([
    [
      'El Tribunal considera que la ley cumple los compromisos asumidos por el Perú al ratificar la Convención y su Protocolo contra la trata de personas, en especial la obligación que impone el Protocolo en su artículo 5.',
      [['artículo 5', 'TIP Protocol art. 5']],
    ],
    // A law's title ratifying the treaty still owns the article of its sentence.
    [
      'La loi n° 2014-12 portant ratification du Protocole relatif à la traite des personnes dispose en son article 2 que la présente loi entre en vigueur.',
      [],
    ],
  ]);
});

describe('a Protocol to a charter or a regional Convention, in French and Spanish (`qualifier-words.ts`)', () => {
  eachReads([
    [
      'Voir la Convention des Nations Unies contre la criminalité transnationale organisée. Protocole à la Charte africaine des droits de l’homme et des peuples, art. 5.',
      [],
    ],
    [
      'Véase la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional. Protocolo a la Carta Africana de Derechos Humanos, art. 5.',
      [],
    ],
    // Prose after a bare noun is not a title: the text's Protocol.
    [
      'Sur la traite des personnes, l’article 5 du Protocole à la lumière de son article 3.',
      [
        ['article 5 du Protocole', 'TIP Protocol art. 5'],
        ['article 3', 'TIP Protocol art. 3'],
      ],
    ],
  ]);
});

describe('our acronym after a Protocol noun wherever the noun is read (`treaty-names.ts`)', () => {
  eachReads([
    [
      'Atelier 2 – Le Protocole SOM en bref\n• Art. 6 : incrimination\n• Art. 16 : protection et assistance',
      [
        ['Art. 6', 'Migrants Protocol art. 6'],
        ['Art. 16', 'Migrants Protocol art. 16'],
      ],
    ],
    ['l’art. 9, par. 5, du Protocole TIP', [['art. 9, par. 5, du Protocole TIP', 'TIP Protocol art. 9(5)']]],
  ]);
});

describe('a letter starting the next line is that line’s item marker, not the article’s (`article-pins.ts`)', () => {
  eachReads([
    [
      '¿Qué artículo de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional regula la extradición?\na) art. 16\nb) art. 18',
      [
        ['art. 16', 'UNTOC art. 16'],
        ['art. 18', 'UNTOC art. 18'],
      ],
    ],
    // On the article's own line the letter is its pinpoint.
    [
      'Under the United Nations Convention against Transnational Organized Crime, art. 2 b) defines a serious crime.',
      [['art. 2 b)', 'UNTOC art. 2(b)']],
    ],
  ]);
});

describe('`littera` written out; a footnote number glued after a letter’s bracket (`lower-pins.ts`, `article-pins.ts`)', () => {
  eachReads([
    [
      'Aux termes de l’article 3, littera a), du Protocole contre le trafic illicite de migrants par terre, mer et air, le trafic désigne',
      [
        [
          'article 3, littera a), du Protocole contre le trafic illicite de migrants par terre, mer et air',
          'Migrants Protocol art. 3(a)',
        ],
      ],
    ],
    [
      'Le Protocole relatif à la traite des personnes définit l’exploitation à son article 3 a)12 comme comprenant au minimum',
      [['article 3 a)', 'TIP Protocol art. 3(a)']],
    ],
  ]);
});

describe('a treaty named at an article by a form no mention reads is in focus from there (`parse-treaty.ts`)', () => {
  eachReads([
    [
      'Selon l’art. 16, par. 10, de la CTO, l’État qui n’extrade pas doit poursuivre. Le Mali applique l’art. 16, par. 10, depuis 2012.',
      [
        ['art. 16, par. 10, de la CTO', 'UNTOC art. 16(10)'],
        ['art. 16, par. 10', 'UNTOC art. 16(10)'],
      ],
    ],
    [
      'Según el art. 34.3 de la CDOT, los delitos no requieren transnacionalidad. El art. 15 regula la jurisdicción.',
      [
        ['art. 34.3 de la CDOT', 'UNTOC art. 34(3)'],
        ['art. 15', 'UNTOC art. 15'],
      ],
    ],
    // An acronym read after a bare article, in its span, likewise.
    [
      'Check Art. 6 TIP on assistance to victims. Art. 7 covers their residence.',
      [
        ['Art. 6 TIP', 'TIP Protocol art. 6'],
        ['Art. 7', 'TIP Protocol art. 7'],
      ],
    ],
  ]);
});

describe('the dot of `art.` before its number ends no sentence (`sentence-bounds.ts`)', () => {
  eachReads([
    [
      'La incautación (art. 12) y la cooperación internacional (art. 13) son los artículos de la Convención de Palermo menos aplicados.',
      [
        ['art. 12', 'UNTOC art. 12'],
        ['art. 13', 'UNTOC art. 13'],
      ],
    ],
  ]);
});

describe('a text named with an indefinite article owns no article cited (`focus-article.ts`)', () => {
  eachReads([
    [
      'La loi transpose le Protocole contre la fabrication et le trafic illicites d’armes à feu. Le marquage (art. 8) relève d’un décret.',
      [['art. 8', 'Firearms Protocol art. 8']],
    ],
    // A law named with a definite article still takes the article of its sentence.
    [
      'La loi transpose le Protocole contre la fabrication et le trafic illicites d’armes à feu. Le marquage (art. 8) relève du décret.',
      [],
    ],
  ]);
});

describe('the Migrants Protocol’s French shorthands (`migrants-names.ts`)', () => {
  eachReads([
    [
      'Disposition | Transposition\nArt. 7 Protocole migrants | Loi n° 2010-3, art. 12',
      [['Art. 7 Protocole migrants', 'Migrants Protocol art. 7']],
    ],
    ['Séance 3 : le Protocole sur les migrants, art. 6, par. 1.', [['art. 6, par. 1', 'Migrants Protocol art. 6(1)']]],
    // After a comma, the next clause's subject: the bare Protocol is read, not the word.
    [
      'Under article 5 of the Protocol against the Smuggling of Migrants by Land, Sea and Air, migrants shall not become liable. Under article 6 of the Protocol, migrants may not be prosecuted.',
      [
        [
          'article 5 of the Protocol against the Smuggling of Migrants by Land, Sea and Air',
          'Migrants Protocol art. 5',
        ],
        ['article 6 of the Protocol', 'Migrants Protocol art. 6'],
      ],
    ],
  ]);
});

describe('the Spanish of `relatif à la traite` (`treaty-tables.ts`)', () => {
  eachReads([
    [
      'El apartado b) del artículo 3 del Protocolo relativo a la trata de personas declara irrelevante el consentimiento.',
      [['apartado b) del artículo 3 del Protocolo relativo a la trata de personas', 'TIP Protocol art. 3(b)']],
    ],
  ]);
});

describe('`for the fact of` after a bare Protocol is prose, no title (`treaty-name-patterns.ts`)', () => {
  eachReads([
    [
      'Smuggled migrants shall not become liable to criminal prosecution under the Protocol for the fact of having been the object of conduct set forth in its article 6.',
      [['article 6', 'Migrants Protocol art. 6']],
    ],
  ]);
});

describe('UNTOC’s Spanish name with `Crimen` for `Delincuencia` (`treaty-tables.ts`)', () => {
  eachReads([
    [
      'Según el artículo 16 de la Convención contra el Crimen Organizado Transnacional, la extradición procede.',
      [['artículo 16 de la Convención contra el Crimen Organizado Transnacional', 'UNTOC art. 16']],
    ],
    [
      'El artículo 18 de la Convención del Crimen Organizado regula la asistencia judicial recíproca.',
      [['artículo 18 de la Convención del Crimen Organizado', 'UNTOC art. 18']],
    ],
  ]);
});

describe('a treaty body speaking in the past tense; ECOWAS’s numbered Protocols (`other-treaty-marks.ts`, `name-forms.ts`)', () => {
  eachReads([
    [
      'El Comité de los Derechos del Niño recomendó al Estado parte que, conforme al artículo 35 de la Convención, adopte medidas contra la trata y ratifique el Protocolo de Palermo.',
      [],
    ],
    [
      'The Committee on the Elimination of Discrimination against Women recalled that under article 6 of the Convention States must suppress trafficking, and urged ratification of the Palermo Protocol.',
      [],
    ],
    [
      'Le Protocole A/SP1/12/01 de la CEDEAO sur la démocratie, notamment son article 2, et le Protocole relatif à la traite des personnes forment le cadre.',
      [],
    ],
  ]);
});

describe('an article in a bracket right after another text’s capitalised name is that text’s (`other-text-article.ts`)', () => {
  eachReads([
    [
      'The Arms Trade Treaty (art. 11) and the Firearms Protocol (art. 10) both address diversion.',
      [['art. 10', 'Firearms Protocol art. 10']],
    ],
    [
      'La Charte africaine des droits et du bien-être de l’enfant (art. 29) et le Protocole relatif à la traite des personnes (art. 6) protègent les enfants.',
      [['art. 6', 'TIP Protocol art. 6']],
    ],
  ]);
});
