// The Markdown tree comment markers are read from, built from the sections that hold a marker
// rather than from a parse of the whole note.
import type { Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { lineIndex } from './lines.js';
import { moveNode } from './positions.js';
import { isBlank, sectionAt, type SectionRange } from './sections.js';

/** Every marker names the linter (case aside: a match is only a section worth reading). */
const NAME = /followup-lint/gi;

/** How sections are read. */
export interface SectionReader {
  /** A section's Markdown tree, front matter allowed when `atStart`. */
  parse(text: string, atStart: boolean): Root;
  /** Whether a section's tree may hold nodes without a position; `section` is its index among the ranges. */
  mayLosePositions(text: string, section: number): boolean;
}

/**
 * A tree that message control reads exactly as it reads the whole note's tree, for a note cut
 * in sections: the top-level nodes of the sections whose text names the linter, with their
 * positions in the note. Message control reads from a tree only
 *
 * - the comment nodes (here, in document order, as in the whole tree),
 * - the end of the node that follows each comment in its parent (for `ignore`),
 * - and "gaps": from a node without a position to the next node with one, and between the
 *   last leaf and the end of the last node.
 *
 * So a section is read whole when it may hold a node without a position (a bare URL made a
 * link), and so is the section after it, where the gap may close. A comment that is the last
 * node of its section is followed by the first node of the next one, so that section is read
 * as well, and so is the last section with content, which holds the last node.
 *
 * The whole tree and the sections differ in one place: a list item at column 0 after a blank
 * line continues the list before it, where a new section starts a new list (see sections.ts).
 * A list after a comment that ends its section, with a list opening the next section, may be
 * such a list; then, and when a section does not start a line, this gives `undefined` and the
 * whole note must be parsed.
 */
export function markerTree(source: string, ranges: readonly SectionRange[], lineStarts: readonly number[], reader: SectionReader): Root | undefined {
  const wanted = new Uint8Array(ranges.length);
  NAME.lastIndex = 0;
  for (let m = NAME.exec(source), from = 0; m; m = NAME.exec(source)) {
    from = sectionAt(ranges, m.index, from);
    wanted[from] = 1;
    // The section is read whole: skip to the next.
    NAME.lastIndex = Math.max(NAME.lastIndex, ranges[from]!.end);
  }
  // The last section with content is read too: message control drops what comes after the
  // last leaf of the last node (say the underline of a heading), and that node is in it.
  let final = ranges.length - 1;
  while (final > 0 && isBlank(source, ranges[final]!.start, ranges[final]!.end)) final--;
  wanted[final] = 1;
  const children: RootContent[] = [];
  // The type of the last node taken, while the sections taken since run on without a gap.
  let lastType: string | undefined;
  // The last node taken is a comment, or a list after one: the next section must be read.
  let carry = false;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    const text = source.slice(range.start, range.end);
    const unpositioned = reader.mayLosePositions(text, i);
    if (!wanted[i] && !carry && !unpositioned) {
      lastType = undefined;
      continue;
    }
    if (range.start > 0 && !isLineStart(source, range.start)) return undefined;
    const tree = reader.parse(text, range.start === 0);
    const kids = tree.children;
    if (kids.length === 0) {
      if (i === final) return undefined;
      continue;
    }
    // A list after a comment ends the comment's section, and a list opens this one: in the
    // whole tree that may be one list, which the comment's `ignore` would reach the end of.
    if (carry && lastType === 'list' && kids[0]!.type === 'list') return undefined;
    const line = lineIndex(lineStarts, range.start);
    for (const kid of kids) {
      moveNode(kid, range.start, line);
      children.push(kid);
    }
    const last = kids[kids.length - 1]!;
    const before = kids.length > 1 ? kids[kids.length - 2]!.type : lastType;
    carry = unpositioned || last.type === 'html' || (last.type === 'list' && before === 'html');
    lastType = last.type;
  }
  const start: Point = { line: 1, column: 1, offset: 0 };
  const end = children[children.length - 1]?.position?.end ?? start;
  return { type: 'root', children, position: { start, end: { ...end } } };
}

/**
 * The tree as message control should read it. Message control drops messages that sit in a
 * "gap" of the tree, which includes blank space after the last node (all of a blank note); a
 * root ending with its content has none.
 */
export function endingWithContent(tree: Root): Root {
  const last = tree.children[tree.children.length - 1];
  const end = last?.position?.end ?? tree.position?.start;
  return end && tree.position ? { ...tree, position: { start: tree.position.start, end } } : tree;
}

function isLineStart(source: string, offset: number): boolean {
  const before = source.charCodeAt(offset - 1);
  return before === 10 || (before === 13 && source.charCodeAt(offset) !== 10);
}
