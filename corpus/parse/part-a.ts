/** Part A: one section per Working Group meeting, each with its recommendations (or, for meeting III, a note). */
import { cleanText } from './clean-text';
import { parseDates, readMeetingHeading, romanToNumber, type MeetingHeading } from './headings';
import { outlineToItems } from './items';
import { isNoise, problem, type SourceLine } from './lines';
import { buildOutline } from './outline';
import type { ParsedItem, ParsedMeeting } from './parse-types';

/**
 * Where the Working Group met. Meeting headings give no place; every meeting of the Working Group was held in Vienna
 * (the compendium says so for 2009 and 2010: `s'est tenue à Vienne les 14 et 15 avril 2009`, `tenue à Vienne le 19
 * octobre 2010`).
 */
const PLACE = 'Vienne';

export interface PartA {
  meetings: ParsedMeeting[];
  items: ParsedItem[];
  problems: string[];
}

interface Section {
  heading: MeetingHeading;
  line: number;
  body: SourceLine[];
}

/** Cuts Part A at its meeting headings. */
function sections(lines: SourceLine[], problems: string[]): Section[] {
  const out: Section[] = [];
  for (const line of lines) {
    const heading = readMeetingHeading(line.text);
    if (heading) out.push({ heading, line: line.n, body: [] });
    else if (out.at(-1)) out.at(-1)?.body.push(line);
    else if (!isNoise(line.text)) problems.push(problem(line.n, 'text in Part A before the first meeting heading'));
  }
  return out;
}

/** Parses Part A (the lines after its heading, up to the Part B heading). */
export function parsePartA(lines: SourceLine[]): PartA {
  const problems: string[] = [];
  const meetings: ParsedMeeting[] = [];
  const items: ParsedItem[] = [];
  for (const section of sections(lines, problems)) {
    const { roman, title, dates } = section.heading;
    const when = parseDates(dates);
    if (!when) problems.push(problem(section.line, `cannot read the dates "${dates}"`));
    const outline = buildOutline(section.body, 'number');
    problems.push(...outline.problems);
    const meetingItems = outlineToItems(outline.nodes, {
      kind: 'recommendation',
      parentId: roman,
      idOf: (path) => [roman, ...path].join('.'),
    });
    const prefaceText = cleanText(outline.preface.map((l) => l.text).join(' ')).text;
    if (meetingItems.length > 0 && prefaceText !== '') {
      problems.push(problem(outline.preface[0]?.n ?? section.line, 'unnumbered text before the first recommendation'));
    }
    meetings.push({
      id: roman,
      ordinal: romanToNumber(roman),
      title,
      dates,
      startDate: when?.start ?? '',
      endDate: when?.end ?? '',
      year: when?.year ?? 0,
      place: PLACE,
      note: meetingItems.length === 0 && prefaceText !== '' ? prefaceText : null,
      itemIds: meetingItems.filter((item) => item.parentItemId === null).map((item) => item.id),
      line: section.line,
    });
    items.push(...meetingItems);
  }
  return { meetings, items, problems };
}
