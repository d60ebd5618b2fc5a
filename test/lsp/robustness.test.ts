// Protocol tests: the built server keeps answering through odd requests, odd documents and
// malformed frames; an in-process server turns engine and rule failures into one message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintSync, resolveConfig, type NoteStats } from '../../rules/index.js';
import { startServer } from '../../server/lsp/server.js';
import type { JobRunner } from '../../server/lsp/lint-pool.js';
import type { Job, JobResults } from '../../server/lsp/jobs.js';
import type { LintOutcome } from '../../server/lsp/findings.js';
import { ensureServerBuilt, fileUri, inProcess, Session } from './harness.js';
import { BAD_NOTE, expectedDiagnostic } from './fixtures.js';

let dir: string;
let session: Session;

beforeAll(async () => {
  ensureServerBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'followup-lsp-robust-'));
  session = await Session.start({ folders: [dir], settings: { debounce: 0 } });
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

/** What the server should publish for a text: the library's findings, or one error notice. */
function expectedFor(text: string) {
  try {
    return lintSync(text, { resolved: resolveConfig({}) }).messages.map((m) => expectedDiagnostic(text, m));
  } catch (error) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        code: 'internal-error',
        source: 'followup-lint',
        message: `followup-lint could not lint this document: ${(error as Error).message}`,
      },
    ];
  }
}

const ping = async (): Promise<void> => {
  const uri = fileUri(path.join(dir, `ping-${Math.random()}.md`));
  await session.open(uri, BAD_NOTE);
  expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(BAD_NOTE));
};

describe('odd requests', () => {
  it('answers code actions for a document never opened with nothing', async () => {
    expect(await session.codeActions('file:///never/opened.md', { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } })).toEqual([]);
  });

  it('answers applyFixAll for a document never opened without editing', async () => {
    expect(await session.executeCommand('followupLint.applyFixAll', ['file:///never/opened.md', 1])).toEqual({ applied: false, fixed: 0, reason: 'The document is not open.' });
    await expect(session.executeCommand('followupLint.applyFixAll', [42])).rejects.toThrow(/takes \[uri, version\]/);
    await expect(session.executeCommand('followupLint.noSuchCommand', [])).rejects.toThrow(/Unknown command/);
  });

  it('rejects an unknown request method and ignores unknown notifications', async () => {
    await expect(session.connection.sendRequest('followupLint/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await session.connection.sendNotification('followupLint/noSuchNotification', { x: 1 });
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    await ping();
  });

  it('survives a malformed JSON-RPC frame', async () => {
    session.child!.stdin.write('Content-Length: 12\r\n\r\n{not json!!}');
    await ping();
  });
});

describe('odd documents', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['binary junk', Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('')],
    ['lone CR and BOM', '\ufeffHi Marcus,\r\rThanks.\r'],
    ['emoji and RTL', 'שלום 😀 Hi Marcus,\n\nמודה 👍🏽 thanks e\u0301.\n'],
  ];
  for (const [name, text] of cases) {
    it(`lints a document that is ${name}`, async () => {
      const uri = fileUri(path.join(dir, `${name.replace(/\W/g, '-')}.md`));
      await session.open(uri, text);
      expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(text));
    });
  }

  it('keeps answering other notes while a 1 MB single line is linted', async () => {
    const big = fileUri(path.join(dir, 'big.md'));
    const small = fileUri(path.join(dir, 'small.md'));
    const text = 'word '.repeat(200_000);
    await session.open(big, text);
    await session.open(small, BAD_NOTE);
    expect(await session.diagnosticsFor(small, 1)).toEqual(expectedFor(BAD_NOTE));
    // The big document still gets an answer of its own: its findings or one error notice.
    const published = await session.diagnosticsFor(big, 1);
    // The small note, opened after the big one, was answered first: it did not wait in line.
    const order = session.diagnostics.map((d) => d.uri);
    expect(order.indexOf(small)).toBeLessThan(order.indexOf(big));
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((d) => d.source === 'followup-lint')).toBe(true);
    await ping();
  }, 120_000);

  it('is still running at the end and exits cleanly on shutdown', async () => {
    expect(session.child!.exitCode).toBeNull();
    expect(await session.stop()).toBe(0);
  });
});

/** A runner that fails in the ways a broken rule or engine would. */
class FaultyRunner implements JobRunner {
  async run<J extends Job>(job: J): Promise<JobResults[J['kind']]> {
    if (job.kind !== 'lint') throw new Error('not used');
    if (job.text.includes('explode')) throw new Error('engine exploded');
    const stats: NoteStats = { wordCount: 1, maxWords: 200, errors: 0, warnings: 0, infos: 0, hints: 0, readyToSend: true };
    const outcome: LintOutcome = { findings: [], stats, ruleFailures: job.text.includes('rule') ? [{ ruleId: 'desperation', message: 'boom' }] : [] };
    return outcome as JobResults[J['kind']];
  }
  cancel(): void {}
  dispose(): void {}
}

describe('failures inside the server', () => {
  it('turns an engine exception into one diagnostic and one error notification, and carries on', async () => {
    const { session: s, stop } = await inProcess((connection) => startServer(connection, new FaultyRunner()), { settings: { debounce: 0 } });
    try {
      await s.open('untitled:a', 'please explode');
      expect(await s.diagnosticsFor('untitled:a', 1)).toEqual([
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 1,
          code: 'internal-error',
          source: 'followup-lint',
          message: 'followup-lint could not lint this document: engine exploded',
        },
      ]);
      await s.open('untitled:b', 'a rule fails here');
      expect(await s.diagnosticsFor('untitled:b', 1)).toEqual([]);
      await s.open('untitled:c', 'a rule fails here too');
      await s.diagnosticsFor('untitled:c', 1);
      // Each distinct failure is shown once, however many documents hit it.
      expect(s.errors).toEqual(['followup-lint could not lint this document: engine exploded', 'followup-lint: rule desperation failed and was skipped: boom']);
    } finally {
      await stop();
    }
  });
});
