// Protocol tests: the exact edits of every quick fix, the disable-comment and docs actions,
// fix-all (code action and command), and versioned edits that stale versions cannot take.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { fixSync, lintSync, resolveConfig, type LintMessage } from '../../rules/index.js';
import { ensureServerBuilt, fileUri, Session } from './harness.js';
import { applyTextEdits, BAD_NOTE, expectedDiagnostic } from './fixtures.js';

let dir: string;
let session: Session;
const resolved = resolveConfig({});

beforeAll(async () => {
  ensureServerBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'followup-lsp-'));
  session = await Session.start({ folders: [dir], settings: { debounce: 0 } });
});

afterAll(async () => {
  await session?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function rangeOf(text: string, m: LintMessage) {
  const d = TextDocument.create('file:///x.md', 'markdown', 1, text);
  return { start: d.positionAt(m.startOffset), end: d.positionAt(m.endOffset) };
}

function versionedEdit(uri: string, version: number, text: string, edits: Array<{ start: number; end: number; text: string }>) {
  const d = TextDocument.create(uri, 'markdown', version, text);
  return {
    documentChanges: [
      {
        textDocument: { uri, version },
        edits: [...edits].sort((a, b) => a.start - b.start).map((e) => ({ range: { start: d.positionAt(e.start), end: d.positionAt(e.end) }, newText: e.text })),
      },
    ],
  };
}

function onlyEdits(action: CodeAction): TextDocumentEdit {
  return action.edit!.documentChanges![0] as TextDocumentEdit;
}

describe('quick fixes', () => {
  it('offers every rewrite of every finding with its exact edits, the first preferred', async () => {
    const uri = fileUri(path.join(dir, 'bad.md'));
    await session.open(uri, BAD_NOTE);
    await session.diagnosticsFor(uri, 1);
    const messages = lintSync(BAD_NOTE, { resolved }).messages;
    const withFixes = messages.filter((m) => m.fixes.length > 0);
    expect(withFixes.length).toBeGreaterThan(0);
    expect(withFixes.some((m) => m.fixes.length > 1)).toBe(true);
    for (const message of withFixes) {
      const range = rangeOf(BAD_NOTE, message);
      const actions = await session.codeActions(uri, range, ['quickfix']);
      const from = message.startOffset;
      const to = message.endOffset;
      const touching = messages.filter((m) => m.startOffset <= to && m.endOffset >= from);
      const expected = touching.flatMap((m) =>
        m.fixes.map((fix, i) => ({
          title: fix.label,
          kind: 'quickfix',
          diagnostics: [expectedDiagnostic(BAD_NOTE, m)],
          isPreferred: i === 0,
          edit: versionedEdit(uri, 1, BAD_NOTE, fix.edits),
        })),
      );
      expect(actions.filter((a) => a.isPreferred !== undefined)).toEqual(expected);
    }
  });

  it('offers disable comments for the paragraph and the file, and the rule docs', async () => {
    const uri = fileUri(path.join(dir, 'bad.md'));
    const message = lintSync(BAD_NOTE, { resolved }).messages.find((m) => m.ruleId === 'desperation')!;
    expect(message).toBeDefined();
    const actions = await session.codeActions(uri, rangeOf(BAD_NOTE, message), ['quickfix']);
    const diagnostic = expectedDiagnostic(BAD_NOTE, message);
    const others = actions.filter((a) => a.isPreferred === undefined && a.diagnostics?.[0]?.code === 'desperation');
    // The desperate sentence's paragraph is the third line of the note, a single line.
    expect(others).toEqual([
      {
        title: 'Disable desperation for this line',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- followup-lint ignore desperation -->\n' }] }] },
      },
      {
        title: 'Disable desperation for this file',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- followup-lint disable desperation -->\n\n' }] }] },
      },
      {
        title: 'Show documentation for desperation',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        command: { title: 'Show documentation for desperation', command: 'followupLint.openRuleDocs', arguments: ['desperation'] },
      },
    ]);
    // Each disable comment really silences the rule, and only it.
    for (const action of others.slice(0, 2)) {
      const after = applyTextEdits(BAD_NOTE, onlyEdits(action).edits);
      const left = lintSync(after, { resolved }).messages.map((m) => m.ruleId);
      expect(left).not.toContain('desperation');
      expect(left).toEqual(lintSync(BAD_NOTE, { resolved }).messages.map((m) => m.ruleId).filter((id) => id !== 'desperation'));
    }
  });

  it('puts a file-wide disable comment after front matter', async () => {
    const uri = fileUri(path.join(dir, 'front.md'));
    const text = `---\nto: Marcus\n---\n\n${BAD_NOTE}`;
    await session.open(uri, text);
    await session.diagnosticsFor(uri, 1);
    const message = lintSync(text, { resolved }).messages.find((m) => m.ruleId === 'desperation')!;
    const actions = await session.codeActions(uri, rangeOf(text, message), ['quickfix']);
    const file = actions.find((a) => a.title === 'Disable desperation for this file')!;
    expect(onlyEdits(file).edits).toEqual([{ range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, newText: '\n<!-- followup-lint disable desperation -->' }]);
    const after = applyTextEdits(text, onlyEdits(file).edits);
    expect(after.startsWith('---\nto: Marcus\n---\n<!-- followup-lint disable desperation -->\n\nHi Marcus,')).toBe(true);
    expect(lintSync(after, { resolved }).messages.map((m) => m.ruleId)).not.toContain('desperation');
  });

  it('opens rule documentation through window/showDocument', async () => {
    const result = await session.executeCommand('followupLint.openRuleDocs', ['desperation']);
    expect(result).toEqual({ uri: 'https://github.com/followup-lint/followup-lint/blob/main/docs/rules/desperation.md' });
    expect(session.shownDocuments).toEqual([{ uri: 'https://github.com/followup-lint/followup-lint/blob/main/docs/rules/desperation.md', external: true }]);
    await expect(session.executeCommand('followupLint.openRuleDocs', ['no-such-rule'])).rejects.toThrow(/rule id/);
  });
});

describe('fix-all', () => {
  it('offers source.fixAll.followupLint with the same result as --fix', async () => {
    const uri = fileUri(path.join(dir, 'bad.md'));
    const expected = fixSync(BAD_NOTE, { resolved }).output;
    expect(expected).not.toBe(BAD_NOTE);
    const actions = await session.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(actions).toHaveLength(1);
    const [action] = actions;
    expect({ ...action, edit: undefined }).toEqual({ title: 'Fix all safe followup-lint problems', kind: 'source.fixAll.followupLint', edit: undefined });
    expect(onlyEdits(action!).textDocument).toEqual({ uri, version: 1 });
    expect(applyTextEdits(BAD_NOTE, onlyEdits(action!).edits)).toBe(expected);
  });

  it('is not computed for ordinary quick-fix requests', async () => {
    const uri = fileUri(path.join(dir, 'bad.md'));
    const actions = await session.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['quickfix']);
    expect(actions.some((a) => a.kind === 'source.fixAll.followupLint')).toBe(false);
  });

  it('applies through followupLint.applyFixAll with a versioned workspace/applyEdit', async () => {
    const uri = fileUri(path.join(dir, 'fixall.md'));
    await session.open(uri, BAD_NOTE);
    await session.diagnosticsFor(uri, 1);
    const before = session.applied.length;
    const result = await session.executeCommand('followupLint.applyFixAll', [uri, 1]);
    const { fixed, output } = fixSync(BAD_NOTE, { resolved });
    expect(result).toEqual({ applied: true, fixed });
    const sent = session.applied.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.label).toBe('Fix all safe followup-lint problems');
    const change = sent[0]!.edit.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri, version: 1 });
    expect(applyTextEdits(BAD_NOTE, change.edits)).toBe(output);
  });
});

describe('versioned edits', () => {
  it('computes actions for the version they were asked for, never a later one', async () => {
    const uri = fileUri(path.join(dir, 'versions.md'));
    await session.open(uri, BAD_NOTE);
    await session.diagnosticsFor(uri, 1);
    const v1 = lintSync(BAD_NOTE, { resolved }).messages.find((m) => m.ruleId === 'desperation')!;
    const asked = session.codeActions(uri, rangeOf(BAD_NOTE, v1), ['quickfix']);
    // The writer types before the answer arrives.
    const v2text = `Hello again.\n\n${BAD_NOTE}`;
    const v2 = await session.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Hello again.\n\n' }]);
    const actions = await asked;
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions.filter((x) => x.edit)) expect(onlyEdits(a).textDocument.version).toBe(1);

    // Asked again, the actions name version 2 and follow the shifted text.
    await session.diagnosticsFor(uri, v2);
    const m2 = lintSync(v2text, { resolved }).messages.find((m) => m.ruleId === 'desperation')!;
    const again = await session.codeActions(uri, rangeOf(v2text, m2), ['quickfix']);
    const preferred = again.find((a) => a.isPreferred && a.diagnostics?.[0]?.code === 'desperation')!;
    expect(preferred.edit).toEqual(versionedEdit(uri, v2, v2text, m2.fixes[0]!.edits));
  });

  it('refuses applyFixAll for a version that is no longer current', async () => {
    const uri = fileUri(path.join(dir, 'versions.md'));
    const before = session.applied.length;
    const result = await session.executeCommand('followupLint.applyFixAll', [uri, 1]);
    expect(result).toEqual({ applied: false, fixed: 0, reason: 'The document changed since version 1; nothing was applied.' });
    expect(session.applied.length).toBe(before);
  });

  it('never publishes diagnostics for a version older than one already published', async () => {
    const uri = fileUri(path.join(dir, 'storm.md'));
    await session.open(uri, 'Hi Marcus,\n\n');
    let version = 1;
    // A burst of edits, each adding a word; only the last version must end up published last.
    for (let i = 0; i < 50; i++) {
      version = await session.change(uri, [{ range: { start: { line: 2, character: i * 5 }, end: { line: 2, character: i * 5 } }, text: 'word ' }]);
    }
    await session.diagnosticsFor(uri, version);
    const versions = session.diagnostics.filter((d) => d.uri === uri).map((d) => d.version!);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(versions[versions.length - 1]).toBe(version);
  });
});
