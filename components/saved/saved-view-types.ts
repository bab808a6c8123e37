/** One saved reference as the list shows it (the container derives it from the stored entry). */
export interface SavedItemView {
  id: string;
  key: string;
  label: string;
  /** `para. 49(b)`; empty when none. */
  pinpoint: string;
  /** The document's address, or null when it has no symbol. */
  link: string | null;
  note: string;
  sightings: { url: string; title: string; context: string }[];
}

/** An import file read and validated, waiting for the user to choose merge or replace. */
export interface ImportOffer {
  count: number;
  fileName: string;
}

/** The message after a removal or clear, with its undo. */
export interface UndoOffer {
  message: string;
}
