// What every output format receives, and the counts they share.
import path from 'node:path';
import type { Colors } from 'picocolors/types.js';
import type { LintMessage, ReportSeverity } from '../../../rules/index.js';
import type { FileReport } from '../lint-files.js';

/** What a formatter is given. */
export interface FormatContext {
  cwd: string;
  colors: Colors;
  /** The tool's version, for formats that name it. */
  version: string;
  /** Whether fixes were applied or previewed (changes the fixable hint). */
  fixing: boolean;
  /** --quiet: messages are errors only, and notes without any are left out of the people format. */
  quiet: boolean;
}

/** A formatter turns the run's reports into text (ending with a newline when not empty). */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

/** What the whole of a report needs besides the notes' parts. */
export interface RunTotals {
  /** How many notes the report covers. */
  notes: number;
  /** Their messages counted (those the report shows: errors only with --quiet). */
  counts: Counts;
}

/**
 * How a report is put together from its notes' parts: `head`, the parts that are not empty
 * (in file order) joined by `separator`, then `tail`; or `empty` when every part is empty.
 */
export interface Layout {
  head: string;
  separator: string;
  tail: string;
  empty: string;
}

/**
 * A format made note by note: each note's part of the report depends on that note alone, so it
 * can be made wherever the note was linted (a worker thread), and the whole is put together
 * from the parts and the run's totals.
 */
export interface NoteFormat {
  /**
   * Whether a note's part depends on the note's text (the report's `source` and `original`, its
   * messages' `actual`). A format that does not is given notes reported from the cache without
   * their text, which is then not even read: `source` empty and no `actual`.
   */
  readsText: boolean;
  /** One note's part of the report; empty when the format shows nothing for it. */
  note(report: FileReport, context: FormatContext): string;
  /** How the parts make the whole report. */
  layout(totals: RunTotals, context: FormatContext): Layout;
}

/** The report from its parts, as text (what a `Formatter` returns). */
export function assemble(layout: Layout, parts: readonly string[]): string {
  const shown = parts.filter((part) => part.length > 0);
  return shown.length === 0 ? layout.empty : layout.head + shown.join(layout.separator) + layout.tail;
}

/**
 * The report from its parts as UTF-8 bytes, in pieces to be written one after another. Parts may
 * come as text or, from worker threads, as UTF-8 bytes (used as they are, never decoded). Parts
 * that lie one after another in the same buffer with the separator between them (as `PartBytes`
 * writes them) make one piece, so a report of many parts is written in few pieces and never
 * copied into one buffer: a fresh buffer the size of the report cost more to fill than the copy.
 */
export function assembleBytes(layout: Layout, parts: ReadonlyArray<string | Uint8Array>): Uint8Array[] {
  const shown = parts.filter((part) => part.length > 0);
  if (shown.length === 0) return [Buffer.from(layout.empty)];
  const separator = Buffer.from(layout.separator);
  const pieces: Uint8Array[] = [Buffer.from(layout.head)];
  let last: Uint8Array | undefined;
  shown.forEach((part, i) => {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    if (i > 0 && last && follows(last, separator, bytes)) {
      last = new Uint8Array(last.buffer, last.byteOffset, bytes.byteOffset + bytes.byteLength - last.byteOffset);
      pieces[pieces.length - 1] = last;
      return;
    }
    if (i > 0) pieces.push(separator);
    pieces.push(bytes);
    last = bytes;
  });
  pieces.push(Buffer.from(layout.tail));
  return pieces;
}

/** Whether `next` lies right after `previous` in the same buffer, with just the separator between. */
function follows(previous: Uint8Array, separator: Uint8Array, next: Uint8Array): boolean {
  const gap = previous.byteOffset + previous.byteLength;
  if (previous.buffer !== next.buffer || gap + separator.length !== next.byteOffset) return false;
  const between = new Uint8Array(next.buffer, gap, separator.length);
  return separator.every((byte, i) => between[i] === byte);
}

/** The formatter a note-by-note format amounts to. */
export function formatterOf(format: NoteFormat): Formatter {
  return (reports, context) => {
    const totals = { notes: reports.length, counts: countMessages(reports.flatMap((r) => r.messages)) };
    return assemble(
      format.layout(totals, context),
      reports.map((r) => format.note(r, context)),
    );
  };
}

/**
 * The elements of an array as JSON.stringify(…, null, 2) writes them when the array sits
 * `depth - 1` levels deep (each element `depth` levels deep): the array is written wrapped in
 * as many more, and the wrapping cut off, which costs far less than indenting every line again.
 * @returns the elements, each on its own lines, joined by `,\n`; empty for no elements.
 */
export function indentedJsonElements(values: readonly unknown[], depth: number): string {
  if (values.length === 0) return '';
  let wrapped: unknown = values;
  for (let level = 1; level < depth; level++) wrapped = [wrapped];
  // Each opening bracket of the wrapping, with its line break and the next line's indent, and
  // each closing one, with the line break and indent before it, take 2, 4, 6… characters.
  const cut = depth * (depth + 1);
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(cut, text.length - cut);
}

/** A path as shown to people and in annotations: relative to the cwd, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>') return filePath;
  const rel = path.relative(cwd, filePath);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? filePath : rel).split(path.sep).join('/');
}

/** Whether `--fix` would apply something for this message. */
export function hasSafeFix(message: LintMessage): boolean {
  return message.fixes.some((f) => f.safe);
}

/** Totals over a set of messages. */
export interface Counts {
  error: number;
  warn: number;
  info: number;
  hint: number;
  fixableErrors: number;
  fixableWarnings: number;
}

/** Count messages per severity, and those `--fix` can resolve. */
export function countMessages(messages: readonly LintMessage[]): Counts {
  const counts: Counts = { error: 0, warn: 0, info: 0, hint: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const m of messages) {
    counts[m.severity]++;
    if (!hasSafeFix(m)) continue;
    if (m.severity === 'error') counts.fixableErrors++;
    else counts.fixableWarnings++;
  }
  return counts;
}

/** "1 error", "2 warnings", "3 fixes". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Severity names as printed. */
export const SEVERITY_LABEL: Record<ReportSeverity, string> = { error: 'error', warn: 'warning', info: 'info', hint: 'hint' };
