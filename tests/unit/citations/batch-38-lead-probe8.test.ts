import { describe } from 'vitest';
import { eachReads } from './reads';

/**
 * Session 32 (lead): classes from probe set 8 (scored held out at the end of session 31, then moved to dev), each
 * written here in a sentence of its own, not the probe's.
 */

describe('a Spanish ordinal indicator after a pinpoint number (`pin-marker.ts`)', () => {
  eachReads([
    [
      'La norma reproduce el art. 6, inc. 3º, apartado b) del Protocolo de Palermo.',
      [['art. 6, inc. 3º, apartado b) del Protocolo de Palermo', 'TIP Protocol art. 6(3)(b)']],
    ],
    [
      'Véase el artículo 8, párrafo 2.º, del Protocolo contra el tráfico ilícito de migrantes.',
      [
        [
          'artículo 8, párrafo 2.º, del Protocolo contra el tráfico ilícito de migrantes',
          'Migrants Protocol art. 8(2)',
        ],
      ],
    ],
    // The degree sign as many keyboards type the indicator.
    [
      'conforme al art. 5, numeral 1°, de la Convención de Palermo',
      [['art. 5, numeral 1°, de la Convención de Palermo', 'UNTOC art. 5(1)']],
    ],
  ]);
});

describe('a bare article beyond the last-named treaty, an earlier noun of its sentence holding it (`bare-article-nouns.ts`)', () => {
  eachReads([
    [
      'Article 2 of the Smuggling of Migrants Protocol states its purpose; the Convention applies to every protocol (art. 37, para. 2).',
      [
        ['Article 2 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 2'],
        ['art. 37, para. 2', 'UNTOC art. 37(2)'],
      ],
    ],
    // No earlier noun holds it (the Protocols end at 25, and no Convention is named): no card, as before.
    [
      'Article 2 of the Smuggling of Migrants Protocol states its purpose; every protocol says so (art. 37, para. 2).',
      [['Article 2 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 2']],
    ],
  ]);
});

describe('a bare Protocol in a text on our three Protocols together, none named or its subject (`other-treaty-marks.ts`)', () => {
  eachReads([
    [
      'The Convention and its three Protocols were opened for signature in Palermo. Article 4 of the Protocol sets out its scope of application.',
      [],
    ],
    ['La Convención y sus tres Protocolos se firmaron en Palermo. El artículo 4 del Protocolo define su ámbito.', []],
    // One Protocol's subject in the text: that one, as before.
    [
      'La Convention et ses trois Protocoles. L’article 5 du Protocole impose l’incrimination de la traite des personnes.',
      [['article 5 du Protocole', 'TIP Protocol art. 5']],
    ],
    // `its Protocols` without `three` (the TIP Protocol's own legislative guide writes so): the default stays.
    [
      'The Convention and its Protocols were opened for signature in Palermo. Article 4 of the Protocol sets out its scope.',
      [['Article 4 of the Protocol', 'TIP Protocol art. 4']],
    ],
  ]);
});

describe('a treaty cited by its UNTS volume and page right before a bare article (`unts-reference.ts`)', () => {
  eachReads([
    // OSCOLA: a long title, the parent Convention inside it, the treaty's dates, then the reference.
    [
      '5 Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime (adopted 15 November 2000, entered into force 25 December 2003) 2237 UNTS 319, art 9(1)(b).',
      [['art 9(1)(b)', 'TIP Protocol art. 9(1)(b)']],
    ],
    [
      'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime (adopted 31 May 2001, entered into force 3 July 2005) 2326 UNTS 208, art 10.',
      [['art 10', 'Firearms Protocol art. 10']],
    ],
    // Another treaty's reference: its article, no card.
    [
      'Convention on the Rights of the Child (adopted 20 November 1989, entered into force 2 September 1990) 1577 UNTS 3, art 35.',
      [],
    ],
  ]);
});

describe('victims of trafficking, without `in persons`, name our subject beside a Protocol (`treaty-subjects.ts`)', () => {
  eachReads([
    [
      'Le Protocole impose d’offrir aux victimes de la traite une assistance juridique (art. 6, par. 2).',
      [['art. 6, par. 2', 'TIP Protocol art. 6(2)']],
    ],
    [
      'El Protocolo exige proteger la privacidad de las víctimas de trata (art. 6, párr. 1).',
      [['art. 6, párr. 1', 'TIP Protocol art. 6(1)']],
    ],
    [
      'The Protocol requires States to consider residence permits for victims of trafficking (art. 7).',
      [['art. 7', 'TIP Protocol art. 7']],
    ],
    // A bare Convention beside them alone may be the Council of Europe's (its article 12 assists victims): no card.
    ['La Convention protège la victime de la traite (article 12).', []],
  ]);
});

describe('an ampersand between listed articles (`parse-treaty.ts`)', () => {
  eachReads([
    [
      'Briefing note: Arts 9 & 10 of the Smuggling of Migrants Protocol are rarely applied.',
      [
        ['Arts 9', 'Migrants Protocol art. 9'],
        ['10 of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 10'],
      ],
    ],
  ]);
});

describe('a letter right under a Protocol article that letters only its paragraphs (`keys.ts`, `hasLetter`)', () => {
  eachReads([
    // The Council of Europe Convention's article 4 letters its definitions; the TIP Protocol's is one paragraph.
    [
      'Article 4(b) of the Council of Europe Convention copies Article 3(a) of the Palermo Protocol, and Article 4(e) goes further.',
      [['Article 3(a) of the Palermo Protocol', 'TIP Protocol art. 3(a)']],
    ],
    ['Article 9(b) of the Smuggling of Migrants Protocol', []],
    // Articles lettered right under them keep their letters, within their range.
    [
      'Article 2(b) of the Trafficking in Persons Protocol states a purpose.',
      [['Article 2(b) of the Trafficking in Persons Protocol', 'TIP Protocol art. 2(b)']],
    ],
    ['Article 2(d) of the Trafficking in Persons Protocol', []],
    [
      'Article 12(b) of the Smuggling of Migrants Protocol',
      [['Article 12(b) of the Smuggling of Migrants Protocol', 'Migrants Protocol art. 12(b)']],
    ],
  ]);
});

describe('a hashtag naming a treaty of ours after the connector (`loose-names.ts`)', () => {
  eachReads([
    [
      'Reminder: Art 6(3) of the #PalermoProtocol requires assistance for survivors.',
      [['Art 6(3) of the #PalermoProtocol', 'TIP Protocol art. 6(3)']],
    ],
    ['Art. 27 of #UNTOC covers law enforcement cooperation.', [['Art. 27 of #UNTOC', 'UNTOC art. 27']]],
    // A campaign's tag with more glued to it names nothing.
    ['Art 6 of the #PalermoProtocol20 campaign', []],
  ]);
});

describe('the resolution adopting our treaties names them for a bare noun (`treaty-subjects.ts`)', () => {
  eachReads([
    [
      'La Convention, adoptée par la résolution 55/25 de l’Assemblée générale, a été ouverte à la signature à la fin de 2000 ; selon son article 36, elle reste ouverte aux organisations régionales.',
      [
        ['résolution 55/25 de l’Assemblée générale', 'A/RES/55/25'],
        ['article 36', 'UNTOC art. 36'],
      ],
    ],
    // Another resolution's number: the bare noun stays unread, as before.
    [
      'La Convention, adoptée par la résolution 58/4 de l’Assemblée générale, a été ouverte à la signature à la fin de 2003 ; selon son article 36, elle reste ouverte aux organisations régionales.',
      [['résolution 58/4 de l’Assemblée générale', 'A/RES/58/4']],
    ],
  ]);
});

describe('our acronym after a bare Protocol noun, and a section sign glued to the number (`treaty-connector.ts`, `article-pins.ts`)', () => {
  eachReads([
    [
      'Cf. l’art. 6, par. 3, du Protocole TIP sur le logement.',
      [['art. 6, par. 3, du Protocole TIP', 'TIP Protocol art. 6(3)']],
    ],
    ['según el artículo 16 del Protocolo SOM', [['artículo 16 del Protocolo SOM', 'Migrants Protocol art. 16']]],
    ['L’art.6§3 du Protocole TIP prévoit un logement.', [['art.6§3 du Protocole TIP', 'TIP Protocol art. 6(3)']]],
  ]);
});

describe('`additional` before a translated Protocol title (`loose-names.ts`)', () => {
  eachReads([
    [
      'The article 9 of the additional Protocol relative to the trafficking of persons foresees prevention measures.',
      [['article 9 of the additional Protocol relative to the trafficking of persons', 'TIP Protocol art. 9']],
    ],
  ]);
});

describe('UNTOC’s French acronym after its article names our subject (`treaty-subjects.ts`)', () => {
  eachReads([
    [
      'L’entraide judiciaire (art. 18) reste la disposition de la Convention la plus citée dans les rapports sur la CTO.',
      [['art. 18', 'UNTOC art. 18']],
    ],
    // `le CTO`: a chief technology officer, no subject of ours.
    ['L’entraide judiciaire (art. 18) reste la disposition de la Convention que le CTO cite le plus.', []],
  ]);
});
