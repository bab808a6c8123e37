import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 30 (lead): classes from probe set 6 (held out in session 29, moved to dev there; two rows from set 7 after
 * its scoring), each written here in a sentence of its own, not the probe's: a draft's article after its symbol in the span (`symbol-pins.ts`), `the
 * Protocol` after two of ours named together (`treaty-mentions.ts`), the Swiss `ch.` after a letter (`lower-pins.ts`),
 * UNTOC's Spanish acronym `CNUDOT` (`treaty-prefixes.ts`), an article `constitucional` and a bill's captioned article
 * heading (`other-text-article.ts`), a model law's articles (`treaty-subjects.ts`), a law's possessive after a
 * semicolon (`possessive-owner.ts`), machine-translated names of the Trafficking Protocol (`loose-names.ts`), a treaty
 * body named in full in French or Spanish (`other-treaty-marks.ts`), an acronym defined before the name in brackets
 * (`treaty-acronyms.ts`), `TIP` and `SOM` after `Art.` side by side in a text naming no Protocol (`acronym-article.ts`), `de ce même instrument`
 * (`treaty-connector.ts`), a table's empty cell (`table-column.ts`), a bracket after the name's own words
 * (`focus-article.ts`), articles listed after a range (`article-ranges.ts`).
 */

describe("a draft's article after its symbol (S2)", () => {
  eachReads([
    [
      'The earlier wording (A/AC.254/4/Add.3/Rev.2, art. 4) was narrower.',
      [['A/AC.254/4/Add.3/Rev.2, art. 4', 'A/AC.254/4/ADD.3/REV.2']],
    ],
    [
      'voir le texte révisé A/AC.254/4/Rev.9, article 17 bis.',
      [['A/AC.254/4/Rev.9, article 17 bis', 'A/AC.254/4/REV.9']],
    ],
    // An annex before the article: the Protocol's own article, not a draft's; the span stops at the annex as before.
    ['(A/RES/55/25, annex III, art. 5)', [['A/RES/55/25, annex III', 'A/RES/55/25']]],
    // An article another text owns after the comma is cited on its own.
    [
      'See A/72/164, article 6 of the Protocol against the Smuggling of Migrants.',
      [
        ['A/72/164', 'A/72/164'],
        ['article 6 of the Protocol against the Smuggling of Migrants', 'Migrants Protocol art. 6'],
      ],
    ],
  ]);
});

describe('`the Protocol` after two Protocols of ours named together', () => {
  eachReads([
    [
      'Parties to the Trafficking in Persons Protocol and the Migrants Protocol must apply article 10 of the Protocol.',
      [],
    ],
    [
      "L'État a adhéré au Protocole relatif aux migrants et au Protocole relatif à la traite des personnes; l'article 9 du Protocole est appliqué.",
      [],
    ],
    // The preposition repeated after `y` (probe p7fres-083's class).
    [
      'Chile es parte en el Protocolo contra la trata de personas y en el Protocolo contra el tráfico ilícito de migrantes; el artículo 10 del Protocolo exige formación.',
      [],
    ],
    // One Protocol named alone afterwards takes the focus back.
    [
      'Both the Trafficking in Persons Protocol and the Migrants Protocol apply. The Trafficking in Persons Protocol, in article 10 of the Protocol, asks for training.',
      [['article 10 of the Protocol', 'TIP Protocol art. 10']],
    ],
    // Two names apart, not joined: the later one is in focus, as before.
    [
      'The Trafficking in Persons Protocol entered into force in 2003. The Migrants Protocol followed; article 18 of the Protocol covers return.',
      [['article 18 of the Protocol', 'Migrants Protocol art. 18']],
    ],
  ]);
});

describe('pinpoints, acronyms and other texts', () => {
  eachReads([
    [
      'le fait de procurer un document frauduleux (art. 6, par. 1, let. b, ch. ii) du Protocole contre le trafic illicite de migrants',
      [['art. 6, par. 1, let. b, ch. ii', 'Migrants Protocol art. 6(1)(b)(ii)']],
    ],
    [
      "l'incrimination des documents frauduleux (art. 6 al. 1 let. b ch. ii) du Protocole contre le trafic illicite de migrants",
      [['art. 6 al. 1 let. b ch. ii', 'Migrants Protocol art. 6(1)(b)(ii)']],
    ],
    [
      'la cooperación prevista en el artículo 27 de la CNUDOT se ha reforzado',
      [['artículo 27 de la CNUDOT', 'UNTOC art. 27']],
    ],
    // `constitucional` after a bare article: the Constitution's, though the Protocol is in focus.
    ['El Protocolo de Palermo define la trata; el artículo 20 constitucional protege a la víctima.', []],
    [
      'Artículo 4. Competencia. Las autoridades aplicarán el artículo 5 del Protocolo contra la trata de personas.',
      [['artículo 5 del Protocolo contra la trata de personas', 'TIP Protocol art. 5']],
    ],
    ['The model law on trafficking in persons, in its article 8, protects victims.', []],
    [
      'La Ley 1234 adoptó las medidas del Protocolo contra la trata de personas; en particular, su artículo 4 crea un fondo.',
      [],
    ],
    // Australia's name for the TIP Protocol, as `People Smuggling` is the Migrants Protocol's.
    [
      'Australia ratified the People Trafficking Protocol in 2005. Article 6 requires assistance to victims.',
      [['Article 6', 'TIP Protocol art. 6']],
    ],
    // An EU regulation opening the sentence owns the possessive after the semicolon (probe p7en-058's class).
    [
      'Directive 2011/36/EU gives effect to article 3 of the Trafficking in Persons Protocol; its Article 8 spares victims from prosecution.',
      [['article 3 of the Trafficking in Persons Protocol', 'TIP Protocol art. 3']],
    ],
    [
      'under article 9 of the Protocol concerning the trafficking in persons, States shall',
      [['article 9 of the Protocol concerning the trafficking in persons', 'TIP Protocol art. 9']],
    ],
    [
      'conforme al artículo 10 del Protocolo de Tráfico de Personas,',
      [['artículo 10 del Protocolo de Tráfico de Personas', 'TIP Protocol art. 10']],
    ],
  ]);
});

describe('treaty bodies, acronyms and anaphors', () => {
  eachReads([
    // The committee named in full speaks: its bare Convention is its own (CEDAW, CRC), not UNTOC.
    [
      "Le Comité des droits de l'enfant recommande à l'État partie d'appliquer l'article 35 de la Convention et le Protocole relatif à la traite des personnes.",
      [],
    ],
    [
      'El Comité contra la Tortura observa que el artículo 3 de la Convención protege a las víctimas de la trata de personas, como el Protocolo de Palermo.',
      [],
    ],
    [
      'Informe. Se evaluó la CNUDOT (Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional).\nArt. 34 CNUDOT | Sí',
      [['Art. 34 CNUDOT', 'UNTOC art. 34']],
    ],
    [
      'Tabla 1. Aplicación del PPTP (Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas)\nArt. 10 PPTP | Parcial',
      [['Art. 10 PPTP', 'TIP Protocol art. 10']],
    ],
    [
      'Obligations of prevention (Art. 9 TIP; Art. 15 SOM) overlap.',
      [
        ['Art. 9 TIP', 'TIP Protocol art. 9'],
        ['Art. 15 SOM', 'Migrants Protocol art. 15'],
      ],
    ],
    // Not one of them alone, nor after the article word written in full, nor `FP`, in a text naming no Protocol.
    ['Article 9 TIP funding rose; see Art. 3 FP.', []],
    ['Art. 9 TIP funding rose in Tier 1.', []],
    [
      "L'article 5 du Protocole relatif aux armes à feu impose le marquage, et l'article 8 de ce même instrument en précise les modalités.",
      [
        ['article 5 du Protocole relatif aux armes à feu', 'Firearms Protocol art. 5'],
        ['article 8', 'Firearms Protocol art. 8'],
      ],
    ],
  ]);
});

describe('tables, brackets and ranges', () => {
  eachReads([
    [
      'Topic | UNTOC | Migrants Protocol\nSmuggling defined | – | art. 3\nJurisdiction | art. 15 | art. 1',
      [
        ['art. 3', 'Migrants Protocol art. 3'],
        ['art. 15', 'UNTOC art. 15'],
        ['art. 1', 'Migrants Protocol art. 1'],
      ],
    ],
    [
      'Les règles du Protocole relatif aux migrants sur la sécurité des documents (art. 12) complètent ce que prévoit le Protocole relatif à la traite des personnes.',
      [['art. 12', 'Migrants Protocol art. 12']],
    ],
    [
      'The offences are set out in articles 5 to 8 and 23 of the Convention against Transnational Organized Crime.',
      [['23 of the Convention against Transnational Organized Crime', 'UNTOC art. 23']],
    ],
    // A Protocol's acronym alone as a column's header, `constructor` as none (a Map, not an object's keys).
    [
      'Offence | UNTOC | TIP | SOM\nLaundering | art. 6 | – | –\nSmuggling | – | – | art. 6\nTrafficking | – | art. 5 | –',
      [
        ['art. 6', 'UNTOC art. 6'],
        ['art. 6', 'Migrants Protocol art. 6'],
        ['art. 5', 'TIP Protocol art. 5'],
      ],
    ],
    [
      'Offence | UNTOC | constructor\nLaundering | art. 6 | art. 7',
      [
        ['art. 6', 'UNTOC art. 6'],
        ['art. 7', 'UNTOC art. 7'],
      ],
    ],
    // A bound out of the treaty's range: no card at all.
    ['articles 40 to 45 and 3 of the Convention against Transnational Organized Crime', []],
  ]);
});
