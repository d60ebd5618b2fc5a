// Runs the CLI's binary as its own process for the CLI benchmarks: wall time, the CPU time of all
// its threads (through report-cpu.mjs), its exit code and a hash of its report.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPORT_CPU = ['--import', pathToFileURL(path.join(import.meta.dirname, 'report-cpu.mjs')).href];

/**
 * Run `node <bin> ...args` in `cwd`; resolves with `{ wallMs, cpuMs, code, report, stderr }`
 * (report: a hash of standard output). Exit codes other than 0 and 1 reject. `work` is a
 * scratch folder for the CPU figure; `nodeFlags` go to node before the script.
 */
export function runCli(bin, args, cwd, work, nodeFlags = []) {
  const cpuFile = path.join(work, `cpu-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, ...REPORT_CPU, bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', BENCH_CPU_FILE: cpuFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha1');
    let stderr = '';
    child.stdout.on('data', (chunk) => hash.update(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`followup-lint ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      resolve({ wallMs, cpuMs: JSON.parse(readFileSync(cpuFile, 'utf8')).cpuMs, code, report: hash.digest('hex'), stderr });
    });
  });
}

/**
 * What the machine gives two busy threads: the folder's `batch-*` subfolders split in two halves,
 * each linted by its own single-threaded process, side by side. Wall time is the slower's.
 */
export async function twoProcesses(bin, dir, work) {
  const folders = readdirSync(dir).filter((n) => n.startsWith('batch-')).sort();
  const half = Math.ceil(folders.length / 2);
  const args = ['--format', 'json', '--concurrency', 'off'];
  const runs = await Promise.all([runCli(bin, [...args, ...folders.slice(0, half)], dir, work), runCli(bin, [...args, ...folders.slice(half)], dir, work)]);
  return { wallMs: Math.max(...runs.map((r) => r.wallMs)), cpuMs: runs[0].cpuMs + runs[1].cpuMs };
}
