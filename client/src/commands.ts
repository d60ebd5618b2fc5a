// The commands the extension contributes: fix all, lint the workspace, show output, restart, rule docs.
import * as vscode from 'vscode';
import { SOURCE, ServerCommands, type ApplyFixAllResult, type LintWorkspaceResult } from './protocol';
import { plural } from './plural';
import type { ServerHandle } from './server';

/** What the commands need from the extension. */
export interface CommandContext {
  server: ServerHandle;
  output: vscode.LogOutputChannel;
  extensionUri: vscode.Uri;
  isNote(document: vscode.TextDocument): boolean;
}

/** Registers every contributed command; the returned disposables unregister them. */
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('followupLint.fixAll', () => fixAll(ctx)),
    vscode.commands.registerCommand('followupLint.lintWorkspace', () => lintWorkspace(ctx)),
    vscode.commands.registerCommand('followupLint.showOutput', () => ctx.output.show(true)),
    vscode.commands.registerCommand('followupLint.restartServer', () => restart(ctx)),
    vscode.commands.registerCommand('followupLint.showRuleDocs', (ruleId?: unknown) => showRuleDocs(ctx, ruleId)),
    // The command of the server's "Show documentation for <rule>" code action (see CLIENT_COMMANDS).
    vscode.commands.registerCommand('followupLint.openRuleDocs', (ruleId?: unknown) => showRuleDocs(ctx, ruleId)),
  ];
}

/** Applies the safe fixes to the active note; resolves (true when something was fixed) once the server's edit is applied. */
async function fixAll(ctx: CommandContext): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !ctx.isNote(editor.document)) {
    void vscode.window.showInformationMessage('followup-lint: open a note (a Markdown file) to fix it.');
    return false;
  }
  const { document } = editor;
  const result = await runOrReport(ctx, 'fix this note', () =>
    ctx.server.execute<ApplyFixAllResult | null>(ServerCommands.applyFixAll, [document.uri.toString(), document.version]),
  );
  if (result && !result.applied) {
    void vscode.window.showInformationMessage(`followup-lint: nothing fixed${result.reason ? `: ${result.reason}` : '.'}`);
  }
  return result?.applied === true;
}

async function lintWorkspace(ctx: CommandContext): Promise<LintWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('followup-lint: open a folder to lint the notes in it.');
    return undefined;
  }
  const result = await runOrReport(ctx, 'lint the workspace', () =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'followup-lint: linting notes' }, () =>
      ctx.server.execute<LintWorkspaceResult>(ServerCommands.lintWorkspace, []),
    ),
  );
  if (result) {
    const summary = `followup-lint: ${plural(result.files, 'note')} linted, ${plural(result.problems, 'problem')} found.`;
    ctx.output.info(summary);
    void vscode.window.showInformationMessage(summary, 'Open Problems').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }
  return result;
}

async function restart(ctx: CommandContext): Promise<void> {
  ctx.output.info('Restarting the followup-lint server.');
  try {
    await ctx.server.restart();
  } catch {
    // The status bar and the output already say why; the command itself has nothing to add.
  }
}

/**
 * Opens a rule's documentation: the page shipped inside the extension (so it works offline)
 * in the Markdown preview, else the rule's web page from a diagnostic.
 */
async function showRuleDocs(ctx: CommandContext, ruleId: unknown): Promise<void> {
  const id = typeof ruleId === 'string' ? ruleId : await pickRule(ctx);
  if (!id) return;
  if (!/^[a-z0-9-]+$/.test(id)) {
    void vscode.window.showWarningMessage(`followup-lint: “${id}” is not a rule id.`);
    return;
  }
  const page = vscode.Uri.joinPath(ctx.extensionUri, 'docs', 'rules', `${id}.md`);
  if (await exists(page)) {
    await vscode.commands.executeCommand('markdown.showPreview', page);
    return;
  }
  const href = ruleHrefs().get(id);
  if (href) await vscode.env.openExternal(href);
  else void vscode.window.showWarningMessage(`followup-lint: no documentation found for “${id}”.`);
}

/** Offers the rules of the current findings first, then every rule whose page the extension ships. */
async function pickRule(ctx: CommandContext): Promise<string | undefined> {
  const found = [...ruleHrefs().keys()].sort();
  let shipped: string[] = [];
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(ctx.extensionUri, 'docs', 'rules'));
    shipped = entries.map(([name]) => name).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).sort();
  } catch {
    // No pages shipped: only the findings' links remain.
  }
  const items: vscode.QuickPickItem[] = [
    ...found.map((id) => ({ label: id, description: 'in the open notes' })),
    ...shipped.filter((id) => !found.includes(id)).map((id) => ({ label: id })),
  ];
  if (items.length === 0) {
    void vscode.window.showInformationMessage('followup-lint: no rule documentation available.');
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Show the documentation of which rule?' }))?.label;
}

/** Rule ids of the current findings, with their documentation links. */
function ruleHrefs(): Map<string, vscode.Uri> {
  const hrefs = new Map<string, vscode.Uri>();
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (d.source !== SOURCE || typeof d.code !== 'object' || d.code === null) continue;
      hrefs.set(String(d.code.value), d.code.target);
    }
  }
  return hrefs;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Runs a server command; when it fails, says so and returns undefined rather than throwing into VS Code. */
async function runOrReport<T>(ctx: CommandContext, what: string, run: () => Thenable<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    ctx.output.error(`Could not ${what}: ${message}`);
    void vscode.window.showErrorMessage(`followup-lint could not ${what}: ${message}`, 'Show Output').then((choice) => {
      if (choice) ctx.output.show(true);
    });
    return undefined;
  }
}
