// The plain, serialisable form of a lint result that crosses from the lint worker to the server.
import type { Fix, LintMessage, NoteStats, ReportSeverity } from '../../rules/index.js';

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
  findings: Finding[];
  stats: NoteStats;
  ruleFailures: RuleFailure[];
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
