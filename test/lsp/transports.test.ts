// Protocol tests: the other transports and the command line of the built server.
import { describe, expect, it, beforeAll } from 'vitest';
import { fork, spawnSync } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureServerBuilt, ROOT, SERVER } from './harness.js';
import { BAD_NOTE, expectedDiagnostic, libraryMessages } from './fixtures.js';

beforeAll(() => ensureServerBuilt());

describe('transports', () => {
  it('speaks LSP over Node IPC, as the VS Code client starts it', async () => {
    const child = fork(SERVER, ['--node-ipc'], { cwd: ROOT, silent: true });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    connection.listen();
    try {
      const init = await connection.sendRequest<{ serverInfo: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      expect(init.serverInfo).toEqual({ name: 'followup-lint-server' });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:ipc', languageId: 'markdown', version: 1, text: BAD_NOTE } });
      expect(await published).toEqual({ uri: 'untitled:ipc', version: 1, diagnostics: libraryMessages(BAD_NOTE).map((m) => expectedDiagnostic(BAD_NOTE, m)) });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('prints its usage and exits 2 without a transport', () => {
    const run = spawnSync(process.execPath, ['bin/followup-lint-server.js'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: followup-lint-server --stdio \| --node-ipc/);
  });

  it('prints its usage to stdout with --help', () => {
    const run = spawnSync(process.execPath, ['bin/followup-lint-server.js', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: followup-lint-server/);
  });
});
