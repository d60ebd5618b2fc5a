// Moving the positions of a Markdown tree read from part of a text to their place in the whole.
import type { Nodes } from 'mdast';
import type { Point, Position } from 'unist';

/**
 * Move a node, and all below it, `offset` characters on and `lines` lines down; points on its
 * first line also move `columns` columns right.
 */
export function moveNode(node: Nodes, offset: number, lines: number, columns = 0): void {
  if (node.position) node.position = movePosition(node.position, offset, lines, columns);
  if ('children' in node) for (const child of node.children) moveNode(child, offset, lines, columns);
}

/** A copy of a node and all below it, moved as {@link moveNode} moves them; the node is left as it was. */
export function movedCopy<T extends Nodes>(node: T, offset: number, lines: number): T {
  const copy = { ...node };
  if (node.position) copy.position = movePosition(node.position, offset, lines, 0);
  if ('children' in node) (copy as { children: Nodes[] }).children = node.children.map((child) => movedCopy(child, offset, lines));
  return copy;
}

function movePosition(position: Position, offset: number, lines: number, columns: number): Position {
  return { start: movePoint(position.start, offset, lines, columns), end: movePoint(position.end, offset, lines, columns) };
}

function movePoint(point: Point, offset: number, lines: number, columns: number): Point {
  return {
    line: point.line + lines,
    column: point.line === 1 ? point.column + columns : point.column,
    offset: point.offset === undefined ? undefined : point.offset + offset,
  };
}
