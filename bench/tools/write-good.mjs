// Runner for write-good: its API on the raw Markdown (it reads plain text), its own CLI for start-up.
import { binPath, packageVersion, runIfMain } from '../lib/runner.mjs';

/** @type {import('../lib/runner.mjs').Tool} */
export const tool = {
  id: 'write-good',
  label: 'write-good',
  version: () => packageVersion('write-good'),
  what: 'writeGood(text), default checks, on the Markdown source as plain text',
  async load() {
    const { default: writeGood } = await import('write-good');
    return (text) => writeGood(text).length;
  },
  cli: (note) => ({ args: [binPath('write-good'), note], how: 'node_modules/.bin/write-good note.md' }),
};

await runIfMain(import.meta.url, tool);
