// Cuts a Markdown document into sections that parse the same apart as together, so a long
// document costs the sum of its parts and an edit re-reads only the section it touched.
//
// A cut goes before a line that starts at column 0 after a blank line. Such a line closes
// every container (lists, quotes) and every block but three: a fenced code block, an HTML
// block that waits for its closing marker (comments, <pre>, <script>, <style>, <textarea>,
// <?…?>, <!…>, CDATA), and front matter. Those are tracked line by line, and a cut is
// never made inside one. Reference definitions are document-wide (a `[label]` anywhere
// may refer to one), so a document that may hold one is never cut.

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

/** A blank line in Markdown's sense: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*$/;

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
  const open = /^(---|\+\+\+)[ \t]*(?:\r\n|\n|\r)/.exec(source);
  if (!open) return 0;
  const close = new RegExp(`(?:\\r\\n|\\n|\\r)${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r\\n|\\n|\\r|$)`).exec(source.slice(open[0].length - 1));
  // An unclosed fence makes the whole document one section; that is always safe.
  return close ? open[0].length - 1 + close.index + close[0].length : source.length;
}

/**
 * Sections of at least `minLength` characters (the last may be shorter) covering the
 * whole document in order. A `minLength` of 0 cuts at every safe place.
 */
export function splitSections(source: string, minLength = 0): SectionRange[] {
  if (source.length === 0 || mayHoldDefinitions(source)) return [{ start: 0, end: source.length }];
  const cuts: number[] = [];
  let fence: { char: string; length: number } | undefined;
  let html: string | undefined;
  let previousBlank = false;
  let sectionStart = 0;
  const skipTo = frontMatterEnd(source);
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = lineStart;
    while (lineEnd < source.length && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    const line = source.slice(lineStart, lineEnd);
    const blank = BLANK.test(line);
    if (lineStart >= skipTo) {
      if (fence) {
        const close = FENCE_OPEN.exec(line);
        if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && close[2]!.trim() === '') fence = undefined;
      } else if (html) {
        if (endsHtml(line, html)) html = undefined;
      } else {
        const first = line.charCodeAt(0);
        const atColumnZero = !blank && first !== 32 && first !== 9;
        if (previousBlank && atColumnZero && lineStart - sectionStart >= minLength && lineStart > 0) {
          cuts.push(lineStart);
          sectionStart = lineStart;
        }
        const open = FENCE_OPEN.exec(line);
        if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
          fence = { char: open[1]![0]!, length: open[1]!.length };
        } else {
          for (const [opener, marker] of HTML_BLOCKS) {
            const m = opener.exec(line);
            if (m && !endsHtml(line.slice(m[0].length), marker)) {
              html = marker;
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
  const out: SectionRange[] = [];
  let start = 0;
  for (const cut of cuts) {
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: source.length });
  return out;
}
