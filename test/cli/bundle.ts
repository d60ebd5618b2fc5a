// Bundles a piece of the project the way scripts/build.mjs builds the ES module bundles in dist/,
// for tests of what the build's plugins put into them.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll } from 'vitest';

/** A folder inside the project (so a bundle there finds node_modules as dist/ does), removed after the file's tests. */
export function projectTempDir(prefix: string): string {
  mkdirSync(path.resolve('test/.tmp'), { recursive: true });
  const dir = mkdtempSync(path.resolve('test/.tmp', prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Bundle `contents` (TypeScript, resolved from the project's root) into `outfile` as an ES module
 * for Node, with the build's `require` banner, then import it.
 */
export async function importBundled<T>(outfile: string, contents: string, plugins: Plugin[], external: string[] = []): Promise<T> {
  await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    plugins,
    external,
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return (await import(pathToFileURL(outfile).href)) as T;
}
