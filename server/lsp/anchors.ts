// Where an inline disable comment goes: on its own line before the block holding a finding,
// or at the top of the note (after any front matter), written so Markdown keeps its shape.
import type { Nodes, Parent, Root } from 'mdast';
import { parseMarkdown } from '../../rules/text/note.js';
import { sectionAt, splitSections, type SectionRange } from '../../rules/text/sections.js';

/** An insertion point: insert `lead + comment + trail` at offset `at`. */
export interface Anchor {
  at: number;
  lead: string;
  trail: string;
  /** Whether the block the comment governs spans more than one line. */
  multiline: boolean;
}

/** The note's Markdown tree: only its block structure is read here, not the engine's prose layers. */
export { parseMarkdown as parseBlocks };

/** Containers a comment can sit inside, beside the block it governs. */
const CONTAINERS = new Set(['list', 'listItem', 'blockquote']);

/** Front matter (remark-frontmatter adds `toml` beside mdast's `yaml`). */
function isFrontMatter(node: Nodes): boolean {
  return (node.type as string) === 'yaml' || (node.type as string) === 'toml';
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** The innermost block (a child of root, a list item or a quote) holding `offset`. */
function blockAt(tree: Root, offset: number): Nodes | undefined {
  let parent: Parent = tree;
  let found: Nodes | undefined;
  for (;;) {
    const children = parent.children as Nodes[];
    const child =
      children.find((c) => startOf(c) <= offset && offset < endOf(c)) ??
      // A finding at the very end of a block (an empty range) still belongs to it.
      children.find((c) => startOf(c) <= offset && offset <= endOf(c)) ??
      (found ? undefined : children.find((c) => startOf(c) >= offset));
    if (!child) return found;
    found = child;
    if (!CONTAINERS.has(child.type) || !('children' in child) || child.children.length === 0) return found;
    parent = child as Parent;
  }
}

/**
 * The anchor of a `<!-- followup-lint ignore … -->` comment for a finding at `offset`:
 * the comment goes right before the block, which is the node message control then skips.
 * `tree` may be the tree of a part of `source` that starts at `base`.
 */
export function ignoreAnchor(tree: Root, source: string, offset: number, base = 0): Anchor | undefined {
  const block = blockAt(tree, offset - base);
  return block && anchorBefore(block, source, base);
}

function anchorBefore(block: Nodes, source: string, base: number): Anchor | undefined {
  if (isFrontMatter(block)) return undefined;
  const start = startOf(block) + base;
  const lineStart = Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1;
  const prefix = source.slice(lineStart, start);
  const eol = /\r\n/.test(source) ? '\r\n' : '\n';
  const multiline = /[\r\n]/.test(source.slice(start, endOf(block) + base).trimEnd());
  // Indentation alone: put the comment on a line of its own with the same indentation.
  if (/^[ \t]*$/.test(prefix)) return { at: lineStart, lead: prefix, trail: eol, multiline };
  // After a list marker or quote marker: the comment takes the block's place on this line and
  // the block moves to the next, indented to stay inside its container.
  return { at: start, lead: '', trail: eol + prefix.replace(/[^>\t]/g, ' '), multiline };
}

/** The anchor of a `<!-- followup-lint disable … -->` comment for the whole note. */
export function fileAnchor(tree: Root, source: string): Anchor {
  const eol = /\r\n/.test(source) ? '\r\n' : '\n';
  const first = tree.children[0];
  if (first && isFrontMatter(first)) return { at: endOf(first), lead: eol, trail: '', multiline: true };
  return { at: 0, lead: '', trail: source.length === 0 ? eol : eol + eol, multiline: true };
}

/**
 * The anchors for findings at `offsets` and for the whole note, parsing only the sections
 * that hold them: a few paragraphs instead of the whole document (about a second for 1 MB).
 * Sections parse the same apart as together (see rules/text/sections.ts), so for an offset
 * where a finding can start (on text, or just after it) this is what the whole document's
 * tree gives. Only in the blank lines between two items of one list do they differ: there
 * the whole tree gives the list, and the sections the item after.
 */
export function anchorsOf(source: string, offsets: readonly number[]): { ignore: Array<Anchor | undefined>; file: Anchor } {
  const ranges = splitSections(source);
  const trees = new Map<SectionRange, Root>();
  const treeOf = (range: SectionRange): Root => {
    let tree = trees.get(range);
    if (!tree) trees.set(range, (tree = parseMarkdown(source.slice(range.start, range.end), range.start === 0)));
    return tree;
  };
  const ignore = offsets.map((offset) => {
    let i = sectionAt(ranges, offset);
    // An offset in the blank lines that end a section belongs to no block there: as in the
    // whole tree, it goes with the first block after it, which opens a later section.
    for (; i < ranges.length; i++) {
      const range = ranges[i]!;
      const block = blockAt(treeOf(range), offset - range.start);
      if (block) return anchorBefore(block, source, range.start);
    }
    return undefined;
  });
  return { ignore, file: fileAnchor(treeOf(ranges[0]!), source) };
}
