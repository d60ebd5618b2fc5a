// Big data the bundles read from a file beside themselves instead of carrying it as a string
// literal. A literal is read twice at every start: once in the bundle's source, and once more in
// the V8 code cache of the CLI (dist/cli.cjs.cache), which holds the top level's constants. The
// lemma table and the matcher plans were ~0.9 MB of each. Beside the bundle they are read once,
// as Latin-1 (each file is ASCII, which the writer checks), and only when first asked for.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The data files this process has written, with their text: one build writes the bundles of
 * dist/ side by side, and each would otherwise write the same file again.
 */
const written = new Map();

/** The module a bundle imports the reader from. */
export const READER_MODULE = 'followup-lint:data-beside-bundle';

/** The reader, bundled once into each bundle that reads a data file. */
const READER_SOURCE = `import { readFileSync } from 'node:fs';
/** The text of the data file \`name\` the build wrote beside this bundle. */
export function dataBesideBundle(name) {
  try {
    return readFileSync(new URL('./' + name, import.meta.url), 'latin1');
  } catch (error) {
    throw new Error('followup-lint cannot read ' + name + ', a data file that belongs beside its bundle (' + (error && error.message) + '); reinstall followup-lint');
  }
}
`;

/**
 * Set up `build` (an esbuild plugin build) to resolve the reader module, and to write `name`
 * with `text()` beside the bundle's outfile once the build ends, if the bundle reads it: the
 * returned function marks that it does. The file is written whole by rename, as processes may
 * be reading it while another build runs.
 */
export function dataBesideBundle(build, name, text) {
  let read = false;
  build.onResolve({ filter: /^followup-lint:data-beside-bundle$/ }, (args) => ({ path: args.path, namespace: 'data-beside-bundle' }));
  build.onLoad({ filter: /.*/, namespace: 'data-beside-bundle' }, () => ({ contents: READER_SOURCE, loader: 'js' }));
  build.onEnd(async (result) => {
    const outfile = build.initialOptions.outfile;
    if (!read || result.errors.length > 0 || !outfile) return;
    const data = await text();
    const dir = path.dirname(path.resolve(outfile));
    const file = path.join(dir, name);
    if (written.get(file) === data) return;
    if (!/^[\0-\x7f]*$/.test(data)) throw new Error(`${name}: data beside a bundle must be ASCII (it is read as Latin-1)`);
    // The bundle itself may not be written yet (scripts/build.mjs writes its outputs after the
    // build), so its folder may not exist either: on a fresh checkout dist/ does not.
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, data, 'latin1');
    renameSync(temporary, file);
    written.set(file, data);
  });
  return () => {
    read = true;
  };
}

/** JSON text with every non-ASCII character written as a \\u escape: the same value, in ASCII. */
export function asciiJson(json) {
  return json.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
