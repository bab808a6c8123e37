/**
 * The page session's card presenter, with the presenter itself (`card-presenter.ts`: opening, placing, rendering
 * ahead, re-rendering; its buttons, `open-card.ts`) made by the card UI module (`CardView.presenter`), so the script
 * every page parses does not carry it. Until the card UI is there (a card is asked for before the module has loaded, or on a page where it
 * cannot be set up) this holds what the presenter would: the citation whose card is asked for, marked active in the
 * frame after and followed across passes; once the card UI has loaded, that card is shown and every call goes to
 * the presenter it made.
 */

import type { Occurrence } from '../read/find-in-run';
import type { CardPresenter, OpenCardDeps } from '../session-types';

type ShowOptions = Parameters<CardPresenter['show']>[1];

export function createLazyPresenter(deps: OpenCardDeps): CardPresenter {
  const { view, store } = deps;
  let real: CardPresenter | null = null;
  /** The card asked for before the card UI was there: shown as soon as it is. */
  let wanted: { occ: Occurrence; options: ShowOptions } | null = null;

  /** The card UI's presenter, made when the card's host is first there (the host comes with the card UI). */
  function current(): CardPresenter | null {
    if (real || !view.host) return real;
    real = view.presenter(deps);
    const asked = wanted;
    wanted = null;
    if (real && asked) real.show(asked.occ, asked.options);
    return real;
  }

  return {
    get shown() {
      const presenter = current();
      return presenter ? presenter.shown : (wanted?.occ ?? null);
    },
    get element() {
      return current()?.element ?? null;
    },
    show(occ, options) {
      const presenter = current();
      if (presenter) return presenter.show(occ, options);
      wanted = { occ, options };
      // As the presenter does: its data is asked for now, the citation marked active in the frame after.
      store.retry(occ.citation.key);
      deps.lifetime.requestAnimationFrame(() =>
        setTimeout(() => {
          if (wanted?.occ === occ) deps.setActive(occ.range);
        }, 0),
      );
      // Mounting is attempted once (the view keeps its one attempt): a page where the card UI cannot be set up
      // shows no card rather than loading it again and again.
      void view.mount().then(() => void current());
    },
    prepare(occ, line) {
      current()?.prepare(occ, line);
    },
    hide(options) {
      const presenter = current();
      if (presenter) return presenter.hide(options);
      wanted = null;
      deps.setActive(null);
    },
    setStatus(occ, status) {
      current()?.setStatus(occ, status);
    },
    refresh() {
      current()?.refresh();
    },
    reposition() {
      current()?.reposition();
    },
    follow(find) {
      const presenter = current();
      if (presenter) return presenter.follow(find);
      if (!wanted) return true;
      const again = find(wanted.occ.id);
      if (again && again !== wanted.occ) {
        wanted = { ...wanted, occ: again };
        deps.setActive(again.range);
      }
      return again !== undefined;
    },
  };
}
