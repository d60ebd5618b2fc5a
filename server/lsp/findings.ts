// The plain, serialisable form of a lint result that crosses from the lint worker to the server.
import type { Fix, LintMessage, NoteStats, ReportSeverity } from '../../rules/index.js';
import type { EncodedDiagnostics } from './encoded-diagnostics.js';

/** One finding, reduced to the fields the server turns into LSP objects. */
export interface Finding {
  ruleId: string;
  message: string;
  severity: ReportSeverity;
  url: string;
  start: number;
  end: number;
  /**
   * The finding's fixes; absent when the lint worker kept them (see `LintOutcome.kept`): a long
   * document's fixes are most of what a lint result weighs, and only code actions read them.
   */
  fixes?: Fix[];
}

/** A rule that threw while linting (the engine carried on without it). */
export interface RuleFailure {
  ruleId: string;
  message: string;
}

/** What one lint of one document text produced. */
export interface LintOutcome {
  findings: Finding[];
  stats: NoteStats;
  ruleFailures: RuleFailure[];
  /** Set when the findings come without fixes: the lint the worker keeps them for. */
  kept?: KeptFixes;
  /**
   * The findings' diagnostics, in the same order, written by the worker (an open document's
   * lint): the server publishes these rather than making its own.
   */
  encoded?: EncodedDiagnostics;
}

/** A lint of an open document whose fixes stay in the worker until code actions ask for them. */
export interface KeptFixes {
  document: string;
  version: number;
  session?: number;
}

/** Reduce an engine message to a finding, with its fixes unless `withFixes` is false. */
export function toFinding(message: LintMessage, withFixes = true): Finding {
  const finding: Finding = {
    ruleId: message.ruleId,
    message: message.reason,
    severity: message.severity,
    url: message.url,
    start: message.startOffset,
    end: message.endOffset,
  };
  if (withFixes) finding.fixes = message.fixes;
  return finding;
}
