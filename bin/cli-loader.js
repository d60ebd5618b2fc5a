// Loads the bundled CLI. dist/cli.cjs is compiled with the V8 code cache the build made for it
// (dist/cli.cjs.cache), so a start skips most of parsing and compiling the 2 MB bundle; the cache
// is used only when stamped for this very bundle, and V8 itself refuses one made by another
// Node version or with other V8 flags. Without dist/cli.cjs the ES module bundle is imported.
// CommonJS, as is all of bin/ (bin/package.json): the binary then starts without Node's ES
// module loader. The build scripts import it all the same.
const { isAscii } = require('node:buffer');
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const DIST = path.join(__dirname, '../dist');
/** The CommonJS bundle of the CLI. */
const CLI_SCRIPT = path.join(DIST, 'cli.cjs');
/** Its code cache: the bundle's stamp, a line break, then V8's data. */
const CLI_CACHE = path.join(DIST, 'cli.cjs.cache');
/** The build ends dist/cli.cjs with this comment and a digest of the rest (scripts/build.mjs). */
const STAMP_PREFIX = '\n//# followup-lint-build=';

/** The stamp at the end of a bundle's source, or undefined. */
function stampOf(source) {
  const at = source.lastIndexOf(STAMP_PREFIX);
  return at === -1 ? undefined : source.slice(at + STAMP_PREFIX.length).trim();
}

/** V8's data in the cache file when it was made for the bundle with this stamp. */
function cachedDataFor(stamp) {
  if (!stamp) return undefined;
  let file;
  try {
    file = readFileSync(CLI_CACHE);
  } catch {
    return undefined;
  }
  const newline = file.indexOf(10);
  if (newline === -1 || file.toString('latin1', 0, newline) !== stamp) return undefined;
  return file.subarray(newline + 1);
}

/**
 * Compile and run dist/cli.cjs as Node runs a CommonJS module, with the code cache unless
 * `useCache` is false. Returns the module's exports, the compiled script (to make a cache from),
 * the bundle's stamp and whether V8 took the cache.
 */
function compileCli(useCache = true) {
  const bytes = readFileSync(CLI_SCRIPT);
  // The build writes the bundle in ASCII, which reads as Latin-1 several times faster than as
  // UTF-8. A bundle with its own code cache is the build's, so only another is checked (~3 ms
  // for 2 MB) and read as UTF-8 unless it is ASCII.
  let source = bytes.toString('latin1');
  const stamp = stampOf(source);
  const cachedData = useCache ? cachedDataFor(stamp) : undefined;
  if (cachedData === undefined && !isAscii(bytes)) source = bytes.toString('utf8');
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapped, {
    filename: CLI_SCRIPT,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(CLI_SCRIPT), module, CLI_SCRIPT, path.dirname(CLI_SCRIPT));
  return { exports: module.exports, script, stamp, cached: cachedData !== undefined && script.cachedDataRejected !== true };
}

/** The CLI's exports: from dist/cli.cjs with its code cache, or else from dist/cli.js. */
async function loadCli() {
  return existsSync(CLI_SCRIPT) ? compileCli().exports : import('../dist/cli.js');
}

exports.CLI_SCRIPT = CLI_SCRIPT;
exports.CLI_CACHE = CLI_CACHE;
exports.STAMP_PREFIX = STAMP_PREFIX;
exports.stampOf = stampOf;
exports.compileCli = compileCli;
exports.loadCli = loadCli;
