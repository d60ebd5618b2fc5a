// Child-process side of the comparison: loads one tool, times it on the corpus or the 1 MB
// document, and writes the figures as JSON for the orchestrator (bench/compare.mjs).
import { Buffer } from 'node:buffer';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { peakRssMB, round, summarize } from './stats.mjs';

/**
 * One compared tool, as each bench/tools/*.mjs module exports it.
 * @typedef {object} Tool
 * @property {string} id Short name, used in flags (`--only alex,harper`) and in the JSON.
 * @property {string} label Name in the table and chart.
 * @property {() => string} version Installed version(s), for the record.
 * @property {string} what How the tool is called in-process.
 * @property {boolean} [baseline] True for the bare parse: a floor to compare against, not a linter.
 * @property {string} [counts] What its count means; "findings" unless said.
 * @property {() => Promise<(text: string) => number | Promise<number>>} load Loads the tool and returns a function that lints one text and returns the number of findings.
 * @property {(note: string) => { args: string[], how: string, script?: boolean }} cli Node arguments that lint one note as a user would from a shell, how to describe that, and whether it is a stand-in script (the tool has no CLI).
 */

/** The project root (bench/lib/../..). */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The real file behind a package's executable in node_modules/.bin. */
export function binPath(name) {
  return realpathSync(path.join(ROOT, 'node_modules/.bin', name));
}

/** A package's installed version, for the record. */
export function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * Calls the tool's lint function and waits only when it returns a promise, so a synchronous
 * tool is not charged for a trip through the microtask queue.
 */
async function call(lint, text) {
  const result = lint(text);
  const count = typeof result === 'number' ? result : await result;
  if (!Number.isInteger(count) || count < 0) throw new Error(`the runner's lint function returned ${String(count)}, not a count`);
  return count;
}

/**
 * CPU time this process used per unit of wall time since the clock started. Near 1 (or above,
 * with GC and compiler threads) means the tool had a core to itself; well below 1 means other
 * work on the machine took turns with it and its times are inflated.
 */
function startClock() {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  return {
    cpuPerWall() {
      const { user, system } = process.cpuUsage(cpu0);
      return round((user + system) / 1000 / (performance.now() - wall0), 2);
    },
  };
}

async function load(tool) {
  const t0 = performance.now();
  const lint = await tool.load();
  return { lint, loadMs: performance.now() - t0 };
}

/** Warm-up, then every note timed on its own. */
async function measureNotes(tool, corpusFile, warmup) {
  const notes = JSON.parse(readFileSync(corpusFile, 'utf8'));
  const { lint, loadMs } = await load(tool);
  for (let i = 0; i < Math.min(warmup, notes.length); i++) await call(lint, notes[i]);
  const samples = [];
  let findings = 0;
  let bytes = 0;
  const clock = startClock();
  for (const note of notes) {
    const t0 = performance.now();
    findings += await call(lint, note);
    samples.push(performance.now() - t0);
    bytes += Buffer.byteLength(note);
  }
  const cpuPerWall = clock.cpuPerWall();
  const stats = summarize(samples);
  return {
    loadMs: round(loadMs, 1),
    warmup: Math.min(warmup, notes.length),
    notes: notes.length,
    bytes,
    medianMs: round(stats.median, 4),
    p95Ms: round(stats.p95, 4),
    meanMs: round(stats.mean, 4),
    minMs: round(stats.min, 4),
    maxMs: round(stats.max, 2),
    totalMs: round(stats.total, 1),
    mbPerSecond: round(bytes / 1e6 / (stats.total / 1000), 3),
    findings,
    cpuPerWall,
    peakRssMB: round(peakRssMB(), 1),
  };
}

/** One lint of the 1 MB document in this fresh process, after one note to load lazy code. */
async function measureBig(tool, bigFile, warmFile) {
  const big = readFileSync(bigFile, 'utf8');
  const warm = readFileSync(warmFile, 'utf8');
  const { lint, loadMs } = await load(tool);
  await call(lint, warm);
  const rssBeforeMB = peakRssMB();
  const clock = startClock();
  const t0 = performance.now();
  const findings = await call(lint, big);
  const ms = performance.now() - t0;
  return { loadMs: round(loadMs, 1), bytes: Buffer.byteLength(big), ms: round(ms, 1), findings, cpuPerWall: clock.cpuPerWall(), peakRssBeforeMB: round(rssBeforeMB, 1), peakRssMB: round(peakRssMB(), 1) };
}

/**
 * Runs a tool module as a process when it is the entry script:
 * `notes <corpus.json> <out.json> <warmup>`, `big <big.md> <warm.md> <out.json>`, or
 * `once <note.md>` (load, lint one note, print the count: the stand-in CLI for tools without one).
 */
export async function runIfMain(moduleUrl, tool) {
  const entry = process.argv[1];
  if (!entry || realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  const [mode, ...args] = process.argv.slice(2);
  try {
    if (mode === 'once') {
      const { lint } = await load(tool);
      const count = await call(lint, readFileSync(args[0], 'utf8'));
      process.stdout.write(`${args[0]}: ${count} ${tool.counts ?? 'findings'}\n`);
    } else if (mode === 'notes') {
      writeFileSync(args[1], JSON.stringify(await measureNotes(tool, args[0], Number(args[2] ?? 50))));
    } else if (mode === 'big') {
      writeFileSync(args[2], JSON.stringify(await measureBig(tool, args[0], args[1])));
    } else {
      throw new Error(`unknown mode ${String(mode)}; expected notes, big or once`);
    }
  } catch (error) {
    process.stderr.write(`${tool.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
