// Lines of a text: where each starts, and the line and column of an offset.

/** Offsets at which each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Most documents have no carriage return: then the native search finds every line.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/**
 * Index of the line holding `offset`, searched from line `from` (which must start at or
 * before it): a span's end is looked for from its start's line, where it usually is.
 */
export function lineIndex(lineStarts: readonly number[], offset: number, from = 0): number {
  let lo = from;
  let hi = lineStarts.length - 1;
  if (lo === hi || lineStarts[lo + 1]! > offset) return lo;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column of an offset. */
export function pointAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  const line = lineIndex(lineStarts, offset);
  return { line: line + 1, column: offset - lineStarts[line]! + 1 };
}

/** 1-based line and column of an offset, with the offset; `fromLine` as for lineIndex. */
export function pointOf(lineStarts: readonly number[], offset: number, fromLine = 0): { line: number; column: number; offset: number } {
  const line = lineIndex(lineStarts, offset, fromLine);
  return { line: line + 1, column: offset - lineStarts[line]! + 1, offset };
}
