// How well this machine runs two copies of CPU-bound JavaScript at once: the ceiling the CLI's
// worker threads are measured against. Each workload runs alone, then as two processes side by
// side and as two worker threads of one process, after loading and warming up, from a common
// start; the ratio is two copies' throughput over one copy's (2.0 is perfect scaling). Also
// run: with V8's background compiler and GC threads off (--single-threaded: then one copy uses
// exactly one core), and with a larger young generation. Each figure is the median of --runs.
// Usage: node bench/scaling.mjs [--runs N] [--seconds S] [--only lint,parse] [--json file]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { generateNotes } from './corpus.mjs';
import { median } from './lib/stats.mjs';
import { cpuTopology, machineCpu, othersLoad, QUIET_CORES, quietWindow, whenQuiet } from './lib/machine.mjs';

const SELF = import.meta.filename;
const ROOT = path.resolve(import.meta.dirname, '..');

/** Notes of the comparison corpus, for the workloads that read text. */
const notes = () => generateNotes(1000).map((n) => n.text);

/**
 * Each workload: `setup()` loads it and returns `run(reps)`, which does `reps` units of work and
 * returns a number (so nothing can be optimised away). `warm` is the units of warm-up run before
 * timing (by default a fifth of the timed work): the corpus workloads warm up on 2,000 notes, so
 * V8 has finished optimising them; the cold lint is timed from just after loading, as a CLI run
 * or a fresh worker meets it.
 */
const WORKLOADS = {
  arithmetic: {
    what: 'integer xorshift loop, no allocation',
    setup: async () => (reps) => {
      let x = 2463534242;
      let sum = 0;
      for (let i = 0; i < reps * 1_000_000; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        sum = (sum + (x & 0xff)) | 0;
      }
      return sum;
    },
  },
  'pointer chase 1 MB': {
    what: 'random cycle through 1 MB (fits a core’s L2)',
    setup: async () => chase(256 * 1024),
  },
  'pointer chase 64 MB': {
    what: 'random cycle through 64 MB (memory latency)',
    setup: async () => chase(16 * 1024 * 1024),
  },
  allocation: {
    what: 'short-lived objects and arrays, built and summed',
    setup: async () => (reps) => {
      let sum = 0;
      for (let r = 0; r < reps * 20; r++) {
        const list = [];
        for (let i = 0; i < 5000; i++) list.push({ index: i, label: `w${i}`, tags: [i, i + 1] });
        for (const item of list) sum += item.tags[1] + item.label.length;
      }
      return sum;
    },
  },
  json: {
    what: 'JSON.stringify and JSON.parse of report-shaped data',
    setup: async () => {
      const data = Array.from({ length: 400 }, (_, i) => ({ ruleId: `rule-${i % 17}`, line: i, column: i % 80, reason: `found "${'x'.repeat(i % 40)}"; say it plainly.`, fixes: [{ range: [i, i + 9], text: 'plain' }] }));
      return (reps) => {
        let sum = 0;
        for (let r = 0; r < reps * 8; r++) sum += JSON.parse(JSON.stringify(data)).length;
        return sum;
      };
    },
  },
  regex: {
    what: 'regular expressions scanning the corpus notes',
    setup: async () => {
      const texts = notes();
      const patterns = [/\b[A-Z][a-z]+\b/g, /[.!?]\s+(?=[A-Z])/g, /\b(?:really|very|just|so)\b/gi, /\n\s*\n/g];
      return (reps) => {
        let sum = 0;
        for (let r = 0; r < reps; r++) for (let i = r % 20; i < texts.length; i += 20) for (const p of patterns) sum += (texts[i].match(p) ?? []).length;
        return sum;
      };
    },
  },
  'bare parse': {
    what: 'remark-parse → remark-retext → retext-english on the corpus notes, no rules',
    warm: 100,
    setup: async () => corpusLoop((await import('./tools/bare-parse.mjs')).tool),
  },
  'followup-lint lintSync': {
    what: 'lintSync (dist/index.js), all rules, on the corpus notes',
    warm: 100,
    setup: async () => corpusLoop((await import('./tools/followup-lint.mjs')).tool),
  },
  'followup-lint lintSync, cold': {
    what: 'the same, timed from just after loading: V8 still compiling',
    warm: 0,
    setup: async () => corpusLoop((await import('./tools/followup-lint.mjs')).tool),
  },
};

/** A pointer chase through `entries` 32-bit slots: each load depends on the one before. */
function chase(entries) {
  const next = new Int32Array(entries);
  const order = Array.from({ length: entries }, (_, i) => i);
  let seed = 12345;
  for (let i = entries - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let i = 0; i < entries; i++) next[order[i]] = order[(i + 1) % entries];
  return (reps) => {
    let at = 0;
    for (let i = 0; i < reps * 200_000; i++) at = next[at];
    return at;
  };
}

/** A tool of the comparison run over the corpus: one unit of work is 20 notes. */
async function corpusLoop(tool) {
  const texts = notes();
  const lint = await tool.load();
  return async (reps) => {
    let sum = 0;
    for (let r = 0; r < reps; r++) for (let i = 0; i < 20; i++) sum += await lint(texts[(r * 20 + i) % texts.length]);
    return sum;
  };
}

// ---------------------------------------------------------------------------------------------
// Child side: a process (or a worker thread) that sets a workload up, says "ready", waits for
// "go", runs it and reports its own wall and CPU time.

/** Set up, warm up, then time `reps` units. */
async function prepared(name, reps) {
  const workload = WORKLOADS[name];
  const run = await workload.setup();
  const warm = workload.warm ?? Math.max(1, Math.round(reps / 5));
  if (warm > 0) await run(warm);
  return async () => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await run(reps);
    const wallMs = performance.now() - t0;
    const { user, system } = process.cpuUsage(cpu0);
    return { wallMs, cpuMs: (user + system) / 1000 };
  };
}

/** A process copy: "ready" on stdout, waits for a line on stdin, prints its result as JSON. */
async function childProcess(name, reps, threads, youngMb) {
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const go = new Promise((resolve) => process.stdin.once('data', resolve));
  if (threads === 0) {
    const timed = await prepared(name, reps);
    send({ ready: true });
    await go;
    send(await timed());
  } else {
    // Worker threads in this process: all ready, then started together; the process's CPU covers them all.
    const resourceLimits = youngMb ? { maxYoungGenerationSizeMb: youngMb } : undefined;
    const workers = Array.from({ length: threads }, () => new Worker(SELF, { workerData: { name, reps }, resourceLimits }));
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
    send({ ready: true });
    await go;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const w of workers) w.postMessage('go');
    const results = await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
    const wallMs = performance.now() - t0;
    const { user, system } = process.cpuUsage(cpu0);
    send({ wallMs, cpuMs: (user + system) / 1000, copies: results.map((r) => r.wallMs) });
    await Promise.all(workers.map((w) => w.terminate()));
  }
  process.exit(0);
}

async function childThread({ name, reps }) {
  const timed = await prepared(name, reps);
  parentPort.postMessage({ ready: true });
  await new Promise((resolve) => parentPort.once('message', resolve));
  parentPort.postMessage(await timed());
}

// ---------------------------------------------------------------------------------------------
// Parent side.

/** Start a child process, wait until it is ready; `start()` then sends "go" and resolves with its result. */
function launch(name, reps, { threads = 0, nodeFlags = [], youngMb = 0 } = {}) {
  const child = spawn(process.execPath, [...nodeFlags, SELF, '--child', name, String(reps), String(threads), String(youngMb)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = [];
  let waiting;
  let buffer = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    buffer += chunk;
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      lines.push(JSON.parse(buffer.slice(0, nl)));
      buffer = buffer.slice(nl + 1);
      waiting?.();
    }
  });
  const failed = new Promise((_, reject) => child.on('exit', (code) => code !== 0 && reject(new Error(`${name} copy exited ${code}`))));
  const nextLine = () => Promise.race([failed, new Promise((resolve) => (lines.length ? resolve() : (waiting = resolve))).then(() => lines.shift())]);
  return nextLine().then(() => ({
    start: () => {
      child.stdin.end('go\n');
      return nextLine();
    },
  }));
}

/** Run `copies` (1 or 2 processes, or one process of `threads` worker threads) from a common start. */
async function measure(name, reps, mode, options = {}) {
  const copies = mode === 'processes' ? 2 : 1;
  const threads = mode === 'threads' ? 2 : 0;
  const launched = await Promise.all(Array.from({ length: copies }, () => launch(name, reps, { ...options, threads })));
  // Loading and warming up took a while: start the timed part in a quiet moment too.
  await quietWindow();
  const before = machineCpu();
  const t0 = performance.now();
  const results = await Promise.all(launched.map((c) => c.start()));
  const wallMs = performance.now() - t0;
  const cpuMs = results.reduce((s, r) => s + r.cpuMs, 0);
  const copyWalls = results.flatMap((r) => r.copies ?? [r.wallMs]);
  return { copyMs: Math.max(...copyWalls), wallMs, cpuMs, others: othersLoad(before, machineCpu(), cpuMs / 1000, wallMs)?.others };
}

/** Units of work that take about `seconds` alone. */
async function calibrate(name, seconds, nodeFlags) {
  let reps = 1;
  for (;;) {
    const { copyMs } = await measure(name, reps, 'alone', { nodeFlags });
    if (copyMs >= seconds * 1000 * 0.5 || reps > 1e6) return Math.max(1, Math.round((reps * seconds * 1000) / copyMs));
    reps *= copyMs < 50 ? 16 : 4;
  }
}

/** Alone, two processes, two threads, `runs` times interleaved: medians and the scaling ratios. */
async function scaling(name, seconds, runs, variant) {
  const reps = await calibrate(name, seconds, variant.nodeFlags);
  const samples = { alone: [], processes: [], threads: [], cpuPerWall: [], others: [] };
  let retried = 0;
  const quietly = async (mode) => {
    const m = await whenQuiet(() => measure(name, reps, mode, variant));
    retried += m.retried;
    return m;
  };
  for (let r = 0; r < runs; r++) {
    const alone = await quietly('alone');
    const processes = await quietly('processes');
    const threads = await quietly('threads');
    samples.alone.push(alone.copyMs);
    samples.processes.push(processes.copyMs);
    samples.threads.push(threads.copyMs);
    samples.cpuPerWall.push(alone.cpuMs / alone.copyMs);
    for (const m of [alone, processes, threads]) if (m.others !== undefined) samples.others.push(m.others);
  }
  const alone = median(samples.alone);
  return {
    workload: name,
    variant: variant.label,
    reps,
    aloneMs: Math.round(alone),
    aloneCpuPerWall: Number(median(samples.cpuPerWall).toFixed(2)),
    twoProcesses: Number(((2 * alone) / median(samples.processes)).toFixed(2)),
    twoThreads: Number(((2 * alone) / median(samples.threads)).toFixed(2)),
    othersCores: samples.others.length ? Number(Math.max(...samples.others).toFixed(2)) : null,
    retried,
  };
}

const VARIANTS = [
  { label: 'default', nodeFlags: [] },
  { label: '--single-threaded', nodeFlags: ['--single-threaded'], only: ['allocation', 'json', 'bare parse', 'followup-lint lintSync', 'followup-lint lintSync, cold'] },
  { label: 'young generation 64 MB semi-space', nodeFlags: ['--max-semi-space-size=64'], youngMb: 192, only: ['allocation', 'json', 'bare parse', 'followup-lint lintSync', 'followup-lint lintSync, cold'] },
];

async function main() {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const runs = Number(arg('--runs', 3));
  const seconds = Number(arg('--seconds', 1.5));
  const only = arg('--only', '')
    .split(',')
    .filter(Boolean)
    .map((s) => s.toLowerCase());
  const names = Object.keys(WORKLOADS).filter((n) => only.length === 0 || only.some((o) => n.toLowerCase().includes(o)));
  const topology = cpuTopology();
  console.log(`${topology.cores} cores (${topology.model}); thread siblings per CPU: ${topology.threadSiblings.join(' | ')}; Node ${process.version}`);
  console.log(`Each copy ~${seconds} s of work after warm-up; medians of ${runs} runs. Ratio = throughput of two copies / one copy (2.00 = perfect).`);
  console.log('cpu/wall: CPU the lone copy’s process used per second (above 1: V8’s compiler and GC threads).');
  console.log(`others: most cores other processes used during a kept run; a run where they used over ${QUIET_CORES} is taken again (retried).\n`);
  const header = ['workload', 'variant', 'alone ms', 'cpu/wall', '2 processes', '2 threads', 'others', 'retried'];
  const widths = [24, 34, 9, 9, 12, 10, 7, 8];
  const line = (cells) => console.log(cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' '));
  line(header);
  const rows = [];
  const out = arg('--json', '');
  // Written after every row, so a run cut short still leaves what it measured (complete: false).
  const save = (complete) => {
    if (out) writeFileSync(path.resolve(ROOT, out), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, topology, runs, seconds, complete, rows }, null, 2)}\n`);
  };
  for (const variant of VARIANTS) {
    for (const name of names) {
      if (variant.only && !variant.only.includes(name)) continue;
      const row = await scaling(name, seconds, runs, variant);
      rows.push(row);
      line([row.workload, row.variant, row.aloneMs, row.aloneCpuPerWall.toFixed(2), `${row.twoProcesses.toFixed(2)}×`, `${row.twoThreads.toFixed(2)}×`, row.othersCores ?? '?', row.retried]);
      save(false);
    }
  }
  save(true);
  if (out) console.log(`\nWrote ${out}`);
}

if (!isMainThread) await childThread(workerData);
else if (process.argv[2] === '--child') await childProcess(process.argv[3], Number(process.argv[4]), Number(process.argv[5]), Number(process.argv[6]));
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
