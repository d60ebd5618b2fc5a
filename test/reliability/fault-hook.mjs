// Preloaded (`node --import`) into the real CLI by the fault tests: injects one fault at an
// exact moment of a run, so "the file changed between read and write" is deterministic.
// FOLLOWUP_LINT_FAULT is JSON: { path, read, action, text? }. When the CLI's `read`-th
// readFile of `path` (1-based) has returned, `action` runs: `append` adds `text` to the
// file (a user saving meanwhile), `replace-with-folder` swaps the file for a folder;
// `unlink` runs before that read instead (the file vanishes between discovery and read).
import { appendFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const fsp = require('node:fs/promises');
const spec = JSON.parse(process.env.FOLLOWUP_LINT_FAULT ?? 'null');

if (spec) {
  const readFile = fsp.readFile;
  let reads = 0;
  fsp.readFile = async function hookedReadFile(file, ...rest) {
    if (String(file) !== spec.path) return readFile.call(this, file, ...rest);
    reads += 1;
    const now = reads === spec.read;
    if (now && spec.action === 'unlink') unlinkSync(spec.path);
    const result = await readFile.call(this, file, ...rest);
    if (now && spec.action === 'append') appendFileSync(spec.path, spec.text ?? '');
    if (now && spec.action === 'replace-with-folder') {
      unlinkSync(spec.path);
      mkdirSync(spec.path);
    }
    return result;
  };
  // The bundled CLI imports readFile by name: make that binding see the wrapper.
  syncBuiltinESMExports();
}
