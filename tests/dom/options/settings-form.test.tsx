// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm, siteFromInput } from '../../../components/options/SettingsForm';
import { SiteToggle } from '../../../components/popup/SiteToggle';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/values';
import { useLocale } from '../../factories/i18n';

const byLabel = <T extends HTMLElement>(text: string): T => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`No label "${text}"`);
  return (label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input')) as T;
};
const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === text)!;
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('SettingsForm', () => {
  let onChange: ReturnType<typeof vi.fn<(change: Partial<Settings>) => Promise<void>>>;
  const show = (settings: Settings = DEFAULT_SETTINGS) =>
    render(<SettingsForm settings={settings} onChange={onChange} />, document.body);

  beforeEach(async () => {
    await useLocale('en');
    onChange = vi.fn(async () => undefined);
  });
  afterEach(() => render(null, document.body));

  it('saves each setting as it changes', async () => {
    show();
    byLabel<HTMLInputElement>('Mark citations on the pages I read and show their cards').click();
    type(byLabel('Delay before a card opens (milliseconds)'), '500');
    byLabel<HTMLInputElement>('Highlighted background').click();
    type(byLabel('Address that opens a document'), 'https://docs.un.org');
    expect(onChange.mock.calls.map(([c]) => c)).toEqual([
      { enabled: false },
      { dwellMs: 500 },
      { highlightStyle: 'background' },
      { documentBaseUrl: 'https://docs.un.org/' },
    ]);
    await vi.waitFor(() => expect(document.querySelector('[role="status"]')!.textContent).toBe('Settings saved.'));
  });

  it.each([
    ['Delay before a card opens (milliseconds)', '2500', 'Enter a whole number from 0 to 2000.'],
    ['Delay before a card opens (milliseconds)', 'soon', 'Enter a whole number from 0 to 2000.'],
    ['Address that opens a document', 'javascript:alert(1)', 'Enter an address that starts with https:// or http://.'],
  ])('refuses %s = %j with a message, saving nothing', (label, value, message) => {
    show();
    type(byLabel(label), value);
    expect(onChange).not.toHaveBeenCalled();
    return vi.waitFor(() =>
      expect([...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent)).toContain(message),
    );
  });

  it('pauses a site typed or pasted, and resumes it', () => {
    show({ ...DEFAULT_SETTINGS, pausedSites: ['www.example.org'] });
    type(byLabel('Pause on a site'), 'https://news.example.com/article?id=1');
    button('Pause').click();
    expect(onChange).toHaveBeenLastCalledWith({ pausedSites: ['www.example.org', 'news.example.com'] });
    button('Resume on www.example.org').click();
    expect(onChange).toHaveBeenLastCalledWith({ pausedSites: [] });
  });

  it.each([
    ['www.example.org', 'www.example.org'],
    [' Example.ORG ', 'example.org'],
    ['https://un.org/fr/page', 'un.org'],
    ['localhost:8080', 'localhost:8080'],
    ['not a site', null],
    ['', null],
  ])('reads %j as site %j', (input, expected) => {
    expect(siteFromInput(input)).toBe(expected);
  });
});

describe('SiteToggle', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => render(null, document.body));

  it('switches Renvoi and the pause on the current site', () => {
    const onEnabledChange = vi.fn();
    const onPausedChange = vi.fn();
    render(
      <SiteToggle
        enabled
        site="www.unodc.org"
        paused={false}
        onEnabledChange={onEnabledChange}
        onPausedChange={onPausedChange}
      />,
      document.body,
    );
    const switches = [...document.querySelectorAll<HTMLInputElement>('[role="switch"]')];
    expect(switches.map((s) => s.parentElement!.textContent!.trim())).toEqual([
      'Renvoi on pages',
      'Pause on www.unodc.org',
    ]);
    switches[1]!.click();
    expect(onPausedChange).toHaveBeenCalledWith(true);
    switches[0]!.click();
    expect(onEnabledChange).toHaveBeenCalledWith(false);
  });

  it('offers no pause where Renvoi cannot run', () => {
    render(
      <SiteToggle enabled site={null} paused={false} onEnabledChange={vi.fn()} onPausedChange={vi.fn()} />,
      document.body,
    );
    expect(document.querySelectorAll('[role="switch"]')).toHaveLength(1);
  });
});
