// --fix and --fix-dry-run on temporary copies, with a test-only rule whose fixes never change.
import { readFileSync, statSync, chmodSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { only, rc, runCli, tempTree } from './helpers.js';
import { readSourceFile, writeSourceFile, SourceError } from '../../server/cli/source-file.js';

vi.mock('../../rules/registry.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../rules/registry.js')>();
  const { fixtureRule } = await import('./fixture-rule.js');
  const RULES = [...actual.RULES, fixtureRule as unknown as (typeof actual.RULES)[number]];
  return { RULES, RULE_IDS: RULES.map((r) => r.meta.id), ruleById: (id: string) => RULES.find((r) => r.meta.id === id) };
});

const CONFIG = rc({ rules: only({ 'test-typo': 'warn' }) });

function project(files: Record<string, string | Buffer>): string {
  return tempTree({ '.followuplintrc.json': CONFIG, ...files });
}

const read = (cwd: string, name: string): Buffer => readFileSync(path.join(cwd, name));

describe('--fix', () => {
  it('applies safe fixes, writes the file and reports what is left', async () => {
    const cwd = project({ 'a.md': 'Dear Sam,\n\nI saw teh team and hope to recieve news.\n' });
    const run = await runCli(['--fix'], { cwd });
    expect(run.code).toBe(0);
    expect(read(cwd, 'a.md').toString()).toBe('Dear Sam,\n\nI saw the team and hope to receive news.\n');
    expect(run.stdout.split('\n')[0]).toBe('a.md (2 fixes applied)');
    expect(run.stdout).not.toMatch(/test-typo/);
  });

  it('keeps CRLF line endings, also in text a fix inserts', async () => {
    const cwd = project({ 'crlf.md': 'Dear Sam,\r\n\r\nI saw teh team.[[nl]]Thanks.\r\n' });
    await runCli(['--fix'], { cwd });
    expect(read(cwd, 'crlf.md').toString()).toBe('Dear Sam,\r\n\r\nI saw the team.\r\nThanks.\r\n');
  });

  it('keeps a UTF-8 byte order mark', async () => {
    const cwd = project({ 'bom.md': '\ufeffI saw teh team.\n' });
    await runCli(['--fix'], { cwd });
    expect(read(cwd, 'bom.md')).toEqual(Buffer.from('\ufeffI saw the team.\n', 'utf8'));
  });

  it('keeps UTF-16 encoding', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('I saw teh team.\n', 'utf16le')]);
    const cwd = project({ 'utf16.md': bytes });
    await runCli(['--fix'], { cwd });
    expect(read(cwd, 'utf16.md')).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('I saw the team.\n', 'utf16le')]));
  });

  it('keeps the file mode', async () => {
    const cwd = project({ 'mode.md': 'I saw teh team.\n' });
    chmodSync(path.join(cwd, 'mode.md'), 0o640);
    await runCli(['--fix'], { cwd });
    expect(statSync(path.join(cwd, 'mode.md')).mode & 0o777).toBe(0o640);
    expect(read(cwd, 'mode.md').toString()).toBe('I saw the team.\n');
  });

  it('never touches a file it does not change', async () => {
    const cwd = project({ 'clean.md': 'I saw the team.\n', 'dirty.md': 'I saw teh team.\n' });
    const clean = path.join(cwd, 'clean.md');
    const old = new Date('2001-02-03T04:05:06Z');
    utimesSync(clean, old, old);
    const before = statSync(clean);
    await runCli(['--fix'], { cwd });
    const after = statSync(clean);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
  });

  it('is idempotent', async () => {
    const cwd = project({ 'a.md': 'teh [[nl]] recieve teh\n' });
    await runCli(['--fix'], { cwd });
    const once = read(cwd, 'a.md');
    const second = await runCli(['--fix', '--format', 'json'], { cwd });
    expect(read(cwd, 'a.md')).toEqual(once);
    expect(JSON.parse(second.stdout)[0]).not.toHaveProperty('output');
  });

  it('does not write a file that changed on disk after it was read', async () => {
    const cwd = project({ 'a.md': 'I saw teh team.\n' });
    const file = path.join(cwd, 'a.md');
    const source = await readSourceFile(file);
    writeFileSync(file, 'Edited meanwhile.\n');
    await expect(writeSourceFile(file, source, 'I saw the team.\n')).rejects.toThrow(SourceError);
    await expect(writeSourceFile(file, source, 'I saw the team.\n')).rejects.toThrow('changed on disk while it was being fixed; not written (run again)');
    expect(readFileSync(file, 'utf8')).toBe('Edited meanwhile.\n');
  });

  it('inline comments switch the rule off and on', async () => {
    const cwd = project({ 'a.md': '<!-- followup-lint disable test-typo -->\n\nteh\n\n<!-- followup-lint enable test-typo -->\n\nteh\n' });
    const run = await runCli(['--format', 'json'], { cwd });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ line: number }> }>;
    expect(result!.messages.map((m) => m.line)).toEqual([7]);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff, writes nothing, and reports the findings left after fixing', async () => {
    const text = 'Dear Sam,\n\nI saw teh team.\n\nBest,\nAna\n';
    const cwd = project({ 'a.md': text });
    const run = await runCli(['--fix-dry-run'], { cwd });
    expect(read(cwd, 'a.md').toString()).toBe(text);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      ['--- a/a.md', '+++ b/a.md', '@@ -1,6 +1,6 @@', ' Dear Sam,', ' ', '-I saw teh team.', '+I saw the team.', ' ', ' Best,', ' Ana', '', 'a.md (1 fix to apply)'].join('\n'),
    );
  });

  it('with --format json: the diff goes to stderr and the result carries the output', async () => {
    const cwd = project({ 'a.md': 'I saw teh team.\n' });
    const run = await runCli(['--fix-dry-run', '--format', 'json'], { cwd });
    expect(run.stderr).toContain('+I saw the team.');
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ output: 'I saw the team.\n', messages: [] });
    expect(read(cwd, 'a.md').toString()).toBe('I saw teh team.\n');
  });

  it('works on standard input', async () => {
    const run = await runCli(['-', '--fix-dry-run', '--stdin-filename', 'draft.md'], { cwd: project({}), stdin: 'teh\n' });
    expect(run.stdout).toContain('--- a/draft.md\n+++ b/draft.md\n@@ -1,1 +1,1 @@\n-teh\n+the\n');
  });
});

describe('fixes in the machine formats', () => {
  it('json: the safe fix as one ESLint range (edits merged), the others as suggestions', async () => {
    const source = 'teh and recieve\n';
    const cwd = project({ 'a.md': source });
    const run = await runCli(['--format', 'json'], { cwd });
    const [result] = JSON.parse(run.stdout) as Array<{ fixableWarningCount: number; messages: Array<Record<string, unknown>> }>;
    expect(result!.fixableWarningCount).toBe(2);
    const [teh, recieve] = result!.messages;
    expect(teh).toMatchObject({ fix: { range: [0, 3], text: 'the' }, suggestions: [{ desc: 'Write "ten"', fix: { range: [0, 3], text: 'ten' } }] });
    expect(recieve).toMatchObject({ fix: { range: [11, 13], text: 'ei' } });
    expect(recieve).not.toHaveProperty('suggestions');
    const fix = recieve!['fix'] as { range: [number, number]; text: string };
    expect(source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1])).toBe('teh and receive\n');
  });

  it('sarif: safe fixes as replacements', async () => {
    const cwd = project({ 'a.md': 'teh\n' });
    const run = await runCli(['--format', 'sarif'], { cwd });
    const result = JSON.parse(run.stdout).runs[0].results[0];
    expect(result.fixes).toEqual([
      {
        description: { text: 'Write "the"' },
        artifactChanges: [{ artifactLocation: { uri: 'a.md', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { charOffset: 0, charLength: 3 }, insertedContent: { text: 'the' } }] }],
      },
    ]);
  });

  it('stylish: counts what --fix could fix', async () => {
    const run = await runCli([], { cwd: project({ 'a.md': 'teh\n' }) });
    expect(run.stdout).toContain('  0 errors and 1 warning potentially fixable with the `--fix` option.');
  });
});
