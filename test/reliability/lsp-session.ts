// Drives the built language server (dist/server.cjs) over stdio like an editor would: a long
// session of opens, edits and closes, sampling the server process's peak memory (VmHWM).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from './cli-harness.js';


/** The bundled server editors start. */
export const SERVER = path.join(ROOT, 'dist/server.cjs');

/** A running server and a JSON-RPC connection to it. */
export interface ServerProcess {
  child: ChildProcess;
  connection: MessageConnection;
  /** Everything the server wrote to standard error. */
  stderr(): string;
  /** Shut down politely, then make sure the process is gone. */
  stop(): Promise<void>;
}

/** Start the server over stdio (with extra node arguments, e.g. a preload) and initialize it. */
export async function startServer(nodeArgs: readonly string[] = [], rootDir = ROOT): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  // The server asks for settings; answer like an editor with none set.
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  const rootUri = `file://${rootDir}`;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'root' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
  });
  await connection.sendNotification('initialized', {});
  return {
    child,
    connection,
    stderr: () => stderr,
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
        await connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
      await new Promise((r) => setTimeout(r, 200));
      connection.dispose();
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** A memory figure of a process from /proc (Linux only; undefined elsewhere), in MB. */
function procMemoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The peak resident memory of a process so far, in MB. */
export const peakRssMb = (pid: number): number | undefined => procMemoryMb(pid, 'VmHWM');

/** The current resident memory of a process, in MB. */
export const rssMb = (pid: number): number | undefined => procMemoryMb(pid, 'VmRSS');

/** What a long editing session measured. */
export interface SessionFigures {
  documents: number;
  edits: number;
  /** Documents whose diagnostics for the last edit arrived before they were closed. */
  linted: number;
  /** Peak RSS after the first tenth of the session, and at its end (MB). */
  earlyPeakMb: number | undefined;
  peakMb: number | undefined;
  /** Resident memory at the end, after every document was closed (MB). */
  endRssMb: number | undefined;
  alive: boolean;
}

/**
 * A long session: `documents` notes opened one after another, each edited `editsPerDoc`
 * times (typing a sentence, deleting it), then closed; diagnostics awaited along the way.
 */
export async function editingSession(server: ServerProcess, sample: string, documents: number, editsPerDoc: number): Promise<SessionFigures> {
  const pid = server.child.pid!;
  let earlyPeakMb: number | undefined;
  let edits = 0;
  let linted = 0;
  const waiting = new Map<string, () => void>();
  server.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    waiting.get(p.uri)?.();
    waiting.delete(p.uri);
  });
  for (let d = 0; d < documents; d++) {
    const uri = `file:///session/note-${d}.md`;
    let text = `${sample}\n\nNote ${d}.\n`;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    let published: Promise<boolean> = Promise.resolve(false);
    for (let e = 0; e < editsPerDoc; e++) {
      text = e % 2 === 0 ? `${text}I am so sorry, I really need this job (${d}.${e}).\n` : text.slice(0, text.lastIndexOf('I am so sorry'));
      // Diagnostics for the last version must arrive before the note is closed: the server really lints.
      if (e === editsPerDoc - 1) published = new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), 10_000);
        waiting.set(uri, () => (clearTimeout(timer), resolve(true)));
      });
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: e + 2 }, contentChanges: [{ text }] });
      edits++;
    }
    if (await published) linted++;
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    if (d === Math.floor(documents / 10)) earlyPeakMb = peakRssMb(pid);
  }
  return { documents, edits, linted, earlyPeakMb, peakMb: peakRssMb(pid), endRssMb: rssMb(pid), alive: server.child.exitCode === null };
}
