/**
 * What a text has named so far, as the treaty readers pass it along (`treaty-names.ts` re-exports it): its own module,
 * so a reader `treaty-names.ts` calls (`bare-treaty-noun.ts`) can name the type without an import cycle.
 */

import type { TreatyId } from './keys';
import type { TreatyText } from './treaty-text';

/** What the text has named so far, for unqualified `the Convention` / `le Protocole` and bare articles. */
export interface TreatyContext {
  /** What the whole text says about its subject, read lazily (see `TreatyText`); absent: nothing is checked. */
  doc?: TreatyText;
  /** The same, read only for the subject of a `Protocole de Palerme` (when `doc` is absent: a mention's own parse). */
  subjectDoc?: TreatyText;
  /** The Protocol of ours last named in full: a bare `the Protocol` / `dudit Protocole` is that one. */
  protocol?: TreatyId;
  otherConvention?: boolean;
  otherProtocol?: boolean;
  /** The treaty of ours last named in full and where its name ends; cleared when another treaty is named in full. */
  focus?: { id: TreatyId; at: number; volume?: boolean };
  /** Where another treaty was last named in full: a bare article near it is not ours by focus alone. */
  otherAt?: number;
  /** The treaties of ours the text has named in full so far (an informal name after the noun may name one). */
  named?: TreatyId[];
  /** The last Protocol of ours named with another (`the TIP and the Migrants Protocols`): `the Protocol` is either. */
  protocolPair?: boolean;
}
