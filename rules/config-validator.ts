// Compiles the configuration schema into a validating function. The bundles swap this
// module for one holding the function Ajv generated from schema/followuplintrc.schema.json
// at build time (scripts/validator-plugin.mjs): compiling at start-up costs about a tenth
// of a second, which every CLI run with a config file would pay.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/** A validating function for `schema`; errors are collected in full, as the messages need. */
export function compileValidator(schema: object): ValidateFunction {
  return new Ajv2020({ allErrors: true, strict: false }).compile(schema);
}
