// Runner for textlint with textlint-rule-alex and textlint-rule-write-good (its Markdown plugin is built in).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, binPath, packageVersion, runIfMain } from '../lib/runner.mjs';

/** @type {import('../lib/runner.mjs').Tool} */
export const tool = {
  id: 'textlint',
  label: 'textlint (alex, write-good)',
  version: () => `textlint ${packageVersion('textlint')}, textlint-rule-alex ${packageVersion('textlint-rule-alex')}, textlint-rule-write-good ${packageVersion('textlint-rule-write-good')}`,
  what: 'createLinter().lintText(text, "note.md") with a config enabling the alex and write-good rules',
  async load() {
    const { createLinter, loadTextlintrc } = await import('textlint');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-textlint-'));
    const configFilePath = path.join(dir, '.textlintrc.json');
    writeFileSync(configFilePath, JSON.stringify({ rules: { alex: true, 'write-good': true } }));
    const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: path.join(ROOT, 'node_modules') });
    const linter = createLinter({ descriptor, cwd: dir });
    const filePath = path.join(dir, 'note.md');
    return async (text) => (await linter.lintText(text, filePath)).messages.length;
  },
  cli: (note) => ({ args: [binPath('textlint'), '--rule', 'alex', '--rule', 'write-good', note], how: 'node_modules/.bin/textlint --rule alex --rule write-good note.md' }),
};

await runIfMain(import.meta.url, tool);
