// CLI benchmark: the built binary, each run its own process, as a user or CI runs it. Measures
// the one-note start (median of 10), 10,000 generated notes with --concurrency off against
// worker threads (beside two single-threaded processes splitting the folder, which shows what
// a shared machine gives two threads at the time), and a cold against a warm --cache run;
// checks each variant prints the same JSON report; prints a table and writes
// bench/results/cli.json.
// Usage: node bench/cli.mjs [--notes N] [--workers N] [--start-runs N] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/followup-lint.js');

function flag(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const NOTES = flag('--notes', 10_000);
const WORKERS = flag('--workers', 2);
const START_RUNS = flag('--start-runs', 10);
const SEED = 20_251_122;

/** A small seeded PRNG (mulberry32): the same notes on every machine and every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Greetings, body paragraphs and sign-offs of the development corpus, in file order. */
function corpusParts() {
  const dir = path.join(ROOT, 'test/corpus/dev');
  const parts = { greetings: [], bodies: [], signoffs: [] };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const blocks = readFileSync(path.join(dir, name), 'utf8')
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter(Boolean);
    if (blocks.length < 3) continue;
    parts.greetings.push(blocks[0]);
    parts.signoffs.push(blocks[blocks.length - 1]);
    parts.bodies.push(...blocks.slice(1, -1));
  }
  return parts;
}

/** Write `count` notes, 100 to a folder: a greeting, two to five paragraphs, a sign-off. */
function generate(dir, count) {
  const next = random(SEED);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const { greetings, bodies, signoffs } = corpusParts();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const body = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(bodies));
    const text = `${[pick(greetings), ...body, pick(signoffs)].join('\n\n')}\n`;
    writeFileSync(path.join(folder, `note-${String(i).padStart(5, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  // An empty configuration: every rule at its default, and no config search above the folder.
  writeFileSync(path.join(dir, '.followuplintrc.json'), '{}\n');
  return bytes;
}

const load = () => os.loadavg()[0];

/** Run the binary once; wall time in ms, exit code, and a hash of what it printed. */
function runCli(args, cwd) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) throw new Error(`followup-lint ${args.join(' ')} exited ${run.status}: ${String(run.stderr).slice(0, 500)}`);
  return { ms, code: run.status, stdout: createHash('sha1').update(run.stdout).digest('hex'), stderr: String(run.stderr) };
}

/** Run the binary without waiting, for runs side by side; resolves with its wall time in ms. */
function runCliAsync(args, cwd) {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve(Number(process.hrtime.bigint() - start) / 1e6) : reject(new Error(`followup-lint ${args.join(' ')} exited ${code}`))));
  });
}

/**
 * What the machine gives two busy threads right now: the folder split in two halves, each
 * linted by its own single-threaded process, side by side. On a shared machine this is the
 * speed-up to compare the workers' with.
 */
async function twoProcesses(dir) {
  const folders = readdirSync(dir).filter((n) => n.startsWith('batch-')).sort();
  const half = Math.ceil(folders.length / 2);
  const args = ['--format', 'json', '--concurrency', 'off'];
  const times = await Promise.all([runCliAsync([...args, ...folders.slice(0, half)], dir), runCliAsync([...args, ...folders.slice(half)], dir)]);
  return Math.max(...times);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function main() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'followup-lint-bench-cli-'));
  try {
    const notesDir = path.join(work, 'notes');
    const bytes = generate(notesDir, NOTES);
    const loadBefore = load();

    // One note, the whole process; and a bare `node -e 0` beside it for the floor.
    const note = path.join(ROOT, 'examples/clean-note.md');
    const start = [];
    const bare = [];
    runCli([note], ROOT);
    for (let i = 0; i < START_RUNS; i++) {
      start.push(runCli([note], ROOT).ms);
      const t = process.hrtime.bigint();
      spawnSync(process.execPath, ['-e', '0']);
      bare.push(Number(process.hrtime.bigint() - t) / 1e6);
    }

    const json = ['--format', 'json', '.'];
    const off = runCli([...json, '--concurrency', 'off'], notesDir);
    const workers = runCli([...json, '--concurrency', String(WORKERS)], notesDir);
    const sideBySide = await twoProcesses(notesDir);
    const cacheFile = path.join(work, 'cache', '.followuplintcache');
    const cached = [...json, '--cache', '--cache-location', cacheFile];
    const cold = runCli(cached, notesDir);
    const warm = runCli(cached, notesDir);
    const loadAfter = load();

    const same = [workers, cold, warm].every((r) => r.stdout === off.stdout && r.code === off.code);
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.availableParallelism(),
      loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(loadAfter.toFixed(2)) },
      notes: NOTES,
      megabytes: Number((bytes / 1e6).toFixed(2)),
      oneNote: { medianMs: Math.round(median(start)), runs: START_RUNS, bareNodeMedianMs: Math.round(median(bare)) },
      folder: {
        offMs: Math.round(off.ms),
        workers: WORKERS,
        workersMs: Math.round(workers.ms),
        speedup: Number((off.ms / workers.ms).toFixed(2)),
        twoProcessesMs: Math.round(sideBySide),
        twoProcessesSpeedup: Number((off.ms / sideBySide).toFixed(2)),
        coldCacheMs: Math.round(cold.ms),
        warmCacheMs: Math.round(warm.ms),
        warmSpeedup: Number((cold.ms / warm.ms).toFixed(1)),
      },
      sameOutput: same,
    };
    mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'bench/results/cli.json'), `${JSON.stringify(result, null, 2)}\n`);

    const rows = [
      ['one note, whole process (median of ' + START_RUNS + ')', `${result.oneNote.medianMs} ms`, `bare node: ${result.oneNote.bareNodeMedianMs} ms`],
      [`${NOTES} notes (${result.megabytes} MB), --concurrency off`, `${result.folder.offMs} ms`, ''],
      [`${NOTES} notes, --concurrency ${WORKERS}`, `${result.folder.workersMs} ms`, `${result.folder.speedup}× faster`],
      [`  for scale: two processes, half each, side by side`, `${result.folder.twoProcessesMs} ms`, `${result.folder.twoProcessesSpeedup}× (what the machine gives two threads now)`],
      [`${NOTES} notes, --cache, cold`, `${result.folder.coldCacheMs} ms`, ''],
      [`${NOTES} notes, --cache, warm`, `${result.folder.warmCacheMs} ms`, `${result.folder.warmSpeedup}× faster than cold`],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`followup-lint CLI, Node ${process.version}, ${result.cpus} cores, load average ${result.loadAverage.before} → ${result.loadAverage.after}`);
    for (const [what, time, note] of rows) console.log(`${what.padEnd(width)}  ${time.padStart(9)}  ${note}`);
    console.log(same ? 'All variants printed the same JSON report and exit code.' : 'MISMATCH: the variants printed different reports.');
    console.log('Wrote bench/results/cli.json');
    if (!same) process.exitCode = 1;
  } finally {
    if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
    else console.log(`Kept ${work}`);
  }
}

await main();
