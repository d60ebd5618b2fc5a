// Two builds of the CLI against each other on the same folder of notes: for A/B-testing a change
// to the CLI's loop or pool, each build a checkout of its own (built with `node scripts/build.mjs
// --no-types`). Runs every build in every --concurrency mode, round after round, each run in a
// quiet moment of the machine (see lib/machine.mjs), and prints median wall and CPU time, the
// ratios of each build's workers to its own --concurrency off, and each round's wall time.
// Usage: node bench/cli-ab.mjs <checkout> <checkout>… [--notes N] [--rounds N] [--modes off,2,auto] [--two-processes]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, twoProcesses } from './lib/cli-run.mjs';
import { median } from './lib/stats.mjs';
import { whenQuiet } from './lib/machine.mjs';
import { writeNotesFolder } from './lib/notes-folder.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args.splice(i, 2)[1];
};
const NOTES = Number(option('--notes', 10_000));
const ROUNDS = Number(option('--rounds', 3));
const MODES = option('--modes', 'off,2').split(',');
const TWO_PROCESSES = args.includes('--two-processes');
const builds = args.filter((a) => !a.startsWith('--')).map((a) => path.resolve(a));
for (const b of builds) if (!existsSync(path.join(b, 'dist/cli.js'))) throw new Error(`${b}/dist/cli.js is missing: build that checkout first`);
if (builds.length === 0) throw new Error('name at least one checkout');

const bin = (build) => path.join(build, 'bin/followup-lint.js');

const work = mkdtempSync(path.join(os.tmpdir(), 'followup-lint-cli-ab-'));
try {
  const dir = path.join(work, 'notes');
  writeNotesFolder(dir, NOTES);
  const variants = builds.flatMap((build) => [
    ...MODES.map((mode) => ({ build, mode, measure: () => runCli(bin(build), ['--format', 'json', '--concurrency', mode, '.'], dir, work) })),
    ...(TWO_PROCESSES ? [{ build, mode: 'two processes', measure: () => twoProcesses(bin(build), dir, work) }] : []),
  ]);
  const results = variants.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, v] of variants.entries()) results[i].push(await whenQuiet(v.measure));
    process.stderr.write(`round ${round + 1} of ${ROUNDS} done\n`);
  }
  const reports = new Set(results.flat().flatMap((r) => (r.report ? [r.report] : [])));
  console.log(`${NOTES} notes, ${os.availableParallelism()} cores, medians of ${ROUNDS} rounds (each run in a quiet moment)`);
  const offOf = new Map();
  variants.forEach((v, i) => v.mode === 'off' && offOf.set(v.build, median(results[i].map((r) => r.wallMs))));
  for (const [i, v] of variants.entries()) {
    const wall = median(results[i].map((r) => r.wallMs));
    const cpu = median(results[i].map((r) => r.cpuMs));
    const others = Math.max(...results[i].map((r) => r.others ?? 0));
    const off = offOf.get(v.build);
    const vsOff = off && v.mode !== 'off' ? `${(off / wall).toFixed(2)}× its off` : '';
    console.log(`${path.basename(v.build).padEnd(12)} ${v.mode.padEnd(14)} wall ${String(Math.round(wall)).padStart(6)} ms  cpu ${String(Math.round(cpu)).padStart(6)} ms  others ≤ ${others.toFixed(2)}  ${vsOff}`);
    // Each round's wall time, in round order: a round's runs are close in time, so compare across builds within it.
    console.log(`${''.padEnd(28)}rounds: ${results[i].map((r) => (r.wallMs / 1000).toFixed(2)).join(' ')} s`);
  }
  console.log(reports.size === 1 ? 'Every run printed the same report.' : `MISMATCH: ${reports.size} different reports.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
