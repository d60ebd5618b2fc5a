// The bundles carry the plans of the rules' matchers (scripts/matcher-plans-plugin.mjs): bundled,
// every rule's matcher files its patterns from a plan, and none compiles them all at load.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { makeMatcherPlans, matcherPlansPlugin } from '../../scripts/matcher-plans-plugin.mjs';

// Inside the project, so the bundle finds node_modules as dist/ does.
mkdirSync(path.resolve('test/.tmp'), { recursive: true });
const dir = mkdtempSync(path.resolve('test/.tmp/matcher-plans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Plans = { matchers: Array<{ required: unknown[] }> };

describe('bundled matcher plans', () => {
  it('cover every matcher the rules make, so none compiles its patterns at load', async () => {
    const plans = JSON.parse(await makeMatcherPlans()) as Plans;
    expect(plans.matchers.length).toBeGreaterThan(15);
    expect(plans.matchers.reduce((n, m) => n + m.required.length, 0)).toBeGreaterThan(1000);

    const outfile = path.join(dir, 'rules.js');
    await build({
      stdin: { contents: "import './rules/index.ts';\nexport { matcherPlans } from './rules/text/matcher.ts';", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      plugins: [matcherPlansPlugin(JSON.stringify(plans))],
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    const { matcherPlans } = (await import(pathToFileURL(outfile).href)) as { matcherPlans: () => string };
    expect((JSON.parse(matcherPlans()) as Plans).matchers).toEqual([]);
  });
});
