// The plain, serialisable form of a lint result that crosses from the lint worker to the server.
import type { Fix, LintMessage, NoteStats, ReportSeverity } from '../../rules/index.js';
import type { EncodedDiagnostics } from './encoded-diagnostics.js';
import type { Hidden } from './problem-limit.js';

/** One finding, reduced to the fields the server turns into LSP objects. */
export interface Finding {
  ruleId: string;
  message: string;
  severity: ReportSeverity;
  url: string;
  start: number;
  end: number;
  fixes: Fix[];
}

/** A rule that threw while linting (the engine carried on without it). */
export interface RuleFailure {
  ruleId: string;
  message: string;
}

/** What one lint of one document text produced. */
export interface LintOutcome {
  /** Every finding, with its fixes; empty for a kept lint (see `kept`). */
  findings: Finding[];
  stats: NoteStats;
  ruleFailures: RuleFailure[];
  /**
   * Set for a lint of an open document: its findings stay in the worker that made them, and
   * `spans` and `encoded` stand for them here. A long document has thousands, and copying them
   * from thread to thread at every edit cost more than anything but the lint itself; code
   * actions fetch the few at their range (a `findings` job).
   */
  kept?: KeptLint;
  /** A kept lint's findings' offsets, two per finding (start, end), in the findings' order. */
  spans?: Int32Array;
  /**
   * The findings' diagnostics, in the same order, written by the worker (an open document's
   * lint): the server publishes these rather than making its own.
   */
  encoded?: EncodedDiagnostics;
  /**
   * When `encoded` leaves findings out (the document has more than its limit; see
   * problem-limit.ts): how many, and the offsets of the first of them.
   */
  hidden?: Hidden;
  /** How long the worker took over a kept lint's parts (see WorkerTimings). */
  timings?: WorkerTimings;
}

/**
 * Where a kept lint's time went inside the lint worker, in milliseconds: making the text (from
 * the splice of the version before, or the text sent), the engine's lint, and writing the
 * diagnostics. Measured at every such lint (a few clock reads); sent on only when the server is
 * asked to (see TimingsNotification).
 */
export interface WorkerTimings {
  textMs: number;
  lintMs: number;
  encodeMs: number;
}

/** A lint of an open document whose findings stay in the worker until code actions ask for some. */
export interface KeptLint {
  document: string;
  version: number;
  session?: number;
}

/** The offsets of each finding in pairs, as a kept lint's outcome carries them. */
export function spansOf(messages: readonly LintMessage[]): Int32Array {
  const spans = new Int32Array(messages.length * 2);
  for (let i = 0; i < messages.length; i++) {
    spans[2 * i] = messages[i]!.startOffset;
    spans[2 * i + 1] = messages[i]!.endOffset;
  }
  return spans;
}

/** Reduce an engine message to a finding. */
export function toFinding(message: LintMessage): Finding {
  return {
    ruleId: message.ruleId,
    message: message.reason,
    severity: message.severity,
    url: message.url,
    start: message.startOffset,
    end: message.endOffset,
    fixes: message.fixes,
  };
}
