// The status-bar item: the active note's word count against its budget, whether it is ready to send, and server trouble.
import * as vscode from 'vscode';
import { plural } from './plural';
import type { NoteStatus } from './protocol';

/** The server's life as the status bar tells it. */
export type ServerState =
  | { kind: 'starting' }
  | { kind: 'running' }
  | { kind: 'restarting' }
  | { kind: 'failed'; reason: string };

/** What the status bar shows right now; tests read it through the extension's API. */
export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  server: ServerState;
  /** The last status the server sent for the active note, if any. */
  note?: NoteStatus;
}

/** Questions the status bar asks about a document; answered by the extension, which knows the settings. */
export interface NoteFilter {
  isNote(document: vscode.TextDocument): boolean;
  isEnabled(document: vscode.TextDocument): boolean;
}

const SHOW_OUTPUT = 'followupLint.showOutput';
const SHOW_PROBLEMS = 'workbench.actions.view.problems';

/** Keeps one status-bar item in step with the active editor, the server and the statuses it sends. */
export class NoteStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('followupLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly statuses = new Map<string, NoteStatus>();
  private readonly changed = new vscode.EventEmitter<StatusSnapshot>();
  private readonly subscriptions: vscode.Disposable[];
  private server: ServerState = { kind: 'starting' };
  private problem: string | undefined;
  private current: StatusSnapshot = { visible: false, text: '', tooltip: '', server: this.server };

  /** Fires after every change of what the bar shows. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly filter: NoteFilter) {
    this.item.name = 'followup-lint';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.statuses.delete(doc.uri.toString())),
    ];
    this.render();
  }

  /** Records a status sent by the server; an older version than one already seen is ignored. */
  update(status: NoteStatus): void {
    const key = normalizeUri(status.uri);
    const known = this.statuses.get(key);
    if (known && known.version > status.version) return;
    this.statuses.set(key, status);
    this.render();
  }

  setServer(state: ServerState): void {
    this.server = state;
    if (state.kind !== 'running') this.statuses.clear();
    if (state.kind === 'starting') this.problem = undefined;
    this.render();
  }

  /** A problem the server reported (a failing rule, a broken config); shown until cleared. */
  setProblem(message: string | undefined): void {
    this.problem = message;
    this.render();
  }

  /** Re-reads the settings and the active editor. */
  refresh(): void {
    this.render();
  }

  snapshot(): StatusSnapshot {
    return this.current;
  }

  status(uri: vscode.Uri): NoteStatus | undefined {
    return this.statuses.get(uri.toString());
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
    this.item.dispose();
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    const isNote = document !== undefined && this.filter.isNote(document);
    const view = this.describe(document, isNote);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    this.item.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    // A server that cannot run is reported even away from notes, so it never fails silently.
    const visible = isNote || this.server.kind === 'failed';
    if (visible) this.item.show();
    else this.item.hide();
    const note = isNote && document ? this.statuses.get(document.uri.toString()) : undefined;
    this.current = { visible, text: view.text, tooltip: view.tooltip, server: this.server, ...(note ? { note } : {}) };
    this.changed.fire(this.current);
  }

  private describe(document: vscode.TextDocument | undefined, isNote: boolean): { text: string; tooltip: string; command?: string; error?: boolean } {
    if (this.server.kind === 'failed') {
      return {
        text: '$(error) followup-lint: server not running',
        tooltip: `${this.server.reason}\nClick to open the output; run “followup-lint: Restart Server” to try again.`,
        command: SHOW_OUTPUT,
        error: true,
      };
    }
    if (this.server.kind === 'starting' || this.server.kind === 'restarting') {
      const verb = this.server.kind === 'starting' ? 'Starting' : 'Restarting';
      return { text: '$(loading~spin) followup-lint', tooltip: `${verb} the followup-lint server…`, command: SHOW_OUTPUT };
    }
    if (!document || !isNote) return { text: 'followup-lint', tooltip: 'followup-lint', command: SHOW_OUTPUT };
    if (!this.filter.isEnabled(document)) {
      return { text: '$(circle-slash) followup-lint: off', tooltip: 'Linting is turned off here (setting followupLint.enable).', command: SHOW_OUTPUT };
    }
    const warn = this.problem ? ' $(warning)' : '';
    const problemLine = this.problem ? `\n\nThe server reported a problem: ${this.problem}` : '';
    const status = this.statuses.get(document.uri.toString());
    if (!status) return { text: `$(loading~spin) followup-lint${warn}`, tooltip: `Linting this note…${problemLine}`, command: SHOW_OUTPUT };
    return {
      text: `${status.readyToSend ? '$(check)' : '$(error)'} ${status.wordCount}/${status.maxWords} words${warn}`,
      tooltip: describeNote(status) + problemLine,
      command: this.problem ? SHOW_OUTPUT : SHOW_PROBLEMS,
    };
  }
}

function describeNote(s: NoteStatus): string {
  const budget =
    s.wordCount > s.maxWords
      ? `${s.wordCount} words: ${s.wordCount - s.maxWords} over the budget of ${s.maxWords}.`
      : `${s.wordCount} of ${s.maxWords} words.`;
  const ready = s.readyToSend ? 'Ready to send: no errors.' : `Not ready to send: ${plural(s.errors, 'error')} to fix.`;
  const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.infos, 'info'), plural(s.hints, 'hint')].join(', ');
  return `${budget}\n${ready}\nFindings: ${counts}. Click to open Problems.`;
}

/** The server may spell a URI differently from VS Code (percent-encoding); compare them as VS Code prints them. */
function normalizeUri(uri: string): string {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
}
