// Runner for harper.js: its WebAssembly linter run in-process (LocalLinter), Markdown mode.
import { fileURLToPath } from 'node:url';
import { packageVersion, runIfMain } from '../lib/runner.mjs';

/** @type {import('../lib/runner.mjs').Tool} */
export const tool = {
  id: 'harper',
  label: 'harper.js (WASM)',
  version: () => packageVersion('harper.js'),
  what: 'LocalLinter with the binary from harper.js/binary (loaded from disk), lint(text, { language: "markdown" }), default rules',
  async load() {
    const [{ LocalLinter }, { binary }] = await Promise.all([import('harper.js'), import('harper.js/binary')]);
    const linter = new LocalLinter({ binary });
    await linter.setup();
    return async (text) => (await linter.lint(text, { language: 'markdown' })).length;
  },
  cli: (note) => ({ args: [fileURLToPath(import.meta.url), 'once', note], how: 'no CLI exists: a Node script that loads harper.js and lints the note', script: true }),
};

await runIfMain(import.meta.url, tool);
