// The bundles leave Ajv's schema compiler to node_modules (scripts/build.mjs): a schema other than
// the one compiled ahead of time must still compile, from a bundle built as dist/cli.js is.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { validatorPlugin } from '../../scripts/validator-plugin.mjs';

// Inside the project, so the bundle finds node_modules as dist/ does.
mkdirSync(path.resolve('test/.tmp'), { recursive: true });
const dir = mkdtempSync(path.resolve('test/.tmp/bundle-validator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundled config validator', () => {
  it('compiles a schema other than the precompiled one with Ajv from node_modules', async () => {
    const outfile = path.join(dir, 'validator.js');
    await build({
      stdin: { contents: "export { compileValidator } from './rules/config-validator.ts';", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      plugins: [validatorPlugin],
      external: ['ajv/dist/2020.js'],
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    expect(readFileSync(outfile, 'utf8')).not.toMatch(/node_modules\/ajv\/dist\/core\.js/);
    const { compileValidator } = (await import(pathToFileURL(outfile).href)) as { compileValidator: (schema: object) => (value: unknown) => boolean };
    const validate = compileValidator({ type: 'object', properties: { n: { type: 'number' } }, required: ['n'] });
    expect(validate({ n: 1 })).toBe(true);
    expect(validate({})).toBe(false);
  });
});
