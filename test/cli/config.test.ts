// Configuration discovery over fixture folders, and the one-line errors for broken configs.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const FIXTURES = path.resolve('test/fixtures/config');

async function printConfig(file: string): Promise<{ configFile: string | null; templates: boolean; rules: Record<string, { severity: string; options: Record<string, unknown> }> }> {
  const run = await runCli(['--print-config', file], { cwd: FIXTURES });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('config discovery: nearest file wins, walking up from the note', () => {
  it('uses the folder\'s own .followuplintrc.json', async () => {
    const printed = await printConfig('nearest/note.md');
    expect(printed.configFile).toBe(path.join(FIXTURES, 'nearest/.followuplintrc.json'));
    expect(printed.rules['too-long']).toEqual({ severity: 'error', options: { maxWords: 20 } });
  });

  it('a nearer file replaces the farther one; folders without one inherit the nearest', async () => {
    for (const file of ['nearest/sub/note.md', 'nearest/sub/deeper/note.md']) {
      const printed = await printConfig(file);
      expect(printed.configFile).toBe(path.join(FIXTURES, 'nearest/sub/.followuplintrc.json'));
      expect(printed.rules['too-long']).toEqual({ severity: 'warn', options: { maxWords: 25 } });
    }
  });

  it('reads package.json\'s "followupLint" key, and skips a package.json without it', async () => {
    for (const file of ['pkg/note.md', 'pkg/without-key/note.md']) {
      const printed = await printConfig(file);
      expect(printed.configFile).toBe(path.join(FIXTURES, 'pkg/package.json'));
      expect(printed.rules['too-long']).toEqual({ severity: 'info', options: { maxWords: 20 } });
    }
  });

  it('.followuplintrc.json beats package.json in the same folder', async () => {
    expect((await printConfig('rc-beats-pkg/note.md')).rules['too-long']!.severity).toBe('error');
  });

  it('overrides apply by glob relative to the config file; later entries win', async () => {
    expect((await printConfig('overrides/note.md')).rules['too-long']).toEqual({ severity: 'warn', options: { maxWords: 20 } });
    expect((await printConfig('overrides/strict/note.md')).rules['too-long']).toEqual({ severity: 'error', options: { maxWords: 20 } });
    expect((await printConfig('overrides/templates/welcome.md')).templates).toBe(true);
    expect((await printConfig('overrides/note.md')).templates).toBe(false);
  });

  it('linting a tree applies each note its own configuration', async () => {
    const run = await runCli(['nearest', '--format', 'json'], { cwd: FIXTURES });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; level: string }> }>;
    const tooLong = Object.fromEntries(
      results.map((r) => [path.relative(FIXTURES, r.filePath), r.messages.filter((m) => m.ruleId === 'too-long').map((m) => m.level)]),
    );
    expect(tooLong).toEqual({ 'nearest/note.md': ['error'], 'nearest/sub/note.md': ['warn'], 'nearest/sub/deeper/note.md': ['warn'] });
    expect(run.code).toBe(1);
  });

  it('--config uses one file for every note instead of searching', async () => {
    const run = await runCli(['--config', 'pkg/package.json', '--print-config', 'nearest/note.md'], { cwd: FIXTURES });
    const printed = JSON.parse(run.stdout) as { configFile: string; rules: Record<string, { severity: string }> };
    expect(printed.configFile).toBe(path.join(FIXTURES, 'pkg/package.json'));
    expect(printed.rules['too-long']!.severity).toBe('info');
  });
});

describe('a broken configuration is one clear line naming the file, exit 2', () => {
  const cases: Array<[string, string]> = [
    ['broken-json', 'broken-json/.followuplintrc.json: is not valid JSON: Expected double-quoted property name at line 4, column 3'],
    ['unknown-rule', 'unknown-rule/.followuplintrc.json: unknown rule "too-lng" (did you mean "too-long"?); run --list-rules to see them'],
    ['bad-severity', 'bad-severity/.followuplintrc.json: "rules.too-long" has an invalid severity; use one of off, hint, info, warn, error'],
    ['bad-option', 'bad-option/.followuplintrc.json: rule "too-long" option "maxWords" must be an integer'],
    ['unknown-option', 'unknown-option/.followuplintrc.json: rule "too-long" has no option "maxWord" (its options: maxWords)'],
    ['bad-key', 'bad-key/.followuplintrc.json: the configuration has an unknown key "rule"'],
    ['bad-pkg', 'bad-pkg/package.json (key "followupLint"): "rules.too-long" has an invalid severity; use one of off, hint, info, warn, error'],
    ['not-object', 'not-object/.followuplintrc.json: the configuration must be a JSON object'],
  ];
  for (const [folder, message] of cases) {
    it(folder, async () => {
      const run = await runCli([folder], { cwd: FIXTURES });
      expect(run).toEqual({ code: 2, stdout: '', stderr: `followup-lint: ${message}\n` });
    });
  }

  it('a missing --config file', async () => {
    const run = await runCli(['--config', 'nope.json', 'nearest'], { cwd: FIXTURES });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'followup-lint: nope.json: file not found\n' });
  });

  it('a --config package.json without the key', async () => {
    const run = await runCli(['--config', 'pkg/without-key/package.json', 'nearest'], { cwd: FIXTURES });
    expect(run.stderr).toBe('followup-lint: pkg/without-key/package.json: has no "followupLint" key\n');
    expect(run.code).toBe(2);
  });

  it('--print-config on a file under a broken config', async () => {
    const run = await runCli(['--print-config', 'unknown-rule/note.md'], { cwd: FIXTURES });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^followup-lint: unknown-rule\/\.followuplintrc\.json: unknown rule "too-lng"/);
  });
});
