// The messages this extension exchanges with the followup-lint server beyond standard LSP (see the server contract).
import { NotificationType } from 'vscode-languageclient';

/** What the server reports about a document after each lint of it. */
export interface NoteStatus {
  uri: string;
  version: number;
  /** Words in the note's body (greeting and sign-off excluded). */
  wordCount: number;
  /** The word budget in effect for this document. */
  maxWords: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** True when the note has no errors. */
  readyToSend: boolean;
}

/** Sent after every lint of a document. */
export const StatusNotification = new NotificationType<NoteStatus>('followupLint/status');

/** Sent when a rule fails or the configuration is broken; shown once. */
export const ErrorNotification = new NotificationType<{ message: string }>('followupLint/error');

/** Server commands run through `workspace/executeCommand`. */
export const ServerCommands = {
  /** Args `[uri, version]`: the server applies the safe fixes with `workspace/applyEdit`. */
  applyFixAll: 'followupLint.applyFixAll',
  /** No args: lints every note under the workspace folders; returns {@link LintWorkspaceResult}. */
  lintWorkspace: 'followupLint.lintWorkspace',
} as const;

/** What `followupLint.applyFixAll` returns. */
export interface ApplyFixAllResult {
  applied: boolean;
  /** Fixes applied. */
  fixed: number;
  /** Why nothing was applied, when so. */
  reason?: string;
}

/** What `followupLint.lintWorkspace` returns. */
export interface LintWorkspaceResult {
  files: number;
  problems: number;
}

/** The source every finding of this linter carries. */
export const SOURCE = 'followup-lint';
