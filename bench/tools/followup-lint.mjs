// Runner for followup-lint itself: the built engine (dist/index.js), default configuration, every rule on.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runIfMain } from '../lib/runner.mjs';

const DIST = path.join(ROOT, 'dist/index.js');

/** @type {import('../lib/runner.mjs').Tool} */
export const tool = {
  id: 'followup-lint',
  label: 'followup-lint',
  version: () => JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
  what: 'lintSync from dist/index.js, default configuration (all rules on)',
  async load() {
    if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `node scripts/build.mjs --no-types` first');
    const { lintSync } = await import(pathToFileURL(DIST).href);
    return (text) => lintSync(text).messages.length;
  },
  cli: (note) => ({ args: [path.join(ROOT, 'bin/followup-lint.js'), note], how: 'node bin/followup-lint.js note.md' }),
};

await runIfMain(import.meta.url, tool);
