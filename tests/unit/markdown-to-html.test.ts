import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../demo/markdown-to-html';

describe('markdownToHtml (demo pages)', () => {
  it.each([
    ['a heading', '# Introduction', '<h1>Introduction</h1>'],
    ['a footnote marker', 'la Convention<sup>2</sup>.', '<p>la Convention<sup>2</sup>.</p>'],
    ['bold and italics', '**Décision 1/5** *Prie*', '<p><strong>Décision 1/5</strong> <em>Prie</em></p>'],
    [
      'script-like text stays text',
      'a <script>alert(1)</script> b',
      '<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>',
    ],
    ['a placeholder link', 'au [\\[\\[\\[City\\]\\]\\]](#)', '<p>au <span class="link">[[[City]]]</span></p>'],
    ['a page break', '---', '<hr>'],
    ['a list', '- a) un\n- b) deux', '<ul><li>a) un</li><li>b) deux</li></ul>'],
  ])('renders %s', (_label, source, html) => {
    expect(markdownToHtml(source)).toBe(html);
  });
});
