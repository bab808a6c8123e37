/**
 * Renders the seed documents' markdown-ish text as readable HTML for the demo site and browser tests. The text
 * is kept intact: every character of the source's prose reaches the page; only markup is turned into elements.
 */

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline markup, applied to escaped text. */
function renderInline(escaped: string): string {
  return (
    escaped
      // `&lt;sup&gt;12&lt;/sup&gt;` and friends: the converter's HTML for footnote markers, bold, italics, underline.
      .replace(/&lt;(\/?)(sup|b|i|u)&gt;/g, '<$1$2>')
      // `&lt;https://…&gt;` autolinks (a URL with no spaces or angle brackets inside).
      .replace(/&lt;(https?:\/\/[^\s&]+)&gt;/g, '<a href="$1">$1</a>')
      // `[text](#)` placeholder links from the converter: keep the text only. `\\[` escapes inside are unescaped.
      .replace(
        /\[((?:\\.|[^\]\\])*)\]\(#\)/g,
        (_m, text: string) => `<span class="link">${text.replace(/\\(.)/g, '$1')}</span>`,
      )
      // `[text](mailto:…)` / `[text](https://…)`: real links.
      .replace(/\[([^\]]*)\]\(((?:https?|mailto):[^)\s]+)\)/g, '<a href="$2">$1</a>')
      // `**bold**` before `*italic*`, non-greedy and on one line so unbalanced stars stay literal.
      .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\*([^*\n]+)\*/g, '<em>$1</em>')
  );
}

/** Splits the source into blocks at blank lines and renders each. */
export function markdownToHtml(source: string): string {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const first = lines[0]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(first);
    if (lines.length === 1 && heading) {
      const level = Math.min(heading[1]!.length, 6);
      html.push(`<h${level}>${renderInline(escapeHtml(heading[2]!))}</h${level}>`);
    } else if (lines.length === 1 && /^-{3,}$/.test(first.trim())) {
      html.push('<hr>');
    } else if (lines.every((line) => line.includes('\t'))) {
      const rows = lines.map(
        (line) =>
          `<tr>${line
            .split('\t')
            .map((cell) => `<td>${renderInline(escapeHtml(cell))}</td>`)
            .join('')}</tr>`,
      );
      html.push(`<table>${rows.join('')}</table>`);
    } else if (lines.every((line) => /^\s*- /.test(line))) {
      const items = lines.map((line) => `<li>${renderInline(escapeHtml(line.replace(/^\s*- /, '')))}</li>`);
      html.push(`<ul>${items.join('')}</ul>`);
    } else {
      html.push(`<p>${lines.map((line) => renderInline(escapeHtml(line.trim()))).join('<br>\n')}</p>`);
    }
  }
  return html.join('\n');
}
