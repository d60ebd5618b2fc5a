// Tier 2 of the editor tests: what a user sees. A squiggle under the desperate line, Ctrl+. offers the
// rewrite, Enter applies it, the text changes; screenshots go to e2e/.work. Waits on the DOM, never on sleeps.
/* global document -- the page functions run in the workbench, not in Node */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const NOTE = `Dear Ms. Rivera,

Thank you for meeting with me on Tuesday. I really need this job. I enjoyed learning how the support team triages tickets.

Best regards,
Sam
`;
const FLAGGED = 'I really need this job';

/** Retries an interaction whose first attempt the workbench may drop (focus moves, widgets animate). */
async function retry(what, attempts, action) {
  let last;
  for (let i = 0; i < attempts; i++) {
    try {
      return await action(i);
    } catch (error) {
      last = error;
    }
  }
  throw new Error(`${what} failed after ${attempts} attempts: ${last instanceof Error ? last.message : last}`);
}

/** The editor's visible text with whitespace collapsed (Monaco renders non-breaking spaces and wraps Markdown). */
async function editorText(page) {
  return (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/[\s\u00a0]+/g, ' ');
}

/**
 * Opens the note in code-server at `base`, applies the preferred quick fix from the keyboard, and saves
 * `screenshot` (the quick-fix menu over the squiggle) and a second shot of the fixed note beside it.
 */
export async function smokeTest(page, base, workspace, screenshot) {
  const file = path.join(workspace, 'ui-note.md');
  writeFileSync(file, NOTE);
  const line = NOTE.split('\n').findIndex((l) => l.includes(FLAGGED)) + 1;
  const port = new URL(base).port;
  // The workbench opens a file named in its payload; `gotoLineMode` puts the cursor on the flagged words.
  const payload = [
    ['openFile', `vscode-remote://127.0.0.1:${port}${file}:${line}:${NOTE.split('\n')[line - 1].indexOf(FLAGGED) + 3}`],
    ['gotoLineMode', 'true'],
  ];
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });

  const squiggle = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
  await squiggle.waitFor({ timeout: 60_000 });
  const before = await editorText(page);
  if (!before.includes(FLAGGED)) throw new Error(`the editor does not show the note:\n${before}`);

  // The Problems panel lists the finding by its rule id.
  const panel = page.locator('.markers-panel');
  await retry('opening the Problems panel', 5, async () => {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: 3_000 });
  });
  await panel.locator('.monaco-list-row', { hasText: 'desperation' }).first().waitFor({ timeout: 10_000 });

  // Ctrl+. on the squiggle opens the quick-fix menu; a click first gives the editor the focus and the cursor.
  const menu = page.locator('.action-widget');
  await retry('opening the quick-fix menu with Ctrl+.', 5, async () => {
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('the squiggle has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    await menu.locator('.monaco-list-row').first().waitFor({ timeout: 3_000 });
  });
  const rewrite = menu.locator('.monaco-list-row', { hasText: 'Rewrite as' }).first();
  await rewrite.waitFor({ timeout: 5_000 });
  await page.screenshot({ path: screenshot });

  // Move the focus to the rewrite (it is preferred, so usually first), then Enter, until the text changes.
  const fixed = (flagged) => {
    const text = document.querySelector('.monaco-editor .view-lines')?.textContent?.replace(/[\s\u00a0]+/g, ' ') ?? '';
    return text.length > 0 && !text.includes(flagged);
  };
  await retry('choosing the rewrite and pressing Enter', 12, async () => {
    if (await page.evaluate(fixed, FLAGGED)) return;
    const focused = menu.locator('.monaco-list-row.action.focused');
    const label = (await focused.count()) > 0 ? await focused.first().innerText() : '';
    if (!label.includes('Rewrite as')) {
      await page.keyboard.press('ArrowDown');
      throw new Error(`the focused item is “${label.trim()}”`);
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(fixed, FLAGGED, { timeout: 3_000 });
  });
  const after = await editorText(page);
  if (!/Thank you for meeting with me on Tuesday\. \S/.test(after) || !/I enjoyed learning/.test(after)) {
    throw new Error(`the fix changed more than the flagged words:\n${after}`);
  }

  // ...and the finding leaves the Problems panel.
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.textContent ?? '');
    return !rows.some((r) => r.includes('desperation'));
  }, undefined, { timeout: 10_000 });
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-fixed.png') });
}

/**
 * With a server bundle that cannot start, opening a note must say so in the status bar (never fail
 * silently), and the output channel must hold the reason. Saves `screenshot`.
 */
export async function brokenServerTest(page, base, workspace, screenshot) {
  const file = path.join(workspace, 'note.md');
  writeFileSync(file, NOTE);
  const port = new URL(base).port;
  const payload = [['openFile', `vscode-remote://127.0.0.1:${port}${file}`]];
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const item = page.locator('.statusbar-item', { hasText: 'followup-lint: server not running' }).first();
  await item.waitFor({ timeout: 60_000 });
  // Its click opens the output channel, which names the failure.
  await retry('opening the output from the status bar', 5, async () => {
    await item.click();
    await page.locator('.output-view, .panel .monaco-editor', { hasText: 'followup-lint' }).first().waitFor({ timeout: 3_000 });
  });
  await page.screenshot({ path: screenshot });
}
