// Cuts a Markdown document into sections that parse the same apart as together, so a long
// document costs the sum of its parts and an edit re-reads only the section it touched.
//
// A cut goes before a line that starts at column 0 after a blank line. Such a line closes
// every container (lists, quotes) and every block but three: a fenced code block, an HTML
// block that waits for its closing marker (comments, <pre>, <script>, <style>, <textarea>,
// <?…?>, <!…>, CDATA), and front matter. Those are tracked line by line, and a cut is
// never made inside one. Reference definitions are document-wide (a `[label]` anywhere
// may refer to one), so a document that may hold one is never cut.
//
// A cut also goes before a list item at column 0 with text after its marker (`- …`, `* …`,
// `+ …`, `1. …`, `1) …`) right after a line of text: such an item may interrupt a paragraph,
// and it closes every container and block that a blank line would, and also a paragraph,
// a list item and a block quote. Two blocks that only a blank line ends are kept whole: an
// HTML block of other tags, and a table (after a line that may open either, `<` or `|`, no
// such cut is made until a blank line). A long list, which is one block to the blank-line
// rule, is then cut item by item, and an edit in it re-reads one item.
//
// "The same" means the same blocks and prose. One thing in the tree above them differs: a
// list item at column 0 continues the list before it as a new item, while a section
// starting there begins a list of its own. Nothing the rules read changes (the items'
// paragraphs are the same); code that reads the container nodes themselves must allow for
// it (see server/lsp/anchors.ts and marker-tree.ts).

/** A section: `[start, end)` offsets in the document. */
export interface SectionRange {
  start: number;
  end: number;
}

/**
 * Text that may be a link reference or footnote definition, at any depth of quotes and
 * lists. Labels are at most 999 characters, which also bounds the search.
 */
const DEFINITION = /\[(?:[^\]\\]|\\.){1,999}\]:/;

/** Whether the document may define link references or footnotes (`[label]: …`). */
export function mayHoldDefinitions(source: string): boolean {
  return DEFINITION.test(source);
}

/** The most characters DEFINITION can match: `[`, 999 label characters (an escaped one is two), `]:`. */
const DEFINITION_REACH = 1 + 999 * 2 + 2;

/**
 * Whether the text after `edit` may define link references or footnotes, when the text
 * before it could not. A match that lay wholly in the unchanged start or end would have been
 * one before the edit too, so only the text within reach of the changed span is searched.
 */
export function mayGainDefinitions(after: string, edit: TextEdit): boolean {
  const from = Math.max(0, edit.prefix - DEFINITION_REACH);
  const to = Math.min(after.length, after.length - edit.suffix + DEFINITION_REACH);
  return DEFINITION.test(after.slice(from, to));
}

/**
 * Whether `[from, to)` holds only blank lines in Markdown's sense: spaces, tabs and line breaks
 * (a no-break space is text). A line's span has no break in it; a section's may.
 */
export function isBlank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** HTML block openers that run past blank lines, and the marker that ends each. */
const HTML_BLOCKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, '</'],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
];

const HTML_END_TAG = /<\/(?:script|pre|style|textarea)>/i;

/** Whether a line of an open HTML block contains its end marker. */
function endsHtml(line: string, marker: string): boolean {
  return marker === '</' ? HTML_END_TAG.test(line) : line.includes(marker);
}

/** Offset just past the front matter that opens the document, or 0 when there is none. */
function frontMatterEnd(source: string): number {
  // The parser drops a byte order mark before it.
  const open = /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n|\n|\r)/.exec(source);
  if (!open) return 0;
  const close = new RegExp(`(?:\\r\\n|\\n|\\r)${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r\\n|\\n|\\r|$)`).exec(source.slice(open[0].length - 1));
  // An unclosed fence makes the whole document one section; that is always safe.
  return close ? open[0].length - 1 + close.index + close[0].length : source.length;
}

/** Where the line scanner stands between lines. */
interface ScanState {
  fence: { char: string; length: number } | undefined;
  html: string | undefined;
  previousBlank: boolean;
  sectionStart: number;
}

/** Whether the character at `i` ends a list marker: a space, a tab, a line break or the end. */
function endsMarker(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/**
 * The end of the list marker at `i` (`-`, `+`, `*`, or up to nine digits and `.` or `)`, then a
 * space, a tab or the line's end), or -1 when there is none.
 */
export function listMarkerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 45 || c === 43 || c === 42) return endsMarker(text, i + 1) ? i + 1 : -1;
  if (c < 48 || c > 57) return -1;
  let j = i + 1;
  while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const after = text.charCodeAt(j);
  return (after === 46 || after === 41) && endsMarker(text, j + 1) ? j + 1 : -1;
}

/**
 * Whether the line starting at `start` is a list item at column 0 with text after its marker
 * that may interrupt a paragraph: a bullet, or an ordered item numbered 1. It closes every
 * container before it. Its text must not open with a list marker: an item in it that may not
 * interrupt (an empty one, or one numbered from 2) reads differently after a paragraph than at a
 * section's start. That leaves out thematic breaks (`- - -`, `* * *`) too.
 */
export function interruptingItem(text: string, start: number): boolean {
  const markerEnd = listMarkerEnd(text, start);
  if (markerEnd === -1) return false;
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57 && !(first === 49 && markerEnd === start + 2)) return false;
  let at = markerEnd;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  const c = text.charCodeAt(at);
  return c !== 10 && c !== 13 && !Number.isNaN(c) && listMarkerEnd(text, at) === -1;
}

/**
 * Scan lines from `from` (a line start reached in `state`), adding each cut to `cuts`.
 * Stops early, after adding it, at a cut for which `stop` returns true; returns that cut
 * or -1 when the scan ran to the end.
 */
function scanCuts(source: string, from: number, state: ScanState, skipTo: number, minLength: number, cuts: number[], stop?: (cut: number) => boolean): number {
  let { fence, html, previousBlank, sectionStart } = state;
  // Since the last blank line, a line may have opened a block only a blank line ends (an HTML
  // block of other tags, a table): no cut before a list item until one. Never so at a cut.
  let untilBlank = false;
  // The next `|` at or after the line: searched again only once the scan is past it.
  let nextBar = -1;
  // The indent of the line that opened the fence or HTML block that is open.
  let openedAt = 0;
  let lineStart = from;
  const noReturns = !source.includes('\r');
  while (lineStart < source.length) {
    let lineEnd = lineStart;
    if (noReturns) {
      lineEnd = source.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = source.length;
    } else {
      while (lineEnd < source.length && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    }
    // The first character after the indent a fence or an HTML block may have (up to 3 spaces).
    let lead = lineStart;
    while (lead < lineStart + 3 && source.charCodeAt(lead) === 32) lead++;
    const leadChar = source.charCodeAt(lead);
    const blank = isBlank(source, lineStart, lineEnd);
    // Only a line in an open block or one that may open a block (` ~ <) is read as text.
    const line = fence || html || leadChar === 96 || leadChar === 126 || leadChar === 60 ? source.slice(lineStart, lineEnd) : '';
    if (lineStart >= skipTo) {
      // An indented opener may sit in a list item, and then the item's end (a line indented
      // less) ends the block too, where the scan would still see it open: its next fence or
      // end marker might then open a block the scan takes for closed. Past such a line, where
      // blocks open is not known here, and nothing after it is cut. (The opener's indent is at
      // most 3, which `lead` counts up to; a tab there reaches column 4.)
      if ((fence || html) && openedAt > 0 && !blank && lead - lineStart < openedAt && leadChar !== 9) return -1;
      if (fence) {
        const close = FENCE_OPEN.exec(line);
        if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && close[2]!.trim() === '') fence = undefined;
      } else if (html) {
        if (endsHtml(line, html)) html = undefined;
      } else {
        const first = source.charCodeAt(lineStart);
        const atColumnZero = !blank && first !== 32 && first !== 9;
        const startsSection = previousBlank || (!untilBlank && interruptingItem(source, lineStart));
        // A section never starts with a byte order mark, which the parser drops at a start.
        if (startsSection && atColumnZero && first !== 0xfeff && lineStart - sectionStart >= minLength && lineStart > 0) {
          cuts.push(lineStart);
          sectionStart = lineStart;
          if (stop?.(lineStart)) return lineStart;
        }
        if (blank) untilBlank = false;
        else if (!untilBlank) {
          if (nextBar < lineStart) {
            nextBar = source.indexOf('|', lineStart);
            if (nextBar === -1) nextBar = Infinity;
          }
          untilBlank = leadChar === 60 || nextBar < lineEnd;
        }
        const open = line === '' ? null : FENCE_OPEN.exec(line);
        if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
          fence = { char: open[1]![0]!, length: open[1]!.length };
          openedAt = lead - lineStart;
        } else if (line !== '') {
          for (const [opener, marker] of HTML_BLOCKS) {
            const m = opener.exec(line);
            if (m && !endsHtml(line.slice(m[0].length), marker)) {
              html = marker;
              openedAt = lead - lineStart;
              break;
            }
          }
        }
      }
    }
    previousBlank = blank;
    // Step over the line break (CRLF counts as one).
    lineStart = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return -1;
}

/**
 * The index of the last section, from `from` on, that starts at or before `offset`: the
 * section holding it (the last one for the document's end).
 */
export function sectionAt(ranges: readonly SectionRange[], offset: number, from = 0): number {
  let lo = from;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Ranges between consecutive cuts, the last running to `end`. */
function rangesOf(cuts: readonly number[], end: number): SectionRange[] {
  return cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? end }));
}

/**
 * Sections of at least `minLength` characters (the last may be shorter) covering the
 * whole document in order. A `minLength` of 0 cuts at every safe place. `atStart`: the text
 * opens the document, so may open with front matter (a later section of one cannot).
 */
export function splitSections(source: string, minLength = 0, atStart = true): SectionRange[] {
  if (source.length === 0 || mayHoldDefinitions(source)) return [{ start: 0, end: source.length }];
  const cuts = [0];
  scanCuts(source, 0, { fence: undefined, html: undefined, previousBlank: false, sectionStart: 0 }, atStart ? frontMatterEnd(source) : 0, minLength, cuts);
  return rangesOf(cuts, source.length);
}

/**
 * Length of the text `a` and `b` begin with: compared a page at a time, then by character,
 * from `from` on (a length they are known to share).
 */
export function commonPrefix(a: string, b: string, from = 0): number {
  const max = Math.min(a.length, b.length);
  let n = Math.min(from, max);
  while (n + PAGE <= max && a.slice(n, n + PAGE) === b.slice(n, n + PAGE)) n += PAGE;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the text `a` and `b` end with, at most `max`, compared from `from` on (a length they are known to share). */
export function commonSuffix(a: string, b: string, max: number, from = 0): number {
  let n = Math.min(from, max);
  while (n + PAGE <= max && a.slice(a.length - n - PAGE, a.length - n) === b.slice(b.length - n - PAGE, b.length - n)) n += PAGE;
  while (n < max && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

const PAGE = 4096;

/** An edit between two texts: both share `prefix` characters at the start and `suffix` at the end. */
export interface TextEdit {
  prefix: number;
  suffix: number;
  /** New length minus old length: how far the shared end moved. */
  delta: number;
}

/** Lengths two texts are known to share at the start (`head`) and at the end (`tail`), the one not overlapping the other. */
export interface SharedEnds {
  head: number;
  tail: number;
}

/**
 * The edit that turns `before` into `after`, as one changed span, the shared start as long as
 * it goes. With `known` (what an editor's sync left untouched), the comparison starts past
 * what it says is shared; the edit is the same as without it.
 */
export function editBetween(before: string, after: string, known?: SharedEnds): TextEdit {
  if (lastEdit?.before === before && lastEdit.after === after) return lastEdit.edit;
  const prefix = commonPrefix(before, after, known?.head);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix, known?.tail);
  const edit = { prefix, suffix, delta: after.length - before.length };
  lastEdit = { before, after, edit };
  return edit;
}

/**
 * The last edit worked out, for whoever asks about the same two texts next: a re-read of an
 * edited note works it out, and a rule's search of the note asks for it again (see
 * already-says.ts). The texts are those an editor's note cache holds anyway.
 */
let lastEdit: { before: string; after: string; edit: TextEdit } | undefined;

/** A split worked out from the last one: `head` sections kept as they were, `tail` kept but moved. */
export interface Resplit {
  ranges: SectionRange[];
  head: number;
  tail: number;
}

/**
 * The finest split of `source` (what `splitSections(source)` gives) from the finest split of
 * the text before an edit. Sections before the edit stand; the lines from the section before
 * the edit are scanned again until a cut falls where the old split had one, past the edit:
 * from there the scanner is in the same state over the same text, so the old cuts stand.
 */
export function resplitSections(before: string, ranges: readonly SectionRange[], source: string, edit: TextEdit): Resplit {
  const single = (): Resplit => ({ ranges: splitSections(source), head: 0, tail: 0 });
  // A split in sections means the text before held no definition (see splitSections).
  if (source.length === 0 || ranges.length < 2 || mayGainDefinitions(source, edit)) return single();
  // The section holding the first changed character, and the one before it (its cut may go).
  const head = Math.max(0, sectionAt(ranges, edit.prefix) - 1);
  if (head === 0) return single();
  const from = ranges[head]!.start;
  const unchangedFrom = source.length - edit.suffix;
  // Old cut positions past the edit, by their place in the new text.
  let resume = -1;
  // The scan cuts at `from` again: the same line after the same blank line.
  const cuts: number[] = [];
  const stop = (cut: number): boolean => {
    if (cut < unchangedFrom) return false;
    const old = cut - edit.delta;
    const a = sectionAt(ranges, old, head);
    if (ranges[a]!.start !== old) return false;
    resume = a;
    return true;
  };
  const state: ScanState = { fence: undefined, html: undefined, previousBlank: true, sectionStart: from };
  const stopped = scanCuts(source, from, state, frontMatterEnd(source), 0, cuts, stop);
  if (cuts[0] !== from) return single();
  const out = ranges.slice(0, head);
  if (stopped === -1) {
    out.push(...rangesOf(cuts, source.length));
    return { ranges: out, head, tail: 0 };
  }
  out.push(...rangesOf(cuts.slice(0, -1), stopped));
  for (let i = resume; i < ranges.length; i++) out.push({ start: ranges[i]!.start + edit.delta, end: ranges[i]!.end + edit.delta });
  return { ranges: out, head, tail: ranges.length - resume };
}
