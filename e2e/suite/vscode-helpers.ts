// Helpers over the vscode API for the tests: the extension's API, notes, findings, settings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { FollowupLintApi } from '../../client/src/extension.js';
import { waitFor } from './harness.js';

export const EXTENSION_ID = 'followup-lint.followup-lint';
export const SOURCE = 'followup-lint';

/** The installed extension's API, once its server runs. */
export async function extensionApi(): Promise<FollowupLintApi> {
  const extension = vscode.extensions.getExtension<FollowupLintApi>(EXTENSION_ID);
  if (!extension) throw new Error(`The extension ${EXTENSION_ID} is not installed.`);
  const api = await extension.activate();
  await api.ready();
  return api;
}

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  if (!first) throw new Error('The tests need a workspace folder.');
  return first.uri;
}

/** Writes a note into the workspace and opens it in an editor. */
export async function openNote(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Writes a file into the workspace without opening it. */
export async function writeWorkspaceFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** This linter's findings on a document. */
export function findings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id of a finding (its `code`). */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (typeof d.code === 'object' && d.code !== null) return String(d.code.value);
  return d.code === undefined ? undefined : String(d.code);
}

/** Waits until the document has findings satisfying `accept`, and returns them. */
export function waitForFindings(uri: vscode.Uri, what: string, accept: (found: vscode.Diagnostic[]) => boolean, timeout?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const found = findings(uri);
    return accept(found) ? found : undefined;
  }, timeout);
}

/** Sets a `followupLint.*` setting in the workspace; returns a function that restores it. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('followupLint');
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration('followupLint').update(key, before, vscode.ConfigurationTarget.Workspace);
  };
}

/** The quick fixes offered for a finding. */
export async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Applies a code action the way the lightbulb would: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`The edit of “${action.title}” was rejected.`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/**
 * The pids of the followup-lint servers this extension host started (it forks them, so they are its
 * children). Read from /proc; undefined where there is none (not Linux).
 */
export function serverPids(): number[] | undefined {
  if (!existsSync('/proc')) return undefined;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (after the parenthesised command name) is the parent pid.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (parent === process.pid && command.includes('server.cjs')) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}
