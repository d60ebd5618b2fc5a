// Where an inline disable comment goes: on its own line before the block holding a finding,
// or at the top of the note (after any front matter), written so Markdown keeps its shape.
import type { Nodes, Parent, Root } from 'mdast';

/** An insertion point: insert `lead + comment + trail` at offset `at`. */
export interface Anchor {
  at: number;
  lead: string;
  trail: string;
  /** Whether the block the comment governs spans more than one line. */
  multiline: boolean;
}

/** The note's Markdown tree: only its block structure is read here, not the engine's prose layers. */
export { parseMarkdown as parseBlocks } from '../../rules/text/note.js';

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
 */
export function ignoreAnchor(tree: Root, source: string, offset: number): Anchor | undefined {
  const block = blockAt(tree, offset);
  if (!block || isFrontMatter(block)) return undefined;
  const start = startOf(block);
  const lineStart = Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1;
  const prefix = source.slice(lineStart, start);
  const eol = /\r\n/.test(source) ? '\r\n' : '\n';
  const multiline = /[\r\n]/.test(source.slice(start, endOf(block)).trimEnd());
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
