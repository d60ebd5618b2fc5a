// How deep a text nests lists, block quotes and footnote definitions, told from the start of
// each line without a Markdown parse, so a text nested too deeply is never handed to the parser.
//
// The parser's cost grows much faster than the text with nesting depth: a list 1,000 deep, one
// indented item per line (1 MB), takes it about 45 s where an ordinary megabyte takes about one.
// A list 32 deep parses in about twice the time of a flat list of its size and lints in about the
// same; 64 deep, two and a half times; 128, five; 400, nearly thirty. No real note nests more
// than a handful of levels, and the estimate below may count up to twice the real depth (lists
// indented by tabs), so 32 leaves room for every honest document.

import { interruptingItem, listMarkerEnd } from './sections.js';

/** The deepest nesting of containers (list items, block quotes, footnote definitions) parsed. */
export const MAX_NESTING = 32;

/** What starts a line: the markers of the containers it may open or continue. */
interface LinePrefix {
  /** Markers on the line: `>`, list markers, footnote definition labels. */
  markers: number;
  /** Items its whitespace may continue, two columns each (a tab to its stop). */
  indentItems: number;
  /** Offset of the first character after the prefix. */
  end: number;
  /** Offset of the first character that is not a space or tab. */
  firstMark: number;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

/** A footnote definition's label: `[^label]:` (GFM); no whitespace or `[` in the label. */
const FOOTNOTE_LABEL = /\[\^(?:\\[\s\S]|[^\][\\ \t\r\n]){1,999}\]:/y;

/** The container prefix of the line starting at `start`. */
function linePrefix(text: string, start: number): LinePrefix {
  let markers = 0;
  let indentItems = 0;
  let run = 0;
  let column = 0;
  let firstMark = -1;
  let i = start;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      const width = c === TAB ? 4 - (column % 4) : 1;
      run += width;
      column += width;
      i++;
      continue;
    }
    indentItems += run >> 1;
    run = 0;
    if (firstMark === -1) firstMark = i;
    let width = 0;
    if (c === 62) {
      // `>`: a block quote.
      width = 1;
    } else if (c === 91 && text.charCodeAt(i + 1) === 94) {
      FOOTNOTE_LABEL.lastIndex = i;
      if (FOOTNOTE_LABEL.test(text)) width = FOOTNOTE_LABEL.lastIndex - i;
    } else {
      // A bullet, or an ordered item.
      const end = listMarkerEnd(text, i);
      if (end !== -1) width = end - i;
    }
    if (width === 0) return { markers, indentItems, end: i, firstMark };
    markers++;
    column += width;
    i += width;
  }
}

/** Offset just past the line break of the line holding `from`, or the text's length. */
function nextLine(text: string, from: number, noReturns: boolean): number {
  if (noReturns) {
    const lf = text.indexOf('\n', from);
    return lf === -1 ? text.length : lf + 1;
  }
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
  if (i === text.length) return i;
  return text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
}

/**
 * Where the first line that may nest containers more than `limit` deep starts its markers
 * (the first character that is not a space or tab), or -1 when no line may.
 *
 * A line reaches at most as deep as its own quote, list and footnote markers, plus the list
 * items its indentation may continue. Each of those needs two columns of it (a marker and a
 * space at least), and none is deeper than the lines before it reached: a container is opened
 * on a line that reaches it. So the estimate is never below the real depth.
 *
 * A line that starts at column 0 after a blank line closes every container, and so does a list
 * item at column 0 that may interrupt a paragraph (as in sections.ts), so the lines before it
 * bound nothing after it. The estimate of a line depends only on the lines since the last such
 * line: a section cut there is estimated as in the whole document.
 */
export function tooDeepAt(text: string, limit = MAX_NESTING): number {
  const noReturns = !text.includes('\r');
  // The deepest estimate since the last line that closed every container.
  let deepest = 0;
  let previousBlank = false;
  for (let start = 0; start < text.length; ) {
    const prefix = linePrefix(text, start);
    const c = text.charCodeAt(prefix.end);
    const blank = prefix.markers === 0 && (c === LF || c === CR || Number.isNaN(c));
    if (prefix.firstMark === start && !blank && (previousBlank || interruptingItem(text, start))) deepest = 0;
    const depth = prefix.markers + Math.min(prefix.indentItems, deepest);
    if (depth > limit) return prefix.firstMark;
    if (depth > deepest) deepest = depth;
    previousBlank = blank;
    start = nextLine(text, prefix.end, noReturns);
  }
  return -1;
}
