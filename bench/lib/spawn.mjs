// Runs one child process with a time limit and reports how it ended and how long it took.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const KEEP = 64 * 1024;

/**
 * Runs `command args` in `cwd`; never rejects. A run over `timeoutMs` is killed (SIGKILL, this
 * child only) and comes back with `timedOut: true`. `ms` is wall time from spawn to exit.
 */
export function runProcess(command, args, { cwd, timeoutMs }) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let exitedAt = NaN;
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      if (stdout.length < KEEP) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      if (stderr.length < KEEP) stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', () => {
      exitedAt = performance.now();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, timedOut, ms: performance.now() - t0, stdout, stderr: `${stderr}${error.message}\n` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, ms: (Number.isNaN(exitedAt) ? performance.now() : exitedAt) - t0, stdout, stderr });
    });
  });
}

/** True when a process's error output holds a JavaScript stack trace (it crashed, whatever its exit code). */
export function crashed(stderr) {
  return /\n\s+at .+[:(]\d+:\d+\)?/.test(stderr);
}
