/**
 * Renders the seed documents' markdown-ish text as readable HTML for the demo site and browser tests. The text
 * is kept intact: every character of the source's prose reaches the page; only markup is turned into elements.
 *
 * A source is split into blocks at blank lines. Within a block, lines are grouped: a heading line, a `---` rule,
 * a run of `- ` list items (nested by indentation), or a run of prose lines (one paragraph, lines kept with `<br>`).
 * A block whose every line holds a TAB is a table. Bold may span the lines of one paragraph (titles in the sources
 * are wrapped: `**Examen de l'application …\n… organisée**`).
 */

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline markup, applied to escaped text (which may hold newlines: the lines of one paragraph). */
function renderInline(escaped: string): string {
  return (
    escaped
      // `&lt;sup&gt;12&lt;/sup&gt;` and friends: the converter's HTML for footnote markers, bold, italics, underline.
      .replace(/&lt;(\/?)(sup|b|i|u)&gt;/g, '<$1$2>')
      // `&lt;a href=&quot;#&quot;&gt;II.37&lt;/a&gt;`: the converter's placeholder links (the thematic index's
      // cells); keep the text only, like `[text](#)` below. Lazy, so two links in one cell stay two.
      .replace(/&lt;a href=&quot;#&quot;&gt;(.*?)&lt;\/a&gt;/g, '<span class="link">$1</span>')
      // `&lt;https://…&gt;` autolinks (a URL with no spaces or angle brackets inside).
      .replace(/&lt;(https?:\/\/[^\s&]+)&gt;/g, '<a href="$1">$1</a>')
      // `[text](#)` placeholder links from the converter: keep the text only. `\\[` escapes inside are unescaped.
      .replace(
        /\[((?:\\.|[^\]\\])*)\]\(#\)/g,
        (_m, text: string) => `<span class="link">${text.replace(/\\(.)/g, '$1')}</span>`,
      )
      // `[text](mailto:…)` / `[text](https://…)`: real links.
      .replace(/\[([^\]]*)\]\(((?:https?|mailto):[^)\s]+)\)/g, '<a href="$2">$1</a>')
      // `**bold**` before `*italic*`, non-greedy. Bold may cross the line breaks of one paragraph (blocks end at
      // blank lines, so it never runs on into the next block); unbalanced stars stay literal.
      .replace(/\*\*([^*]+?)\*\*/g, '<strong>$1</strong>')
      // Italics stay on one line: a lone `*` is also a footnote marker (`provisoire*`, `a)*`), and pairing two
      // markers on different lines would italicise the text between them.
      .replace(/\*([^*\n]+)\*/g, '<em>$1</em>')
  );
}

/** A paragraph: its lines trimmed and joined, inline markup across them, a `<br>` at each line break. */
function renderParagraph(lines: string[]): string {
  const text = renderInline(escapeHtml(lines.map((line) => line.trim()).join('\n')));
  return `<p>${text.replace(/\n/g, '<br>\n')}</p>`;
}

/** `- item`, possibly indented: the indentation gives the nesting. */
const LIST_ITEM = /^(\s*)- (.*)$/;

/** A run of list items as nested `<ul>`s: an item indented deeper than the one before opens a list inside it. */
function renderList(lines: string[]): string {
  let html = '';
  const open: number[] = []; // indentation of each open <ul>, outermost first
  for (const line of lines) {
    const [, spaces, text] = LIST_ITEM.exec(line)!;
    const indent = spaces!.replace(/\t/g, '    ').length;
    if (open.length === 0 || indent > open[open.length - 1]!) {
      html += '<ul><li>';
      open.push(indent);
    } else {
      while (open.length > 1 && indent < open[open.length - 1]!) {
        html += '</li></ul>';
        open.pop();
      }
      html += '</li><li>';
    }
    html += renderInline(escapeHtml(text!));
  }
  return html + '</li></ul>'.repeat(open.length);
}

function renderTable(lines: string[]): string {
  const rows = lines.map(
    (line) =>
      `<tr>${line
        .split('\t')
        .map((cell) => `<td>${renderInline(escapeHtml(cell))}</td>`)
        .join('')}</tr>`,
  );
  return `<table>${rows.join('')}</table>`;
}

/** The kind of one line of a block. */
function kindOf(line: string): 'heading' | 'rule' | 'item' | 'prose' {
  if (/^#{1,6}\s/.test(line)) return 'heading';
  if (/^-{3,}$/.test(line.trim())) return 'rule';
  return LIST_ITEM.test(line) ? 'item' : 'prose';
}

/** Renders one block's lines: headings, rules, list runs and prose runs, in order. */
function renderBlock(lines: string[]): string[] {
  if (lines.every((line) => line.includes('\t'))) return [renderTable(lines)];
  const html: string[] = [];
  for (let i = 0; i < lines.length;) {
    const kind = kindOf(lines[i]!);
    if (kind === 'heading') {
      const [, hashes, text] = /^(#{1,6})\s+(.*)$/.exec(lines[i]!)!;
      html.push(`<h${hashes!.length}>${renderInline(escapeHtml(text!))}</h${hashes!.length}>`);
      i++;
      continue;
    }
    if (kind === 'rule') {
      html.push('<hr>');
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && kindOf(lines[end]!) === kind) end++;
    const run = lines.slice(i, end);
    html.push(kind === 'item' ? renderList(run) : renderParagraph(run));
    i = end;
  }
  return html;
}

/** Splits the source into blocks at blank lines and renders each. */
export function markdownToHtml(source: string): string {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 0) html.push(...renderBlock(lines));
  }
  return html.join('\n');
}
