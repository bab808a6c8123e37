import { describe, expect, it } from 'vitest';
import { findChromium } from '../../tooling/browsers/chromium-path';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it.each([
    ['CHROME_PATH wins', { CHROME_PATH: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium'), '/opt/c/chrome'],
    ["Debian's chromium", {}, only('/usr/bin/chromium'), '/usr/bin/chromium'],
    ['Google Chrome as a fallback', {}, only('/usr/bin/google-chrome'), '/usr/bin/google-chrome'],
  ])('%s', (_label, env, exists, expected) => {
    expect(findChromium(env, exists)).toBe(expected);
  });

  it('says how to install Chromium when there is none', () => {
    expect(() => findChromium({}, only())).toThrow(/apt-get install -y chromium.*CHROME_PATH/s);
  });

  it('names a CHROME_PATH that points nowhere', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(
      /CHROME_PATH is set to \/nope/,
    );
  });
});
