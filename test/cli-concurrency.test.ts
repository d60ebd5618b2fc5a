// --concurrency: worker threads give the very report, exit code and fixes the main thread
// gives, `auto` keeps small runs on the main thread, and a worker that dies is reported
// (exit 2), never a note silently missing. Workers run the bundle, built before the tests.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../server/cli/main.js';
import { inliningFlag, workerCount, AUTO_CHARS_PER_WORKER, POOL_INLINING_BUDGET } from '../server/cli/pool.js';
import { MAX_FILE_BYTES } from '../server/cli/source-file.js';
import { tempTree } from './cli/helpers.js';

const BUNDLE = path.resolve('dist/cli.js');
const BIN = path.resolve('bin/followup-lint.js');

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Run the CLI in-process with workers started from `workerScript` (the bundle by default). */
async function runCli(argv: string[], cwd: string, workerScript = pathToFileURL(BUNDLE).href): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await main(argv, { cwd, stdin: Readable.from([]), stdout, stderr, env: {}, isTTY: false, workerScript });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * The development corpus's first hundred notes and the examples, copied: real notes with
 * findings and safe fixes. (Notes numbered from 101 on came later; leaving them out keeps the
 * tests' cost the same as the corpus grows.)
 */
function corpusTree(): string {
  const cwd = tempTree({});
  cpSync(path.resolve('test/corpus/dev'), path.join(cwd, 'dev'), { recursive: true, filter: (from) => !/[\\/]1(?:0[1-9]|[1-9]\d)-[^\\/]*\.md$/.test(from) });
  cpSync(path.resolve('examples'), path.join(cwd, 'examples'), { recursive: true });
  return cwd;
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (name.endsWith('.md')) files[name] = readFileSync(path.join(dir, name), 'utf8');
  }
  return files;
}

describe('workerCount', () => {
  it('off, 1 and small runs use no worker; auto needs enough text per worker and stops at the cores', () => {
    expect(workerCount('off', 1000, 10 ** 9, 8)).toBe(0);
    expect(workerCount(1, 1000, 10 ** 9, 8)).toBe(0);
    expect(workerCount(4, 1000, 10, 8)).toBe(4);
    expect(workerCount(4, 3, 10 ** 9, 8)).toBe(3);
    expect(workerCount(4, 1, 10 ** 9, 8)).toBe(0);
    expect(workerCount('auto', 1000, 2 * AUTO_CHARS_PER_WORKER - 1, 8)).toBe(0);
    expect(workerCount('auto', 1000, 2 * AUTO_CHARS_PER_WORKER, 8)).toBe(2);
    expect(workerCount('auto', 1000, 100 * AUTO_CHARS_PER_WORKER, 8)).toBe(8);
    expect(workerCount('auto', 1000, 100 * AUTO_CHARS_PER_WORKER, 1)).toBe(0);
  });
});

describe('the pool\u2019s inlining budget', () => {
  it('is set unless Node was started with a budget of its own, in either spelling', () => {
    expect(inliningFlag([])).toBe(`--max-inlined-bytecode-size-cumulative=${POOL_INLINING_BUDGET}`);
    expect(inliningFlag(['--max-old-space-size=4096', '--max-inlined-bytecode-size=100'])).toBe(`--max-inlined-bytecode-size-cumulative=${POOL_INLINING_BUDGET}`);
    expect(inliningFlag(['--max-inlined-bytecode-size-cumulative=920'])).toBeUndefined();
    expect(inliningFlag(['--max_inlined_bytecode_size_cumulative=500'])).toBeUndefined();
  });
});

describe('--concurrency', () => {
  it('workers print the same report and exit code as the main thread, in every format', async () => {
    const cwd = corpusTree();
    for (const format of ['json', 'stylish', 'sarif', 'github']) {
      const off = await runCli(['--concurrency', 'off', '--format', format], cwd);
      const two = await runCli(['--concurrency', '2', '--format', format], cwd);
      expect(off.stdout.length).toBeGreaterThan(1000);
      expect(two).toEqual(off);
    }
  });

  // One test per flag: each starts eight CLI runs, four of them with two workers.
  it.each([['--quiet'], ['--fix-dry-run'], ['--color']])('with %s, workers print what the main thread prints, in every format', async (flag) => {
    const cwd = corpusTree();
    for (const format of ['json', 'stylish', 'sarif', 'github']) {
      const off = await runCli([flag, '--concurrency', 'off', '--format', format], cwd);
      const two = await runCli([flag, '--concurrency', '2', '--format', format], cwd);
      expect(off.stdout.length + off.stderr.length).toBeGreaterThan(100);
      expect(two).toEqual(off);
    }
  });

  it('--fix on workers writes the same files and reports the same as on the main thread', async () => {
    const one = corpusTree();
    const two = corpusTree();
    const before = snapshot(one);
    const off = await runCli(['--fix', '--concurrency', 'off', '--format', 'json'], one);
    const workers = await runCli(['--fix', '--concurrency', '2', '--format', 'json'], two);
    const after = snapshot(one);
    expect(Object.keys(after).filter((f) => after[f] !== before[f]).length).toBeGreaterThan(0);
    expect(snapshot(two)).toEqual(after);
    expect(workers.code).toBe(off.code);
    expect(workers.stdout.replaceAll(two, '<root>')).toBe(off.stdout.replaceAll(one, '<root>'));
  });

  it('with --cache: a cold run on workers and a warm run both print what the main thread prints', async () => {
    const cwd = corpusTree();
    const off = await runCli(['--concurrency', 'off', '--format', 'json'], cwd);
    const cold = await runCli(['--concurrency', '2', '--cache', '--format', 'json'], cwd);
    const warm = await runCli(['--concurrency', '2', '--cache', '--format', 'json'], cwd);
    expect(cold).toEqual(off);
    expect(warm).toEqual(off);
  });

  it('notes the workers read themselves that cannot be read are reported as the main thread reports them', async () => {
    const note = 'Dear Sam,\n\nThank you for the talk.\n\nBest,\nAna\n';
    // The first two notes are read to start the workers; the others go to them by path.
    const cwd = tempTree({ 'a.md': note, 'b.md': note, 'z.md': note });
    writeFileSync(path.join(cwd, 'x-bin.md'), Buffer.from([0x44, 0x00, 0x61]));
    writeFileSync(path.join(cwd, 'x-bad.md'), Buffer.from([0x78, 0xff, 0x0a]));
    writeFileSync(path.join(cwd, 'x-big.md'), '');
    truncateSync(path.join(cwd, 'x-big.md'), MAX_FILE_BYTES + 1);
    const fifo = process.platform !== 'win32' && spawnSync('mkfifo', [path.join(cwd, 'x-pipe.md')]).status === 0;
    // Named, as a folder's walk passes over what is not a file (the FIFO).
    const names = ['a.md', 'b.md', 'x-bad.md', 'x-big.md', 'x-bin.md', ...(fifo ? ['x-pipe.md'] : []), 'z.md'];
    const off = await runCli(['--concurrency', 'off', '--format', 'json', ...names], cwd);
    const two = await runCli(['--concurrency', '2', '--format', 'json', ...names], cwd);
    expect(two).toEqual(off);
    expect(two.code).toBe(2);
    expect((JSON.parse(two.stdout) as Array<{ filePath: string }>).map((r) => path.basename(r.filePath))).toEqual(['a.md', 'b.md', 'z.md']);
    expect(two.stderr).toBe(
      [
        'x-bad.md: is not valid UTF-8 text; skipped (save it as UTF-8 to lint it)',
        `x-big.md: is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped`,
        'x-bin.md: looks like a binary file (it contains NUL bytes); skipped',
        ...(fifo ? ['x-pipe.md: is not a regular file; skipped'] : []),
      ]
        .map((line) => `followup-lint: ${line}\n`)
        .join(''),
    );
  });

  it('rejects anything but off, auto or a number from 1 to 256', async () => {
    for (const value of ['0', 'two', '1.5', '257', '']) {
      const run = await runCli(['--concurrency', value], tempTree({}));
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`followup-lint: --concurrency needs off, auto or a number of worker threads from 1 to 256, not "${value}"\nRun "followup-lint --help" for usage.\n`);
    }
  });

  it('the real binary: workers and the main thread agree', () => {
    const cwd = corpusTree();
    const run = (c: string) => spawnSync(process.execPath, [BIN, '--format', 'json', '--concurrency', c], { cwd, encoding: 'utf8' });
    const off = run('off');
    const two = run('2');
    expect(two.stderr).toBe('');
    expect(two.status).toBe(off.status);
    expect(two.stdout).toBe(off.stdout);
  });
});

describe('a worker that dies', () => {
  const notes = (n: number): Record<string, string> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`note-${String(i).padStart(2, '0')}.md`, `Dear Sam,\n\nThank you for the talk about note ${i}.\n\nBest,\nAna\n`]));

  it('is reported for every note it took down, with exit 2', async () => {
    const cwd = tempTree({ ...notes(3), 'crash.mjs': "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n" });
    const run = await runCli(['--concurrency', '2', '--format', 'json'], cwd, pathToFileURL(path.join(cwd, 'crash.mjs')).href);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual([]);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^followup-lint: note-0${i}\\.md: not linted: the lint worker.* \\(exit code 3\\)`)));
  });

  it('costs only the note that kills it: the others of its batch are linted again on their own', async () => {
    const script = [
      "import { parentPort } from 'node:worker_threads';",
      `import { serveLintBatches } from ${JSON.stringify(pathToFileURL(BUNDLE).href)};`,
      'serveLintBatches({',
      "  on: (event, listener) => parentPort.on(event, (message) => {",
      "    if (message.request.files.some((f) => f.filePath.endsWith('crash.md'))) process.exit(5);",
      '    listener(message);',
      '  }),',
      '  postMessage: (reply) => parentPort.postMessage(reply),',
      '});',
    ].join('\n');
    const cwd = tempTree({ ...notes(20), 'crash.md': 'Dear Sam,\n\nThis one takes the worker down.\n', 'crash-worker.mjs': script });
    const off = await runCli(['--concurrency', 'off', '--format', 'json'], cwd);
    const run = await runCli(['--concurrency', '2', '--format', 'json'], cwd, pathToFileURL(path.join(cwd, 'crash-worker.mjs')).href);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('followup-lint: crash.md: not linted: the lint worker stopped (exit code 5) while linting it\n');
    const reports = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    expect(reports.map((r) => path.basename(r.filePath))).toEqual(Object.keys(notes(20)));
    expect(reports).toEqual((JSON.parse(off.stdout) as Array<{ filePath: string }>).filter((r) => !r.filePath.endsWith('crash.md')));
  });

  it('auto keeps a small run on the main thread: no worker is started', async () => {
    const cwd = tempTree({ ...notes(3), 'crash.mjs': "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n" });
    const run = await runCli(['--format', 'json'], cwd, pathToFileURL(path.join(cwd, 'crash.mjs')).href);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(3);
  });

  it('a worker script that will not load is reported, not waited for', async () => {
    const cwd = tempTree({ ...notes(3), 'broken.mjs': 'this is not JavaScript\n' });
    writeFileSync(path.join(cwd, 'broken.mjs'), 'this is not JavaScript\n');
    const run = await runCli(['--concurrency', '2'], cwd, pathToFileURL(path.join(cwd, 'broken.mjs')).href);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(3);
    expect(run.stderr).toMatch(/^followup-lint: note-00\.md: not linted: the lint worker/);
  });
});
