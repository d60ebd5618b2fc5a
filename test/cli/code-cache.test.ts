// bin/followup-lint.js runs dist/cli.cjs compiled with the code cache the build made for it: the
// cache is taken only for the bundle it was made from, and the CLI, worker threads included, works
// through this route as through the ES module bundle.
import { spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEMMA_TABLE_FILE } from '../../scripts/lemma-table-plugin.mjs';
import { MATCHER_PLANS_FILE } from '../../scripts/matcher-plans-plugin.mjs';
import { noteOfWords, tempTree } from './helpers.js';

const BIN = path.resolve('bin/followup-lint.js');
/** What the bundles read from beside themselves (scripts/data-beside-bundle.mjs). */
const DATA_FILES = [LEMMA_TABLE_FILE, MATCHER_PLANS_FILE];
const STAMP = '\n//# followup-lint-build=';

interface Loader {
  compileCli(useCache?: boolean): { exports: { run: unknown }; stamp: string | undefined; cached: boolean };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});

/** A copy of the loader and the CommonJS bundle in a folder of their own, with `cache` as the cache file. */
async function copiedLoader(cache: Buffer | undefined): Promise<Loader> {
  const root = tempTree({});
  mkdirSync(path.join(root, 'bin'));
  mkdirSync(path.join(root, 'dist'));
  copyFileSync('bin/cli-loader.js', path.join(root, 'bin/cli-loader.js'));
  copyFileSync('bin/package.json', path.join(root, 'bin/package.json'));
  writeFileSync(path.join(root, 'package.json'), '{"type":"module"}');
  copyFileSync('dist/cli.cjs', path.join(root, 'dist/cli.cjs'));
  for (const data of DATA_FILES) copyFileSync(`dist/${data}`, path.join(root, 'dist', data));
  if (cache) writeFileSync(path.join(root, 'dist/cli.cjs.cache'), cache);
  return (await import(pathToFileURL(path.join(root, 'bin/cli-loader.js')).href)) as Loader;
}

describe('the CLI code cache', () => {
  it('stamps the bundle with the digest of its text', () => {
    const source = readFileSync('dist/cli.cjs', 'utf8');
    const at = source.lastIndexOf(STAMP);
    expect(at).toBeGreaterThan(0);
    expect(source.slice(at + STAMP.length).trim()).toBe(createHash('sha256').update(source.slice(0, at)).digest('hex'));
  });

  it('is made for bundles written in ASCII only (read as Latin-1)', () => {
    for (const file of ['dist/cli.cjs', 'dist/cli.js', 'dist/index.js', 'dist/server.cjs', ...DATA_FILES.map((d) => `dist/${d}`)]) expect(isAscii(readFileSync(file)), file).toBe(true);
  });

  it('is taken for its own bundle and ignored when stamped for another, or missing', async () => {
    const cache = readFileSync('dist/cli.cjs.cache');
    const own = (await copiedLoader(cache)).compileCli();
    expect(own.cached).toBe(true);
    expect(typeof own.exports.run).toBe('function');
    const newline = cache.indexOf(10);
    const other = Buffer.concat([Buffer.from('0'.repeat(newline)), cache.subarray(newline)]);
    const foreign = (await copiedLoader(other)).compileCli();
    expect(foreign.cached).toBe(false);
    expect(typeof foreign.exports.run).toBe('function');
    expect((await copiedLoader(undefined)).compileCli().cached).toBe(false);
  });

  it('reads a bundle other than the one built, with characters beyond ASCII, as UTF-8', async () => {
    const root = tempTree({});
    mkdirSync(path.join(root, 'bin'));
    mkdirSync(path.join(root, 'dist'));
    for (const file of ['bin/cli-loader.js', 'bin/package.json']) copyFileSync(file, path.join(root, file));
    // After the stamp, so the stamp no longer matches the cache, which is copied too.
    writeFileSync(path.join(root, 'dist/cli.cjs'), `${readFileSync('dist/cli.cjs', 'utf8')}module.exports.probe = 'caf\u00e9 \u2014 \u{1F600}';\n`);
    copyFileSync('dist/cli.cjs.cache', path.join(root, 'dist/cli.cjs.cache'));
    for (const data of DATA_FILES) copyFileSync(`dist/${data}`, path.join(root, 'dist', data));
    const loaded = ((await import(pathToFileURL(path.join(root, 'bin/cli-loader.js')).href)) as Loader).compileCli();
    expect(loaded.cached).toBe(false);
    expect((loaded.exports as { probe?: string }).probe).toBe('caf\u00e9 \u2014 \u{1F600}');
  });

  it('names the data file a bundle misses, beside which it belongs', async () => {
    const root = tempTree({});
    mkdirSync(path.join(root, 'bin'));
    mkdirSync(path.join(root, 'dist'));
    for (const file of ['bin/cli-loader.js', 'bin/package.json', 'dist/cli.cjs', 'dist/cli.cjs.cache', 'dist/lemma-table.txt']) copyFileSync(file, path.join(root, file));
    const loader = (await import(pathToFileURL(path.join(root, 'bin/cli-loader.js')).href)) as Loader;
    expect(() => loader.compileCli()).toThrow(/cannot read matcher-plans\.json, a data file that belongs beside its bundle .*ENOENT/);
  });

  it('lints alike on worker threads and on the main thread through the binary', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`notes/n${i}.md`] = noteOfWords(20 + i * 40);
    const cwd = tempTree(files);
    const lint = (concurrency: string) =>
      spawnSync(process.execPath, [BIN, '--concurrency', concurrency, '--format', 'json', 'notes'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const threads = lint('2');
    const main = lint('off');
    expect(threads.stderr).toBe('');
    expect(threads.status).toBe(main.status);
    expect(JSON.parse(threads.stdout)).toEqual(JSON.parse(main.stdout));
  });
});
