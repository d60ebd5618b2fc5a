// esbuild plugin: replaces rules/config-validator.ts in the bundles with the validating
// function Ajv generates ahead of time from schema/followuplintrc.schema.json (kept equal
// to the rules' schema by test/cli/schema.test.ts). Should the schema the engine builds
// ever differ from the file, the bundle compiles it at run time as the source does.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';

const standaloneCode = standalone.default ?? standalone;
const SCHEMA_FILE = 'schema/followuplintrc.schema.json';
/** As rules/config-validator.ts compiles it, so the two validators report alike. */
const OPTIONS = { allErrors: true, strict: false };

/** The bundled module: the generated function, and the fallback. */
function replacement(schema) {
  return `import precompiled from 'followup-lint:precompiled-validator';
const SCHEMA = ${JSON.stringify(JSON.stringify(schema))};
export function compileValidator(schema) {
  if (JSON.stringify(schema) === SCHEMA) return precompiled;
  // Loaded only here, so a run whose schema matches never loads Ajv.
  const { Ajv2020 } = require('ajv/dist/2020.js');
  return new Ajv2020(${JSON.stringify(OPTIONS)}).compile(schema);
}
`;
}

/** Ajv's standalone code for the schema, as an ES module. */
function generated(schema) {
  const ajv = new Ajv2020({ ...OPTIONS, code: { source: true, esm: true } });
  return standaloneCode(ajv, ajv.compile(schema));
}

export const validatorPlugin = {
  name: 'precompiled-config-validator',
  setup(build) {
    // Read once per build; both modules are made from it.
    let schema;
    const load = () => (schema ??= JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    build.onLoad({ filter: /[\\/]rules[\\/]config-validator\.ts$/ }, () => ({ contents: replacement(load()), loader: 'js', resolveDir: process.cwd() }));
    build.onResolve({ filter: /^followup-lint:precompiled-validator$/ }, (args) => ({ path: args.path, namespace: 'precompiled-validator' }));
    build.onLoad({ filter: /.*/, namespace: 'precompiled-validator' }, () => ({ contents: generated(load()), loader: 'js', resolveDir: process.cwd() }));
  },
};
