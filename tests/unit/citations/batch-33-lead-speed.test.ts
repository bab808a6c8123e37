import { describe, expect, it } from 'vitest';
import { ADOPTED_BY, mayHaveAdoptionLine } from '../../../lib/citations/author-signals';
import { DRAFT_CUES } from '../../../lib/citations/draft-articles';
import { topAlternatives } from '../../../lib/citations/first-letter';
import { inferAuthor } from '../../../lib/citations/infer-body';
import { OTHER_PROTOCOL_NAMED, PROTOCOL_NUMBER } from '../../../lib/citations/other-treaty-marks';
import { findCitations } from '../../../lib/citations/index';
import { subjectsNamed, TITLE_SUBJECTS } from '../../../lib/citations/treaty-subjects';
import { engineTexts } from './engine-texts';

/**
 * Session 27 (lead, speed): an adoption line read behind its verbs, a list's next digit found by a loop, and three
 * whole-text searches rewritten so each regex is led by a literal, which V8 skips
 * along a text to (`OTHER_PROTOCOL_NAMED` from `protoco`, the draft cue as four searches, the Migrants Protocol's
 * words as three). Each must say yes exactly where its earlier form did: the earlier forms are kept here as the
 * reference, and compared on every labelled passage outside the real test split, the corpus and demo sources, and rows at
 * each form's edges.
 */
/** The earlier forms (sessions 24–26). */
const REFERENCE = {
  otherProtocol: new RegExp(
    String.raw`\b(?:Ireland\/Northern\s+Ireland|Northern\s+Ireland|Kyoto|Montr[ée]al|Cartagena|Nagoya|Maputo)\s+protocol\b|\bprotoco(?:l|le|lo)\s+(?:on\s+(?:Ireland|Northern\s+Ireland|the\s+Privileges\s+and\s+Immunities)|(?:sur|relatif\s+[àa])\s+(?:l['’]\s?Irlande|les\s+privil[èe]ges\s+et\s+immunit[ée]s)|nord-irlandais|(?:de|sobre)\s+(?:Irlanda|los\s+privilegios\s+e\s+inmunidades|Kioto|Kyoto|Montr[ée]al|Carthag[èe]ne|Cartagena|Nagoya|Maputo)|${PROTOCOL_NUMBER}|\d{1,2}\s+(?:to\s+the|à\s+la|al)\s+(?:European\s+Convention|ECHR|Convention\s+europ|CEDH|Convenio\s+Europeo))`,
    'i',
  ),
  draft:
    /A\/AC\.254\/|\bdraft\s(?:protocol|convention)|\b(?:rolling|revised)\stext|projet\sde\s(?:protocole|convention)|proyecto\sde\s(?:protocolo|convenci[óo]n)/i,
  migrantWord: /migrant|fraudul|identidad\s+falso/i,
};

const draftCue = (text: string): boolean => DRAFT_CUES.some((cue) => cue.test(text));
const migrantWords = TITLE_SUBJECTS.find((s) => s.id === 'MIG')?.words ?? [];
const migrantWord = (text: string): boolean => migrantWords.some((w) => w.test(text));

/** Each row: text, and whether the other Protocol, the draft cue and the Migrants word are there. */
const ROWS: [string, boolean, boolean, boolean][] = [
  ['Article 2 of the Kyoto Protocol sets targets.', true, false, false],
  ['the Ireland/Northern Ireland protocol', true, false, false],
  ['the Kyoto Protocole', false, false, false], // `protocol\b`: no other ending after a city
  ['the Tokyo Protocol', false, false, false],
  ['Protocol on the Privileges and Immunities of the European Union', true, false, false],
  ['le protocole sur l’Irlande', true, false, false],
  ['Protocolo sobre los privilegios e inmunidades', true, false, false],
  ['Protocole n° 7 à la Convention', true, false, false],
  ['Protocol 1 to the European Convention', true, false, false],
  ['aprotocol on Ireland', false, false, false], // the word boundary before the noun
  ['Protocol No. 1/2002', false, false, false],
  ['article 9 of the revised draft protocol', false, true, false],
  ['the draft convention', false, true, false],
  ['the overdraft convention', false, false, false],
  ['le projet de protocole', false, true, false],
  ['leprojet de convention', false, true, false], // no word boundary asked before the French and Spanish words
  ['el proyecto de convención', false, true, false],
  ['el proyecto de convencion', false, true, false],
  ['the rolling text', false, true, false],
  ['the unrevised text', false, false, false],
  ['A/AC.254/4/Add.2/Rev.6', false, true, false],
  ['a draft resolution', false, false, false],
  ['smuggled migrants', false, false, true],
  ['Fraudulent travel or identity document', false, false, true],
  ['documento de viaje o de identidad falso', false, false, true],
  ['identidad  falsa', false, false, false],
];

describe('whole-text searches led by a literal say yes where their earlier forms did (session 27)', () => {
  it.each(ROWS)('%s', (text, otherProtocol, draft, migrant) => {
    expect([OTHER_PROTOCOL_NAMED.test(text), draftCue(text), migrantWord(text)]).toEqual([
      otherProtocol,
      draft,
      migrant,
    ]);
    expect([REFERENCE.otherProtocol.test(text), REFERENCE.draft.test(text), REFERENCE.migrantWord.test(text)]).toEqual([
      otherProtocol,
      draft,
      migrant,
    ]);
  });

  it('on every labelled passage outside the real test split and the corpus and demo sources', () => {
    const texts = engineTexts({ testSplit: false });
    expect(texts.length).toBeGreaterThan(700);
    const counts = { otherProtocol: 0, draft: 0, migrant: 0 };
    for (const text of texts) {
      const expected = [
        REFERENCE.otherProtocol.test(text),
        REFERENCE.draft.test(text),
        REFERENCE.migrantWord.test(text),
      ];
      expect([OTHER_PROTOCOL_NAMED.test(text), draftCue(text), migrantWord(text)], text.slice(0, 80)).toEqual(expected);
      counts.otherProtocol += Number(expected[0]);
      counts.draft += Number(expected[1]);
      counts.migrant += Number(expected[2]);
    }
    // Each form is met on real texts, so the comparison reads both answers.
    expect(Math.min(counts.otherProtocol, counts.draft, counts.migrant)).toBeGreaterThan(2);
  });

  it('an adoption line is read behind its verbs: every form holds one, and each language is still read', () => {
    const inner = ADOPTED_BY.startsWith('(?:') && ADOPTED_BY.endsWith(')') ? ADOPTED_BY.slice(3, -1) : ADOPTED_BY;
    const forms = topAlternatives(inner);
    expect(forms.length).toBeGreaterThan(3);
    for (const form of forms)
      expect(mayHaveAdoptionLine(form.replace(/\[([^\]]*)\]/g, (_, c: string) => c.charAt(0)))).toBe(true);
    const lines: [string, string][] = [
      ['Resolution adopted by the General Assembly on 17 December 2015', 'GA'],
      ['Adopted by the Security Council at its 8111th meeting', 'SC'],
      ['Resolución aprobada por la Asamblea General el 18 de diciembre de 2013', 'GA'],
    ];
    for (const [line, author] of lines) expect(inferAuthor(`${line}\n\nRecalling its resolution 8/12,`)).toBe(author);
    expect(mayHaveAdoptionLine('Recalling its resolutions 8/12 and 11/3,')).toBe(false);
  });

  it('a list number is looked for within 300 characters, not beyond', () => {
    // `nextNumberAfterGap` (list-gap.ts) walks only when a digit stands within reach: the second list member is read
    // across a long gap but not past it.
    const keys = (text: string) => findCitations(text).map((c) => c.key);
    const words = (n: number) => 'on the subject '.repeat(n);
    expect(keys(`Human Rights Council resolutions 8/12 of 18 June 2008, ${words(2)}and 11/3`)).toEqual([
      'A/HRC/RES/8/12',
      'A/HRC/RES/11/3',
    ]);
    expect(keys(`Human Rights Council resolutions 8/12 and ${'x'.repeat(400)} 11/3`)).toEqual(['A/HRC/RES/8/12']);
  });

  it('subjectsNamed still names the Migrants Protocol behind its words', () => {
    expect(subjectsNamed('The Protocol against the smuggling of migrants by land, sea and air.')).toContain('MIG');
    expect(subjectsNamed('“Fraudulent travel or identity document” shall mean any travel document.')).toContain('MIG');
  });
});

/**
 * `title-regex.ts`: each title regex runs plain where the text holds no tag. `batch-26-speed.test.ts` compares every
 * qualifier's answer with its written form at every treaty noun of the labelled texts (some with tags: it fails when
 * the plain form is run on them); these rows hold titles with a tag and with a link in angle brackets, which is none.
 */
describe('titles with tags and links (title-regex.ts)', () => {
  const keys = (text: string) => findCitations(text).map((c) => [c.key, c.text]);
  const TITLE =
    'Protocol to Prevent, Suppress and Punish Trafficking in<br />\n\nPersons, Especially Women and Children';
  it.each([
    [`See article 5 of the ${TITLE}.`, [['TIP Protocol art. 5', `article 5 of the ${TITLE}`]]],
    [
      'See article 5 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons <http://www.unodc.org/>.',
      [['TIP Protocol art. 5', 'article 5 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons']],
    ],
    [
      'article 6 of the Protocol against the Smuggling of Migrants by Land, Sea and Air',
      [
        [
          'Migrants Protocol art. 6',
          'article 6 of the Protocol against the Smuggling of Migrants by Land, Sea and Air',
        ],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
