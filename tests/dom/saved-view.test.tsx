// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SavedView } from '../../components/saved/SavedView';
import type { SavedViewProps } from '../../components/saved/SavedView';
import { useLocale } from '../factories/i18n';
import { makeItemView, makeViewProps } from '../factories/saved-view';

const ITEMS = [
  makeItemView('CTOC/COP/WG.4/2011/8', { label: 'Working Group report, 2011', pinpoint: 'para. 49(b)' }),
  makeItemView('COP decision 4/4', { label: 'Décision 4/4', note: 'line 1\n<script>alert(1)</script>' }),
  makeItemView('A/RES/64/293', {
    label: 'General Assembly resolution 64/293',
    sightings: [{ url: 'https://example.org/a', title: 'Page A', context: 'Said there.' }],
  }),
];

const show = (props: SavedViewProps) => act(() => render(<SavedView {...props} />, document.body));
const items = () => [...document.querySelectorAll<HTMLLIElement>('ol.saved-list > li')];
const button = (name: string) => {
  const found = [...document.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`No button named "${name}"`);
  return found;
};
const click = (name: string) => act(() => button(name).click());
const keydown = (target: Element, key: string, init: KeyboardEventInit = {}) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  });

describe('SavedView', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => render(null, document.body));

  it('lists each reference as a list item with its label, pinpoint, key, pages and note as plain text', async () => {
    await show(makeViewProps(ITEMS));
    expect(document.querySelector('ol')?.getAttribute('aria-label')).toBe('Saved references');
    expect(items().map((li) => li.querySelector('code')?.textContent)).toEqual(ITEMS.map((i) => i.key));
    expect(items()[0]?.querySelector('.saved-item__title')?.textContent).toBe(
      'Working Group report, 2011, para. 49(b)',
    );
    expect(items()[0]?.querySelector('a')?.getAttribute('href')).toBe('https://undocs.org/CTOC/COP/WG.4/2011/8');
    expect(items()[2]?.textContent).toContain('Seen on: Page A');
    // The note is text: no element was created from it.
    expect(items()[1]?.querySelector('.saved-item__note')?.textContent).toBe('line 1\n<script>alert(1)</script>');
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('h2')?.textContent).toBe('3 saved references');
  });

  it.each([
    [null, 'Loading…'],
    [[], 'Nothing saved yet.'],
  ])('shows a message for the list %o', async (list, text) => {
    await show(makeViewProps(list));
    expect(document.body.textContent).toContain(text);
    expect(button('Copy all').disabled).toBe(true);
    expect(button('Export').disabled).toBe(true);
  });

  it.each([
    ['Alt+↓ on the first item', 0, 'ArrowDown', 1],
    ['Alt+↑ on the last item', 2, 'ArrowUp', 1],
  ])('%s moves it one place', async (_name, index, key, toIndex) => {
    const props = makeViewProps(ITEMS);
    await show(props);
    await keydown(items()[index]!, key, { altKey: true });
    expect(props.onMove).toHaveBeenCalledWith(ITEMS[index]!.id, toIndex);
  });

  it('keeps focus on a moved item once the list comes back reordered', async () => {
    const props = makeViewProps(ITEMS);
    await show(props);
    items()[0]!.focus();
    await keydown(items()[0]!, 'ArrowDown', { altKey: true });
    await show({ ...props, items: [ITEMS[1]!, ITEMS[0]!, ITEMS[2]!] });
    expect((document.activeElement as HTMLElement | null)?.dataset.id).toBe(ITEMS[0]!.id);
  });

  it('does not move past the ends, nor without Alt', async () => {
    const props = makeViewProps(ITEMS);
    await show(props);
    await keydown(items()[0]!, 'ArrowUp', { altKey: true });
    await keydown(items()[2]!, 'ArrowDown', { altKey: true });
    await keydown(items()[1]!, 'ArrowDown');
    expect(props.onMove).not.toHaveBeenCalled();
    expect(button(`Move ${ITEMS[0]!.label} up`).disabled).toBe(true);
    expect(button(`Move ${ITEMS[2]!.label} down`).disabled).toBe(true);
  });

  it('filters by label, key, note or page, ignoring case and accents, and moves among the shown items', async () => {
    const props = makeViewProps(ITEMS);
    await show(props);
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const type = (value: string) =>
      act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await type('DECISION');
    expect(items().map((li) => li.dataset.id)).toEqual(['COP decision 4/4#']);
    await type('page a');
    expect(items().map((li) => li.dataset.id)).toEqual(['A/RES/64/293#']);
    await type('wg.4 report');
    expect(items().map((li) => li.dataset.id)).toEqual(['CTOC/COP/WG.4/2011/8#']);
    await type('nothing like this');
    expect(document.body.textContent).toContain('No saved reference matches “nothing like this”.');
    // Two shown of three ("2" is in 2011 and 64/293): moves go to the neighbour's place in the whole list.
    await type('2');
    expect(items().map((li) => li.dataset.id)).toEqual([ITEMS[0]!.id, ITEMS[2]!.id]);
    await keydown(items()[1]!, 'ArrowUp', { altKey: true });
    expect(props.onMove).toHaveBeenLastCalledWith(ITEMS[2]!.id, 0);
    await keydown(items()[0]!, 'ArrowDown', { altKey: true });
    expect(props.onMove).toHaveBeenLastCalledWith(ITEMS[0]!.id, 2);
  });

  it('edits a note: Save sends it, Escape cancels', async () => {
    const props = makeViewProps(ITEMS);
    await show(props);
    await click(`Add note to ${ITEMS[0]!.label}`);
    const box = document.querySelector('textarea')!;
    expect(document.activeElement).toBe(box);
    await act(() => {
      box.value = 'Mine, "quoted"\nagain';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await keydown(box, 'Enter', { ctrlKey: true });
    expect(props.onSaveNote).toHaveBeenCalledWith(ITEMS[0]!.id, 'Mine, "quoted"\nagain');
    expect(document.querySelector('textarea')).toBeNull();

    await click(`Edit note of ${ITEMS[1]!.label}`);
    await keydown(document.querySelector('textarea')!, 'Escape');
    expect(document.querySelector('textarea')).toBeNull();
    expect(props.onSaveNote).toHaveBeenCalledTimes(1);
  });

  it('asks before clearing all, focusing Cancel', async () => {
    const props = makeViewProps(ITEMS);
    await show(props);
    await click('Clear all');
    const dialog = document.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Remove all 3 saved references?');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await click('Cancel');
    expect(props.onClearAll).not.toHaveBeenCalled();
    await click('Clear all');
    await click('Remove all');
    expect(props.onClearAll).toHaveBeenCalledOnce();
  });

  it('offers the export formats behind Export', async () => {
    const props = makeViewProps(ITEMS);
    await show(props);
    expect(button('Export').getAttribute('aria-expanded')).toBe('false');
    await click('Export');
    const formats = [...document.querySelectorAll('#saved-export-formats button')].map((b) => b.textContent);
    expect(formats).toEqual([
      'Markdown (.md)',
      'Plain text (.txt)',
      'CSV spreadsheet (.csv)',
      'Renvoi JSON, to import again (.json)',
      'CSL-JSON for Zotero, Mendeley (.csl.json)',
      'RIS for Zotero, EndNote (.ris)',
    ]);
    await click('RIS for Zotero, EndNote (.ris)');
    expect(props.onExport).toHaveBeenCalledWith('ris');
    expect(document.querySelector('#saved-export-formats')).toBeNull();
  });

  it('shows the undo bar, errors as alerts and the import choice', async () => {
    const props = makeViewProps(ITEMS, {
      undo: { message: 'Removed Décision 4/4.' },
      error: 'Your browser has no room left to save references.',
      importOffer: { count: 2, fileName: 'mine.json' },
    });
    await show(props);
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('no room left');
    expect(document.body.textContent).toContain('2 references read from mine.json.');
    await click('Undo');
    expect(props.onUndo).toHaveBeenCalledOnce();
    await click('Replace my list');
    expect(props.onImportChoice).toHaveBeenCalledWith('replace');
  });

  it('copies one reference, removes one, and sends Copy all', async () => {
    const props = makeViewProps(ITEMS);
    await show(props);
    await click(`Copy ${ITEMS[2]!.label}`);
    await click(`Remove ${ITEMS[1]!.label}`);
    await click('Copy all');
    expect(props.onCopy).toHaveBeenCalledWith(ITEMS[2]!.id);
    expect(props.onRemove).toHaveBeenCalledWith(ITEMS[1]!.id);
    expect(props.onCopyAll).toHaveBeenCalledOnce();
  });

  it('shows the strings in French', async () => {
    await useLocale('fr');
    await show(makeViewProps(ITEMS));
    expect(button('Tout copier')).toBeDefined();
    expect(button('Exporter')).toBeDefined();
    expect(document.querySelector('h2')?.textContent).toBe('3 références enregistrées');
  });
});
