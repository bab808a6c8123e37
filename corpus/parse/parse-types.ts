/** Intermediate shapes between the parser stages and the final corpus (see `../schema.ts`). */
import type { Instrument, Item, Meeting, Session } from '../schema';

/** An item before footnote bodies and report paragraphs are attached. */
export interface ParsedItem extends Omit<Item, 'footnotes' | 'reportParagraph'> {
  /** Footnote numbers whose markers are in the raw text, in order. */
  footnoteNumbers: number[];
  /** Marker values from the top level down (`['45', 'b']`, `['pp', '11']`). */
  path: string[];
}

/** A meeting before the index gives its report symbol and offset. */
export interface ParsedMeeting extends Omit<Meeting, 'reportSymbol' | 'paragraphOffset'> {
  line: number;
}

export interface ParsedSession extends Omit<Session, 'reportSymbol'> {
  line: number;
}

export interface ParsedInstrument extends Omit<Instrument, 'reportSymbol' | 'chapeauFootnotes'> {
  line: number;
  chapeauLine: number;
  chapeauFootnoteNumbers: number[];
}

/** Footnote body as found in the body text. */
export interface FootnoteBody {
  number: number;
  text: string;
  line: number;
}
