// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from '../../components/popup/Tabs';

const TABS = [
  { id: 'search', label: 'Search' },
  { id: 'themes', label: 'Themes' },
  { id: 'saved', label: 'Saved', badge: 3 },
];

function Harness() {
  const [selected, setSelected] = useState('search');
  return (
    <Tabs tabs={TABS} selected={selected} onSelect={setSelected}>
      <p>panel {selected}</p>
    </Tabs>
  );
}

const tabs = () => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const key = (key: string) =>
  document.querySelector('[role="tablist"]')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Tabs', () => {
  afterEach(() => render(null, document.body));

  it('labels each tab and links the panel to the selected tab', () => {
    render(<Harness />, document.body);
    expect(tabs().map((t) => t.textContent?.trim())).toEqual(['Search', 'Themes', 'Saved 3']);
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(document.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe('tab-search');
  });

  it.each([
    ['ArrowRight', 'themes'],
    ['ArrowLeft', 'saved'],
    ['End', 'saved'],
    ['Home', 'search'],
  ])('%s selects %s with a roving tabindex', async (pressed, expected) => {
    render(<Harness />, document.body);
    key(pressed);
    await flush();
    expect(document.querySelector('[role="tabpanel"]')?.textContent).toBe(`panel ${expected}`);
    expect(
      tabs()
        .filter((t) => t.tabIndex === 0)
        .map((t) => t.id),
    ).toEqual([`tab-${expected}`]);
  });
});
