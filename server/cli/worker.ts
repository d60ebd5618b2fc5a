// The CLI's lint worker: reads the notes of each batch it is handed (or takes the text the main
// thread already read), lints them and answers with plain data. Writing fixes and the cache stay
// on the main thread, so a file is only ever written in one place.
import type { NoteStats, ResolvedConfig } from '../../rules/index.js';
import { serveRequests, type RequestPort } from '../worker/thread.js';
import { lintText, type FileReport, type FixMode } from './lint-text.js';
import { presentPart, type Presentation, type PresentedPart } from './format/present.js';
import { readSourceFileSync, SourceError, type Encoding, type SourceFile } from './source-file.js';
import { fromPlain, toPlain, type PlainMessage } from './wire.js';

/** Marks a worker thread as the CLI's, in its `workerData`. */
export const CLI_WORKER_ROLE = 'followup-lint-cli-worker';

/** One note of a batch. */
export interface BatchFile {
  /** Its place in the run, so results are reported in file order. */
  index: number;
  filePath: string;
  /** The note's text when the main thread read it; without it, the worker reads the file. */
  text?: string;
  /** Key into the batch's `configs`. */
  config: string;
}

/** A batch of notes sharing a fix mode; configurations travel once per batch, not per note. */
export interface LintBatch {
  fix: FixMode;
  configs: Record<string, ResolvedConfig>;
  files: BatchFile[];
  /** The run's report format: each note's part of the report is made here. */
  presentation?: Presentation;
  /** Whether the main thread needs the messages themselves (without a presentation, or for the cache). */
  messages: boolean;
}

/** One note's report as plain data; the text is sent back only when a fix changed it. */
export interface PlainReport {
  /** Its messages, when the batch asks for them. */
  messages?: PlainMessage[];
  stats: NoteStats;
  /** Its part of the report and its counts, when the batch has a presentation. */
  presented?: PresentedPart;
  fixed: number;
  /** The fixed text, when fixes changed the note. */
  output?: string;
  /** The note as the worker read it, when the main thread sent only its path. */
  read?: ReadNote;
}

/**
 * A note the worker read: its text, and how it was encoded. Its bytes come along only when a fix
 * changed it, for the main thread to check that the file is unchanged before writing it.
 */
export interface ReadNote {
  text: string;
  encoding: Encoding;
  bom: boolean;
  bytes?: Uint8Array;
}

/**
 * The answer for one note: its report, why the linter itself failed on it, or why the worker
 * could not read it (as the main thread would have said).
 */
export type BatchResult = { index: number; report: PlainReport } | { index: number; error: string } | { index: number; unreadable: { message: string; kind: string } };

/** The note's text: sent with it, or read here. */
function readNote(file: BatchFile): SourceFile | string {
  return file.text ?? readSourceFileSync(file.filePath);
}

/** Lint every note of a batch; a note the engine throws on gets an error, the others go on. */
export function lintBatch(batch: LintBatch): BatchResult[] {
  return partsAsBytes(batch.files.map((file) => lintBatchFile(batch, file)));
}

/**
 * The batch's parts of the report as UTF-8, in one buffer: the main thread then copies bytes
 * together into the report, where the same parts as strings cost it their copy into its heap,
 * a join and an encoding, all on the one thread that does them for every note.
 */
function partsAsBytes(results: BatchResult[]): BatchResult[] {
  const presented = results.flatMap((r) => ('report' in r && r.report.presented ? [r.report.presented] : []));
  const sizes = presented.map((p) => Buffer.byteLength(p.part as string));
  const bytes = Buffer.allocUnsafeSlow(sizes.reduce((sum, size) => sum + size, 0));
  let offset = 0;
  presented.forEach((p, i) => {
    bytes.write(p.part as string, offset);
    p.part = bytes.subarray(offset, (offset += sizes[i]!));
  });
  return results;
}

/** Lint one note of a batch. */
function lintBatchFile(batch: LintBatch, file: BatchFile): BatchResult {
  let note: SourceFile | string;
  try {
    note = readNote(file);
  } catch (error) {
    if (error instanceof SourceError) return { index: file.index, unreadable: { message: error.message, kind: error.kind } };
    return { index: file.index, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    const text = typeof note === 'string' ? note : note.text;
    const report = lintText(text, file.filePath, batch.configs[file.config]!, batch.fix);
    const changed = report.original !== undefined;
    // With --fix, a changed note is written by the main thread before the report is printed;
    // should the write fail, the main thread lints and presents that note again itself.
    if (changed && batch.fix === 'write') report.written = true;
    // The note's text goes back only when the main thread needs it: to make the report
    // itself from the messages, or to write or show a fix.
    const textNeeded = batch.messages || changed;
    return {
      index: file.index,
      report: {
        ...(batch.messages ? { messages: report.messages.map(toPlain) } : {}),
        stats: report.stats,
        ...(batch.presentation ? { presented: presentPart(report, batch.presentation) } : {}),
        fixed: report.fixed,
        ...(changed ? { output: report.source } : {}),
        ...(typeof note !== 'string' && textNeeded ? { read: { text, encoding: note.encoding, bom: note.bom, ...(changed ? { bytes: note.bytes } : {}) } } : {}),
      },
    };
  } catch (error) {
    return { index: file.index, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The note a worker read as a SourceFile (without its bytes unless they came: a note a fix left alone is never written). */
export function toSourceFile(read: ReadNote): SourceFile {
  const { bytes } = read;
  // Structured clone hands a Buffer over as a plain Uint8Array: the same bytes, seen as a Buffer again.
  return { text: read.text, encoding: read.encoding, bom: read.bom, bytes: bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : Buffer.alloc(0) };
}

/** A worker's plain report, with its messages, as the FileReport the main thread would have made itself. */
export function toFileReport(file: { filePath: string; text: string }, report: PlainReport & { messages: PlainMessage[] }): FileReport {
  const messages = report.messages.map(fromPlain);
  if (report.output === undefined) return { filePath: file.filePath, messages, stats: report.stats, source: file.text, fixed: report.fixed, written: false };
  return { filePath: file.filePath, messages, stats: report.stats, source: report.output, original: file.text, fixed: report.fixed, written: false };
}

/** The worker side: answer each batch the pool posts. */
export function serveLintBatches(port: RequestPort<LintBatch>): void {
  serveRequests(port, lintBatch);
}
