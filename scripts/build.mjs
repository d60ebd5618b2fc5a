// Bundles the library, CLI, language server and tools with esbuild; emits the library's types.
import { build as esbuild } from 'esbuild';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fdirPlugin } from './fdir-plugin.mjs';
import { jsonDataPlugin } from './json-data-plugin.mjs';
import { lemmaTablePlugin } from './lemma-table-plugin.mjs';
import { makeMatcherPlans, matcherPlansPlugin } from './matcher-plans-plugin.mjs';
import { validatorPlugin } from './validator-plugin.mjs';
import { STAMP_PREFIX } from '../bin/cli-loader.js';

const esm = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  // Big data-only dependencies load as JSON: a shorter start for every bundle. The rules'
  // matchers file their patterns from plans made once here instead of compiling them all at start;
  // the plans and the lemma table are read from files beside the bundle. fdir skips a require.
  plugins: [lemmaTablePlugin, jsonDataPlugin, validatorPlugin, matcherPlansPlugin(await makeMatcherPlans()), fdirPlugin],
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

/**
 * A bundle with its non-ASCII characters written as \\uXXXX escapes. esbuild escapes them in
 * strings and templates but leaves comments and regular expression literals; in a regular
 * expression the escape stands for the same character (under the u flag too, where a pair of
 * escaped surrogates is one code point), and a character after a lone backslash is an identity
 * escape, whose backslash goes. Node reads an ASCII file several times faster (bin/cli-loader.js
 * reads dist/cli.cjs as Latin-1) and V8 keeps it as a one-byte string. A character outside a
 * comment on a line with a backtick is refused: in a template literal its raw text would change.
 */
function asciiOnly(text, file) {
  return text.replace(/(\\*)([^\0-\x7f])/g, (match, slashes, character, offset) => {
    const lineStart = text.lastIndexOf('\n', offset) + 1;
    const lineEnd = text.indexOf('\n', offset);
    const before = text.slice(lineStart, offset);
    const inComment = /^\s*(\*|\/\/|\/\*)/.test(before) || before.includes('//');
    if (!inComment && text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).includes('`')) {
      throw new Error(`${file}: a non-ASCII character on a line with a template literal; escape it in the source`);
    }
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * Build, then put each output in place by rename: tests and editors spawn dist/ while another
 * build runs, and must see the old file or the new one, never a half-written one.
 */
async function build(options, { stamp = false } = {}) {
  const result = await esbuild({ ...options, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    // A digest of the bundle at its end (after the source map comment, so no line moves): its
    // code cache is used only with the bundle it was made from (bin/cli-loader.js).
    const isCode = /\.c?js$/.test(file.path);
    const text = isCode ? asciiOnly(file.text, file.path) : file.text;
    const stamped = stamp && file.path === options.outfile;
    writeFileSync(temporary, stamped ? `${text}${STAMP_PREFIX}${createHash('sha256').update(text).digest('hex')}\n` : text);
    renameSync(temporary, file.path);
  }
  return result;
}

const entries = [
  ['rules/index.ts', 'dist/index.js'],
  ['server/cli/main.ts', 'dist/cli.js'],
  ['scripts/quality.ts', 'dist/quality.js'],
  ['scripts/reliability.ts', 'dist/reliability.js'],
];
await Promise.all(
  // CommonJS dependencies may read __filename (write-file-atomic names its temporary files
  // with it); an ES module has none, so point them at the bundle's own file.
  // Ajv's schema compiler is loaded only should the schema ever differ from the one the build
  // compiled ahead of time (scripts/validator-plugin.mjs): these bundles, which run from the
  // package with its dependencies installed, leave it to node_modules rather than parse its
  // ~270 KB at every start.
  entries
    .filter(([from]) => existsSync(from))
    .map(([from, to]) =>
      build({ ...esm, define: { __filename: 'import.meta.filename', __dirname: 'import.meta.dirname' }, external: ['ajv/dist/2020.js'], entryPoints: [from], outfile: to }),
    ),
);

// The CLI once more as CommonJS, for bin/followup-lint.js: a script, unlike a module, can be
// compiled with a V8 code cache on Node 20, which scripts/cli-code-cache.mjs makes here.
if (existsSync('server/cli/main.ts')) {
  const outfile = path.resolve('dist/cli.cjs');
  await build(
    {
      ...esm,
      format: 'cjs',
      banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__importMetaUrl', 'import.meta.filename': '__filename', 'import.meta.dirname': '__dirname' },
      external: ['ajv/dist/2020.js'],
      entryPoints: ['server/cli/main.ts'],
      outfile,
    },
    { stamp: true },
  );
  execFileSync(process.execPath, ['scripts/cli-code-cache.mjs'], { stdio: 'inherit' });
}

// The language server runs in its own process; VS Code forks it as CommonJS.
if (existsSync('server/lsp/main.ts')) {
  // Some ESM dependencies (fdir, via tinyglobby) read import.meta.url, which CommonJS lacks.
  await build({
    ...esm,
    format: 'cjs',
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
    entryPoints: ['server/lsp/main.ts'],
    outfile: 'dist/server.cjs',
  });
}
if (existsSync('client/src/extension.ts')) {
  await build({
    ...esm,
    format: 'cjs',
    banner: {},
    entryPoints: ['client/src/extension.ts'],
    outfile: 'client/out/extension.js',
    external: ['vscode'],
  });
}

// Declarations for library users: `import { lint } from 'followup-lint'` is typed.
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
}
