import { describe, expect, it } from 'vitest';
import {
  parseDates,
  readInstrumentHeading,
  readMeetingHeading,
  readSessionHeading,
} from '../../../corpus/parse/headings';

describe('headings are recognised by their words, whatever the level', () => {
  it.each([
    ['### I. Première réunion, 14 et 15 avril 2009', 'I', 'Première réunion', '14 et 15 avril 2009'],
    ['## II. Deuxième réunion, 27 au 29 janvier 2010', 'II', 'Deuxième réunion', '27 au 29 janvier 2010'],
    ['### III. Troisième réunion, 19 octobre 2010', 'III', 'Troisième réunion', '19 octobre 2010'],
  ])('meeting %j', (text, roman, title, dates) => {
    expect(readMeetingHeading(text)).toEqual({ roman, title, dates });
  });

  it('ignores the table of contents entry', () => {
    expect(readMeetingHeading('I. Première réunion, 14 et 15 avril 2009 .....\t2')).toBeNull();
  });

  it.each([
    ['### **I. Première session de la Conférence des Parties, 2004**', 'I', 2004],
    ['## V. Cinquième session de la Conférence des Parties, 2010', 'V', 2010],
  ])('session %j', (text, roman, year) => {
    expect(readSessionHeading(text)).toMatchObject({ roman, year });
  });

  it.each([
    ['#### **Décision 1/5**', { kind: 'decision', id: '1/5', session: 1 }],
    ['### Décision 2/3', { kind: 'decision', id: '2/3', session: 2 }],
    ['### Résolution 5/2', { kind: 'resolution', id: '5/2', session: 5 }],
  ])('instrument %j', (text, expected) => {
    expect(readInstrumentHeading(text)).toEqual(expected);
  });

  it('does not take a citation of a decision in prose for a heading', () => {
    expect(readInstrumentHeading('- a) A réaffirmé sa décision 1/5 par laquelle')).toBeNull();
  });
});

describe('parseDates', () => {
  it.each([
    ['14 et 15 avril 2009', '2009-04-14', '2009-04-15'],
    ['10 au 12 octobre 2011', '2011-10-10', '2011-10-12'],
    ['19 octobre 2010', '2010-10-19', '2010-10-19'],
  ])('%j', (dates, start, end) => {
    expect(parseDates(dates)).toMatchObject({ start, end });
  });

  it('refuses an unknown month', () => {
    expect(parseDates('3 brumaire 2010')).toBeNull();
  });
});
