// The command line run in-process: options, exit codes, discovery, formats and stdin.
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../rules/index.js';
import { HELP } from '../../server/cli/args.js';
import { VERSION } from '../../server/cli/version.js';
import { noteOfWords, only, parseJson, rc, runCli, tempTree } from './helpers.js';

/** A folder whose config turns on too-long alone, at 20 words and the given severity. */
function project(files: Record<string, string | Buffer | null>, severity: 'warn' | 'error' = 'warn'): string {
  return tempTree({ '.followuplintrc.json': rc({ rules: only({ 'too-long': [severity, { maxWords: 20 }] }) }), ...files });
}

const LONG = noteOfWords(30);
const SHORT = noteOfWords(8);

describe('information options', () => {
  it('--help prints the usage and exits 0', async () => {
    const run = await runCli(['--help'], { cwd: process.cwd() });
    expect(run).toEqual({ code: 0, stdout: HELP, stderr: '' });
    expect(HELP).toMatch(/Exit codes:/);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const run = await runCli(['--version'], { cwd: process.cwd() });
    expect(run.stdout).toBe(`${pkg.version}\n`);
    expect(VERSION).toBe(pkg.version);
  });

  it('--list-rules lists every rule with its metadata', async () => {
    const run = await runCli(['--list-rules'], { cwd: process.cwd() });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^rule\s+category\s+default\s+fix\s+description$/);
    for (const id of RULE_IDS) expect(run.stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(run.stdout).toMatch(/^too-long\s+length\s+warn\s+suggestion\s+The note runs past/m);
  });

  it('--list-rules --format json gives the registry metadata', async () => {
    const run = await runCli(['--list-rules', '--format', 'json'], { cwd: process.cwd() });
    const rules = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rules.map((r) => r['id'])).toEqual([...RULE_IDS]);
    expect(rules[0]).toMatchObject({ id: 'too-long', category: 'length', defaultSeverity: 'warn', fixable: 'suggestion', options: { maxWords: 200 } });
  });
});

describe('usage errors exit 2 with one line and a pointer to --help', () => {
  const cases: Array<[string[], string]> = [
    [['--frmat', 'json'], 'unknown option --frmat'],
    [['--format', 'xml'], 'unknown format "xml"; use one of stylish, json, sarif, github'],
    [['--format'], 'option --format needs a value'],
    [['--fix=yes'], 'option --fix takes no value'],
    [['--max-warnings', 'many'], '--max-warnings needs a whole number of 0 or more, not "many"'],
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    [['--color', '--no-color'], '--color and --no-color cannot be used together'],
    [['-', 'a.md'], '"-" (standard input) cannot be combined with other files'],
    [['--stdin-filename', 'a.md'], '--stdin-filename only applies when reading standard input ("-")'],
    [['--fix', '-'], '--fix cannot write to standard input; use --fix-dry-run to see the changes'],
    [['--rule', 'too-long'], '--rule needs id:severity (e.g. too-long:error), not "too-long"'],
    [['--rule', 'too-long:[warn'], '--rule too-long: the setting is not valid JSON: [warn'],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' '), async () => {
      const run = await runCli(argv, { cwd: process.cwd() });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`followup-lint: ${message}\nRun "followup-lint --help" for usage.\n`);
    });
  }

  it('an unknown rule in --rule is a configuration error with a suggestion', async () => {
    const run = await runCli(['--rule', 'too-lon:error'], { cwd: project({ 'a.md': SHORT }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('followup-lint: --rule: unknown rule "too-lon" (did you mean "too-long"?); run --list-rules to see them\n');
  });
});

describe('exit codes', () => {
  it('0 when clean', async () => {
    const run = await runCli([], { cwd: project({ 'a.md': SHORT }) });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('0 with warnings only', async () => {
    const run = await runCli([], { cwd: project({ 'a.md': LONG }) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/warning/);
  });

  it('1 with an error', async () => {
    const run = await runCli([], { cwd: project({ 'a.md': LONG }, 'error') });
    expect(run.code).toBe(1);
  });

  it('1 when warnings exceed --max-warnings, 0 when within', async () => {
    const cwd = project({ 'a.md': LONG, 'b.md': LONG });
    const over = await runCli(['--max-warnings', '1'], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('followup-lint: too many warnings (2); --max-warnings allows 1\n');
    expect((await runCli(['--max-warnings', '2'], { cwd })).code).toBe(0);
  });

  it('2 for a missing file, after linting the others', async () => {
    const cwd = project({ 'a.md': LONG });
    const run = await runCli(['a.md', 'missing.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('followup-lint: missing.md: no such file or directory\n');
    expect(run.stdout).toMatch(/^a\.md$/m);
  });

  it('2 for a binary file, reported in one line, the run goes on', async () => {
    const cwd = project({ 'a.md': SHORT, 'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    const run = await runCli([], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('followup-lint: image.md: looks like a binary file (it contains NUL bytes); skipped\n');
    expect(run.stdout).toMatch(/^a\.md$/m);
  });

  it('2 for a file that is not UTF-8', async () => {
    const cwd = project({ 'latin1.md': Buffer.from('Caf\xe9 au lait\n', 'latin1') });
    const run = await runCli(['latin1.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('followup-lint: latin1.md: is not valid UTF-8 text; skipped (save it as UTF-8 to lint it)\n');
  });

  it.skipIf(process.getuid?.() === 0)('2 for an unreadable file', async () => {
    const cwd = project({ 'secret.md': SHORT, 'a.md': SHORT });
    chmodSync(path.join(cwd, 'secret.md'), 0o000);
    const run = await runCli([], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('followup-lint: secret.md: permission denied\n');
  });

  it('2 for a folder whose name looks like a note, given via lintFiles', async () => {
    const cwd = project({});
    mkdirSync(path.join(cwd, 'folder.md'));
    const { lintFiles } = await import('../../server/cli/lint-files.js');
    const { ConfigResolver } = await import('../../server/config/resolve.js');
    const run = await lintFiles([{ path: path.join(cwd, 'folder.md'), explicit: true }], { resolver: new ConfigResolver(), fix: 'none', honourIgnores: true });
    expect(run.failures.map((f) => [f.error.kind, f.error.message])).toEqual([['directory', 'is a directory, not a file']]);
    expect(run.reports).toEqual([]);
  });

  it('2 for a glob that matches nothing', async () => {
    const run = await runCli(['notes/**/*.md'], { cwd: project({ 'a.md': SHORT }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('followup-lint: notes/**/*.md: no files match this pattern\n');
  });

  it('0 with a note on stderr when a folder has no notes', async () => {
    const run = await runCli([], { cwd: project({ 'readme.txt': 'hello' }) });
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'followup-lint: no Markdown notes found\n' });
  });
});

describe('finding the notes', () => {
  const tree = {
    'top.md': SHORT,
    'notes/b.markdown': SHORT,
    'notes/skip.txt': SHORT,
    'node_modules/pkg/readme.md': SHORT,
    '.gitignore': 'drafts/\n*.tmp.md\n',
    'drafts/private.md': SHORT,
    'scratch.tmp.md': SHORT,
    'nested/.gitignore': 'local.md\n!keep.tmp.md\n',
    'nested/local.md': SHORT,
    'nested/kept.md': SHORT,
    'nested/keep.tmp.md': SHORT,
    'other/local.md': SHORT,
    '.followuplintignore': 'other/\n',
  };

  const linted = async (argv: string[], cwd: string): Promise<string[]> => {
    const run = await runCli([...argv, '--format', 'json'], { cwd });
    return parseJson(run.stdout, cwd).map((r) => r.file);
  };

  it('no operands: every Markdown file, minus node_modules, .gitignore (nested too) and .followuplintignore', async () => {
    const cwd = project(tree);
    expect(await linted([], cwd)).toEqual(['nested/keep.tmp.md', 'nested/kept.md', 'notes/b.markdown', 'top.md']);
  });

  it('an ignore file deep in a tree without one at its top applies from its folder down', async () => {
    const cwd = project({
      'a.md': SHORT,
      'deep/b.md': SHORT,
      'deep/er/.followuplintignore': 'c.md\nsub/\n',
      'deep/er/c.md': SHORT,
      'deep/er/d.md': SHORT,
      'deep/er/sub/e.md': SHORT,
      'deep/er/more/c.md': SHORT,
      'deep/er/more/f.md': SHORT,
      'side/c.md': SHORT,
    });
    expect(await linted([], cwd)).toEqual(['a.md', 'deep/b.md', 'deep/er/d.md', 'deep/er/more/f.md', 'side/c.md']);
  });

  it('a config\'s ignores apply to its notes only, whatever was resolved for the notes before them', async () => {
    const cwd = project({
      'a/one.md': SHORT,
      'a/two.md': SHORT,
      'b/.followuplintrc.json': JSON.stringify({ ignores: ['skip*.md'] }),
      'b/keep.md': SHORT,
      'b/skip-me.md': SHORT,
      'c/skip-not.md': SHORT,
    });
    expect(await linted([], cwd)).toEqual(['a/one.md', 'a/two.md', 'b/keep.md', 'c/skip-not.md']);
  });

  it('--no-ignore reads no ignore file (node_modules stays skipped)', async () => {
    const cwd = project(tree);
    expect(await linted(['--no-ignore'], cwd)).toEqual([
      'drafts/private.md',
      'nested/keep.tmp.md',
      'nested/kept.md',
      'nested/local.md',
      'notes/b.markdown',
      'other/local.md',
      'scratch.tmp.md',
      'top.md',
    ]);
  });

  it('folders, files and globs as operands; a named file is linted whatever its extension', async () => {
    const cwd = project(tree);
    expect(await linted(['notes', 'notes/skip.txt'], cwd)).toEqual(['notes/b.markdown', 'notes/skip.txt']);
    expect(await linted(['**/*.md'], cwd)).toEqual(['nested/keep.tmp.md', 'nested/kept.md', 'top.md']);
  });

  it('does not follow symbolic links to folders, so a link loop cannot hang the run', async () => {
    const cwd = project({ 'a/note.md': SHORT });
    symlinkSync(path.join(cwd, 'a'), path.join(cwd, 'a/loop'));
    symlinkSync(path.join(cwd, 'a/note.md'), path.join(cwd, 'linked.md'));
    symlinkSync(path.join(cwd, 'missing.md'), path.join(cwd, 'dangling.md'));
    expect(await linted([], cwd)).toEqual(['a/note.md', 'linked.md']);
  });

  it('a folder named explicitly is walked even when .gitignore excludes it', async () => {
    const cwd = project(tree);
    expect(await linted(['drafts'], cwd)).toEqual(['drafts/private.md']);
  });

  it('a named file that .followuplintignore excludes is skipped with a note, not an error', async () => {
    const cwd = project(tree);
    const run = await runCli(['other/local.md', 'top.md'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('followup-lint: other/local.md: ignored by .followuplintignore; use --no-ignore to lint it\n');
  });

  it('a config\'s "ignores" skips discovered files silently and named ones with a note', async () => {
    const cwd = tempTree({ '.followuplintrc.json': rc({ rules: only({ 'too-long': 'warn' }), ignores: ['archive/**'] }), 'a.md': SHORT, 'archive/old.md': SHORT });
    expect(await linted([], cwd)).toEqual(['a.md']);
    const run = await runCli(['archive/old.md'], { cwd });
    expect(run.stderr).toBe(`followup-lint: archive/old.md: ignored by "ignores" in ${path.join(cwd, '.followuplintrc.json')}; use --no-ignore to lint it\n`);
    expect(await linted(['--no-ignore', 'archive/old.md'], cwd)).toEqual(['archive/old.md']);
  });
});

describe('formats', () => {
  it('stylish: file header, aligned rows, the verdict per note and a totals line', async () => {
    const cwd = project({ 'long.md': LONG, 'short.md': SHORT });
    const run = await runCli([], { cwd });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('long.md');
    expect(lines[1]).toMatch(/^ {2}3:1 {2}warning {2}The note is 30 words, 10 over the 20-word budget; .+ {2}too-long$/);
    expect(lines[2]).toBe('  ✔ 30/20 words (10 over) · 1 warning · ready to send');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('short.md');
    expect(lines[5]).toBe('  ✔ 8/20 words · no findings · ready to send');
    expect(lines[7]).toBe('✖ 1 problem (0 errors, 1 warning) in 2 notes');
  });

  it('stylish verdict says "not ready" when there are errors', async () => {
    const run = await runCli([], { cwd: project({ 'long.md': LONG }, 'error') });
    expect(run.stdout).toMatch(/^ {2}✖ 30\/20 words \(10 over\) · 1 error · not ready to send: fix the errors first$/m);
  });

  it('--quiet shows errors only and leaves clean notes out', async () => {
    const cwd = tempTree({
      '.followuplintrc.json': rc({ rules: only({ 'too-long': ['warn', { maxWords: 20 }] }), overrides: [{ files: ['bad.md'], rules: { 'too-long': 'error' } }] }),
      'bad.md': LONG,
      'warn.md': LONG,
      'ok.md': SHORT,
    });
    const run = await runCli(['--quiet'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^bad\.md$/m);
    expect(run.stdout).not.toMatch(/warn\.md|ok\.md| {2}warning {2}/);
  });

  it('json: the ESLint result shape plus stats', async () => {
    const cwd = project({ 'long.md': LONG, 'short.md': SHORT });
    const run = await runCli(['--format', 'json'], { cwd });
    const results = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(2);
    const [long, short] = results as [Record<string, unknown>, Record<string, unknown>];
    expect(long).toMatchObject({
      filePath: path.join(cwd, 'long.md'),
      errorCount: 0,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      source: LONG,
      stats: { wordCount: 30, maxWords: 20, errors: 0, warnings: 1, infos: 0, hints: 0, readyToSend: true },
    });
    const [message] = long['messages'] as Array<Record<string, unknown>>;
    expect(message).toMatchObject({ ruleId: 'too-long', severity: 1, level: 'warn', line: 3, column: 1, endLine: 3 });
    expect(message!['message']).toMatch(/^The note is 30 words/);
    expect(message!['url']).toMatch(/docs\/rules\/too-long\.md$/);
    expect(short).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    expect(short).not.toHaveProperty('source');
  });

  it('json: info and hint findings have severity 1 and keep their own level', async () => {
    const cwd = tempTree({ '.followuplintrc.json': rc({ rules: only({ 'too-long': ['info', { maxWords: 20 }] }) }), 'a.md': LONG });
    const run = await runCli(['--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    const [result] = parseJson(run.stdout, cwd);
    expect(result!.messages[0]).toMatchObject({ severity: 1, level: 'info' });
    expect(result!['stats']).toMatchObject({ infos: 1, warnings: 0 });
  });

  it('sarif: a 2.1.0 log with the rules and located results', async () => {
    const cwd = project({ 'notes/long.md': LONG }, 'error');
    const run = await runCli(['--format', 'sarif'], { cwd });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { version: string; runs: Array<{ tool: { driver: { name: string; rules: Array<Record<string, unknown>> } }; results: Array<Record<string, unknown>> }> };
    expect(log.version).toBe('2.1.0');
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.name).toBe('followup-lint');
    expect(sarifRun!.tool.driver.rules.map((r) => r['id'])).toEqual([...RULE_IDS]);
    expect(sarifRun!.tool.driver.rules[0]).toMatchObject({ id: 'too-long', defaultConfiguration: { level: 'warning' }, shortDescription: { text: expect.any(String) } });
    expect(sarifRun!.tool.driver.rules[0]!['helpUri']).toMatch(/too-long\.md$/);
    expect(sarifRun!.results).toEqual([
      expect.objectContaining({
        ruleId: 'too-long',
        ruleIndex: 0,
        level: 'error',
        message: { text: expect.stringMatching(/^The note is 30 words/) },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'notes/long.md', uriBaseId: '%SRCROOT%' }, region: expect.objectContaining({ startLine: 3, startColumn: 1, endLine: 3 }) } }],
      }),
    ]);
  });

  it('github: one escaped workflow command per finding', async () => {
    const cwd = project({ 'a,b:c.md': LONG });
    const run = await runCli(['--format', 'github'], { cwd });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::warning file=a%2Cb%3Ac\.md,line=3,col=1,endLine=3,endColumn=\d+,title=followup-lint \(too-long\)::The note is 30 words/);
  });

  it('--output-file writes the report there, uncoloured, and nothing to stdout', async () => {
    const cwd = project({ 'a.md': LONG });
    const run = await runCli(['--output-file', 'reports/lint.json', '--format', 'json', '--color'], { cwd });
    expect(run.stdout).toBe('');
    expect(parseJson(readFileSync(path.join(cwd, 'reports/lint.json'), 'utf8'), cwd)[0]!.file).toBe('a.md');
    const plain = await runCli(['-o', 'out.txt', '--color'], { cwd });
    expect(plain.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'out.txt'), 'utf8')).not.toMatch(new RegExp(`${String.fromCharCode(27)}\\[`));
  });

  it('colour: --color and FORCE_COLOR turn it on, NO_COLOR and --no-color off, a terminal by default', async () => {
    const cwd = project({ 'a.md': LONG });
    const ansi = new RegExp(`${String.fromCharCode(27)}\\[`);
    expect((await runCli([], { cwd })).stdout).not.toMatch(ansi);
    expect((await runCli(['--color'], { cwd })).stdout).toMatch(ansi);
    expect((await runCli([], { cwd, isTTY: true })).stdout).toMatch(ansi);
    expect((await runCli([], { cwd, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runCli(['--no-color'], { cwd, isTTY: true })).stdout).not.toMatch(ansi);
    expect((await runCli([], { cwd, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await runCli([], { cwd, isTTY: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ansi);
  });
});

describe('standard input', () => {
  it('lints "-" as <stdin>', async () => {
    const cwd = project({});
    const run = await runCli(['-', '--format', 'json'], { cwd, stdin: LONG });
    const [result] = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(result).toMatchObject({ filePath: '<stdin>', warningCount: 1 });
  });

  it('--stdin-filename names the note and picks its configuration', async () => {
    const cwd = tempTree({
      '.followuplintrc.json': rc({ rules: only({ 'too-long': ['warn', { maxWords: 20 }] }) }),
      'strict/.followuplintrc.json': rc({ rules: only({ 'too-long': ['error', { maxWords: 20 }] }) }),
    });
    const run = await runCli(['-', '--stdin-filename', 'strict/draft.md'], { cwd, stdin: LONG });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('strict/draft.md');
  });

  it('a BOM on standard input is not part of the text', async () => {
    const cwd = project({});
    const run = await runCli(['-', '--format', 'json'], { cwd, stdin: `\ufeff${SHORT}` });
    expect((JSON.parse(run.stdout) as Array<{ stats: { wordCount: number } }>)[0]!.stats.wordCount).toBe(8);
  });

  it('binary standard input exits 2', async () => {
    const run = await runCli(['-'], { cwd: project({}), stdin: Buffer.from([0, 1, 2]) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('followup-lint: <stdin>: looks like a binary file (it contains NUL bytes); skipped\n');
  });
});

describe('--rule', () => {
  it('overrides the config file, overrides included', async () => {
    const cwd = project({ 'a.md': LONG });
    expect((await runCli(['--rule', 'too-long:error'], { cwd })).code).toBe(1);
    expect((await runCli(['--rule', 'too-long:off'], { cwd })).stdout).not.toMatch(/too-long/);
  });

  it('takes [severity, options] as JSON', async () => {
    const cwd = project({ 'a.md': LONG });
    const run = await runCli(['--rule', 'too-long:["error",{"maxWords":40}]'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/30\/40 words/);
  });
});
