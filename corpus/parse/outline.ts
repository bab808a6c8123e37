/**
 * The list hierarchy of one section (a meeting's recommendations, an instrument's operative part): numbered items,
 * lettered sub-items, roman sub-sub-items, with continuation lines joined. Blank lines, page breaks and footnote bodies
 * are skipped wherever they fall, so a sentence cut by a page break is joined back to its item.
 */
import { isNoise, problem, type SourceLine } from './lines';
import { readMarker, splitInlineItems } from './markers';
import { isLetter, isRoman, nextLetter, nextRoman } from './numbering';

export type NodeKind = 'number' | 'letter' | 'roman';

/** One list item before ids are given: its marker value, raw text lines and children. */
export interface OutlineNode {
  kind: NodeKind;
  /** `45`, `b`, `iv`. */
  value: string;
  line: number;
  /** Raw text fragments (marker removed), joined with a space later. */
  parts: string[];
  children: OutlineNode[];
}

/** Lines before the first item (a meeting note, a chapeau) and the items. */
export interface Outline {
  preface: SourceLine[];
  nodes: OutlineNode[];
  problems: string[];
}

/** True when the raw text announces a list (`… les mesures suivantes :`), possibly followed by a closing `*`. */
function announcesList(node: OutlineNode): boolean {
  const last = node.parts.at(-1) ?? '';
  return /:\s*\**\s*$/.test(last);
}

/**
 * Decides whether an alpha marker is a roman numeral under the current lettered item or the next letter. `i)` after
 * `h)` is the letter i; `i)` right after a lettered item that announces a list (`… suivantes :`) is the roman i; `v)`
 * is roman only right after `iv)`. Markup and indentation are not used: they are inconsistent in the source.
 */
export function alphaKind(value: string, lastLetter: OutlineNode | undefined): 'letter' | 'roman' {
  const lastRoman = lastLetter?.children.at(-1);
  const romanExpected =
    lastLetter !== undefined &&
    isRoman(value) &&
    (lastRoman ? nextRoman(lastRoman.value) === value : value === 'i' && announcesList(lastLetter));
  const letterExpected = isLetter(value) && nextLetter(lastLetter?.value ?? null) === value;
  if (romanExpected) return 'roman';
  if (letterExpected) return 'letter';
  // Neither continues the numbering: keep the reading the value allows; validation reports the break.
  return isLetter(value) && !(lastLetter && lastRoman) ? 'letter' : 'roman';
}

/**
 * Builds the outline. `top` says what the top level is: numbered paragraphs (recommendations, resolution 5/2) or
 * lettered paragraphs (decisions 1/5 to 4/4, whose romans sit directly under the letters).
 */
export function buildOutline(lines: SourceLine[], top: 'number' | 'letter'): Outline {
  const preface: SourceLine[] = [];
  const nodes: OutlineNode[] = [];
  const problems: string[] = [];
  let current: OutlineNode | null = null;

  const addNumber = (value: number, rest: string, line: number): void => {
    const node: OutlineNode = { kind: 'number', value: String(value), line, parts: [], children: [] };
    nodes.push(node);
    current = node;
    const inline = splitInlineItems(rest);
    if (!inline) {
      node.parts.push(rest);
      return;
    }
    node.parts.push(inline.head);
    for (const item of inline.items) {
      const child: OutlineNode = { kind: 'letter', value: item.letter, line, parts: [item.text], children: [] };
      node.children.push(child);
      current = child;
    }
  };

  const addAlpha = (value: string, rest: string, line: number): void => {
    const letterParent = top === 'number' ? nodes.at(-1) : undefined;
    if (top === 'number' && !letterParent) {
      problems.push(problem(line, `lettered item ${value}) before any numbered item`));
      preface.push({ n: line, text: rest });
      return;
    }
    const siblings = letterParent ? letterParent.children : nodes;
    const lastLetter = siblings.at(-1);
    const kind = alphaKind(value, lastLetter);
    const node: OutlineNode = { kind, value, line, parts: [rest], children: [] };
    if (kind === 'roman' && lastLetter) lastLetter.children.push(node);
    else siblings.push({ ...node, kind: 'letter' });
    current = kind === 'roman' && lastLetter ? node : (siblings.at(-1) ?? null);
  };

  for (const line of lines) {
    if (isNoise(line.text)) continue;
    const marker = readMarker(line.text);
    if (marker?.kind === 'number' && top === 'number') addNumber(marker.value, marker.rest, line.n);
    else if (marker?.kind === 'alpha') addAlpha(marker.value, marker.rest, line.n);
    else if (marker?.kind === 'number') {
      problems.push(problem(line.n, `numbered paragraph ${marker.value}. in a lettered list`));
    } else if (current) (current as OutlineNode).parts.push(line.text);
    else preface.push(line);
  }
  return { preface, nodes, problems };
}
