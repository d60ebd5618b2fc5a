// esbuild plugin: replaces rules/text/matcher-plans.ts in the bundles with the plans of the
// rules' matchers (matcherPlans in rules/text/matcher.ts), made here by bundling the rules and
// loading them once. A bundle then files the rules' ~1,500 patterns from the plans at start and
// compiles each only when a sentence first holds its words; a matcher whose patterns or classes
// are not those of a plan compiles as from source.
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { asciiJson, dataBesideBundle, READER_MODULE } from './data-beside-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The plans of every matcher the rules make, as JSON. */
export async function makeMatcherPlans() {
  const result = await build({
    stdin: { contents: "import './rules/index.ts';\nexport { matcherPlans } from './rules/text/matcher.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    logLevel: 'warning',
    // CommonJS dependencies call require(); the module is loaded from a data: URL, so it gets one rooted here.
    banner: { js: `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(${JSON.stringify(path.join(root, 'package.json'))});` },
  });
  const { matcherPlans } = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  return matcherPlans();
}

/** The data file the bundles read the plans from (scripts/data-beside-bundle.mjs). */
export const MATCHER_PLANS_FILE = 'matcher-plans.json';

/** The esbuild plugin, carrying plans made by makeMatcherPlans(). */
export function matcherPlansPlugin(plans) {
  // Escaped once for every bundle the plugin serves.
  let ascii;
  return {
    name: 'matcher-plans',
    setup(pluginBuild) {
      const reads = dataBesideBundle(pluginBuild, MATCHER_PLANS_FILE, () => (ascii ??= asciiJson(plans)));
      pluginBuild.onLoad({ filter: /[\\/]rules[\\/]text[\\/]matcher-plans\.ts$/ }, () => {
        reads();
        return {
          contents: `import { dataBesideBundle } from '${READER_MODULE}';\nexport const MATCHER_PLANS = dataBesideBundle(${JSON.stringify(MATCHER_PLANS_FILE)});\n`,
          loader: 'js',
        };
      });
    },
  };
}
