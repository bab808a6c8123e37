import type { Pinpoint } from '../citations/types';
import type { Lang } from './lang';

/**
 * The pinpoint in a fixed canonical form, so two saves of the same place in a document get the same id whatever the
 * order of fields in the message: `annex=II;art=6;pp;para=3;sub=d;cl=iv` (only the fields present). Empty when
 * there is no pinpoint.
 */
export function canonicalPinpoint(pinpoint: Pinpoint | undefined): string {
  if (!pinpoint) return '';
  const parts: string[] = [];
  if (pinpoint.annex !== undefined) parts.push(`annex=${pinpoint.annex}`);
  if (pinpoint.article !== undefined) parts.push(`art=${pinpoint.article}`);
  if (pinpoint.preambular) parts.push('pp');
  if (pinpoint.paragraph !== undefined) parts.push(`para=${pinpoint.paragraph}`);
  if (pinpoint.subparagraph !== undefined) parts.push(`sub=${pinpoint.subparagraph}`);
  if (pinpoint.clause !== undefined) parts.push(`cl=${pinpoint.clause}`);
  return parts.join(';');
}

/** The merge identity of a saved reference: `key#<canonical pinpoint>` (`COP decision 4/4#` without pinpoint). */
export function savedReferenceId(key: string, pinpoint: Pinpoint | undefined): string {
  return `${key}#${canonicalPinpoint(pinpoint)}`;
}

/**
 * The pinpoint as readers write it: `para. 17(b)(iv)`, `preambular para. 11`, `annex II`; in French `par. 17 b) iv)`,
 * `alinéa 11 du préambule`, `annexe II`. Treaty articles are already in their key, so the article is only written when
 * `withArticle`. Empty when there is no pinpoint.
 */
export function formatPinpoint(pinpoint: Pinpoint | undefined, lang: Lang, withArticle = false): string {
  if (!pinpoint) return '';
  const en = lang === 'en';
  // English brackets each level, `17(b)(iv)`; French closes it, `17 b) iv)`.
  const sub = (place: string, value: string) => (en ? `${place}(${value})` : `${place} ${value})`.trimStart());
  const parts: string[] = [];
  if (pinpoint.annex !== undefined) parts.push(`${en ? 'annex' : 'annexe'} ${pinpoint.annex}`);
  if (withArticle && pinpoint.article !== undefined) parts.push(`art. ${pinpoint.article}`);
  let place = '';
  if (pinpoint.paragraph !== undefined) {
    place = pinpoint.preambular
      ? en
        ? `preambular para. ${pinpoint.paragraph}`
        : `alinéa ${pinpoint.paragraph} du préambule`
      : `${en ? 'para.' : 'par.'} ${pinpoint.paragraph}`;
  } else if (pinpoint.preambular) {
    place = en ? 'preamble' : 'préambule';
  }
  if (pinpoint.subparagraph !== undefined) place = sub(place, pinpoint.subparagraph);
  if (pinpoint.clause !== undefined) place = sub(place, pinpoint.clause);
  if (place) parts.push(place);
  return parts.join(', ');
}
