// Runs the extension's end-to-end tests in a real VS Code (code-server) driven by headless Chromium.
// Tier 1: the suite in e2e/suite runs in the extension host against the real vscode API and server.
// Tier 2: a UI smoke test sees the squiggle, applies a quick fix with the keyboard and saves a screenshot;
// then a broken server bundle must show in the status bar. Needs the tools of `bash e2e/setup.sh`.
// Usage: node e2e/run.mjs [--tier1] [--tier2]
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { missingTools, startCodeServer, stopAll } from './code-server.mjs';
import { buildTestExtension, makeWorkspace, packageExtension, runFolder, work } from './lib.mjs';
import { brokenServerTest, smokeTest } from './smoke.mjs';

const args = process.argv.slice(2);
const only = args.filter((a) => a === '--tier1' || a === '--tier2');
const tiers = { one: only.length === 0 || only.includes('--tier1'), two: only.length === 0 || only.includes('--tier2') };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIER1_TIMEOUT = 240_000;

const missing = missingTools(CHROMIUM);
if (missing.length > 0) {
  for (const [what, file] of missing) console.error(`e2e: ${what} not found at ${file}`);
  console.error('e2e: run `bash e2e/setup.sh` first.');
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const timings = {};
const t0 = Date.now();
const run = runFolder('run');
const resultsFile = path.join(run, 'results.json');
let browser;
let exitCode = 1;

async function timed(name, action) {
  const started = Date.now();
  try {
    return await action();
  } finally {
    timings[name] = Date.now() - started;
  }
}

async function main() {
  const { vsix } = await timed('package', () => packageExtension());
  const server = await timed('start', () =>
    // The suite runs in the extension host, a child of code-server, and writes its results here.
    startCodeServer({ dir: path.join(run, 'code-server'), vsix, env: { FOLLOWUP_LINT_E2E_RESULTS: resultsFile } }),
  );
  timings.install = server.installMs;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  let failed = false;
  if (tiers.one) failed = !(await timed('tier1', () => tier1(server))) || failed;
  if (tiers.two) {
    failed = !(await timed('tier2', () => uiTest('UI smoke test', (page) => smokeTest(page, server.base, makeWorkspace(path.join(run, 'workspace-ui')), path.join(work, 'screenshot.png'))))) || failed;
    // A second code-server whose installed extension carries a server that throws on load.
    const broken = await startCodeServer({
      dir: path.join(run, 'code-server-broken'),
      vsix,
      prepare: (extension) => writeFileSync(path.join(extension, 'out', 'server.cjs'), "throw new Error('a deliberately broken server bundle');\n"),
    });
    failed = !(await timed('broken', () => uiTest('broken server is reported', (page) => brokenServerTest(page, broken.base, makeWorkspace(path.join(run, 'workspace-broken')), path.join(work, 'screenshot-broken-server.png'))))) || failed;
    broken.stop();
    // The output channel (logged to disk by the workbench) must carry the server's own error.
    const logs = readdirSync(broken.userData, { recursive: true }).filter((f) => String(f).endsWith('followup-lint.log'));
    if (!logs.some((f) => readFileSync(path.join(broken.userData, String(f)), 'utf8').includes('a deliberately broken server bundle'))) {
      console.error('e2e: the output channel does not show why the server failed');
      failed = true;
    }
  }
  exitCode = failed ? 1 : 0;
}

/** Runs one browser test on a fresh page; on failure keeps a screenshot of the page. */
async function uiTest(name, test) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await test(page);
    console.log(`e2e: tier 2: ${name}: passed`);
    return true;
  } catch (error) {
    const shot = path.join(work, `failure-${name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    console.error(`e2e: tier 2: ${name}: FAILED: ${error instanceof Error ? error.stack : error}\ne2e: the page at the failure: ${shot}`);
    return false;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Loads the workbench with the test payload; the workbench reports the suite's exit code through codeAutomationExit. */
async function tier1(server) {
  const workspace = makeWorkspace(path.join(run, 'workspace'));
  const testExtension = await buildTestExtension(run);
  // The suite rides in a carrier extension loaded for development; followup-lint itself is the installed .vsix.
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(testExtension.dir)],
    ['extensionTestsPath', remote(testExtension.suite)],
  ];
  const page = await browser.newPage();
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
  const errors = [];
  page.on('console', (message) => {
    const text = message.text();
    // The suite prefixes its lines so they can be picked out of the workbench's own logging.
    if (text.includes('[followup-lint-e2e]')) console.log(text.replace(/^.*\[followup-lint-e2e\] ?/, '  '));
    else if (message.type() === 'error') errors.push(text);
  });
  await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let timer;
  const code = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIER1_TIMEOUT)))]);
  clearTimeout(timer);
  await page.close().catch(() => undefined);
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  // The suite logged each test as it ran; repeat the failures from the results file, which is authoritative.
  for (const r of results?.tests ?? []) {
    if (!r.ok) console.log(`  FAIL ${r.name} (${r.ms} ms)\n       ${r.error.replace(/\n/g, '\n       ')}`);
  }
  if (code === 'timeout') {
    console.error(`e2e: tier 1 did not finish within ${TIER1_TIMEOUT / 1000} s; see ${server.log}`);
    return false;
  }
  if (!results) {
    // The suite never ran (it failed to load, or the workbench could not start it): show what the workbench said.
    console.error(`e2e: tier 1 wrote no results; the workbench's last errors:\n${errors.slice(-15).join('\n') || '(none)'}`);
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
  exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  stopAll();
  timings.total = Date.now() - t0;
  console.log(`e2e: timings (ms) ${JSON.stringify(timings)}`);
  if (exitCode === 0 && !process.env.E2E_KEEP) rmSync(run, { recursive: true, force: true });
  else console.log(`e2e: run folder (logs, workspaces) kept at ${run}`);
}
process.exit(exitCode);
