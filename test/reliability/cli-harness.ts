// Spawns the real built CLI (optionally as an unprivileged user, with a fault preloaded) and
// provides the machine-level tools the fault scenarios need: tmpfs mounts, an unprivileged
// runner, snapshots of a folder's bytes, and checks for crashes and stack traces.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's folder, found upward from this module (also when bundled into dist/). */
export const ROOT = ((): string => {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'followup-lint') return dir;
    } catch {
      // Not here; keep looking.
    }
    if (path.dirname(dir) === dir) throw new Error('cannot find the followup-lint project folder');
  }
})();

/** The binary users run. */
export const BIN = path.join(ROOT, 'bin/followup-lint.js');
const HOOK = path.join(ROOT, 'test/reliability/fault-hook.mjs');

/** One fault the preload hook injects (see fault-hook.mjs). */
export interface HookFault {
  path: string;
  read: number;
  action: 'append' | 'unlink' | 'replace-with-folder';
  text?: string;
}

/** How to run the binary. */
export interface SpawnOptions {
  cwd: string;
  /** Run as the unprivileged `nobody` user (needs `unprivileged()` to be available). */
  unprivileged?: boolean;
  fault?: HookFault;
  /** Extra arguments for node itself, e.g. another `--import`. */
  nodeArgs?: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** What a run of the binary did. */
export interface BinaryRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

const NOBODY = 65534;

/** Whether this process is root (where file permissions are not enforced). */
export const isRoot = (): boolean => process.getuid?.() === 0;

let unprivilegedReason: string | null | undefined;

/**
 * Why the CLI cannot be run without privileges here, or null when it can: as root, `setpriv`
 * must be able to switch to `nobody`, who must be able to read the project; otherwise the
 * current user already is unprivileged.
 */
export function unprivilegedUnavailable(): string | null {
  if (unprivilegedReason !== undefined) return unprivilegedReason;
  if (!isRoot()) return (unprivilegedReason = null);
  const probe = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, '--version'], { encoding: 'utf8' });
  unprivilegedReason = probe.status === 0 ? null : `cannot run the CLI as nobody via setpriv (${probe.error?.message ?? probe.stderr.trim()})`;
  return unprivilegedReason;
}

/** Run `followup-lint ...args`, never throwing: a hang is killed and reported as timedOut. */
export function runBinary(args: readonly string[], options: SpawnOptions): Promise<BinaryRun> {
  const nodeArgs = [...(options.fault ? ['--import', HOOK] : []), ...(options.nodeArgs ?? []), BIN, ...args];
  const asNobody = options.unprivileged && isRoot();
  const command = asNobody ? 'setpriv' : process.execPath;
  const argv = asNobody ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, ...nodeArgs] : nodeArgs;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: '1', ...options.env };
  delete env['FORCE_COLOR'];
  if (options.fault) env['FOLLOWUP_LINT_FAULT'] = JSON.stringify(options.fault);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: `${stderr}${error.message}`, timedOut, ms: performance.now() - started });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}

/** A stack frame line such as `    at main (file.js:1:2)`: never shown to a user. */
export const STACK_FRAME = /^\s*at\s+\S/m;

/** Reasons a run counts as a crash rather than a handled failure. */
export function crashSigns(run: BinaryRun): string[] {
  const signs: string[] = [];
  if (run.timedOut) signs.push(`hung (killed after ${Math.round(run.ms)} ms)`);
  else if (run.signal) signs.push(`killed by ${run.signal}`);
  else if (run.code === null || ![0, 1, 2].includes(run.code)) signs.push(`exit code ${String(run.code)}`);
  if (STACK_FRAME.test(run.stderr)) signs.push('stack trace on standard error');
  if (/internal error/.test(run.stderr)) signs.push('internal error');
  return signs;
}

/** Every standard-error line is one `followup-lint: …` line (or the usage hint after one). */
export function strayStderrLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line !== '')
    .filter((line) => !line.startsWith('followup-lint: ') && line !== 'Run "followup-lint --help" for usage.');
}

/** A scratch folder every user can enter (so `nobody` can run in it), removed by `cleanup`. */
export function scratchDir(label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `followup-lint-${label}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** Remove a scratch folder, making everything in it writable first. */
export function cleanup(dir: string): void {
  spawnSync('chmod', ['-R', 'u+rwX', dir]);
  rmSync(dir, { recursive: true, force: true });
}

let tmpfsReason: string | null | undefined;

/** Why a tmpfs cannot be mounted here, or null when it can. */
export function tmpfsUnavailable(): string | null {
  if (tmpfsReason !== undefined) return tmpfsReason;
  if (!isRoot()) return (tmpfsReason = 'mounting a tmpfs needs root');
  const dir = scratchDir('probe');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  tmpfsReason = mounted.status === 0 ? null : `cannot mount a tmpfs (${mounted.error?.message ?? mounted.stderr.trim()})`;
  if (mounted.status === 0) spawnSync('umount', [dir]);
  cleanup(dir);
  return tmpfsReason;
}

/** Mount a tmpfs of `size` (e.g. `256k`) on a new folder; call `unmount` when done. */
export function mountTmpfs(size: string): { dir: string; readOnly(): void; unmount(): void } {
  const dir = scratchDir('tmpfs');
  const run = (args: string[]): void => {
    const r = spawnSync('mount', args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`mount ${args.join(' ')} failed: ${r.stderr.trim()}`);
  };
  run(['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir]);
  return {
    dir,
    readOnly: () => run(['-o', 'remount,ro', dir]),
    unmount: () => {
      spawnSync('umount', ['-l', dir]);
      cleanup(dir);
    },
  };
}

/** Every regular file under `dir` (relative path → bytes). */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) files.set(rel, readFileSync(path.join(dir, rel)));
    }
  };
  walk('');
  return files;
}

/** Bytes of `expected` not found in place in `actual` (a missing file loses all of them). */
export function bytesLost(expected: Buffer, actual: Buffer | undefined): number {
  if (!actual) return expected.length;
  let lost = 0;
  for (let i = 0; i < expected.length; i++) if (actual[i] !== expected[i]) lost++;
  return lost;
}

/** Whether a path is a folder (false when missing). */
export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Make a folder with its parents, every user allowed to enter it. */
export function openFolder(p: string): void {
  mkdirSync(p, { recursive: true, mode: 0o755 });
  chmodSync(p, 0o755);
}
