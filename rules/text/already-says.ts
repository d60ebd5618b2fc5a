// Whether a note already says a sentence (ignoring case, spacing and final punctuation), found
// without flattening the whole note.
import { editBetween } from './sections.js';

/**
 * The text as the comparison sees it: lowercase, curly single quotes straight, every run of
 * whitespace one space.
 */
export const flatten = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');

/** A flattened sentence looked for word by word around its anchor word. */
export interface Needle {
  /** The flattened text, final `.` or `!` dropped. */
  readonly flat: string;
  /** Its words (split at single spaces). */
  readonly words: readonly string[];
  /** Index of the anchor: a middle word, so every occurrence holds it as a whole word. */
  readonly anchor: number;
}

/** What to look for when a note is asked whether it already says `text`. */
export function needleOf(text: string): { flat: string; needle: Needle | undefined } {
  const flat = flatten(text).replace(/[.!]$/, '');
  const words = flat.split(' ');
  // The word-by-word search holds for ASCII text of three words or more, with no edge spaces;
  // anything else is looked for in the flattened note.
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]+$/.test(flat) || words.length < 3 || words.some((w) => w === '')) return { flat, needle: undefined };
  let anchor = 1;
  for (let i = 2; i < words.length - 1; i++) if (words[i]!.length > words[anchor]!.length) anchor = i;
  return { flat, needle: { flat, words, anchor } };
}

/**
 * The pattern of the needle's anchor word, for a case-insensitive Unicode RegExp. It never
 * misses a run of the text that lowercases to the anchor (Unicode case folding takes every
 * letter that lowercases to an ASCII one, the Kelvin sign included), and may match a few that
 * do not (a long s folds to s).
 */
function anchorPattern(needle: Needle): string {
  let pattern = '';
  for (const c of needle.words[needle.anchor]!) {
    if (c === "'") pattern += "['\u2018\u2019]";
    else if (/[a-z0-9]/.test(c)) pattern += c;
    else pattern += `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  }
  return pattern;
}

/** Whether a UTF-16 code unit is whitespace as `\s` means it in a RegExp (what `flatten` collapses). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * A word of the note as the flattened text has it: the run of non-space characters
 * `[from, to)`, lowercased with straight quotes. Whitespace is neither a cased letter nor
 * case-ignorable except U+FEFF, which can only change a Greek sigma's form, so a run lowercased
 * alone compares with ASCII words exactly as it does inside the whole lowercased note.
 */
function wordAt(source: string, from: number, to: number): string {
  return source.slice(from, to).toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** The anchor's test as a global search, one per needle. */
const scans = new WeakMap<Needle, RegExp>();

/** Where a needle stands in a text: from the start of its first run to the end of its last. */
interface Extent {
  start: number;
  end: number;
}

/**
 * Whether the note `source` holds the needle as the flattened note would (`flatten(source)`
 * includes `needle.flat`), found without flattening it. The flattened note is the sequence of
 * its runs of non-space characters joined by single spaces, so the needle is there when a run
 * equal to its anchor word has the needle's other words around it. Every such run holds a match
 * of the anchor's pattern (see `anchorPattern`), which is searched for through the note: about half a
 * millisecond a megabyte, where visiting each sentence cost a long document's rules more. A
 * long note asked about again after an edit is searched only where the edit could have
 * changed the answer (see `answerAfterEdit`).
 */
export function saysNeedle(source: string, needle: Needle): boolean {
  const long = source.length >= SEARCHED_AGAIN_FROM;
  const last = long ? answers.get(needle) : undefined;
  let at = last && answerAfterEdit(last, source, needle);
  if (at === undefined) at = findNeedle(source, needle, 0, source.length);
  if (long) answers.set(needle, { source, at });
  else answers.delete(needle);
  return at !== null;
}

/**
 * From this length on, a note's answer is kept with it, so the next question about an edited
 * version searches only around the edit. Shorter notes are searched whole, which costs less
 * than finding the edit, and keep nothing alive.
 */
const SEARCHED_AGAIN_FROM = 65_536;

/** The last long note each needle was looked for in, and where it stood there (null: nowhere). */
const answers = new WeakMap<Needle, { source: string; at: Extent | null }>();

/**
 * Where the needle stands in `source`, worked out from where it stood in the text last asked
 * about: undefined when that takes a search of the whole note (the texts differ widely, or the
 * edit touched the place it stood). Whether a place holds the needle depends only on the
 * characters from the one before its first run to the one after its last, so a place wholly in
 * the text the edit left alone holds it now as it did then; a new one reaches into the changed
 * span, and its anchor lies within a needle's length of runs from it.
 */
function answerAfterEdit(last: { source: string; at: Extent | null }, source: string, needle: Needle): Extent | null | undefined {
  const before = last.source;
  if (before === source) return last.at;
  if (before.length < SEARCHED_AGAIN_FROM) return undefined;
  const { prefix, suffix } = editBetween(before, source);
  // The changed span, in `source`.
  const changedEnd = source.length - suffix;
  if (changedEnd - prefix > source.length / 8) return undefined;
  const { at } = last;
  if (at) {
    if (at.end < prefix) return at;
    const shift = source.length - before.length;
    if (at.start - 1 >= before.length - suffix) return { start: at.start + shift, end: at.end + shift };
    return undefined;
  }
  const count = needle.words.length;
  return findNeedle(source, needle, runsBack(source, prefix, count - needle.anchor + 1), runsForward(source, changedEnd, needle.anchor + 2));
}

/** The offset `runs` runs of non-space characters (with the spaces before each) before `from`. */
function runsBack(source: string, from: number, runs: number): number {
  let i = from;
  for (let r = 0; r < runs && i > 0; r++) {
    while (i > 0 && isSpace(source.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(source.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** The offset `runs` runs of non-space characters (with the spaces before each) after `from`. */
function runsForward(source: string, from: number, runs: number): number {
  const n = source.length;
  let i = from;
  for (let r = 0; r < runs && i < n; r++) {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    while (i < n && !isSpace(source.charCodeAt(i))) i++;
  }
  return i;
}

/** Where the needle first stands with its anchor's match starting in `[from, to)`, or null. */
function findNeedle(source: string, needle: Needle, from: number, to: number): Extent | null {
  let scan = scans.get(needle);
  if (!scan) scans.set(needle, (scan = new RegExp(anchorPattern(needle), 'giu')));
  const anchor = needle.words[needle.anchor]!;
  const n = source.length;
  // Matched in the window alone (each character of the anchor's pattern matches one code unit),
  // so the search stops at its end; the runs about a match are read in the whole text.
  const window = from === 0 && to >= n ? source : source.slice(from, Math.min(n, to + anchor.length));
  scan.lastIndex = 0;
  for (let m = scan.exec(window); m; m = scan.exec(window)) {
    // The anchor holds no space, so its match lies inside one run: find the run's edges.
    let p = from + m.index;
    while (p > 0 && !isSpace(source.charCodeAt(p - 1))) p--;
    let q = from + m.index + m[0].length;
    while (q < n && !isSpace(source.charCodeAt(q))) q++;
    if (q - p === anchor.length && wordAt(source, p, q) === anchor) {
      const at = around(source, needle, p, q);
      if (at) return at;
    }
    scan.lastIndex = q - from;
  }
  return null;
}

/** Where the needle stands when the runs before and after the anchor run `[p, q)` complete it. */
function around(source: string, needle: Needle, p: number, q: number): Extent | undefined {
  const { words, anchor } = needle;
  const space = (i: number): boolean => isSpace(source.charCodeAt(i));
  let pos = p;
  for (let j = anchor - 1; j >= 0; j--) {
    let end = pos;
    while (end > 0 && space(end - 1)) end--;
    if (end === 0) return undefined;
    let start = end;
    while (start > 0 && !space(start - 1)) start--;
    const word = wordAt(source, start, end);
    if (j > 0 ? word !== words[j] : !word.endsWith(words[0]!)) return undefined;
    pos = start;
  }
  const start = pos;
  pos = q;
  const n = source.length;
  for (let j = anchor + 1; j < words.length; j++) {
    let from = pos;
    while (from < n && space(from)) from++;
    if (from === n) return undefined;
    let end = from;
    while (end < n && !space(end)) end++;
    const word = wordAt(source, from, end);
    if (j < words.length - 1 ? word !== words[j] : !word.startsWith(words[j]!)) return undefined;
    pos = end;
  }
  return { start, end: pos };
}
