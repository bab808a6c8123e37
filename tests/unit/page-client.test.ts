import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageClient, PageRequestError, withTimeout, type PageFailure } from '../../lib/messaging/page-client';
import type { PageMessageType } from '../../lib/messaging/page-protocol';

const group = {
  key: 'COP decision 4/4',
  kind: 'cop-instrument',
  text: 'décision 4/4',
  inCorpus: true,
  count: 2,
  targets: ['4/4'],
};
const found = { url: 'https://example.org/report', title: 'Report', groups: [group], passes: 1 };

/** A transport that answers `reply` (or runs `behave`), recording what it was sent. */
function transport(reply: unknown | ((message: unknown) => Promise<unknown>)) {
  const sent: [number, unknown][] = [];
  const send = (tabId: number, message: unknown) => {
    sent.push([tabId, message]);
    return typeof reply === 'function' ? (reply as (m: unknown) => Promise<unknown>)(message) : Promise.resolve(reply);
  };
  return { send, sent };
}

type Request = [PageMessageType, Record<string, unknown>];
const CITATIONS: Request = ['page/citations', {}];
const REVEAL: Request = ['page/reveal', { key: 'COP decision 4/4', index: 1 }];
const PDF: Request = ['page/pdf', {}];

describe('requestPage (popup → content script)', () => {
  afterEach(() => vi.useRealTimers());

  it.each<[string, Request, unknown]>([
    ['the page’s citations', CITATIONS, found],
    ['a page with no citation', CITATIONS, { url: 'https://example.org/', title: '', groups: [] }],
    ['a revealed occurrence', REVEAL, { revealed: true }],
    ['an occurrence no longer there', REVEAL, { revealed: false }],
    ['the PDF a tab shows', PDF, { url: 'https://example.org/a.pdf', frame: 'top' }],
    ['a PDF in a frame', PDF, { url: 'file:///home/me/b.pdf', frame: 'sub' }],
  ])('answers %s with the checked value', async (_name, [type, payload], value) => {
    const { send, sent } = transport({ ok: true, value });
    await expect(createPageClient(send)(7, type, payload as never)).resolves.toEqual(value);
    expect(sent).toEqual([[7, { ...payload, type }]]);
  });

  it.each<[string, Request, unknown, PageFailure]>([
    ['no answer (no content script knows the message)', PDF, undefined, 'no-answer'],
    ['an answer that is not a reply', CITATIONS, 'groups', 'malformed'],
    ['a reply without ok', CITATIONS, { value: found }, 'malformed'],
    ['a refusal', REVEAL, { ok: false, error: 'Invalid "page/reveal" message' }, 'refused'],
    [
      'citations without groups',
      CITATIONS,
      { ok: true, value: { url: 'https://example.org/', title: '' } },
      'malformed',
    ],
    [
      'a group without targets',
      CITATIONS,
      { ok: true, value: { ...found, groups: [{ ...group, targets: undefined }] } },
      'malformed',
    ],
    ['revealed that is not a yes or no', REVEAL, { ok: true, value: { revealed: 'yes' } }, 'malformed'],
    ['a PDF address that is not one', PDF, { ok: true, value: { url: 'not a url', frame: 'top' } }, 'malformed'],
    [
      'a PDF in an unknown kind of frame',
      PDF,
      { ok: true, value: { url: 'https://example.org/a.pdf', frame: 'side' } },
      'malformed',
    ],
  ])('refuses %s', async (_name, [type, payload], reply, reason) => {
    const { send } = transport(reply);
    await expect(createPageClient(send)(7, type, payload as never)).rejects.toMatchObject({
      name: 'PageRequestError',
      reason,
    });
  });

  it('says no-answer when the browser finds no content script in the tab', async () => {
    const { send } = transport(() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    await expect(createPageClient(send)(7, 'page/citations', {})).rejects.toMatchObject({
      reason: 'no-answer',
      message: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  it('waits for a slow page until its timeout, then gives up', async () => {
    vi.useFakeTimers();
    const { send } = transport(() => new Promise<never>(() => undefined));
    let outcome: unknown = 'pending';
    void createPageClient(send, 2000)(7, 'page/citations', {}).catch((error: unknown) => (outcome = error));
    await vi.advanceTimersByTimeAsync(1999);
    expect(outcome).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toMatchObject({ name: 'PageRequestError', reason: 'timeout' });
  });

  it('keeps a refusal’s message short (a hostile page chooses it)', async () => {
    const { send } = transport({ ok: false, error: 'x'.repeat(10_000) });
    const error = await createPageClient(send)(7, 'page/reveal', { key: 'k', index: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageRequestError);
    expect((error as PageRequestError).message.length).toBeLessThanOrEqual(500);
  });
});

describe('withTimeout', () => {
  afterEach(() => vi.useRealTimers());

  it('answers what the page answered in time', async () => {
    await expect(withTimeout(Promise.resolve(4), 100)).resolves.toBe(4);
  });

  it('passes the page’s own failure through', async () => {
    await expect(withTimeout(Promise.reject(new Error('gone')), 100)).rejects.toThrow('gone');
  });
});
