// A minimal LSP client for protocol tests: spawns the built server over stdio, speaks
// JSON-RPC to it, answers its requests (settings, registrations, edits) and records what
// it sends, with waits that resolve on state, never on sleeps.
import { spawn, execFileSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  CodeAction,
  CodeActionParams,
  ConfigurationParams,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.cjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(SERVER).mtimeMs;
    return built >= Math.max(newestMtime(path.join(ROOT, 'server')), newestMtime(path.join(ROOT, 'rules')));
  } catch {
    return false;
  }
}

/** Build dist/server.cjs unless it is newer than every source; one test file builds at a time. */
export function ensureServerBuilt(): void {
  if (isFresh()) return;
  const lock = path.join(ROOT, 'dist', '.server-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for another test file to build the server');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!isFresh()) execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
}

/** The capabilities a modern editor announces, as far as this server reads them. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: { synchronization: { dynamicRegistration: false, didSave: true }, codeAction: {} },
  window: { showDocument: { support: true } },
};

/** Options for a test session. */
export interface SessionOptions {
  /** The `followupLint` settings answered to workspace/configuration (mutable between requests). */
  settings?: Record<string, unknown>;
  /** Workspace folders (absolute paths). */
  folders?: string[];
  capabilities?: ClientCapabilities;
  /** Whether to answer workspace/applyEdit with applied: true. */
  acceptEdits?: boolean;
}

type Waiter = { check: () => boolean; resolve: () => void };

/** One running server and the client side of its connection. */
export class Session {
  readonly connection: MessageConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly statuses: Array<Record<string, unknown>> = [];
  readonly errors: string[] = [];
  readonly applied: ApplyWorkspaceEditParams[] = [];
  readonly registrations: unknown[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly shownDocuments: unknown[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;
  initializeResult: InitializeResult | undefined;
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(
    input: NodeJS.ReadableStream,
    output: NodeJS.WritableStream,
    private readonly options: SessionOptions,
    readonly child?: ChildProcessWithoutNullStreams,
  ) {
    this.settings = options.settings ?? {};
    child?.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.record(() => this.diagnostics.push(p)));
    this.connection.onNotification('followupLint/status', (p: Record<string, unknown>) => this.record(() => this.statuses.push(p)));
    this.connection.onNotification('followupLint/error', (p: { message: string }) => this.record(() => this.errors.push(p.message)));
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('workspace/configuration', (p: ConfigurationParams) => {
      this.configurationRequests.push(p);
      return p.items.map((item) => (item.section === 'followupLint' ? this.settings : null));
    });
    this.connection.onRequest('client/registerCapability', (p: unknown) => {
      this.record(() => this.registrations.push(p));
      return null;
    });
    this.connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      this.record(() => this.applied.push(p));
      return { applied: this.options.acceptEdits ?? true };
    });
    this.connection.onRequest('window/showDocument', (p: unknown) => {
      this.shownDocuments.push(p);
      return { success: true };
    });
    this.connection.listen();
  }

  /** Start the built server and initialise it. */
  static start(options: SessionOptions = {}): Promise<Session> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    return new Session(child.stdout, child.stdin, options, child).initialize();
  }

  /** Talk to a server over the given streams (an in-process server in unit tests). */
  static attach(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: SessionOptions = {}): Promise<Session> {
    return new Session(input, output, options).initialize();
  }

  private async initialize(): Promise<Session> {
    const folders = (this.options.folders ?? []).map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) }));
    this.initializeResult = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length > 0 ? folders : null,
      capabilities: this.options.capabilities ?? FULL_CAPABILITIES,
    });
    await this.connection.sendNotification('initialized', {});
    return this;
  }

  private record(push: () => void): void {
    push();
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  /** Resolve once `check` holds (checked now and after every recorded message). */
  waitUntil(check: () => boolean, what = 'a condition', timeout = 20_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}`)), timeout);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** The next diagnostics published for `uri` with `version` (after `since` earlier ones). */
  async diagnosticsFor(uri: string, version: number, since = 0): Promise<Diagnostic[]> {
    const find = (): PublishDiagnosticsParams | undefined => this.diagnostics.slice(since).find((d) => d.uri === uri && d.version === version);
    await this.waitUntil(() => find() !== undefined, `diagnostics for ${uri} v${version}`);
    return find()!.diagnostics;
  }

  /** Open a document at version 1. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Send changes; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, only?: string[], diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
    const params: CodeActionParams = { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } };
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', params);
  }

  executeCommand<T>(command: string, args: unknown[]): Promise<T> {
    return this.connection.sendRequest<T>('workspace/executeCommand', { command, arguments: args });
  }

  /** Shut the server down politely and wait for it to exit. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child) {
      await this.connection.sendRequest('shutdown');
      this.connection.dispose();
      return null;
    }
    const exited = new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** A `file:` URI for a path. */
export function fileUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/**
 * A server started in this process on a pair of streams (`start` is startServer with a job
 * runner of the test's own), and a session talking to it; `stop` ends both sides.
 */
export async function inProcess(start: (connection: Connection) => void, options: SessionOptions = {}): Promise<{ session: Session; stop(): Promise<void> }> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  start(connection);
  connection.listen();
  const session = await Session.attach(toClient, toServer, options);
  return {
    session,
    async stop() {
      await session.stop();
      connection.dispose();
    },
  };
}
