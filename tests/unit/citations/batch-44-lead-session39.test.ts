import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 39 (lead): classes from probe set 15's dev errors (scored held out once at the session's start, then moved
 * to dev), each written here in a sentence of its own, not the probe's.
 */

describe('a court speaking of the respondent State keeps its own Convention where only a Protocol of ours is named (`other-treaty-marks.ts`)', () => {
  eachReads([
    [
      'The Court observes that the respondent State ratified the Palermo Protocol in 2003. It reiterates that Article 4 of the Convention prohibits forced labour.',
      [],
    ],
    // UNTOC named in full: the court's bare Convention is ours.
    [
      'The Court notes that the United Nations Convention against Transnational Organized Crime binds both States; article 18 of the Convention governs mutual legal assistance.',
      [['article 18 of the Convention', 'UNTOC art. 18']],
    ],
  ]);
});

describe('another Protocol named in full: a bare Convention is its parent (`treaty-names.ts`)', () => {
  eachReads([
    [
      "La Réunion des Parties au Protocole de Nagoya sur l'accès aux ressources génétiques rappelle l'article 15 de la Convention.",
      [],
    ],
    // A Protocol of ours named: the bare Convention is UNTOC.
    [
      "Le Protocole relatif aux armes à feu renvoie à l'article 5 de la Convention.",
      [['article 5 de la Convention', 'UNTOC art. 5']],
    ],
  ]);
});

describe("a treaty body's document cited just before `that Convention` (`treaty-names.ts`)", () => {
  eachReads([
    [
      'See CRC/C/GC/24, para. 7, which reads article 40 of that Convention broadly.',
      [['CRC/C/GC/24, para. 7', 'CRC/C/GC/24']],
    ],
    // Our Convention named in full after the document: ours again.
    [
      'See CEDAW/C/GC/38, para. 12. The United Nations Convention against Transnational Organized Crime, in article 5 of that Convention, …',
      [
        ['CEDAW/C/GC/38, para. 12', 'CEDAW/C/GC/38'],
        ['article 5 of that Convention', 'UNTOC art. 5'],
      ],
    ],
  ]);
});

describe("a bare article followed by `hereof` is the text's own (`parse-treaty.ts`)", () => {
  eachReads([
    ['Section 2. The definitions in article 4 hereof follow the Trafficking in Persons Protocol.', []],
    // Without it, the Protocol named after is the article's treaty.
    [
      'The definitions in article 3 of the Trafficking in Persons Protocol apply.',
      [['article 3 of the Trafficking in Persons Protocol', 'TIP Protocol art. 3']],
    ],
  ]);
});

describe("a law's own article heading with a colon before its sentence (`other-text-article.ts`)", () => {
  eachReads([
    [
      "Décret n° 2019-12 relatif à la protection des victimes\nArticle 1 : La présente loi met en œuvre l'article 6 du Protocole de Palerme.\nArticle 2 : Les victimes ont droit à un hébergement.",
      [['article 6 du Protocole de Palerme', 'TIP Protocol art. 6']],
    ],
  ]);
});

describe("another treaty's acronym or capitalised noun right before the article (`other-text-article.ts`)", () => {
  eachReads([
    [
      'Under the Firearms Protocol, art. 10 mirrors the Arms Trade Treaty art. 11.',
      [['art. 10', 'Firearms Protocol art. 10']],
    ],
    ['Reservations to the Smuggling of Migrants Protocol follow VCLT art. 19; ATT art. 6 is another matter.', []],
  ]);
});

describe('`Prot.` abbreviating a Protocol noun after its short name (`treaty-name-patterns.ts`, `bare-article.ts`)', () => {
  eachReads([
    ['Notes: Firearms Prot. art. 8 on marking.', [['art. 8', 'Firearms Protocol art. 8']]],
    ['Notes: TIP Prot. art. 6(3) on recovery.', [['art. 6(3)', 'TIP Protocol art. 6(3)']]],
  ]);
});

describe('the Trafficking Protocol by a subject word after its noun (`loose-names.ts`)', () => {
  eachReads([
    [
      "(Pour distinguer trafic et traite, je renvoie à l'art. 5 du Protocole traite.)",
      [['art. 5 du Protocole traite', 'TIP Protocol art. 5']],
    ],
    [
      'Según el art. 6 del Protocolo sobre trata7, la víctima recibe asistencia.',
      [['art. 6 del Protocolo sobre trata', 'TIP Protocol art. 6']],
    ],
    // `traite de` is the verb: the bare noun is the Protocol in focus.
    [
      "Le Protocole contre le trafic illicite de migrants est clair : l'article 16 du Protocole traite de la protection.",
      [['article 16 du Protocole', 'Migrants Protocol art. 16']],
    ],
  ]);
});

describe("UNCAC's CoSP before a resolution: another body's (`outside-bodies.ts`)", () => {
  eachReads([
    [
      'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime, in its resolution 11/2, welcomed the report. See also UNCAC CoSP resolution 9/3.',
      [['resolution 11/2', 'COP resolution 11/2']],
    ],
  ]);
});

describe('`Prot.` after a Protocol acronym after the article, in the span (`acronym-article.ts`)', () => {
  eachReads([
    [
      'Training of officials (art. 10 TIP Prot.) protects victims of trafficking.',
      [['art. 10 TIP Prot.', 'TIP Protocol art. 10']],
    ],
  ]);
});

describe("a table row's first cell naming a treaty of ours before the article's cell (`bare-article.ts`)", () => {
  eachReads([
    [
      'Instrument\tProvision\tTopic\nSmuggling of Migrants Protocol\tart. 16\tProtection\nPenal Code\tart. 16\tTheft',
      [['art. 16', 'Migrants Protocol art. 16']],
    ],
  ]);
});

describe('the Spanish short name `Protocolo de armas` (`treaty-tables.ts`)', () => {
  eachReads([
    ['Ojo: el Protocolo de armas regula el marcado (art. 8).', [['art. 8', 'Firearms Protocol art. 8']]],
    // Small arms, or a regional body's Protocol: not ours.
    ['Ojo: el Protocolo de armas pequeñas regula el marcado (art. 8).', []],
    ['Ojo: el Protocolo de armas de la CEDEAO regula el marcado (art. 8).', []],
  ]);
});

describe('an informal `Protocole sur la traite` names no other treaty (`treaty-mentions.ts`)', () => {
  eachReads([
    [
      'Je relis le Protocole sur la traite pour mon examen ; l’article 6 du Protocole porte sur les victimes.',
      [['article 6 du Protocole', 'TIP Protocol art. 6']],
    ],
    // A regional organisation's Protocol stays another treaty.
    ['Je relis le Protocole de la CEDEAO sur la traite ; l’article 6 du Protocole porte sur les victimes.', []],
  ]);
});
