import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DRAFT_CUES } from '../../../lib/citations/draft-articles';
import { OTHER_PROTOCOL_NAMED, PROTOCOL_NUMBER } from '../../../lib/citations/other-treaty-marks';
import { subjectsNamed, TITLE_SUBJECTS } from '../../../lib/citations/treaty-subjects';
import { loadCases, SPLITS } from '../../../scripts/eval-citations';

/**
 * Session 27 (lead, speed): three whole-text searches rewritten so each regex is led by a literal, which V8 skips
 * along a text to (`OTHER_PROTOCOL_NAMED` from `protoco`, the draft cue as four searches, the Migrants Protocol's
 * words as three). Each must say yes exactly where its earlier form did: the earlier forms are kept here as the
 * reference, and compared on every labelled passage, the corpus and demo sources, and rows at each form's edges.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

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

  it('on every labelled passage and the corpus and demo sources', () => {
    const texts = SPLITS.flatMap((split) => loadCases(split.dir).map((c) => c.text));
    for (const dir of ['corpus/sources', 'demo/sources'])
      for (const f of readdirSync(`${ROOT}${dir}`).filter((f) => f.endsWith('.txt')))
        texts.push(readFileSync(`${ROOT}${dir}/${f}`, 'utf8'));
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

  it('subjectsNamed still names the Migrants Protocol behind its words', () => {
    expect(subjectsNamed('The Protocol against the smuggling of migrants by land, sea and air.')).toContain('MIG');
    expect(subjectsNamed('“Fraudulent travel or identity document” shall mean any travel document.')).toContain('MIG');
  });
});
