// esbuild plugin: drops fdir's attempt, at load, to require picomatch from node_modules. fdir
// (used by tinyglobby) wants picomatch only for its own glob() builder, which tinyglobby never
// calls (it filters paths with the picomatch copy bundled for it). In a bundle that require is
// left to run: ~5 ms of every start resolving and compiling picomatch again, without the code
// cache. The block is matched exactly, so an fdir release that changes it fails the build here.
import { readFile } from 'node:fs/promises';

const BLOCK = /\ntry \{\n\t__require\.resolve\("picomatch"\);\n\tpm = __require\("picomatch"\);\n\} catch \{\}\n/;

export const fdirPlugin = {
  name: 'fdir-without-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!BLOCK.test(source)) throw new Error(`${args.path}: fdir no longer loads picomatch as scripts/fdir-plugin.mjs expects; check the plugin against this release`);
      return { contents: source.replace(BLOCK, '\n'), loader: 'js' };
    });
  },
};
