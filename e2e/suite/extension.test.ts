// The extension in a real VS Code: diagnostics, quick fixes, fix-all, settings, status bar, workspace lint, restart.
import * as vscode from 'vscode';
import { fixSync, readNote } from '../../rules/index.js';
import { check, log, test, waitFor } from './harness.js';
import {
  applyAction, extensionApi, findings, openNote, quickFixes, ruleOf, serverPids, setSetting, waitForFindings, writeWorkspaceFile,
} from './vscode-helpers.js';

/** A note with a desperate line (a safe rewrite exists) and two body paragraphs. */
const BAD_NOTE = `Dear Ms. Rivera,

Thank you for meeting with me on Tuesday. I really need this job. I enjoyed learning how the support team triages tickets.

I also liked hearing about the move to weekly releases and the new on-call rotation.

Best regards,
Sam
`;

const DOCS = /\/docs\/rules\/[a-z-]+\.md$/;

const has = (rule: string) => (found: vscode.Diagnostic[]) => found.some((d) => ruleOf(d) === rule);
const lacks = (rule: string) => (found: vscode.Diagnostic[]) => !found.some((d) => ruleOf(d) === rule);

test('a bad note shows the expected diagnostics', async () => {
  await extensionApi();
  const restore = await setSetting('maxWords', 20);
  try {
    const editor = await openNote('bad-note.md', BAD_NOTE);
    const uri = editor.document.uri;
    const found = await waitForFindings(uri, 'desperation and too-long findings', (f) => has('desperation')(f) && has('too-long')(f));
    for (const d of found) {
      check(d.source === 'followup-lint', 'every finding has source followup-lint', d.source);
      check(typeof d.code === 'object' && DOCS.test(d.code.target.toString()) && d.code.target.toString().endsWith(`/${ruleOf(d)}.md`), 'the rule id links to its docs', d.code);
    }
    const desperate = found.find((d) => ruleOf(d) === 'desperation')!;
    check(editor.document.getText(desperate.range).includes('need this job'), 'desperation flags the desperate words', editor.document.getText(desperate.range));
    check(desperate.severity === vscode.DiagnosticSeverity.Warning, 'desperation is a warning by default', desperate.severity);
    const long = found.find((d) => ruleOf(d) === 'too-long')!;
    check(/over the 20-word budget/.test(long.message), 'too-long reports the budget from followupLint.maxWords', long.message);
  } finally {
    await restore();
  }
});

test('followupLint.maxProblems caps the findings shown, with a notice at the first left out', async () => {
  await extensionApi();
  const paragraph = 'I really need this job. My last manager was an idiot who never listened to anyone.';
  const text = `Dear Ms. Rivera,\n\n${[paragraph, paragraph, paragraph].join('\n\n')}\n\nBest regards,\nSam\n`;
  const restore = await setSetting('maxProblems', 2);
  let uri: vscode.Uri;
  try {
    const editor = await openNote('many-findings.md', text);
    uri = editor.document.uri;
    const found = await waitForFindings(uri, 'two findings and a notice', (f) => f.length === 3 && has('too-many-findings')(f));
    const notice = found.find((d) => ruleOf(d) === 'too-many-findings')!;
    check(/^\d+ more findings? (is|are) not shown/.test(notice.message), 'the notice says how many findings are left out', notice.message);
    check(notice.severity === vscode.DiagnosticSeverity.Information, 'the notice is information', notice.severity);
  } finally {
    await restore();
  }
  // Back to the default (1,000), every finding shows and the notice goes.
  const all = await waitForFindings(uri, 'every finding once the limit is back to its default', (f) => f.length > 3 && lacks('too-many-findings')(f));
  check(has('desperation')(all) && has('badmouthing')(all), 'the findings left out come back', all.map(ruleOf));
});

test('the status bar shows the word count against the budget, and readiness', async () => {
  const api = await extensionApi();
  const restore = await setSetting('maxWords', 20);
  try {
    const editor = await openNote('status-note.md', BAD_NOTE);
    const words = readNote(BAD_NOTE).wordCount;
    const ready = await waitFor('a ready-to-send status with the budget of 20', () => {
      const bar = api.statusBar();
      return bar.note?.maxWords === 20 ? bar : undefined;
    });
    check(ready.visible, 'the status bar item is shown for a note');
    check(ready.note?.wordCount === words, 'the server counts the body words like the engine', { server: ready.note?.wordCount, engine: words });
    check(ready.text === `$(check) ${words}/20 words`, 'the text shows count/budget and a check (no errors)', ready.text);

    const restoreRules = await setSetting('rules', { desperation: 'error' });
    try {
      const blocked = await waitFor('a not-ready status once desperation is an error', () => {
        const bar = api.statusBar();
        return bar.note && !bar.note.readyToSend ? bar : undefined;
      });
      check(blocked.note?.errors === 1, 'one error counted', blocked.note);
      check(blocked.text === `$(error) ${words}/20 words`, 'the text shows the error mark', blocked.text);
      check(/Not ready to send: 1 error/.test(blocked.tooltip), 'the tooltip says why it is not ready', blocked.tooltip);
    } finally {
      await restoreRules();
    }

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('the status bar to hide away from notes', () => !api.statusBar().visible);
    await vscode.window.showTextDocument(editor.document);
    await waitFor('the status bar to come back on the note', () => api.statusBar().visible);
  } finally {
    await restore();
  }
});

test('the preferred quick fix applies and its finding clears', async () => {
  await extensionApi();
  const editor = await openNote('quick-fix.md', BAD_NOTE);
  const uri = editor.document.uri;
  const [desperate] = (await waitForFindings(uri, 'a desperation finding', has('desperation'))).filter((d) => ruleOf(d) === 'desperation');
  const actions = await waitFor('quick fixes for the finding', async () => {
    const offered = await quickFixes(uri, desperate!);
    return offered.some((a) => a.isPreferred) ? offered : undefined;
  });
  const titles = actions.map((a) => a.title);
  check(titles.includes('Disable desperation for this line'), 'a disable-for-this-line action is offered', titles);
  check(titles.includes('Disable desperation for this file'), 'a disable-for-this-file action is offered', titles);
  check(titles.includes('Show documentation for desperation'), 'a show-documentation action is offered', titles);
  const preferred = actions.find((a) => a.isPreferred)!;
  check(/^Rewrite as/.test(preferred.title) && preferred.edit !== undefined, 'the preferred fix is a rewrite with an edit', preferred.title);
  const [[, [edit]] = [undefined, []]] = preferred.edit!.entries();
  check(edit !== undefined, 'the rewrite carries a text edit');

  await applyAction(preferred);
  await waitFor('the rewrite in the text', () => editor.document.getText().includes(edit!.newText) && !editor.document.getText().includes('need this job'));
  await waitForFindings(uri, 'the desperation finding to clear', lacks('desperation'));
});

test('a disable-for-this-file action silences the rule with an inline comment', async () => {
  await extensionApi();
  const editor = await openNote('disable.md', BAD_NOTE);
  const uri = editor.document.uri;
  const desperate = (await waitForFindings(uri, 'a desperation finding', has('desperation'))).find((d) => ruleOf(d) === 'desperation')!;
  const disable = (await quickFixes(uri, desperate)).find((a) => a.title === 'Disable desperation for this file');
  check(disable !== undefined, 'the action is offered');
  await applyAction(disable);
  await waitFor('the inline comment', () => /<!--\s*followup-lint disable desperation\s*-->/.test(editor.document.getText()));
  await waitForFindings(uri, 'the finding to clear', lacks('desperation'));
});

test('fix all applies the same safe fixes as the command line', async () => {
  await extensionApi();
  const editor = await openNote('fix-all.md', BAD_NOTE);
  const expected = fixSync(BAD_NOTE).output;
  check(expected !== BAD_NOTE, 'the note has something safe to fix');
  await waitForFindings(editor.document.uri, 'a desperation finding', has('desperation'));
  const applied = await vscode.commands.executeCommand<boolean>('followupLint.fixAll');
  check(applied === true, 'the command reports that it fixed something', applied);
  await waitFor('the fixed text', () => editor.document.getText() === expected);
  await waitForFindings(editor.document.uri, 'the fixed finding to clear', lacks('desperation'));
});

test('fix on save applies source.fixAll.followupLint', async () => {
  await extensionApi();
  const editor = await openNote('fix-on-save.md', BAD_NOTE);
  await waitForFindings(editor.document.uri, 'a desperation finding', has('desperation'));
  const editorConfig = () => vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
  await editorConfig().update('codeActionsOnSave', { 'source.fixAll.followupLint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
  try {
    // A change makes the save a real one; the expected text is the engine's --fix of what is saved.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '<!-- draft 2 -->\n'));
    const expected = fixSync(editor.document.getText()).output;
    check(expected !== editor.document.getText(), 'the note has something safe to fix');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor('the saved note to be fixed', () => !editor.document.isDirty && editor.document.getText() === expected);
  } finally {
    await editorConfig().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
  }
});

test('the rules setting turns a rule off and on again', async () => {
  await extensionApi();
  const editor = await openNote('setting.md', BAD_NOTE);
  const uri = editor.document.uri;
  await waitForFindings(uri, 'a desperation finding', has('desperation'));
  const restore = await setSetting('rules', { desperation: 'off' });
  try {
    await waitForFindings(uri, 'desperation to go once it is off', lacks('desperation'));
  } finally {
    await restore();
  }
  await waitForFindings(uri, 'desperation to come back', has('desperation'));
});

test('followupLint.enable: false clears the findings and the status bar says so', async () => {
  const api = await extensionApi();
  const editor = await openNote('enable.md', BAD_NOTE);
  const uri = editor.document.uri;
  await waitForFindings(uri, 'findings', (f) => f.length > 0);
  const restore = await setSetting('enable', false);
  try {
    await waitForFindings(uri, 'no findings while disabled', (f) => f.length === 0);
    await waitFor('the status bar to say linting is off', () => api.statusBar().text.includes('followup-lint: off'));
  } finally {
    await restore();
  }
  await waitForFindings(uri, 'findings again once enabled', (f) => f.length > 0);
});

test('an untitled Markdown note is linted', async () => {
  await extensionApi();
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: BAD_NOTE });
  await vscode.window.showTextDocument(document);
  await waitForFindings(document.uri, 'a desperation finding on the untitled note', has('desperation'));
  // Close without the save prompt.
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('followupLint.languages adds a language (the server restarts with the new selector)', async () => {
  const api = await extensionApi();
  const uri = await writeWorkspaceFile('plain-note.txt', BAD_NOTE);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  check(document.languageId === 'plaintext', 'a .txt file is plain text', document.languageId);
  const restore = await setSetting('languages', ['markdown', 'plaintext']);
  try {
    await waitForFindings(uri, 'findings on the plain-text note', has('desperation'));
    await waitFor('the status bar on the plain-text note', () => api.statusBar().note?.uri);
  } finally {
    await restore();
  }
  await waitForFindings(uri, 'no findings once plain text is dropped again', (f) => f.length === 0);
  await api.ready();
});

test('lint the workspace lists findings of notes that are not open', async () => {
  await extensionApi();
  const other = await writeWorkspaceFile('unopened/other-note.md', BAD_NOTE);
  const result = await vscode.commands.executeCommand<{ files: number; problems: number }>('followupLint.lintWorkspace');
  check(result !== undefined && result.files >= 1 && result.problems >= 1, 'the command reports files and problems', result);
  await waitFor('findings on the unopened note', () => findings(other).some((d) => ruleOf(d) === 'desperation'));
});

test('a server that dies is restarted once; a second death shows in the status bar', async () => {
  const api = await extensionApi();
  const editor = await openNote('crash.md', BAD_NOTE);
  const uri = editor.document.uri;
  await waitFor('a status for the note', () => api.noteStatus(uri));
  const first = serverPids();
  if (first === undefined) {
    log('skipped the crash test: no /proc to find the server process');
    return;
  }
  check(first.length === 1, 'one server process runs', first);
  process.kill(first[0]!, 'SIGKILL');
  const second = await waitFor('a new server process, running', () => {
    const now = serverPids();
    return now?.length === 1 && now[0] !== first[0] && api.statusBar().server.kind === 'running' ? now : undefined;
  });
  // Statuses are dropped when the server goes down, so a status now comes from the new server.
  await waitFor('a status for the note from the restarted server', () => api.noteStatus(uri));

  process.kill(second[0]!, 'SIGKILL');
  const failed = await waitFor('the status bar to report the stopped server', () => {
    const bar = api.statusBar();
    return bar.server.kind === 'failed' ? bar : undefined;
  });
  check(failed.visible && failed.text.includes('server not running'), 'the status bar says the server is not running', failed);
  check(serverPids()?.length === 0, 'no third start without the user asking', serverPids());
  const ready = await api.ready().then(() => 'resolved', () => 'rejected');
  check(ready === 'rejected', 'ready() reports the failure', ready);

  await vscode.commands.executeCommand('followupLint.restartServer');
  await api.ready();
  await waitFor('a status for the note after the restart command', () => api.noteStatus(uri));
});

test('restarting the server brings the findings back', async () => {
  const api = await extensionApi();
  const editor = await openNote('restart.md', BAD_NOTE);
  await waitForFindings(editor.document.uri, 'findings before the restart', has('desperation'));
  await vscode.commands.executeCommand('followupLint.restartServer');
  await api.ready();
  check(api.statusBar().server.kind === 'running', 'the server runs after the restart', api.statusBar().server);
  await waitForFindings(editor.document.uri, 'findings after the restart', has('desperation'));
  await waitFor('a status for the note after the restart', () => api.noteStatus(editor.document.uri));
});

const previewOpen = (page: string) => () =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label.includes(page) && /preview/i.test(t.label));

test('rule documentation opens from the page shipped in the extension', async () => {
  await extensionApi();
  await vscode.commands.executeCommand('followupLint.showRuleDocs', 'too-long');
  await waitFor('a Markdown preview of too-long.md', previewOpen('too-long.md'));

  // The "Show documentation" quick fix of a finding leads to the same shipped page.
  const editor = await openNote('docs.md', BAD_NOTE);
  const desperate = (await waitForFindings(editor.document.uri, 'a desperation finding', has('desperation'))).find((d) => ruleOf(d) === 'desperation')!;
  const show = (await quickFixes(editor.document.uri, desperate)).find((a) => a.title === 'Show documentation for desperation');
  check(show?.command !== undefined, 'the show-documentation action carries a command', show);
  await applyAction(show);
  await waitFor('a Markdown preview of desperation.md', previewOpen('desperation.md'));
});

test('a broken .followuplintrc.json shows in the status bar until it is fixed', async () => {
  const api = await extensionApi();
  const rc = await writeWorkspaceFile('broken-config/.followuplintrc.json', '{ "rules": { "too-lnog": "warn" } }\n');
  try {
    await openNote('broken-config/note.md', BAD_NOTE);
    const flagged = await waitFor('the status bar to show the configuration problem', () => {
      const bar = api.statusBar();
      return bar.text.includes('$(warning)') ? bar : undefined;
    });
    check(flagged.tooltip.includes('too-lnog'), 'the tooltip carries the server\'s message naming the bad rule id', flagged.tooltip);
    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode('{ "rules": { "too-long": "warn" } }\n'));
    await waitFor('the problem to clear once the file is fixed', () => !api.statusBar().text.includes('$(warning)') && api.statusBar().note);
  } finally {
    await vscode.workspace.fs.delete(rc);
  }
});

/**
 * Opens `file` with `text`, where one rule id is misspelt (`too-lnog`) and `too-long` has options;
 * waits for the JSON language service's verdict and checks it flags only the misspelling.
 */
async function checkSchema(file: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(document);
  const problems = await waitFor(`a schema diagnostic on the unknown rule id in ${file.path}`, () => {
    const found = vscode.languages.getDiagnostics(file);
    return found.some((d) => document.getText(d.range).includes('too-lnog')) ? found : undefined;
  });
  const optionsLine = document.getText().split('\n').findIndex((l) => l.includes('"too-long"'));
  const wrong = problems.filter((d) => d.range.start.line <= optionsLine && d.range.end.line >= optionsLine);
  check(wrong.length === 0, 'a rule with a severity and options is accepted', wrong.map((d) => d.message));
  check(problems.every((d) => d.source !== 'followup-lint'), 'the JSON language service (not the linter) reports it', problems.map((d) => d.source));
}

const RULES_JSON = '{\n    "too-long": ["warn", { "maxWords": 150 }],\n    "too-lnog": "warn"\n  }';

// Last: a misspelt rule id also makes the server report a configuration problem.
test('.followuplintrc.json and the rules setting are checked against the shipped schema', async () => {
  await extensionApi();
  const rc = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'schema-check', '.followuplintrc.json');
  const settings = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, '.vscode', 'settings.json');
  const before = await vscode.workspace.fs.readFile(settings);
  try {
    await checkSchema(rc, `{\n  "rules": ${RULES_JSON}\n}\n`);
    await checkSchema(settings, `{\n  "followupLint.rules": ${RULES_JSON}\n}\n`);
  } finally {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(rc);
    await vscode.workspace.fs.writeFile(settings, before);
  }
});
