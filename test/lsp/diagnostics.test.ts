// Protocol tests: the built server publishes exact diagnostics and status for notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureServerBuilt, fileUri, Session } from './harness.js';
import { expectedDiagnostic, libraryMessages, LONG_NOTE } from './fixtures.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintSync, resolveConfig } from '../../rules/index.js';

let dir: string;
let session: Session;

beforeAll(async () => {
  ensureServerBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'followup-lsp-'));
  session = await Session.start({ folders: [dir], settings: { maxWords: 40, debounce: 0 } });
});

afterAll(async () => {
  await session?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('initialize', () => {
  it('announces incremental sync, code action kinds and the contract commands', () => {
    expect(session.initializeResult).toEqual({
      capabilities: {
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.followupLint'] },
        executeCommandProvider: { commands: ['followupLint.applyFixAll', 'followupLint.lintWorkspace', 'followupLint.openRuleDocs'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'followup-lint-server' },
    });
  });

  it('registers for setting changes and for rc-file and package.json changes', async () => {
    await session.waitUntil(() => session.registrations.length >= 2, 'registrations');
    const registrations = session.registrations.flatMap((r) => (r as { registrations: Array<{ method: string; registerOptions: unknown }> }).registrations);
    expect(registrations.map(({ method, registerOptions }) => ({ method, registerOptions }))).toEqual([
      { method: 'workspace/didChangeConfiguration', registerOptions: { section: 'followupLint' } },
      { method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers: [{ globPattern: '**/.followuplintrc.json' }, { globPattern: '**/package.json' }] } },
    ]);
  });
});

describe('diagnostics', () => {
  it('publishes the findings of a bad note, versioned, with code, docs link, source and severity', async () => {
    const uri = fileUri(path.join(dir, 'long.md'));
    await session.open(uri, LONG_NOTE);
    const diagnostics = await session.diagnosticsFor(uri, 1);
    const messages = libraryMessages(LONG_NOTE, { rules: { 'too-long': ['warn', { maxWords: 40 }] } });
    expect(messages.some((m) => m.ruleId === 'too-long')).toBe(true);
    expect(diagnostics).toEqual(messages.map((m) => expectedDiagnostic(LONG_NOTE, m)));
    const tooLong = diagnostics.find((d) => d.code === 'too-long')!;
    expect(tooLong).toMatchObject({
      severity: 2,
      source: 'followup-lint',
      codeDescription: { href: 'https://github.com/followup-lint/followup-lint/blob/main/docs/rules/too-long.md' },
    });
  });

  it('sends followupLint/status with the note figures after each lint', async () => {
    const uri = fileUri(path.join(dir, 'long.md'));
    await session.waitUntil(() => session.statuses.some((s) => s['uri'] === uri), 'status');
    const { stats } = lintSync(LONG_NOTE, { resolved: resolveConfig({ rules: { 'too-long': ['warn', { maxWords: 40 }] } }) });
    expect(session.statuses.find((s) => s['uri'] === uri)).toEqual({ uri, version: 1, ...stats });
    expect(stats.maxWords).toBe(40);
  });

  it('re-lints after an incremental edit and publishes for the new version', async () => {
    const uri = fileUri(path.join(dir, 'long.md'));
    // Cut the two long paragraphs: the note is then under budget.
    const lines = LONG_NOTE.split('\n');
    const version = await session.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 5, character: 0 } }, text: '' }]);
    const text = [...lines.slice(0, 2), ...lines.slice(5)].join('\n');
    const diagnostics = await session.diagnosticsFor(uri, version);
    expect(diagnostics).toEqual(libraryMessages(text, { rules: { 'too-long': ['warn', { maxWords: 40 }] } }).map((m) => expectedDiagnostic(text, m)));
    expect(diagnostics.some((d) => d.code === 'too-long')).toBe(false);
  });

  it('lints untitled documents and clears diagnostics when a document closes', async () => {
    const uri = 'untitled:Untitled-1';
    await session.open(uri, LONG_NOTE);
    const diagnostics = await session.diagnosticsFor(uri, 1);
    expect(diagnostics.map((d) => d.code)).toContain('too-long');
    const before = session.diagnostics.length;
    await session.close(uri);
    await session.waitUntil(() => session.diagnostics.slice(before).some((d) => d.uri === uri), 'cleared diagnostics');
    expect(session.diagnostics.slice(before).find((d) => d.uri === uri)).toEqual({ uri, diagnostics: [] });
  });

  it('ignores documents in languages not configured', async () => {
    const uri = fileUri(path.join(dir, 'notes.txt'));
    await session.open(uri, LONG_NOTE, 'plaintext');
    // The server answers with an empty set for a document it does not lint.
    await session.waitUntil(() => session.diagnostics.some((d) => d.uri === uri), 'diagnostics for plaintext');
    expect(session.diagnostics.filter((d) => d.uri === uri)).toEqual([{ uri, diagnostics: [] }]);
    expect(session.statuses.some((s) => s['uri'] === uri)).toBe(false);
  });
});

describe('settings', () => {
  it('lints other language ids when followupLint.languages lists them', async () => {
    const s = await Session.start({ folders: [dir], settings: { maxWords: 40, debounce: 0, languages: ['markdown', 'plaintext'] } });
    try {
      const uri = fileUri(path.join(dir, 'notes.txt'));
      await s.open(uri, LONG_NOTE, 'plaintext');
      expect((await s.diagnosticsFor(uri, 1)).map((d) => d.code)).toContain('too-long');
    } finally {
      await s.stop();
    }
  });

  it('waits for a save when run is onSave', async () => {
    const s = await Session.start({ folders: [dir], settings: { maxWords: 40, debounce: 0, run: 'onSave' } });
    try {
      const uri = fileUri(path.join(dir, 'saved.md'));
      await s.open(uri, 'Hi Marcus,\n\nThanks.\n');
      await s.diagnosticsFor(uri, 1);
      const version = await s.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } }, text: LONG_NOTE }]);
      // The typed version is not linted until the save; the save lints it.
      await s.save(uri);
      const diagnostics = await s.diagnosticsFor(uri, version);
      expect(diagnostics.map((d) => d.code)).toContain('too-long');
      expect(s.diagnostics.filter((d) => d.uri === uri).map((d) => d.version)).toEqual([1, version]);
    } finally {
      await s.stop();
    }
  });

  it('publishes at most followupLint.maxProblems findings, the most severe first, with a notice at the first left out', async () => {
    const settings = { debounce: 0, maxProblems: 6, rules: { badmouthing: 'error' } };
    const s = await Session.start({ folders: [dir], settings });
    try {
      const uri = fileUri(path.join(dir, 'many.md'));
      const paragraph = "I really need this job and I'm begging you to give me a chance. My last manager was an idiot who never listened.";
      const text = `Hi Marcus,\n\n${Array.from({ length: 4 }, () => paragraph).join('\n\n')}\n\nBest,\nPriya\n`;
      await s.open(uri, text);
      const diagnostics = await s.diagnosticsFor(uri, 1);
      const messages = libraryMessages(text, { rules: settings.rules as never });
      expect(messages.length).toBeGreaterThan(10);
      // All four errors, wherever they stand, then the two earliest warnings; in document order.
      const kept = messages.filter((m, i) => m.severity === 'error' || i < 2);
      expect(kept.map((m) => m.severity)).toEqual(['warn', 'warn', 'error', 'error', 'error', 'error']);
      const first = messages.find((m) => !kept.includes(m))!;
      const doc = TextDocument.create(uri, 'markdown', 1, text);
      expect(diagnostics).toEqual([
        ...kept.map((m) => expectedDiagnostic(text, m)),
        {
          range: { start: doc.positionAt(first.startOffset), end: doc.positionAt(first.endOffset) },
          severity: 3,
          code: 'too-many-findings',
          source: 'followup-lint',
          message: `${messages.length - 6} more findings are not shown, the first of them here: followupLint.maxProblems shows at most 6 a document, the most severe first (0 shows them all).`,
        },
      ]);
      // A finding left out still has its quick fixes, and the status counts every finding.
      const hidden = messages.filter((m) => !kept.includes(m) && m.fixes.length > 0).at(-1)!;
      const range = { start: doc.positionAt(hidden.startOffset), end: doc.positionAt(hidden.endOffset) };
      const actions = await s.codeActions(uri, range, ['quickfix']);
      expect(actions.some((a) => (a.diagnostics ?? []).some((d) => d.code === hidden.ruleId))).toBe(true);
      await s.waitUntil(() => s.statuses.some((st) => st['uri'] === uri), 'status');
      const { stats } = lintSync(text, { resolved: resolveConfig({ rules: settings.rules as never }) });
      expect(s.statuses.find((st) => st['uri'] === uri)).toEqual({ uri, version: 1, ...stats });
      // 0 publishes them all.
      s.settings.maxProblems = 0;
      const other = fileUri(path.join(dir, 'many-all.md'));
      await s.open(other, text);
      expect(await s.diagnosticsFor(other, 1)).toEqual(messages.map((m) => expectedDiagnostic(text, m)));
    } finally {
      await s.stop();
    }
  });

  it('publishes nothing when disabled', async () => {
    const s = await Session.start({ folders: [dir], settings: { enable: false } });
    try {
      const uri = fileUri(path.join(dir, 'off.md'));
      await s.open(uri, LONG_NOTE);
      await s.waitUntil(() => s.diagnostics.some((d) => d.uri === uri), 'diagnostics');
      expect(s.diagnostics).toEqual([{ uri, diagnostics: [] }]);
    } finally {
      await s.stop();
    }
  });
});
