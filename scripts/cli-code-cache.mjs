// Makes dist/cli.cjs.cache, the V8 code cache bin/followup-lint.js compiles dist/cli.cjs with. The
// bundle's top level is run first (the rules load and compile their patterns), so the functions
// that runs are in the cache as well; caching what a lint then runs too made the cache half again
// as large and a start no faster. Stamped with the bundle's stamp and written by rename; run by
// scripts/build.mjs in a child process with Node's default flags, as the binary runs.
import { Buffer } from 'node:buffer';
import { renameSync, writeFileSync } from 'node:fs';
import { CLI_CACHE, compileCli } from '../bin/cli-loader.js';

const { script, stamp } = compileCli(false);
if (!stamp) throw new Error('dist/cli.cjs has no build stamp');
const temporary = `${CLI_CACHE}.${process.pid}.tmp`;
writeFileSync(temporary, Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]));
renameSync(temporary, CLI_CACHE);
