import { describe, expect, it, vi } from 'vitest';
import { createSiteResolver, siteOf } from '../../../lib/page/site';

/** A frame's window as `site.ts` sees it: its own address, and a top window it may or may not read. */
function frame(own: string, top: string | 'cross-origin' | 'self'): Window {
  const location = { hostname: own } as Location;
  const win = { location } as { location: Location; top?: unknown };
  win.top =
    top === 'self'
      ? win
      : top === 'cross-origin'
        ? {
            get location(): Location {
              throw new DOMException('Blocked a frame from accessing a cross-origin frame', 'SecurityError');
            },
          }
        : { location: { hostname: top } };
  return win as unknown as Window;
}

describe('the site a frame pauses with', () => {
  it.each([
    ['a top page', frame('news.example', 'self'), 'news.example'],
    ['a same-origin frame', frame('news.example', 'news.example'), 'news.example'],
    ['an about:blank frame (no host of its own)', frame('', 'news.example'), 'news.example'],
  ])('%s reads it itself, and asks nobody', async (_label, win, expected) => {
    const ask = vi.fn(async () => 'other.example');
    expect(siteOf(win)).toBe(expected);
    expect(await createSiteResolver(win, ask)()).toBe(expected);
    expect(ask).not.toHaveBeenCalled();
  });

  it('a cross-origin frame asks the background once, and takes its answer', async () => {
    const win = frame('player.example', 'cross-origin');
    const ask = vi.fn(async () => 'news.example');
    const resolve = createSiteResolver(win, ask);
    expect(await resolve()).toBe('news.example');
    expect(await resolve()).toBe('news.example');
    expect(ask).toHaveBeenCalledTimes(1);
    // Without asking, a cross-origin frame can only name itself.
    expect(siteOf(win)).toBe('player.example');
  });

  it.each([
    ['no answer', async () => null],
    ['a failure', async () => Promise.reject(new Error('No answer to "content/hello"'))],
  ])('a cross-origin frame that gets %s falls back to its own host', async (_label, ask) => {
    expect(await createSiteResolver(frame('player.example', 'cross-origin'), ask)()).toBe('player.example');
  });
});
