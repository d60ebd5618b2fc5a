// `followupLint.lintWorkspace`: lints every note under the workspace folders, found and
// skipped exactly as the CLI finds them (node_modules, .gitignore, .followuplintignore,
// a config's `ignores`), and publishes diagnostics for each one that is not open.
import { pathToFileURL } from 'node:url';
import type { ResolvedConfig } from '../../rules/index.js';
import { Discoverer } from '../cli/discover.js';
import { readSourceFile } from '../cli/source-file.js';
import type { SettingsReading } from './settings.js';
import type { DocumentConfig } from './config-store.js';
import type { Finding, LintOutcome } from './findings.js';
import type { LintWorkspaceResult } from './protocol.js';

/** What the workspace lint needs from the server. */
export interface WorkspaceLintDeps {
  /** File-system paths of the workspace folders. */
  folders: string[];
  /** Open documents are linted by the server as they change; they are counted, not re-read. */
  isOpen(uri: string): boolean;
  settingsFor(uri: string): Promise<SettingsReading>;
  configFor(uri: string, reading: SettingsReading): DocumentConfig;
  lint(text: string, resolved: ResolvedConfig, filePath: string): Promise<LintOutcome>;
  /** Publish a note's findings, at most `maxProblems` of them (see problem-limit.ts). */
  publish(uri: string, findings: Finding[], text: string, maxProblems: number): void;
  reportError(message: string): void;
}

/** Lint every note in the workspace folders; returns how many files and problems were found. */
export async function lintWorkspace(deps: WorkspaceLintDeps): Promise<LintWorkspaceResult> {
  const seen = new Set<string>();
  let files = 0;
  let problems = 0;
  for (const folder of deps.folders) {
    const discovery = await new Discoverer({ cwd: folder, useIgnoreFiles: true }).discover([]);
    for (const found of discovery.files) {
      if (seen.has(found.path)) continue;
      seen.add(found.path);
      const uri = pathToFileURL(found.path).href;
      const reading = await deps.settingsFor(uri);
      if (!reading.settings.enable) continue;
      const { config, problem } = deps.configFor(uri, reading);
      if (problem) deps.reportError(problem);
      if (config.ignored) continue;
      let text: string;
      try {
        text = (await readSourceFile(found.path)).text;
      } catch (error) {
        deps.reportError(`${found.path}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      try {
        const outcome = await deps.lint(text, config.resolved, found.path);
        files++;
        problems += outcome.findings.length;
        if (!deps.isOpen(uri)) deps.publish(uri, outcome.findings, text, reading.settings.maxProblems);
      } catch (error) {
        deps.reportError(`followup-lint could not lint ${found.path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return { files, problems };
}
