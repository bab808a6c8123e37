/**
 * Which parts of a page Renvoi never reads: code and styles, templates, form fields and editable areas (the Custom
 * Highlight API cannot mark text inside fields, and marking what the reader is typing would be noise), embedded
 * content, and Renvoi's own UI.
 */

/** Elements whose text is not prose the reader sees (by `localName`, so SVG and MathML count too). */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'datalist',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'head',
  'title',
]);

/** True when `element` and everything inside it must be left out of the scan. */
export function isSkipped(element: Element, ownHost: Element | null): boolean {
  if (element === ownHost) return true;
  if (SKIPPED.has(element.localName)) return true;
  // An editable area: `contenteditable`, `contenteditable=""`, `="true"` or `="plaintext-only"`, but not `="false"`.
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True when `node` sits inside a skipped element (used for mutation targets and hit-testing). */
export function isInsideSkipped(node: Node, ownHost: Element | null): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el, ownHost)) return true;
  }
  return node.ownerDocument?.designMode === 'on';
}
