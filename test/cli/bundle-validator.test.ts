// The bundles leave Ajv's schema compiler to node_modules (scripts/build.mjs): a schema other than
// the one compiled ahead of time must still compile, from a bundle built as dist/cli.js is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorPlugin } from '../../scripts/validator-plugin.mjs';
import { importBundled, projectTempDir } from './bundle.js';

const dir = projectTempDir('bundle-validator-');

describe('bundled config validator', () => {
  it('compiles a schema other than the precompiled one with Ajv from node_modules', async () => {
    const outfile = path.join(dir, 'validator.js');
    const { compileValidator } = await importBundled<{ compileValidator: (schema: object) => (value: unknown) => boolean }>(
      outfile,
      "export { compileValidator } from './rules/config-validator.ts';",
      [validatorPlugin],
      ['ajv/dist/2020.js'],
    );
    expect(readFileSync(outfile, 'utf8')).not.toMatch(/node_modules\/ajv\/dist\/core\.js/);
    const validate = compileValidator({ type: 'object', properties: { n: { type: 'number' } }, required: ['n'] });
    expect(validate({ n: 1 })).toBe(true);
    expect(validate({})).toBe(false);
  });
});
