// Fault tests for the language server: the built binary (`dist/server.cjs --stdio`) keeps
// answering through malformed frames, odd requests, stale versions, an edit storm, a 5 MB
// document, bad settings and rc files, cancellation, and a long session of opens and closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { FollowupLintConfig } from '../../rules/index.js';
import { ensureServerBuilt, fileUri, Session } from '../lsp/harness.js';
import { BAD_NOTE, expectedDiagnostic, libraryMessages } from '../lsp/fixtures.js';

let root: string;
const sessions: Session[] = [];

beforeAll(() => {
  ensureServerBuilt();
  root = mkdtempSync(path.join(tmpdir(), 'followup-server-faults-'));
}, 120_000);

afterAll(async () => {
  for (const s of sessions) if (s.child && s.child.exitCode === null) await s.stop().catch(() => s.child?.kill('SIGKILL'));
  rmSync(root, { recursive: true, force: true });
});

async function start(settings: Record<string, unknown> = { debounce: 0 }, folder = 'w'): Promise<{ session: Session; dir: string }> {
  const dir = path.join(root, folder);
  mkdirSync(dir, { recursive: true });
  const session = await Session.start({ folders: [dir], settings });
  sessions.push(session);
  return { session, dir };
}

const expectedFor = (text: string, config: FollowupLintConfig = {}): Diagnostic[] =>
  libraryMessages(text, config).map((m) => expectedDiagnostic(text, m));

let pings = 0;
/** The server still lints: a fresh note gets exactly the library's findings. */
async function ping(session: Session, dir: string): Promise<void> {
  const uri = fileUri(path.join(dir, `ping-${pings++}.md`));
  await session.open(uri, BAD_NOTE);
  expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(BAD_NOTE));
  await session.close(uri);
}

/** One JSON-RPC frame, as an editor writes it. */
const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;

/** Watches the server's raw output for answers to requests the test wrote by hand (string ids). */
class RawReplies {
  private readonly seen = new Set<string>();
  private readonly waiters = new Map<string, () => void>();
  private tail = '';
  private next = 0;

  constructor(session: Session) {
    session.child!.stdout.on('data', (chunk: Buffer) => {
      const text = this.tail + chunk.toString('latin1');
      for (const m of text.matchAll(/"id":"(raw-\d+)"/g)) {
        this.seen.add(m[1]!);
        this.waiters.get(m[1]!)?.();
      }
      this.tail = text.slice(-64);
    });
  }

  /** A request frame (a code action for a note never opened) and its id. */
  request(): { id: string; body: string } {
    const id = `raw-${this.next++}`;
    const params = { textDocument: { uri: 'file:///never/opened.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } };
    return { id, body: JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/codeAction', params }) };
  }

  /** Resolves when the server has answered `id`; rejects after `timeout` ms. */
  answered(id: string, timeout = 15_000): Promise<void> {
    if (this.seen.has(id)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${id}`)), timeout);
      this.waiters.set(id, () => (clearTimeout(timer), resolve()));
    });
  }
}

const write = (session: Session, data: string | Buffer): Promise<void> =>
  new Promise((resolve, reject) => session.child!.stdin.write(data, (error) => (error ? reject(error) : resolve())));

describe('malformed JSON-RPC frames', () => {
  let session: Session;
  let dir: string;
  let raw: RawReplies;

  beforeAll(async () => {
    ({ session, dir } = await start({ debounce: 0 }, 'frames'));
    raw = new RawReplies(session);
  });

  it('answers the request after a frame with a bad Content-Length', async () => {
    const bad = [
      'Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0","method":"x"}',
      'Content-Length: -5\r\n\r\n{"jsonrpc":"2.0","method":"x"}',
      'Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","method":"x"}',
      // Too short: the rest of the body is left over before the next header.
      'Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","method":"x"}',
      // Too long: the next frame would be swallowed as the rest of this body.
      'Content-Length: 100000\r\n\r\n{"jsonrpc":"2.0","method":"x"}',
    ];
    // A good frame alone is answered: the watcher sees answers.
    const good = raw.request();
    await write(session, frame(good.body));
    await raw.answered(good.id);
    for (const prefix of bad) {
      const { id, body } = raw.request();
      // The bad frame and a good one arrive in the same write, as they would from a buggy client.
      await write(session, prefix + frame(body));
      await raw.answered(id);
    }
    await ping(session, dir);
  });

  it('answers after a body that is not JSON, or JSON that is not a message', async () => {
    for (const body of ['{not json!!}', '[1, 2]', '"text"', 'null', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":7}', '\u00ff\u00fe']) {
      const { id, body: good } = raw.request();
      await write(session, frame(body) + frame(good));
      await raw.answered(id);
    }
    await ping(session, dir);
  });

  it('reassembles a frame split across writes, even inside a UTF-8 character', async () => {
    const uri = fileUri(path.join(dir, 'split.md'));
    const text = `${BAD_NOTE}\nThanks 😀 — é\n`;
    const bytes = Buffer.from(frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } })), 'utf8');
    const emoji = bytes.indexOf(Buffer.from('😀', 'utf8'));
    const cuts = [0, 7, 19, emoji + 2, bytes.length - 1, bytes.length];
    for (let i = 1; i < cuts.length; i++) {
      await write(session, bytes.subarray(cuts[i - 1], cuts[i]));
      // Give the pipe a moment so the pieces arrive as separate reads.
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(text));
  });

  it('skips garbage bytes between frames and answers every frame', async () => {
    const a = raw.request();
    const b = raw.request();
    const c = raw.request();
    const junk = Buffer.from([0, 0xff, 0xfe, 0x1b, 0x5b, 0x41, 0x0d, 0x0a]);
    await write(session, Buffer.concat([junk, Buffer.from(frame(a.body)), Buffer.from('garbage without a line end'), Buffer.from(frame(b.body)), Buffer.from('\r\n\r\nmore: junk\r\n\r\n'), Buffer.from(frame(c.body))]));
    await Promise.all([raw.answered(a.id), raw.answered(b.id), raw.answered(c.id)]);
    await ping(session, dir);
    expect(session.child!.exitCode).toBeNull();
  });
});

/** The exit code of a session's server, once it has exited. */
const exitCode = (session: Session): Promise<number | null> =>
  new Promise((resolve) => {
    const child = session.child!;
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('shutdown and exit', () => {
  it('exits 0 after shutdown and exit', async () => {
    const { session } = await start({ debounce: 0 }, 'exit-0');
    expect(await session.stop()).toBe(0);
  });

  it('exits 1 on exit without shutdown', async () => {
    const { session } = await start({ debounce: 0 }, 'exit-1');
    await session.connection.sendNotification('exit');
    expect(await exitCode(session)).toBe(1);
  });

  it('exits 1 when the editor closes the pipe without shutdown, 0 after shutdown', async () => {
    const { session: abrupt } = await start({ debounce: 0 }, 'eof-1');
    abrupt.child!.stdin.end();
    expect(await exitCode(abrupt)).toBe(1);
    const { session: polite } = await start({ debounce: 0 }, 'eof-0');
    await polite.connection.sendRequest('shutdown');
    polite.child!.stdin.end();
    expect(await exitCode(polite)).toBe(0);
  });
});
