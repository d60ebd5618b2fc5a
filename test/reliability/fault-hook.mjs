// Preloaded (`node --import`) into the real CLI by the fault tests: injects one fault at an
// exact moment of a run, so "the file changed between read and write" is deterministic.
// FOLLOWUP_LINT_FAULT is JSON: { path, read, action, text? }. When the CLI's `read`-th
// read of `path` (1-based; readFile, readFileSync and an openSync read to its closeSync count
// alike) has returned, `action` runs: `append` adds `text` to the
// file (a user saving meanwhile), `replace-with-folder` swaps the file for a folder;
// `unlink` runs before that read instead (the file vanishes between discovery and read).
import { appendFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const spec = JSON.parse(process.env.FOLLOWUP_LINT_FAULT ?? 'null');

if (spec) {
  let reads = 0;
  /** Count a read of the watched file; true when it is the one the fault is tied to. */
  const before = (file) => {
    if (String(file) !== spec.path) return false;
    reads += 1;
    const now = reads === spec.read;
    if (now && spec.action === 'unlink') unlinkSync(spec.path);
    return now;
  };
  const after = () => {
    if (spec.action === 'append') appendFileSync(spec.path, spec.text ?? '');
    if (spec.action === 'replace-with-folder') {
      unlinkSync(spec.path);
      mkdirSync(spec.path);
    }
  };
  const readFile = fsp.readFile;
  fsp.readFile = async function hookedReadFile(file, ...rest) {
    const now = before(file);
    const result = await readFile.call(this, file, ...rest);
    if (now) after();
    return result;
  };
  const readFileSync = fs.readFileSync;
  // readFileSync opens the file through fs.openSync: that open is part of this one read.
  let inReadFileSync = false;
  fs.readFileSync = function hookedReadFileSync(file, ...rest) {
    const now = before(file);
    inReadFileSync = true;
    try {
      const result = readFileSync.call(this, file, ...rest);
      if (now) after();
      return result;
    } finally {
      inReadFileSync = false;
    }
  };
  // A read through a descriptor is over when the descriptor is closed.
  const openSync = fs.openSync;
  const closeSync = fs.closeSync;
  const watched = new Set();
  fs.openSync = function hookedOpenSync(file, ...rest) {
    const now = !inReadFileSync && before(file);
    const fd = openSync.call(this, file, ...rest);
    if (now) watched.add(fd);
    return fd;
  };
  fs.closeSync = function hookedCloseSync(fd, ...rest) {
    const result = closeSync.call(this, fd, ...rest);
    if (watched.delete(fd)) after();
    return result;
  };
  // The bundled CLI imports them by name: make those bindings see the wrappers.
  syncBuiltinESMExports();
}
