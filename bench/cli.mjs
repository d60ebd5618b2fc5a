// CLI benchmark: the built binary, each run its own process, as a user or CI runs it. Measures
// the one-note start (median of 10); 10,000 generated notes with --concurrency off, with worker
// threads, with auto, and as two single-threaded processes splitting the folder side by side
// (what the machine gives two busy threads), in interleaved rounds; and a cold --cache run against
// warm ones, with the JSON report and with the default one. Every folder run records the CPU its
// process used (all threads), and is taken again when other processes were using the machine
// meanwhile. Checks each variant prints the same JSON report; prints a table and writes
// bench/results/cli.json.
// Usage: node bench/cli.mjs [--notes N] [--workers N] [--rounds N] [--start-runs N] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli as run, twoProcesses } from './lib/cli-run.mjs';
import { median } from './lib/stats.mjs';
import { cpuTopology, QUIET_CORES, whenQuiet } from './lib/machine.mjs';
import { writeNotesFolder } from './lib/notes-folder.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/followup-lint.js');
const runCli = (args, cwd, work) => run(BIN, args, cwd, work);

function flag(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const NOTES = flag('--notes', 10_000);
const WORKERS = flag('--workers', 2);
const ROUNDS = flag('--rounds', 3);
const START_RUNS = flag('--start-runs', 10);

const load = () => os.loadavg()[0];

/** Medians of a variant's kept runs. */
function summary(runs) {
  return {
    medianMs: Math.round(median(runs.map((r) => r.wallMs))),
    cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
    othersCores: runs.some((r) => r.others !== undefined) ? Number(Math.max(...runs.map((r) => r.others ?? 0)).toFixed(2)) : null,
    retried: runs.reduce((s, r) => s + r.retried, 0),
  };
}

async function main() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'followup-lint-bench-cli-'));
  try {
    const notesDir = path.join(work, 'notes');
    const bytes = writeNotesFolder(notesDir, NOTES);
    const loadBefore = load();

    // One note, the whole process; and a bare `node -e 0` beside it for the floor.
    const note = path.join(ROOT, 'examples/clean-note.md');
    const start = [];
    const bare = [];
    const timed = (args) => {
      const t = process.hrtime.bigint();
      spawnSync(process.execPath, args, { cwd: ROOT });
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    timed([BIN, note]);
    for (let i = 0; i < START_RUNS; i++) {
      start.push(timed([BIN, note]));
      bare.push(timed(['-e', '0']));
    }

    // The folder: the variants in turn, round after round, so a slow minute hits them alike.
    const json = ['--format', 'json', '.'];
    const variants = {
      off: () => runCli([...json, '--concurrency', 'off'], notesDir, work),
      workers: () => runCli([...json, '--concurrency', String(WORKERS)], notesDir, work),
      auto: () => runCli([...json, '--concurrency', 'auto'], notesDir, work),
      twoProcesses: () => twoProcesses(BIN, notesDir, work),
    };
    const runs = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, measure] of Object.entries(variants)) runs[name].push(await whenQuiet(measure));
    }
    const cacheFile = path.join(work, 'cache', '.followuplintcache');
    const cached = [...json, '--cache', '--cache-location', cacheFile];
    const cold = await runCli(cached, notesDir, work);
    // Warm runs, medians of three: the JSON report shows each finding's text, so every note is
    // still read; the default (stylish) report, like the GitHub and SARIF ones, reads none.
    const warmRuns = [];
    const warmDefault = [];
    for (let i = 0; i < 3; i++) {
      warmRuns.push(await runCli(cached, notesDir, work));
      warmDefault.push(await runCli(['--cache', '--cache-location', cacheFile, '.'], notesDir, work));
    }
    const warmMs = median(warmRuns.map((r) => r.wallMs));
    const warmDefaultMs = median(warmDefault.map((r) => r.wallMs));
    const loadAfter = load();

    const reference = runs.off[0];
    const printed = [...runs.off, ...runs.workers, ...runs.auto, cold, ...warmRuns];
    const same =
      printed.every((r) => r.report === reference.report && r.code === reference.code) &&
      warmDefault.every((r) => r.code === reference.code && r.report === warmDefault[0].report);
    const folder = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, summary(list)]));
    const speedup = (name) => Number((folder.off.medianMs / folder[name].medianMs).toFixed(2));
    // The main thread alone already keeps more than one core busy (V8 compiles and collects on
    // threads of its own). Doing the same work, all the cores can beat it by at most this much.
    const offCores = folder.off.cpuMs / folder.off.medianMs;
    const cpus = os.availableParallelism();
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      cpus,
      topology: cpuTopology(),
      loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(loadAfter.toFixed(2)) },
      notes: NOTES,
      megabytes: Number((bytes / 1e6).toFixed(2)),
      oneNote: { medianMs: Math.round(median(start)), runs: START_RUNS, bareNodeMedianMs: Math.round(median(bare)) },
      folder: {
        rounds: ROUNDS,
        quietBelowCores: QUIET_CORES,
        workers: WORKERS,
        off: { ...folder.off, coresUsed: Number(offCores.toFixed(2)) },
        ceiling: Number((cpus / offCores).toFixed(2)),
        withWorkers: { ...folder.workers, speedup: speedup('workers') },
        auto: { ...folder.auto, speedup: speedup('auto') },
        twoProcesses: { ...folder.twoProcesses, speedup: speedup('twoProcesses') },
        workersOfTwoProcesses: Number((folder.twoProcesses.medianMs / folder.workers.medianMs).toFixed(2)),
        coldCacheMs: Math.round(cold.wallMs),
        warmCacheMs: Math.round(warmMs),
        warmSpeedup: Number((cold.wallMs / warmMs).toFixed(1)),
        warmDefaultFormatMs: Math.round(warmDefaultMs),
        warmDefaultFormatSpeedup: Number((cold.wallMs / warmDefaultMs).toFixed(1)),
      },
      sameOutput: same,
    };
    mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'bench/results/cli.json'), `${JSON.stringify(result, null, 2)}\n`);

    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const row = (what, v, note) => [what, `${v.medianMs} ms`, seconds(v.cpuMs), `${v.othersCores ?? '?'} / ${v.retried}`, note];
    const f = result.folder;
    const rows = [
      ['', 'wall', 'CPU', 'others / retried', ''],
      [`one note, whole process (median of ${START_RUNS})`, `${result.oneNote.medianMs} ms`, '', '', `bare node: ${result.oneNote.bareNodeMedianMs} ms`],
      row(`${NOTES} notes (${result.megabytes} MB), --concurrency off`, f.off, `keeps ${f.off.coresUsed} cores busy: with no more CPU, ${result.cpus} cores allow at most ${f.ceiling}×`),
      row(`${NOTES} notes, --concurrency ${WORKERS}`, f.withWorkers, `${f.withWorkers.speedup}× faster`),
      row(`${NOTES} notes, --concurrency auto`, f.auto, `${f.auto.speedup}× faster`),
      row('  for scale: two processes, half each, side by side', f.twoProcesses, `${f.twoProcesses.speedup}× (workers reach ${f.workersOfTwoProcesses} of it)`),
      [`${NOTES} notes, --cache, cold`, `${f.coldCacheMs} ms`, '', '', ''],
      [`${NOTES} notes, --cache, warm (median of 3)`, `${f.warmCacheMs} ms`, '', '', `${f.warmSpeedup}× faster than cold`],
      [`${NOTES} notes, --cache, warm, default report (median of 3)`, `${f.warmDefaultFormatMs} ms`, '', '', `${f.warmDefaultFormatSpeedup}× faster than cold`],
    ];
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
    console.log(`followup-lint CLI, Node ${process.version}, ${result.cpus} cores, load average ${result.loadAverage.before} → ${result.loadAverage.after}`);
    console.log(`Folder runs: medians of ${ROUNDS} interleaved rounds; CPU is all the run's threads; "others" is the most cores other processes used during a kept run (a run above ${QUIET_CORES} is taken again).`);
    for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3].padStart(widths[3])}  ${r[4]}`);
    console.log(same ? 'All variants printed the same JSON report and exit code (the default-report runs: the same exit code, and one report).' : 'MISMATCH: the variants printed different reports.');
    console.log('Wrote bench/results/cli.json');
    if (!same) process.exitCode = 1;
  } finally {
    if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
    else console.log(`Kept ${work}`);
  }
}

await main();
