// Runner for alex: its Markdown API in-process, its own CLI for the start-up figure.
import { binPath, packageVersion, runIfMain } from '../lib/runner.mjs';

/** @type {import('../lib/runner.mjs').Tool} */
export const tool = {
  id: 'alex',
  label: 'alex',
  version: () => packageVersion('alex'),
  what: 'markdown() from alex, default options (retext-equality + retext-profanities)',
  async load() {
    const { markdown } = await import('alex');
    return (text) => markdown(text).messages.length;
  },
  cli: (note) => ({ args: [binPath('alex'), note], how: 'node_modules/.bin/alex note.md' }),
};

await runIfMain(import.meta.url, tool);
