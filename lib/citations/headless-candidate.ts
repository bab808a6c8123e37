/**
 * What the headless readers share (`headless-numbers.ts`, `table-rows.ts`): the body of the table named in full at a
 * body's name, the key of its resolution numbered so, and the candidate a headless number makes.
 */

import type { Candidate } from './candidate';
import { fits, instrumentKey } from './instrument-numbers';
import type { NumberItem } from './instrument-list';
import { isBareBody, ORG_NAME, orgFromGroups, orgText, type OrgId } from './org-names';
import { execAt, sticky } from './patterns';

/** A body of the table named at a position (where the scanner found an `org` trigger). */
const BODY_AT_RE = sticky(`(?:${ORG_NAME})`);

/** The body of the table named in full at a name match (not `the Council`, not the COP: its head word says which). */
export function fullBody(name: RegExpExecArray | null): OrgId | undefined {
  const org = name ? orgFromGroups(name, 1) : undefined;
  if (!name || !org || org === 'COUNCIL' || org === 'COMMISSION' || org === 'COP') return undefined;
  return isBareBody(orgText(name, 1)) ? undefined : org;
}

/** The body of the table named in full at `q` of `text` (see `fullBody`). */
export const bodyNamedAt = (text: string, q: number): OrgId | undefined => fullBody(execAt(BODY_AT_RE, text, q));

/** The key of a body's resolution numbered `item`, when the number fits that body. */
export const keyOf = (org: OrgId, item: NumberItem): string | undefined =>
  fits(org, 'resolution', item) ? instrumentKey(org, 'resolution', item) : undefined;

/** A headless resolution citation. */
export const headless = (start: number, end: number, key: string): Candidate => ({
  start,
  end,
  kind: 'resolution',
  key,
  ref: { type: 'none' },
});
