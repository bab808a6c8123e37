import { describe, expect, it, vi } from 'vitest';
import { answerPageMessage, type PageAnswers } from '../../../lib/page/page-messages';

const answers = (): PageAnswers => ({
  citations: () => ({ url: 'https://example.org/', title: 'Page', groups: [] }),
  reveal: vi.fn((key: string, index: number) => key === 'COP decision 4/4' && index === 0),
});

describe('answerPageMessage', () => {
  it.each([
    [{ type: 'page/citations' }, { ok: true, value: { url: 'https://example.org/', title: 'Page', groups: [] } }],
    [
      { type: 'page/reveal', key: 'COP decision 4/4', index: 0 },
      { ok: true, value: { revealed: true } },
    ],
    [
      { type: 'page/reveal', key: 'COP decision 4/4', index: 3 },
      { ok: true, value: { revealed: false } },
    ],
  ])('answers %j', (message, expected) => {
    expect(answerPageMessage(message, answers())).toEqual(expected);
  });

  it.each([
    [{ type: 'page/reveal', key: '', index: 0 }, /"key"/],
    [{ type: 'page/reveal', key: 'x'.repeat(300), index: 0 }, /"key"/],
    [{ type: 'page/reveal', key: 42, index: 0 }, /"key"/],
    [{ type: 'page/reveal', key: 'COP decision 4/4', index: -1 }, /"index"/],
    [{ type: 'page/reveal', key: 'COP decision 4/4', index: 1.5 }, /"index"/],
    [{ type: 'page/reveal', key: 'COP decision 4/4', index: '0' }, /"index"/],
    [{ type: 'page/reveal', key: 'COP decision 4/4' }, /"index"/],
  ])('refuses %j without revealing anything', (message, error) => {
    const page = answers();
    expect(answerPageMessage(message, page)).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(page.reveal).not.toHaveBeenCalled();
  });

  it.each([null, 'page/citations', {}, [], { type: 'corpus/get', id: 'V' }, { type: 'page/pdf' }])(
    'leaves %j to other listeners (page/pdf is the PDF frame’s)',
    (message) => {
      expect(answerPageMessage(message, answers())).toBeNull();
    },
  );
});
