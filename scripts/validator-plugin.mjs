// esbuild plugin: replaces rules/config-validator.ts in the bundles with the validating
// function Ajv generates ahead of time from schema/followuplintrc.schema.json (kept equal
// to the rules' schema by test/cli/schema.test.ts). Should the schema the engine builds
// ever differ from the file, the bundle compiles it at run time as the source does.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';

const standaloneCode = standalone.default ?? standalone;
const SCHEMA_FILE = 'schema/followuplintrc.schema.json';

/** The bundled module: the generated function, and the fallback. */
function replacement() {
  const schemaText = JSON.stringify(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  return `import precompiled from 'followup-lint:precompiled-validator';
const SCHEMA = ${JSON.stringify(schemaText)};
export function compileValidator(schema) {
  if (JSON.stringify(schema) === SCHEMA) return precompiled;
  // Loaded only here, so a run whose schema matches never loads Ajv.
  const { Ajv2020 } = require('ajv/dist/2020.js');
  return new Ajv2020({ allErrors: true, strict: false }).compile(schema);
}
`;
}

/** Ajv's standalone code for the schema file, as an ES module. */
function generated() {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true } });
  return standaloneCode(ajv, ajv.compile(schema));
}

export const validatorPlugin = {
  name: 'precompiled-config-validator',
  setup(build) {
    build.onLoad({ filter: /[\\/]rules[\\/]config-validator\.ts$/ }, () => ({ contents: replacement(), loader: 'js', resolveDir: process.cwd() }));
    build.onResolve({ filter: /^followup-lint:precompiled-validator$/ }, (args) => ({ path: args.path, namespace: 'precompiled-validator' }));
    build.onLoad({ filter: /.*/, namespace: 'precompiled-validator' }, () => ({ contents: generated(), loader: 'js', resolveDir: process.cwd() }));
  },
};
