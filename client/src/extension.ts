// The followup-lint VS Code extension: starts the bundled language server for notes and shows their status.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import type { NoteStatus } from './protocol';
import { ServerHandle } from './server';
import { NoteStatusBar, type StatusSnapshot } from './status';

/** What `activate` returns; the editor tests read the extension's state through it. */
export interface FollowupLintApi {
  /** Resolves when the server runs; rejects when it could not start (the status bar says why). */
  ready(): Promise<void>;
  /** What the status bar shows now. */
  statusBar(): StatusSnapshot;
  /** Fires whenever the status bar changes. */
  onDidChangeStatus: vscode.Event<StatusSnapshot>;
  /** The last status the server sent for a document. */
  noteStatus(uri: vscode.Uri): NoteStatus | undefined;
}

const SECTION = 'followupLint';

let current: ServerHandle | undefined;

function languages(): string[] {
  const value = vscode.workspace.getConfiguration(SECTION).get<unknown>('languages');
  return Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length > 0 ? value : ['markdown'];
}

function isNote(document: vscode.TextDocument): boolean {
  return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && languages().includes(document.languageId);
}

function isEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration(SECTION, document).get<boolean>('enable', true);
}

export function activate(context: vscode.ExtensionContext): FollowupLintApi {
  const output = vscode.window.createOutputChannel('followup-lint', { log: true });
  const statusBar = new NoteStatusBar({ isNote, isEnabled });
  const shownProblems = new Set<string>();
  // The server re-reports a problem that remains after a configuration change; forget the old ones.
  const forgetProblems = (): void => {
    shownProblems.clear();
    statusBar.setProblem(undefined);
  };
  const server = new ServerHandle(context.asAbsolutePath('out/server.cjs'), output, {
    state: (state) => statusBar.setServer(state),
    status: (status) => statusBar.update(status),
    problem: (message) => {
      statusBar.setProblem(message);
      // Each distinct problem is announced once; the status bar keeps showing it.
      if (shownProblems.has(message)) return;
      shownProblems.add(message);
      output.warn(message);
      void vscode.window.showWarningMessage(`followup-lint: ${message}`, 'Show Output').then((choice) => {
        if (choice) output.show(true);
      });
    },
    configFileChanged: forgetProblems,
  }, languages);
  current = server;

  const updateContext = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'followupLint.activeNote', document !== undefined && isNote(document));
  };
  updateContext();

  context.subscriptions.push(
    output,
    statusBar,
    server,
    ...registerCommands({ server, output, extensionUri: context.extensionUri, isNote }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.languages`)) {
        // The document selector is fixed when a client starts, so new languages need a new client.
        output.info('followupLint.languages changed; restarting the server.');
        void server.restart().catch(() => undefined);
        updateContext();
      }
      if (event.affectsConfiguration(SECTION)) {
        forgetProblems();
        statusBar.refresh();
      }
    }),
  );

  const started = server.start();
  // A failure is already on the status bar and in the output; activation itself succeeds.
  started.catch(() => undefined);

  return {
    ready: () => server.ready(),
    statusBar: () => statusBar.snapshot(),
    onDidChangeStatus: statusBar.onDidChange,
    noteStatus: (uri) => statusBar.status(uri),
  };
}

/** Lets VS Code wait for the server to shut down cleanly. */
export function deactivate(): Promise<void> | undefined {
  return current?.stop();
}
