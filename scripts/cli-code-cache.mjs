// Makes dist/cli.cjs.cache, the V8 code cache bin/followup-lint.js compiles dist/cli.cjs with.
// The bundle's top level is run first (the rules load and file their patterns), and then the CLI
// itself, in this process, on the bundled example with findings, as `followup-lint note.md` runs:
// the functions that run are compiled by then, so the cache holds their bytecode too and a user's
// first lint does not compile them again. Measured in fresh processes (16 interleaved runs each, on
// three notes other than the example), this took 12-15 ms off a run's own ~145 ms; the cache grows
// 0.76 -> 1.05 MB, and compiling with it costs ~4 ms more. Warming on the whole examples folder as
// well (walk, ignore files, four notes) made a 1.36 MB cache and gained less (6-10 ms): the cache
// is read whole at every start, used or not. Stamped with the bundle's stamp and written by
// rename; run by scripts/build.mjs in a child process with Node's default flags, as the binary runs.
import { Buffer } from 'node:buffer';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { CLI_CACHE, compileCli } from '../bin/cli-loader.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const { script, stamp, exports: cli } = compileCli(false);
if (!stamp) throw new Error('dist/cli.cjs has no build stamp');

const nowhere = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
});
// The exit code (findings) does not matter here.
await cli.main(['--concurrency', 'off', 'examples/after-a-rough-interview.md'], { cwd: ROOT, stdin: process.stdin, stdout: nowhere, stderr: nowhere, env: {}, isTTY: false });

const temporary = `${CLI_CACHE}.${process.pid}.tmp`;
writeFileSync(temporary, Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]));
renameSync(temporary, CLI_CACHE);
