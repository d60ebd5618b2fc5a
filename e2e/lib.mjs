// Shared preparation of the editor tests: package the extension, bundle the suite, make temporary folders.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const work = path.join(root, 'e2e', '.work');
export const tools = process.env.FOLLOWUP_LINT_E2E_TOOLS ?? path.join(work, 'tools');

/** Builds and packs the extension; returns the .vsix path and the staged extension folder. */
export function packageExtension() {
  mkdirSync(work, { recursive: true });
  const vsix = path.join(work, 'followup-lint-e2e.vsix');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'package-extension.mjs'), '--out', vsix], { cwd: root, stdio: 'inherit' });
  return { vsix, staged: path.join(root, 'dist', 'extension') };
}

/**
 * Writes a tiny extension that carries only the test suite: it is loaded as the
 * "extension under development", so the real extension is the one installed from the .vsix.
 * Returns its folder and the path of the bundled suite.
 */
export async function buildTestExtension(into) {
  const dir = path.join(into, 'tests-extension');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'followup-lint-e2e-tests', publisher: 'followup-lint', version: '0.0.0', engines: { vscode: '^1.91.0' } }, null, 2),
  );
  const suite = path.join(dir, 'suite.js');
  await build({
    entryPoints: [path.join(root, 'e2e', 'suite', 'index.ts')],
    outfile: suite,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return { dir, suite };
}

/** A fresh folder for one run under e2e/.work (kept with E2E_KEEP=1 for inspection). */
export function runFolder(prefix) {
  mkdirSync(work, { recursive: true });
  return mkdtempSync(path.join(work, `${prefix}-`));
}

/** An empty workspace folder with the settings every run starts from. */
export function makeWorkspace(dir, settings = {}) {
  mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
  return dir;
}

/** User settings that keep the workbench quiet and predictable under test. */
export const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
};
