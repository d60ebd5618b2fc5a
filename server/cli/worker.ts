// The CLI's lint worker: lints batches of notes the main thread has read, and answers with
// plain data. It does no I/O, so reading, writing fixes and the cache stay in one place.
import type { NoteStats, ResolvedConfig } from '../../rules/index.js';
import { serveRequests, type RequestPort } from '../worker/thread.js';
import { lintText, type FileReport, type FixMode } from './lint-text.js';
import { fromPlain, toPlain, type PlainMessage } from './wire.js';

/** Marks a worker thread as the CLI's, in its `workerData`. */
export const CLI_WORKER_ROLE = 'followup-lint-cli-worker';

/** One note of a batch. */
export interface BatchFile {
  /** Its place in the run, so results are reported in file order. */
  index: number;
  filePath: string;
  text: string;
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
}

/** The answer for one note: its report, or why the linter itself failed on it. */
export type BatchResult = { index: number; report: PlainReport } | { index: number; error: string };

/** Lint every note of a batch; a note the engine throws on gets an error, the others go on. */
export function lintBatch(batch: LintBatch): BatchResult[] {
  return batch.files.map((file): BatchResult => {
    try {
      const report = lintText(file.text, file.filePath, batch.configs[file.config]!, batch.fix);
      return {
        index: file.index,
        report: { messages: report.messages.map(toPlain), stats: report.stats, fixed: report.fixed, ...(report.original !== undefined ? { output: report.source } : {}) },
      };
    } catch (error) {
      return { index: file.index, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** A worker's plain report as the FileReport the main thread would have made itself. */
export function toFileReport(file: Pick<BatchFile, 'filePath' | 'text'>, report: PlainReport): FileReport {
  const messages = report.messages.map(fromPlain);
  if (report.output === undefined) return { filePath: file.filePath, messages, stats: report.stats, source: file.text, fixed: report.fixed, written: false };
  return { filePath: file.filePath, messages, stats: report.stats, source: report.output, original: file.text, fixed: report.fixed, written: false };
}

/** The worker side: answer each batch the pool posts. */
export function serveLintBatches(port: RequestPort<LintBatch>): void {
  serveRequests(port, lintBatch);
}
