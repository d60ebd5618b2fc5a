// The custom notifications and commands shared with the VS Code client (see LSP-CONTRACT.md).
import { NotificationType } from 'vscode-languageserver';
import type { NoteStats } from '../../rules/index.js';
import type { WorkerTimings } from './findings.js';

/** After each lint of an open document: its figures for the status bar. */
export interface StatusParams extends NoteStats {
  uri: string;
  version: number;
}

/** A rule failed or the configuration is broken; the client shows it once. */
export interface ErrorParams {
  message: string;
}

/**
 * After each lint of an open document, when the server was started with FOLLOWUP_LINT_TIMINGS=1
 * (for benchmarks and profiling; see docs/server.md): where its time went. `serverMs` runs from
 * the lint's start on the server's thread to its diagnostics being handed to the writer; the
 * rest are the lint job's own parts (see WorkerTimings), which a job runner that does not make
 * them leaves out.
 */
export interface TimingsParams extends Partial<WorkerTimings> {
  uri: string;
  version: number;
  serverMs: number;
}

export const StatusNotification = new NotificationType<StatusParams>('followupLint/status');
export const TimingsNotification = new NotificationType<TimingsParams>('followupLint/timings');
export const ErrorNotification = new NotificationType<ErrorParams>('followupLint/error');

/** Server commands (listed in `executeCommandProvider`). */
export const COMMANDS = {
  /** `[uri, version]`: apply the safe fixes to that version of the document. */
  applyFixAll: 'followupLint.applyFixAll',
  /** `[]`: lint every note in the workspace folders; returns `{files, problems}`. */
  lintWorkspace: 'followupLint.lintWorkspace',
  /** `[ruleId]`: open the rule's documentation (window/showDocument). */
  openRuleDocs: 'followupLint.openRuleDocs',
} as const;

/** What `followupLint.applyFixAll` answers. */
export interface ApplyFixAllResult {
  applied: boolean;
  /** Fixes applied (0 when nothing was safe to fix or the edit was refused). */
  fixed: number;
  /** Why nothing was applied, when so. */
  reason?: string;
}

/** What `followupLint.lintWorkspace` answers. */
export interface LintWorkspaceResult {
  files: number;
  problems: number;
}
