// Protocol tests: settings pulled per document, setting changes and rc-file changes re-lint
// open notes, the rc file wins over settings, broken rc files keep the last good config,
// and each workspace folder of a multi-root workspace has its own configuration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RULE_IDS, type FollowupLintConfig, type RuleSetting } from '../../rules/index.js';
import { ensureServerBuilt, fileUri, Session } from './harness.js';
import { BAD_NOTE, expectedDiagnostic, libraryMessages } from './fixtures.js';

let root: string;
let session: Session;

beforeAll(() => {
  ensureServerBuilt();
  root = mkdtempSync(path.join(tmpdir(), 'followup-lsp-config-'));
});

afterAll(async () => {
  await session?.stop();
  rmSync(root, { recursive: true, force: true });
});

const expectedFor = (text: string, config: FollowupLintConfig) => libraryMessages(text, config).map((m) => expectedDiagnostic(text, m));

describe('configuration', () => {
  let dir: string;
  let uri: string;

  it('pulls the followupLint section for the document scope', async () => {
    dir = path.join(root, 'one');
    mkdirSync(dir);
    session = await Session.start({ folders: [dir], settings: { debounce: 0 } });
    uri = fileUri(path.join(dir, 'note.md'));
    await session.open(uri, BAD_NOTE);
    expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(BAD_NOTE, {}));
    expect(session.configurationRequests).toContainEqual({ items: [{ scopeUri: uri, section: 'followupLint' }] });
  });

  it('re-lints open notes when settings change', async () => {
    const off: FollowupLintConfig = { rules: { desperation: 'off', 'missing-thanks': 'hint' } };
    session.settings = { debounce: 0, rules: off.rules };
    const since = session.diagnostics.length;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const diagnostics = await session.diagnosticsFor(uri, 1, since);
    expect(diagnostics).toEqual(expectedFor(BAD_NOTE, off));
    expect(diagnostics.some((d) => d.code === 'desperation')).toBe(false);
    expect(diagnostics.find((d) => d.code === 'missing-thanks')?.severity).toBe(4);
  });

  it('re-lints when a .followuplintrc.json appears, and the file wins over settings', async () => {
    const rc: FollowupLintConfig = { rules: { desperation: 'error' } };
    writeFileSync(path.join(dir, '.followuplintrc.json'), JSON.stringify(rc));
    const since = session.diagnostics.length;
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, '.followuplintrc.json')), type: 1 }] });
    const diagnostics = await session.diagnosticsFor(uri, 1, since);
    // Settings (desperation off, missing-thanks hint) lie beneath the file (desperation error).
    const merged: FollowupLintConfig = { rules: { 'missing-thanks': 'hint', desperation: 'error' } };
    expect(diagnostics).toEqual(expectedFor(BAD_NOTE, merged));
    expect(diagnostics.find((d) => d.code === 'desperation')?.severity).toBe(1);
  });

  it('keeps the last good configuration when the rc file breaks, and says so once', async () => {
    writeFileSync(path.join(dir, '.followuplintrc.json'), '{ "rules": { "desperation": ');
    const since = session.diagnostics.length;
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, '.followuplintrc.json')), type: 2 }] });
    const diagnostics = await session.diagnosticsFor(uri, 1, since);
    const [first, ...rest] = diagnostics;
    expect(first).toMatchObject({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 2, code: 'config', source: 'followup-lint' });
    expect(first!.message).toContain('.followuplintrc.json: is not valid JSON');
    expect(rest).toEqual(expectedFor(BAD_NOTE, { rules: { 'missing-thanks': 'hint', desperation: 'error' } }));
    await session.waitUntil(() => session.errors.some((e) => e.includes('is not valid JSON')), 'followupLint/error');
    expect(session.errors.filter((e) => e.includes('is not valid JSON'))).toHaveLength(1);
  });

  it('recovers when the rc file is fixed', async () => {
    writeFileSync(path.join(dir, '.followuplintrc.json'), JSON.stringify({ rules: { desperation: 'info' } }));
    const since = session.diagnostics.length;
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, '.followuplintrc.json')), type: 2 }] });
    expect(await session.diagnosticsFor(uri, 1, since)).toEqual(expectedFor(BAD_NOTE, { rules: { 'missing-thanks': 'hint', desperation: 'info' } }));
  });

  it('reports an invalid setting once and lints with the default for it', async () => {
    session.settings = { debounce: 'soon', rules: { 'not-a-rule': 'error' } };
    const since = session.diagnostics.length;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(await session.diagnosticsFor(uri, 1, since)).toEqual(expectedFor(BAD_NOTE, { rules: { desperation: 'info' } }));
    await session.waitUntil(() => session.errors.some((e) => e.includes('followupLint.debounce')) && session.errors.some((e) => e.includes('not-a-rule')), 'setting errors');
  });

  it('honours the package.json key as the CLI does', async () => {
    const pkgDir = path.join(root, 'pkg');
    mkdirSync(pkgDir);
    writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify({ name: 'x', followupLint: { rules: { 'missing-thanks': 'off' } } }));
    const pkgUri = fileUri(path.join(pkgDir, 'n.md'));
    await session.open(pkgUri, BAD_NOTE);
    expect((await session.diagnosticsFor(pkgUri, 1)).map((d) => d.code)).not.toContain('missing-thanks');
  });
});

describe('multi-root workspaces', () => {
  it('gives each folder its own rc file and its own settings scope', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(path.join(a, '.followuplintrc.json'), JSON.stringify({ rules: { desperation: 'error' } }));
    writeFileSync(path.join(b, '.followuplintrc.json'), JSON.stringify({ rules: { desperation: 'off' } }));
    const s = await Session.start({ folders: [a, b], settings: { debounce: 0 } });
    try {
      const ua = fileUri(path.join(a, 'note.md'));
      const ub = fileUri(path.join(b, 'note.md'));
      await s.open(ua, BAD_NOTE);
      await s.open(ub, BAD_NOTE);
      expect(await s.diagnosticsFor(ua, 1)).toEqual(expectedFor(BAD_NOTE, { rules: { desperation: 'error' } }));
      expect(await s.diagnosticsFor(ub, 1)).toEqual(expectedFor(BAD_NOTE, { rules: { desperation: 'off' } }));
      const scopes = s.configurationRequests.flatMap((r) => r.items.map((i) => i.scopeUri));
      expect(scopes).toEqual(expect.arrayContaining([ua, ub]));
    } finally {
      await s.stop();
    }
  });

  it('lints the notes of every folder with followupLint.lintWorkspace, skipping ignored ones', async () => {
    const w = path.join(root, 'ws');
    mkdirSync(path.join(w, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(path.join(w, 'drafts'), { recursive: true });
    writeFileSync(path.join(w, 'one.md'), BAD_NOTE);
    writeFileSync(path.join(w, 'drafts', 'two.md'), BAD_NOTE);
    writeFileSync(path.join(w, 'skipped.md'), BAD_NOTE);
    writeFileSync(path.join(w, 'node_modules', 'pkg', 'README.md'), BAD_NOTE);
    writeFileSync(path.join(w, '.followuplintrc.json'), JSON.stringify({ ignores: ['skipped.md'] }));
    const s = await Session.start({ folders: [w], settings: { debounce: 0 } });
    try {
      const result = await s.executeCommand('followupLint.lintWorkspace', []);
      const perFile = libraryMessages(BAD_NOTE).length;
      expect(result).toEqual({ files: 2, problems: 2 * perFile });
      const uris = s.diagnostics.map((d) => d.uri).sort();
      expect(uris).toEqual([fileUri(path.join(w, 'drafts', 'two.md')), fileUri(path.join(w, 'one.md'))]);
      expect(s.diagnostics[0]!.diagnostics).toEqual(expectedFor(BAD_NOTE, {}));
    } finally {
      await s.stop();
    }
  });
});

describe('clients without workspace/configuration', () => {
  it('reads pushed settings from didChangeConfiguration', async () => {
    const dir = path.join(root, 'push');
    mkdirSync(dir);
    const s = await Session.start({ folders: [dir], capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
    try {
      const off: Record<string, RuleSetting> = Object.fromEntries(RULE_IDS.filter((id) => id !== 'desperation').map((id) => [id, 'off' as const]));
      await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: { followupLint: { debounce: 0, rules: off } } });
      const u = fileUri(path.join(dir, 'n.md'));
      await s.open(u, BAD_NOTE);
      expect(await s.diagnosticsFor(u, 1)).toEqual(expectedFor(BAD_NOTE, { rules: off }));
      expect(s.configurationRequests).toEqual([]);
      expect(s.registrations).toEqual([]);
    } finally {
      await s.stop();
    }
  });
});
