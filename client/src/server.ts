// Starts, restarts and stops the bundled followup-lint server, and restarts it once if it dies.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type DocumentSelector,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ErrorNotification, StatusNotification, type NoteStatus } from './protocol';
import type { ServerState } from './status';

/** What the server's owner hears about it. */
export interface ServerEvents {
  state(state: ServerState): void;
  status(status: NoteStatus): void;
  problem(message: string): void;
  /** A configuration file changed; the server re-lints and re-reports problems that remain. */
  configFileChanged(): void;
}

/** Command ids this extension contributes and handles itself; a server command of the same id is not registered again. */
export const CLIENT_COMMANDS = new Set([
  'followupLint.fixAll',
  'followupLint.lintWorkspace',
  'followupLint.showOutput',
  'followupLint.restartServer',
  'followupLint.showRuleDocs',
  // The server's "Show documentation" action: in VS Code the page shipped with the extension opens instead of the web.
  'followupLint.openRuleDocs',
]);

/** The documents the server lints: files and unsaved editors of the configured languages. */
export function documentSelector(languages: readonly string[]): DocumentSelector {
  return languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
  ]);
}

/**
 * Restarts a server that died once, then gives up and says so: a server that crashes on
 * every start would otherwise restart forever and fill the output with the same failure.
 */
class RestartOnce implements ErrorHandler {
  private restarted = false;

  constructor(private readonly onGiveUp: (reason: string) => void, private readonly onRestart: () => void) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few malformed messages are survivable; a stream of them means the connection is broken.
    return { action: (count ?? 1) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    if (!this.restarted) {
      this.restarted = true;
      this.onRestart();
      return { action: CloseAction.Restart, message: 'The followup-lint server stopped unexpectedly; restarting it once.' };
    }
    const reason = 'The followup-lint server stopped again and will not be restarted. See the output, then run “followup-lint: Restart Server”.';
    this.onGiveUp(reason);
    return { action: CloseAction.DoNotRestart, message: reason };
  }
}

/** Owns one language client at a time; `restart` replaces it (a new document selector needs a new client). */
export class ServerHandle implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private restarting: Promise<void> | undefined;
  private failed: string | undefined;
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/{.followuplintrc.json,package.json}');

  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly serverModule: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly events: ServerEvents,
    private readonly languages: () => readonly string[],
  ) {
    const changed = (): void => events.configFileChanged();
    this.subscriptions = [this.watcher.onDidChange(changed), this.watcher.onDidCreate(changed), this.watcher.onDidDelete(changed)];
  }

  /** Starts the server; resolves when it runs, rejects (after reporting it) when it could not start or gave up. */
  start(): Promise<void> {
    this.starting ??= this.launch();
    return this.starting;
  }

  /** Stops the current server and starts a fresh one, forgetting an earlier failure. */
  async restart(): Promise<void> {
    this.events.state({ kind: 'restarting' });
    const restarting = this.stop().then(() => this.start());
    this.restarting = restarting;
    try {
      await restarting;
    } finally {
      if (this.restarting === restarting) this.restarting = undefined;
    }
  }

  /** Resolves when the server runs (waiting out a restart in progress); rejects when it could not start. */
  ready(): Promise<void> {
    return this.restarting ?? this.start();
  }

  /** The running client, or an error that says why there is none. */
  running(): LanguageClient {
    if (this.client?.isRunning()) return this.client;
    throw new Error(this.failed ?? 'The followup-lint server is not running yet.');
  }

  /** Runs a server command through `workspace/executeCommand`. */
  async execute<R>(command: string, args: unknown[]): Promise<R> {
    return (await this.running().sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as R;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    this.failed = undefined;
    if (client?.needsStop()) await client.stop().catch((error: unknown) => this.output.error(`Stopping the server failed: ${String(error)}`));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.watcher.dispose();
    void this.stop();
  }

  private async launch(): Promise<void> {
    this.events.state({ kind: 'starting' });
    const fail = (reason: string): void => {
      this.failed = reason;
      this.output.error(reason);
      this.events.state({ kind: 'failed', reason });
      // Stays failed (start() rejects) until an explicit restart: no silent retries.
      const failed = Promise.reject(new Error(reason));
      failed.catch(() => undefined);
      this.starting = failed;
    };
    const module = { module: this.serverModule, transport: TransportKind.ipc };
    const serverOptions: ServerOptions = {
      run: module,
      debug: { ...module, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.languages()),
      outputChannel: this.output,
      synchronize: {
        // The server pulls `followupLint.*` per document; this only tells it when to pull again.
        configurationSection: 'followupLint',
        // Editing a config file re-lints the open notes, as the CLI would see them.
        fileEvents: this.watcher,
      },
      errorHandler: new RestartOnce(fail, () => this.events.state({ kind: 'restarting' })),
      initializationFailedHandler: (error) => {
        fail(`The followup-lint server failed to initialize: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
    };
    const client = new LanguageClient('followupLint', 'followup-lint', serverOptions, clientOptions);
    this.client = client;
    skipServerCommandsWeOwn(client);
    client.onNotification(StatusNotification, (status) => this.events.status(status));
    client.onNotification(ErrorNotification, ({ message }) => this.events.problem(message));
    client.onDidChangeState(({ newState }) => {
      // After a restart-once the client comes back by itself; say so when it does.
      if (newState === State.Running && this.client === client) this.events.state({ kind: 'running' });
    });
    try {
      await client.start();
      this.failed = undefined;
      this.events.state({ kind: 'running' });
    } catch (error) {
      if (this.client === client && !this.failed) {
        fail(`The followup-lint server could not start: ${error instanceof Error ? error.message : String(error)}`);
      }
      throw error;
    }
  }
}

/**
 * VS Code allows one handler per command id. The client registers every command the server
 * lists in `executeCommandProvider`; for the ids this extension contributes itself
 * (`followupLint.lintWorkspace`, …) that would collide, so those are left to the extension,
 * which sends `workspace/executeCommand` itself.
 */
function skipServerCommandsWeOwn(client: LanguageClient): void {
  const feature = client.getFeature(ExecuteCommandRequest.method);
  const register = feature.register.bind(feature);
  feature.register = (data) => {
    const commands = (data.registerOptions.commands ?? []).filter((id) => !CLIENT_COMMANDS.has(id));
    register({ ...data, registerOptions: { ...data.registerOptions, commands } });
  };
}
