// Whether a note already says a sentence (ignoring case, spacing and final punctuation), found
// without flattening the whole note: a rule's sentence pass marks where the text could be.

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
 * A cheap test of whether a sentence's text may hold the needle's anchor word, to run once per
 * sentence text. It never misses a run of the text that lowercases to the anchor (Unicode case
 * folding takes every letter that lowercases to an ASCII one, the Kelvin sign included), and may
 * say yes to a few that do not (a long s folds to s).
 */
export function anchorTest(needle: Needle): (text: string) => boolean {
  let pattern = '';
  for (const c of needle.words[needle.anchor]!) {
    if (c === "'") pattern += "['\u2018\u2019]";
    else if (/[a-z0-9]/.test(c)) pattern += c;
    else pattern += `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  }
  const re = new RegExp(pattern, 'iu');
  return (text) => re.test(text);
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

/**
 * Looks for a needle in one note while a rule walks its sentences in order. The flattened
 * note is the sequence of its runs of non-space characters joined by single spaces, so the
 * needle is there when a run equal to its anchor word has the needle's other words around it.
 * A run lies wholly inside a sentence, where `candidate()` points at the sentences whose text
 * may hold the anchor, or it touches the text between two sentences, which is scanned.
 */
export class NeedleSearch {
  private readonly source: string;
  private readonly needle: Needle;
  private lastEnd = 0;
  private ordered = true;
  /** Gaps between sentences that hold something other than whitespace, as start/end pairs. */
  private readonly gaps: number[] = [];
  /** Sentences whose text may hold the anchor, as start/end pairs. */
  private readonly candidates: number[] = [];

  constructor(source: string, needle: Needle) {
    this.source = source;
    this.needle = needle;
  }

  /** A sentence `[start, end)` of the note, visited in document order. */
  visit(start: number, end: number): void {
    const from = this.lastEnd;
    if (start < from || end < start) {
      this.ordered = false;
      return;
    }
    this.lastEnd = end;
    if (this.mayHold(from, start)) this.gaps.push(from, start);
  }

  /** A visited sentence `[start, end)` whose text may hold the anchor word. */
  candidate(start: number, end: number): void {
    this.candidates.push(start, end);
  }

  /** Whether the note holds the needle, given every sentence visited and every candidate marked. */
  found(): boolean {
    const { source } = this;
    if (!this.ordered) return flatten(source).includes(this.needle.flat);
    const { gaps } = this;
    for (let i = 0; i < gaps.length; i += 2) if (this.gapHolds(gaps[i]!, gaps[i + 1]!)) return true;
    if (this.gapHolds(this.lastEnd, source.length)) return true;
    const { candidates } = this;
    for (let i = 0; i < candidates.length; i += 2) if (this.sentenceHolds(candidates[i]!, candidates[i + 1]!)) return true;
    return false;
  }

  /**
   * Whether the gap `[a, b)` between two sentences may hold the anchor: when a run crosses one
   * of its edges, or a run inside it is as long as the anchor (the usual gap, a space, a line
   * break or a list marker, holds neither).
   */
  private mayHold(a: number, b: number): boolean {
    const { source } = this;
    const n = source.length;
    if (a === b) return true;
    if (!(a === 0 || this.space(a) || this.space(a - 1))) return true;
    if (!(b === n || this.space(b - 1) || this.space(b))) return true;
    const length = this.needle.words[this.needle.anchor]!.length;
    let run = 0;
    for (let i = a; i < b; i++) {
      if (isSpace(source.charCodeAt(i))) {
        if (run === length) return true;
        run = 0;
      } else run++;
    }
    return run === length;
  }

  private space(i: number): boolean {
    return isSpace(this.source.charCodeAt(i));
  }

  /** Every run touching the gap `[a, b)` or crossing its edges, whole. */
  private gapHolds(a: number, b: number): boolean {
    const n = this.source.length;
    let from = a;
    if (a > 0 && !this.space(a - 1) && !(a < b && this.space(a))) while (from > 0 && !this.space(from - 1)) from--;
    let to = b;
    if (b < n && !this.space(b) && !(a < b && this.space(b - 1))) while (to < n && !this.space(to)) to++;
    return this.runsHold(from, to, false);
  }

  /** The runs wholly inside the sentence `[start, end)`; ones crossing its edges are the gaps'. */
  private sentenceHolds(start: number, end: number): boolean {
    return this.runsHold(start, end, true);
  }

  /**
   * Whether a run in `[from, to)` is the anchor with the needle around it. With `inner`, runs
   * cut by the range's edges are skipped; otherwise the range's edges never cut a run.
   */
  private runsHold(from: number, to: number, inner: boolean): boolean {
    const { source } = this;
    const anchor = this.needle.words[this.needle.anchor]!;
    let i = from;
    while (i < to) {
      while (i < to && this.space(i)) i++;
      const p = i;
      while (i < to && !this.space(i)) i++;
      if (p === i) break;
      if (i - p !== anchor.length) continue;
      if (inner && ((p === from && p > 0 && !this.space(p - 1)) || (i === to && i < source.length && !this.space(i)))) continue;
      if (wordAt(source, p, i) === anchor && this.around(p, i)) return true;
    }
    return false;
  }

  /** Whether the runs before and after the anchor run `[p, q)` complete the needle. */
  private around(p: number, q: number): boolean {
    const { source } = this;
    const { words, anchor } = this.needle;
    let pos = p;
    for (let j = anchor - 1; j >= 0; j--) {
      let end = pos;
      while (end > 0 && this.space(end - 1)) end--;
      if (end === 0) return false;
      let start = end;
      while (start > 0 && !this.space(start - 1)) start--;
      const word = wordAt(source, start, end);
      if (j > 0 ? word !== words[j] : !word.endsWith(words[0]!)) return false;
      pos = start;
    }
    pos = q;
    const n = source.length;
    for (let j = anchor + 1; j < words.length; j++) {
      let start = pos;
      while (start < n && this.space(start)) start++;
      if (start === n) return false;
      let end = start;
      while (end < n && !this.space(end)) end++;
      const word = wordAt(source, start, end);
      if (j < words.length - 1 ? word !== words[j] : !word.startsWith(words[j]!)) return false;
      pos = end;
    }
    return true;
  }
}
