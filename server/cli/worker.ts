// The CLI's lint worker: reads the notes of each batch it is handed (or takes the text the main
// thread already read), lints them and answers with plain data. Writing fixes and the cache stay
// on the main thread, so a file is only ever written in one place.
import type { NoteStats, ResolvedConfig } from '../../rules/index.js';
import { serveRequests, type RequestPort } from '../worker/thread.js';
import { lintText, type FileReport, type FixMode } from './lint-text.js';
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
}

/** One note's report as plain data; the text is sent back only when a fix changed it. */
export interface PlainReport {
  messages: PlainMessage[];
  stats: NoteStats;
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
  return batch.files.map((file): BatchResult => {
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
      return {
        index: file.index,
        report: {
          messages: report.messages.map(toPlain),
          stats: report.stats,
          fixed: report.fixed,
          ...(changed ? { output: report.source } : {}),
          ...(typeof note === 'string' ? {} : { read: { text, encoding: note.encoding, bom: note.bom, ...(changed ? { bytes: note.bytes } : {}) } }),
        },
      };
    } catch (error) {
      return { index: file.index, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** The note a worker read as a SourceFile (without its bytes unless they came: a note a fix left alone is never written). */
export function toSourceFile(read: ReadNote): SourceFile {
  const { bytes } = read;
  // Structured clone hands a Buffer over as a plain Uint8Array: the same bytes, seen as a Buffer again.
  return { text: read.text, encoding: read.encoding, bom: read.bom, bytes: bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : Buffer.alloc(0) };
}

/** A worker's plain report as the FileReport the main thread would have made itself. */
export function toFileReport(file: { filePath: string; text: string }, report: PlainReport): FileReport {
  const messages = report.messages.map(fromPlain);
  if (report.output === undefined) return { filePath: file.filePath, messages, stats: report.stats, source: file.text, fixed: report.fixed, written: false };
  return { filePath: file.filePath, messages, stats: report.stats, source: report.output, original: file.text, fixed: report.fixed, written: false };
}

/** The worker side: answer each batch the pool posts. */
export function serveLintBatches(port: RequestPort<LintBatch>): void {
  serveRequests(port, lintBatch);
}
