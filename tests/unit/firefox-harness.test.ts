import { describe, expect, it } from 'vitest';
import { checkFirefoxVersion, findFirefox, parseFirefoxMajor } from '../../tooling/browsers/firefox-path';
import { failingReports, LineCollector, parseExtensionReports } from '../../tooling/browsers/firefox-errors';
import { chordKeys, selectedBrowsers } from '../../tests/e2e/cross/driver';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findFirefox', () => {
  it.each([
    [
      'FIREFOX_PATH wins',
      { FIREFOX_PATH: '/opt/ff/firefox' },
      only('/opt/ff/firefox', '/usr/bin/firefox-esr'),
      '/opt/ff/firefox',
    ],
    ["Debian's firefox-esr", {}, only('/usr/bin/firefox-esr', '/usr/bin/firefox'), '/usr/bin/firefox-esr'],
    ['a plain firefox', {}, only('/usr/bin/firefox'), '/usr/bin/firefox'],
  ])('%s', (_label, env, exists, expected) => {
    expect(findFirefox(env, exists)).toBe(expected);
  });

  it('says how to install Firefox ESR when there is none', () => {
    expect(() => findFirefox({}, only())).toThrow(/bookworm-security.*firefox-esr firefox-esr-l10n-fr.*FIREFOX_PATH/s);
  });

  it('names a FIREFOX_PATH that points nowhere', () => {
    expect(() => findFirefox({ FIREFOX_PATH: '/nope' }, only('/usr/bin/firefox-esr'))).toThrow(
      /FIREFOX_PATH is set to \/nope/,
    );
  });
});

describe('the Firefox version check', () => {
  it.each([
    ['Mozilla Firefox 153.8.0esr\n', 153],
    ['Mozilla Firefox 140.12.0esr', 140],
    ['Mozilla Firefox 142.0', 142],
    ['Iceweasel 3', null],
  ])('reads %j as %s', (text, major) => {
    expect(parseFirefoxMajor(text)).toBe(major);
  });

  it('accepts 142 and later, and refuses plain bookworm’s 140 saying where to get a newer one', () => {
    expect(checkFirefoxVersion('/usr/bin/firefox-esr', 'Mozilla Firefox 153.8.0esr')).toBe(153);
    expect(checkFirefoxVersion('/usr/bin/firefox-esr', 'Mozilla Firefox 142.0')).toBe(142);
    expect(() => checkFirefoxVersion('/usr/bin/firefox-esr', 'Mozilla Firefox 140.12.0esr')).toThrow(
      /Firefox 140; Renvoi needs 142 or later.*bookworm-security/,
    );
  });
});

describe("Renvoi's errors on Firefox's stderr", () => {
  const uuid = 'moz-extension://0b9f5a52-7e2c-4c1a-9d7e-4a1c2b3d4e5f';
  const stderr = [
    '[GFX1-]: RenderCompositorSWGL failed mapping default framebuffer, no dt',
    `JavaScript error: ${uuid}/background.js, line 8: TypeError: browser.foo is undefined`,
    `JavaScript error: ${uuid}/popup.html, line 1: Error: probe`,
    `JavaScript warning: ${uuid}/background.js, line 8: Script terminated by timeout at:`,
    'Ro</</<@moz-extension://x/background.js:8:90459',
    'JavaScript error: resource://gre/modules/Foo.sys.mjs, line 3: NetworkError',
    `console.log: "JavaScript error: ${uuid}/background.js, line 1: printed by a page"`,
  ].join('\n');

  it('finds the errors and warnings of extension contexts only, with their source and line', () => {
    expect(parseExtensionReports(stderr).map((r) => [r.level, r.source.replace(uuid, ''), r.line, r.message])).toEqual([
      ['error', '/background.js', 8, 'TypeError: browser.foo is undefined'],
      ['error', '/popup.html', 1, 'Error: probe'],
      ['warning', '/background.js', 8, 'Script terminated by timeout at:'],
    ]);
  });

  it('leaves out the known harmless shutdown warning, by its exact text, and nothing else', () => {
    expect(failingReports(parseExtensionReports(stderr)).map((r) => r.message)).toEqual([
      'TypeError: browser.foo is undefined',
      'Error: probe',
    ]);
    const near = `JavaScript warning: ${uuid}/background.js, line 8: Script terminated by timeout at: something else`;
    expect(failingReports(parseExtensionReports(near))).toHaveLength(1);
  });

  it('joins lines that arrive split across chunks', () => {
    const lines = new LineCollector();
    for (const chunk of ['JavaScript err', 'or: a\nsecond', ' line\nthird']) lines.push(chunk);
    expect(lines.lines).toEqual(['JavaScript error: a', 'second line']);
  });
});

describe('the cross-browser driver', () => {
  it.each([
    [undefined, ['chromium', 'firefox']],
    ['firefox', ['firefox']],
    [' chromium , firefox ', ['chromium', 'firefox']],
  ])('RENVOI_E2E_BROWSERS=%j runs %j', (value, expected) => {
    expect(selectedBrowsers({ RENVOI_E2E_BROWSERS: value })).toEqual(expected);
  });

  it('refuses an unknown browser name', () => {
    expect(() => selectedBrowsers({ RENVOI_E2E_BROWSERS: 'safari' })).toThrow(/unknown browsers: safari/);
  });

  it.each([
    ['Escape', ['Escape']],
    ['Alt+Shift+KeyN', ['Alt', 'Shift', 'KeyN']],
    ['+', ['+']],
  ])('splits the chord %j', (chord, keys) => {
    expect(chordKeys(chord)).toEqual(keys);
  });
});
