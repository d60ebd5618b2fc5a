// The CLI's lint workers start with the larger young generation the pool asks for (two workers
// of one process otherwise spend a third more CPU on contended scavenges), and a run reads its
// notes synchronously without changing what is reported for unreadable ones.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../server/cli/main.js';
import { WORKER_YOUNG_GENERATION_MB } from '../server/cli/pool.js';
import { tempTree } from './cli/helpers.js';

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(argv: string[], cwd: string, workerScript?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await main(argv, { cwd, stdin: Readable.from([]), stdout, stderr, env: {}, isTTY: false, workerScript });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const NOTE = 'Dear Sam,\n\nThank you for the talk.\n\nBest,\nAna\n';

describe('the lint pool', () => {
  it("starts each worker with the pool's young generation", async () => {
    // A worker that answers every batch with its own heap limit, as the error of each note.
    const script = [
      "import { parentPort, resourceLimits } from 'node:worker_threads';",
      "parentPort.on('message', ({ id }) => parentPort.postMessage({ id, ok: false, error: `young generation ${resourceLimits.maxYoungGenerationSizeMb} MB` }));",
    ].join('\n');
    const cwd = tempTree({ 'a.md': NOTE, 'b.md': NOTE, 'limits.mjs': script });
    const result = await run(['--concurrency', '2'], cwd, pathToFileURL(path.join(cwd, 'limits.mjs')).href);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      ['a.md', 'b.md'].map((f) => `followup-lint: ${f}: not linted: young generation ${WORKER_YOUNG_GENERATION_MB} MB\n`).join(''),
    );
  });

  it('hands notes out by path once it has all its workers: each worker reads its own', async () => {
    // A worker that answers every note with how it was sent, as the note's error.
    const script = [
      "import { parentPort } from 'node:worker_threads';",
      "parentPort.on('message', ({ id, request }) => parentPort.postMessage({ id, ok: true, value: request.files.map((f) => ({ index: f.index, error: f.text === undefined ? 'sent by path' : 'sent with its text' })) }));",
    ].join('\n');
    const cwd = tempTree({ 'a.md': NOTE, 'b.md': NOTE, 'c.md': NOTE, 'd.md': NOTE, 'e.md': NOTE, 'how.mjs': script });
    const result = await run(['--concurrency', '2'], cwd, pathToFileURL(path.join(cwd, 'how.mjs')).href);
    expect(result.code).toBe(2);
    // The first two were read to decide on the workers; the rest went to them unread.
    expect(result.stderr).toBe(
      [...['a.md', 'b.md'].map((f) => `${f}: the linter failed on it: sent with its text`), ...['c.md', 'd.md', 'e.md'].map((f) => `${f}: the linter failed on it: sent by path`)]
        .map((line) => `followup-lint: ${line}\n`)
        .join(''),
    );
  });

  it('reports unreadable notes as before, in file order, and never blocks on a FIFO', async () => {
    const cwd = tempTree({ 'a.md': NOTE, 'c.md': NOTE });
    writeFileSync(path.join(cwd, 'bin.md'), Buffer.from([0x44, 0x00, 0x61]));
    writeFileSync(path.join(cwd, 'bad.md'), Buffer.from([0x78, 0xff, 0x0a]));
    const fifo = process.platform !== 'win32' && spawnSync('mkfifo', [path.join(cwd, 'pipe.md')]).status === 0;
    const result = await run(['--format', 'json', 'a.md', 'bin.md', 'bad.md', ...(fifo ? ['pipe.md'] : []), 'c.md', 'gone.md'], cwd);
    expect(result.code).toBe(2);
    expect((JSON.parse(result.stdout) as Array<{ filePath: string }>).map((r) => path.basename(r.filePath))).toEqual(['a.md', 'c.md']);
    expect(result.stderr).toBe(
      [
        'followup-lint: gone.md: no such file or directory',
        'followup-lint: bad.md: is not valid UTF-8 text; skipped (save it as UTF-8 to lint it)',
        'followup-lint: bin.md: looks like a binary file (it contains NUL bytes); skipped',
        ...(fifo ? ['followup-lint: pipe.md: is not a regular file; skipped'] : []),
        '',
      ].join('\n'),
    );
  });
});
