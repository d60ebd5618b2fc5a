// Fault tests for the language server: the built binary (`dist/server.cjs --stdio`) keeps
// answering through malformed frames, odd requests, stale versions, an edit storm, a 5 MB
// document, bad settings and rc files, cancellation, and a long session of opens and closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import type { FollowupLintConfig } from '../../rules/index.js';
import { ensureServerBuilt, fileUri, Session } from '../lsp/harness.js';
import { BAD_NOTE, expectedDiagnostic, libraryMessages } from '../lsp/fixtures.js';
import { peakRssMb, rssMb } from './lsp-session.js';

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

  it('delivers a body that mentions Content-Length, even when it is cut just there', async () => {
    const uri = fileUri(path.join(dir, 'headers.md'));
    const text = `${BAD_NOTE}\nThe API answered with Content-Length: 12 and\r\n\r\nContent-Length: 7\n`;
    const bytes = Buffer.from(frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } })), 'utf8');
    const cut = bytes.lastIndexOf(Buffer.from('Content-Length: 7')) + 'Content-Length: 7'.length;
    await write(session, bytes.subarray(0, cut));
    await new Promise((r) => setTimeout(r, 20));
    await write(session, bytes.subarray(cut));
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

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe('odd requests', () => {
  let session: Session;
  let dir: string;

  beforeAll(async () => {
    ({ session, dir } = await start({ debounce: 0 }, 'odd'));
  });

  it('answers an unknown request with MethodNotFound and ignores unknown notifications', async () => {
    await expect(session.connection.sendRequest('followupLint/noSuchMethod', { x: 1 })).rejects.toMatchObject({ code: -32601 });
    await expect(session.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } })).rejects.toMatchObject({ code: -32601 });
    await expect(session.connection.sendRequest('$/noSuchRequest', {})).rejects.toMatchObject({ code: -32601 });
    await session.connection.sendNotification('followupLint/noSuchNotification', { x: 1 });
    await session.connection.sendNotification('$/noSuchNotification', null);
    // Notifications the server knows, with parameters that make no sense.
    await session.connection.sendNotification('textDocument/didOpen', {});
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never.md' } });
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'all of them' });
    await ping(session, dir);
  });

  it('survives malformed document notifications and keeps the document in sync afterwards', async () => {
    const odd = fileUri(path.join(dir, 'odd-text.md'));
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: odd, languageId: 'markdown', version: 1, text: 42 } });
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(path.join(dir, 'no-text.md')), languageId: 'markdown', version: 1 } });
    const uri = fileUri(path.join(dir, 'sync.md'));
    await session.open(uri, 'Hi Sam,\n\nThanks.\n');
    await session.diagnosticsFor(uri, 1);
    const change = (version: number, contentChanges: unknown): Promise<void> =>
      session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    await change(2, [{ range: { start: { line: -4, character: -1 }, end: { line: 99, character: 99 } }, text: 'x' }]);
    await change(3, [{ range: { start: { line: 2, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }]);
    await change(4, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
    await change(5, 'not a list');
    await change(6, [null]);
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'no version' }] });
    // A whole-text change puts the document right again, whatever happened before.
    await change(10, [{ text: BAD_NOTE }]);
    expect(await session.diagnosticsFor(uri, 10)).toEqual(expectedFor(BAD_NOTE));
    expect((await session.codeActions(uri, WHOLE)).length).toBeGreaterThan(0);
    expect(await session.codeActions(odd, WHOLE)).toEqual([]);
    await ping(session, dir);
  });

  it('answers requests about documents never opened without editing anything', async () => {
    const never = fileUri(path.join(dir, 'never-opened.md'));
    expect(await session.codeActions(never, WHOLE)).toEqual([]);
    expect(await session.codeActions(never, WHOLE, ['source.fixAll.followupLint'])).toEqual([]);
    expect(await session.executeCommand('followupLint.applyFixAll', [never, 1])).toEqual({ applied: false, fixed: 0, reason: 'The document is not open.' });
    expect(await session.executeCommand('followupLint.applyFixAll', [never])).toEqual({ applied: false, fixed: 0, reason: 'The document is not open.' });
    await expect(session.executeCommand('followupLint.applyFixAll', [])).rejects.toMatchObject({ code: -32602 });
    await expect(session.executeCommand('followupLint.openRuleDocs', ['no-such-rule'])).rejects.toMatchObject({ code: -32602 });
    // A code action whose range is missing is answered (with nothing), not fatal.
    await expect(session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: never }, context: { diagnostics: [] } })).resolves.toEqual([]);
    expect(session.applied).toEqual([]);
    await ping(session, dir);
  });
});

/** The version each edit of a code action names (every action's edits, flattened). */
const editVersions = (actions: CodeAction[]): Array<number | null> =>
  actions.flatMap((a) => (a.edit?.documentChanges ?? []).map((c) => (c as TextDocumentEdit).textDocument.version));

describe('out-of-order versions', () => {
  it('ignores an edit older than the text held and never publishes for a stale version', async () => {
    const { session, dir } = await start({ debounce: 0 }, 'versions');
    const uri = fileUri(path.join(dir, 'note.md'));
    const change = (version: number, text: string): Promise<void> =>
      session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    await session.open(uri, 'Hi Sam,\n\nThanks.\n');
    await session.diagnosticsFor(uri, 1);
    const newer = `${BAD_NOTE}\nI am so sorry, I really need this job.\n`;
    await change(5, newer);
    expect(await session.diagnosticsFor(uri, 5)).toEqual(expectedFor(newer));
    // A late, older edit (a client's bug): the server keeps version 5 and its text.
    await change(3, 'Hi Sam,\n\nStale text from version 3.\n');
    const actions = await session.codeActions(uri, WHOLE);
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(editVersions(actions))).toEqual(new Set([5]));
    const latest = `${BAD_NOTE}\nBest wishes.\n`;
    await change(6, latest);
    expect(await session.diagnosticsFor(uri, 6)).toEqual(expectedFor(latest));
    const versions = session.diagnostics.filter((d) => d.uri === uri).map((d) => d.version);
    expect(versions).not.toContain(3);
    expect(versions).toEqual([...versions].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });
});

/** The end of a text as an LSP position (the text's last line, past its last character). */
function endOf(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

describe('an edit storm', () => {
  it('settles on the diagnostics of the final text after 1000 rapid edits, with few publishes', async () => {
    // The editor's default debounce, as a writer typing would have it.
    const { session, dir } = await start({}, 'storm');
    const uri = fileUri(path.join(dir, 'storm.md'));
    let text = 'Hi Marcus,\n\n';
    await session.open(uri, text);
    await session.diagnosticsFor(uri, 1);
    const before = session.diagnostics.filter((d) => d.uri === uri).length;
    const source = BAD_NOTE.slice('Hi Marcus,\n\n'.length).repeat(3);
    let typed = 0;
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      const end = endOf(text);
      if (i % 10 === 9) {
        // A backspace.
        const from = { line: end.character > 0 ? end.line : end.line - 1, character: end.character > 0 ? end.character - 1 : (text.split('\n')[end.line - 1] ?? '').length };
        await session.change(uri, [{ range: { start: from, end }, text: '' }]);
        text = text.slice(0, -1);
        typed--;
      } else {
        const ch = source[typed++]!;
        await session.change(uri, [{ range: { start: end, end }, text: ch }]);
        text += ch;
      }
    }
    const sent = performance.now() - started;
    expect(await session.diagnosticsFor(uri, 1001)).toEqual(expectedFor(text));
    const settled = performance.now() - started;
    const publishes = session.diagnostics.filter((d) => d.uri === uri).length - before;
    console.log(`edit storm: 1000 edits sent in ${sent.toFixed(0)} ms; final diagnostics ${settled.toFixed(0)} ms after the first edit; ${publishes} publishes`);
    // Debounced: a storm sent faster than the debounce is linted a handful of times, not 1000.
    expect(publishes).toBeLessThanOrEqual(20);
    expect(publishes).toBeGreaterThanOrEqual(1);
  }, 60_000);
});

describe('a 5 MB document', () => {
  it('is capped without holding up a small note, which is linted and answered meanwhile', async () => {
    const { session, dir } = await start({ debounce: 0 }, 'big');
    const big = fileUri(path.join(dir, 'big.md'));
    const small = fileUri(path.join(dir, 'small.md'));
    const huge = `${BAD_NOTE}\n\n`.repeat(Math.ceil(5_200_000 / (BAD_NOTE.length + 2)));
    const started = performance.now();
    await session.open(big, huge);
    await session.open(small, BAD_NOTE);
    const edited = `${BAD_NOTE}I am so sorry, I really need this job.\n`;
    const version = await session.change(small, [{ range: { start: endOf(BAD_NOTE), end: endOf(BAD_NOTE) }, text: 'I am so sorry, I really need this job.\n' }]);
    expect(await session.diagnosticsFor(small, version)).toEqual(expectedFor(edited));
    const smallMs = performance.now() - started;
    const actions = await session.codeActions(small, WHOLE);
    expect(actions.length).toBeGreaterThan(0);
    const actionMs = performance.now() - started;
    // The big document gets one informational notice instead of minutes of linting.
    const published = await session.diagnosticsFor(big, 1);
    const bigMs = performance.now() - started;
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ severity: 3, code: 'too-large', source: 'followup-lint' });
    expect(published[0]!.message).toContain(`${huge.length} characters`);
    // Requests about the big document are answered at once, with nothing to do.
    expect(await session.codeActions(big, WHOLE)).toEqual([]);
    expect(await session.executeCommand('followupLint.applyFixAll', [big, 1])).toMatchObject({ applied: false, fixed: 0 });
    // An edit to it is answered with the notice for the new version.
    const bigVersion = await session.change(big, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    expect(await session.diagnosticsFor(big, bigVersion)).toMatchObject([{ code: 'too-large' }]);
    console.log(`5 MB document (${(huge.length / 1e6).toFixed(2)} M chars): small note's diagnostics after ${smallMs.toFixed(0)} ms, its code actions after ${actionMs.toFixed(0)} ms, the big one's notice after ${bigMs.toFixed(0)} ms`);
    await session.close(big);
    await ping(session, dir);
  }, 60_000);

  it('answers a small note while a large document below the cap is still being linted', async () => {
    const { session, dir } = await start({ debounce: 0 }, 'large');
    const large = fileUri(path.join(dir, 'large.md'));
    const small = fileUri(path.join(dir, 'small.md'));
    const text = `${BAD_NOTE}\n\n`.repeat(Math.ceil(400_000 / (BAD_NOTE.length + 2)));
    await session.open(large, text);
    const started = performance.now();
    await session.open(small, BAD_NOTE);
    expect(await session.diagnosticsFor(small, 1)).toEqual(expectedFor(BAD_NOTE));
    expect((await session.codeActions(small, WHOLE)).length).toBeGreaterThan(0);
    const answeredMs = performance.now() - started;
    // Linting 400,000 characters takes seconds; the small note did not wait for it.
    expect(session.diagnostics.some((d) => d.uri === large)).toBe(false);
    console.log(`400 kB document: the small note was linted and answered ${answeredMs.toFixed(0)} ms after opening, while the large one was still being linted`);
    // Closing the large document stops its lint; the server carries on.
    await session.close(large);
    await ping(session, dir);
  }, 60_000);
});

describe('invalid setting values', () => {
  it('says which setting is wrong, once, and lints with the defaults', async () => {
    const wrong = { enable: 'yes', run: 42, rules: 'all', maxWords: 'many', debounce: 'fast', languages: 'markdown' };
    const { session, dir } = await start(wrong, 'settings');
    const uri = fileUri(path.join(dir, 'note.md'));
    await session.open(uri, BAD_NOTE);
    expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(BAD_NOTE));
    for (const key of Object.keys(wrong)) {
      await session.waitUntil(() => session.errors.some((e) => e.includes(`followupLint.${key}`)), `a message about followupLint.${key}`);
    }
    // A second note with the same settings brings no second round of messages.
    const second = fileUri(path.join(dir, 'second.md'));
    await session.open(second, BAD_NOTE);
    expect(await session.diagnosticsFor(second, 1)).toEqual(expectedFor(BAD_NOTE));
    for (const key of Object.keys(wrong)) expect(session.errors.filter((e) => e.includes(`followupLint.${key} `))).toHaveLength(1);
    expect(session.errors.every((e) => e.includes('default') || e.includes('ignored'))).toBe(true);
    console.log(`invalid settings: ${session.errors.join(' | ')}`);

    // Values of the right type but out of range, and rule settings that do not validate.
    const cases: Array<Record<string, unknown>> = [
      { maxWords: 0, debounce: -1, languages: [1, 2] },
      { maxWords: 2.5, enable: null, run: 'sometimes' },
      { rules: { desperation: 'loud' } },
      { rules: { 'no-such-rule': 'error' } },
      { rules: { 'too-long': ['error', { maxWords: 'ten' }] } },
      JSON.parse('{"rules": {"__proto__": {"polluted": true}}}') as Record<string, unknown>,
      { debounce: 1e12 },
    ];
    for (const settings of cases) {
      session.settings = settings;
      const since = session.diagnostics.length;
      const errorsBefore = session.errors.length;
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(await session.diagnosticsFor(uri, 1, since)).toEqual(expectedFor(BAD_NOTE));
      await session.waitUntil(() => session.errors.length > errorsBefore, `a message for ${JSON.stringify(settings)}`);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('says so when the followupLint section is not an object at all', async () => {
    const { session, dir } = await start({}, 'settings-section');
    for (const section of ['markdown', 5, ['enable']]) {
      session.settings = section as unknown as Record<string, unknown>;
      const uri = fileUri(path.join(dir, `note-${String(section)}.md`));
      const errorsBefore = session.errors.length;
      // A settings change clears what was already said, so the same message may come again.
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await session.open(uri, BAD_NOTE);
      expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(BAD_NOTE));
      await session.waitUntil(() => session.errors.length > errorsBefore, `a message about the section ${JSON.stringify(section)}`);
      expect(session.errors.at(-1)).toContain('followupLint');
    }
  });
});

describe('broken rc files', () => {
  it('names the file, keeps the last good configuration, and recovers when repaired', async () => {
    const { session, dir } = await start({ debounce: 0 }, 'rc');
    const rc = path.join(dir, '.followuplintrc.json');
    const good: FollowupLintConfig = { rules: { desperation: 'error' } };
    writeFileSync(rc, JSON.stringify(good));
    const uri = fileUri(path.join(dir, 'note.md'));
    await session.open(uri, BAD_NOTE);
    expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(BAD_NOTE, good));
    const touched = (): Promise<void> => session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    const broken = ['{ "rules": { "desperation": ', '{"rules": {"desperation": "loud"}}', '[1, 2, 3]', '', '\u0000\u0001binary', '{"extends": "./other.json"}'];
    for (const content of broken) {
      writeFileSync(rc, content);
      const since = session.diagnostics.length;
      const errorsBefore = session.errors.length;
      await touched();
      const [notice, ...rest] = await session.diagnosticsFor(uri, 1, since);
      expect(notice, JSON.stringify(content)).toMatchObject({ severity: 2, code: 'config', source: 'followup-lint' });
      expect(notice!.message).toContain('.followuplintrc.json');
      expect(rest).toEqual(expectedFor(BAD_NOTE, good));
      await session.waitUntil(() => session.errors.slice(errorsBefore).some((e) => e.includes('.followuplintrc.json')), `a message naming the file for ${JSON.stringify(content)}`);
    }
    console.log(`broken rc: ${session.errors.filter((e) => e.includes('.followuplintrc.json')).join(' | ')}`);
    const repaired: FollowupLintConfig = { rules: { desperation: 'info' } };
    writeFileSync(rc, JSON.stringify(repaired));
    const since = session.diagnostics.length;
    await touched();
    expect(await session.diagnosticsFor(uri, 1, since)).toEqual(expectedFor(BAD_NOTE, repaired));
  });
});

describe('cancellation', () => {
  it('survives $/cancelRequest for requests in flight, answered or cancelled', async () => {
    const { session, dir } = await start({ debounce: 0 }, 'cancel');
    const uri = fileUri(path.join(dir, 'long.md'));
    const text = `${BAD_NOTE}\n\n`.repeat(40);
    await session.open(uri, text);
    await session.diagnosticsFor(uri, 1);
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const source = new CancellationTokenSource();
      const fixAll = session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: WHOLE, context: { diagnostics: [], only: ['source.fixAll.followupLint'] } }, source.token);
      const command = session.connection.sendRequest('workspace/executeCommand', { command: 'followupLint.applyFixAll', arguments: [uri, 1] }, source.token);
      source.cancel();
      for (const request of [fixAll, command]) {
        try {
          await request;
          outcomes.push('answered');
        } catch (error) {
          expect(error).toMatchObject({ code: -32800 });
          outcomes.push('cancelled');
        }
      }
    }
    // Cancelling what was never asked, or already answered, is harmless.
    await session.connection.sendNotification('$/cancelRequest', { id: 123_456 });
    await session.connection.sendNotification('$/cancelRequest', { id: 'nope' });
    await session.connection.sendNotification('$/cancelRequest', {});
    console.log(`cancellation: ${outcomes.filter((o) => o === 'answered').length} answered, ${outcomes.filter((o) => o === 'cancelled').length} cancelled`);
    await ping(session, dir);
    expect(session.child!.exitCode).toBeNull();
  });
});

describe('a long session', () => {
  // SERVER_FAULTS_NOTES=5000 makes a longer session locally.
  const notes = Number(process.env['SERVER_FAULTS_NOTES'] ?? 500);
  it(`keeps memory bounded across ${notes} notes opened, edited and closed`, async () => {
    const { session, dir } = await start({ debounce: 0 }, 'memory');
    const pid = session.child!.pid!;
    let earlyRss: number | undefined;
    const started = performance.now();
    for (let d = 0; d < notes; d++) {
      const uri = fileUri(path.join(dir, `note-${d}.md`));
      const text = `${BAD_NOTE}\nNote ${d}.\n`;
      await session.open(uri, text);
      await session.change(uri, [{ range: { start: endOf(text), end: endOf(text) }, text: `I am so sorry, I really need this job (${d}).\n` }]);
      const last = `${text}I am so sorry, I really need this job (${d}).\nThank you.\n`;
      const version = await session.change(uri, [{ text: last }]);
      await session.diagnosticsFor(uri, version, Math.max(0, session.diagnostics.length - 8));
      await session.close(uri);
      if (d === Math.floor(notes / 10) - 1) earlyRss = rssMb(pid);
      // The client's own record would otherwise be what grows.
      if (session.diagnostics.length > 1000) session.diagnostics.splice(0, session.diagnostics.length - 100);
      if (session.statuses.length > 1000) session.statuses.splice(0, session.statuses.length - 100);
    }
    // Settle: every close has been handled once a request sent after it is answered.
    await session.codeActions(fileUri(path.join(dir, 'never.md')), WHOLE);
    const endRss = rssMb(pid);
    const peak = peakRssMb(pid);
    const seconds = (performance.now() - started) / 1000;
    console.log(`long session: ${notes} notes (${notes * 3} versions) in ${seconds.toFixed(1)} s; RSS after ${Math.floor(notes / 10)} notes ${earlyRss?.toFixed(0)} MB, at the end ${endRss?.toFixed(0)} MB, peak ${peak?.toFixed(0)} MB`);
    if (endRss === undefined) return; // Not Linux: /proc is not there to read.
    expect(endRss).toBeLessThan(400);
    await ping(session, dir);
  }, 120_000);
});
