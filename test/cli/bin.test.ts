// The real binary, built and spawned as a user would run it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { noteOfWords, only, rc, tempTree } from './helpers.js';

const BIN = path.resolve('bin/followup-lint.js');
const LOADER = pathToFileURL(path.resolve('bin/cli-loader.js')).href;

/** The built-in modules a run of the bundled CLI with these arguments loaded. */
function modulesLoaded(args: readonly string[], cwd: string): string[] {
  const script = `const { loadCli } = await import(${JSON.stringify(LOADER)});
const { run } = await loadCli();
await run(${JSON.stringify(args)});
process.stderr.write('modules ' + process.moduleLoadList.join(','));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
  const loaded = /modules (.*)$/.exec(child.stderr);
  expect(loaded, child.stderr).not.toBeNull();
  return loaded![1]!.split(',');
}

beforeAll(() => {
  // Bundle the current sources (types are not needed here) so the binary is never stale.
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});

describe('bin/followup-lint.js', () => {
  it('lints a folder, prints the stylish report and sets the exit code', () => {
    const cwd = tempTree({
      '.followuplintrc.json': rc({ rules: only({ 'too-long': ['error', { maxWords: 20 }] }) }),
      'notes/long.md': noteOfWords(30),
      'notes/short.md': noteOfWords(5),
    });
    const run = spawnSync(process.execPath, [BIN, 'notes'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^notes\/long\.md\n {2}3:1 {2}error {2}The note is 30 words.* {2}too-long\n {2}✖ 30\/20 words/);
    expect(run.stdout).toMatch(/^✖ 1 problem \(1 error, 0 warnings\) in 2 notes$/m);
  });

  it('reads standard input and reports usage errors with exit 2', () => {
    const cwd = tempTree({ '.followuplintrc.json': rc({ rules: only({ 'too-long': ['warn', { maxWords: 20 }] }) }) });
    const stdin = spawnSync(process.execPath, [BIN, '-', '--format', 'json'], { cwd, input: noteOfWords(30), encoding: 'utf8' });
    expect(stdin.status).toBe(0);
    expect(JSON.parse(stdin.stdout)[0]).toMatchObject({ filePath: '<stdin>', warningCount: 1 });
    const bad = spawnSync(process.execPath, [BIN, '--bogus'], { cwd, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('followup-lint: unknown option --bogus\nRun "followup-lint --help" for usage.\n');
  });

  it('loads node:crypto only when a run hashes (--cache) or writes, and node:worker_threads only for workers', () => {
    const cwd = tempTree({ 'a.md': noteOfWords(30), 'b.md': noteOfWords(40) });
    const plain = modulesLoaded(['a.md'], cwd);
    expect(plain).not.toContain('NativeModule crypto');
    expect(plain).not.toContain('NativeModule worker_threads');
    expect(modulesLoaded(['a.md', '--cache'], cwd)).toContain('NativeModule crypto');
    expect(modulesLoaded(['a.md', 'b.md', '--concurrency', '2'], cwd)).toContain('NativeModule worker_threads');
  });

  it('runs as CommonJS, without starting the ES module loader', () => {
    const cwd = tempTree({ 'note.md': noteOfWords(30) });
    const report = "process.on('exit', () => process.stderr.write('modules ' + process.moduleLoadList.join(',')));";
    const run = spawnSync(process.execPath, ['-r', path.join(tempTree({ 'report.cjs': report }), 'report.cjs'), BIN, 'note.md'], { cwd, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const modules = /modules (.*)$/.exec(run.stderr)?.[1]?.split(',') ?? [];
    expect(modules).toContain('NativeModule vm');
    expect(modules).not.toContain('NativeModule internal/modules/esm/module_job');
  });
});
