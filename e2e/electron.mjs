// Runs the tier-1 editor suite (e2e/suite) in desktop VS Code through @vscode/test-electron, when
// VSCODE_EXECUTABLE names a VS Code executable; reports itself skipped otherwise (nothing is downloaded).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildTestExtension, makeWorkspace, packageExtension, runFolder, userSettings } from './lib.mjs';

const executable = process.env.VSCODE_EXECUTABLE;
if (!executable) {
  console.log('e2e/electron: skipped (set VSCODE_EXECUTABLE to a desktop VS Code executable to run the suite in it).');
  process.exit(0);
}
if (!existsSync(executable)) {
  console.error(`e2e/electron: VSCODE_EXECUTABLE=${executable} does not exist.`);
  process.exit(1);
}

const started = Date.now();
const { staged } = packageExtension();
const run = runFolder('electron');
const testExtension = await buildTestExtension(run);
const workspace = makeWorkspace(path.join(run, 'workspace'));
const userData = path.join(run, 'user-data');
mkdirSync(path.join(userData, 'User'), { recursive: true });
writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
const results = path.join(run, 'results.json');

let exitCode = 1;
try {
  // Both the staged extension and the suite's carrier load as extensions under development.
  exitCode = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: [staged, testExtension.dir],
    extensionTestsPath: testExtension.suite,
    extensionTestsEnv: { FOLLOWUP_LINT_E2E_RESULTS: results },
    launchArgs: [workspace, '--user-data-dir', userData, '--extensions-dir', path.join(run, 'extensions'), '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`e2e/electron: ${error instanceof Error ? error.message : error}`);
}
if (existsSync(results)) {
  const { tests } = JSON.parse(readFileSync(results, 'utf8'));
  for (const t of tests) console.log(`  ${t.ok ? 'ok  ' : 'FAIL'} ${t.name} (${t.ms} ms)${t.ok ? '' : `\n       ${t.error}`}`);
} else {
  exitCode ||= 1;
  console.error('e2e/electron: the suite wrote no results.');
}
console.log(`e2e/electron: ${exitCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (exitCode === 0 && !process.env.E2E_KEEP) rmSync(run, { recursive: true, force: true });
process.exit(exitCode === 0 ? 0 : 1);
