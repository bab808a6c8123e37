import type { PdfFailure } from '../../lib/pdf/fetch-pdf';

/** The reader's state and its commands, as the App sees them; `reader-state.ts` carries them out. */

/** Why the reader shows no PDF. */
export type ReaderError =
  | PdfFailure['code']
  | 'password'
  | 'broken'
  | 'invalid-address'
  | 'not-a-file'
  /** A `file://` address: Chrome's "Allow access to file URLs" is off; Firefox never lets an extension read one. */
  | 'file-access'
  | 'file-firefox'
  /** A `file://` address that could not be read (moved, deleted). */
  | 'file-unreadable';

/** What the reader shows; the App renders it. */
export interface ReaderState {
  phase: 'empty' | 'loading' | 'error' | 'ready';
  error: ReaderError | null;
  /** HTTP status of a failed download. */
  status: number;
  /** The PDF's own address (null for a local file). */
  url: string | null;
  title: string;
  page: number;
  pages: number;
  zoomPercent: number;
  /** The PDF has no text at all (a scan). */
  imageOnly: boolean;
  /** Renvoi is off, or paused on the PDF's site: nothing is marked. */
  inactive: boolean;
  find: { current: number; total: number } | null;
}

export const initialState: ReaderState = {
  phase: 'loading',
  error: null,
  status: 0,
  url: null,
  title: '',
  page: 0,
  pages: 0,
  zoomPercent: 100,
  imageOnly: false,
  inactive: false,
  find: null,
};

export interface Reader {
  openUrl(url: string, page: number | null): Promise<void>;
  openFile(file: File): Promise<void>;
  goTo(page: number): void;
  zoom(direction: 'in' | 'out'): void;
  fitWidth(): void;
  find(query: string, again: boolean, previous: boolean): void;
  closeFind(): void;
  /** The address to copy / save: the PDF's own, with the current page. */
  pageUrl(): string | null;
}
