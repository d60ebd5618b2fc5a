// The bundles carry the plans of the rules' matchers (scripts/matcher-plans-plugin.mjs): bundled,
// every rule's matcher files its patterns from a plan, and none compiles them all at load.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeMatcherPlans, matcherPlansPlugin } from '../../scripts/matcher-plans-plugin.mjs';
import { importBundled, projectTempDir } from './bundle.js';

const dir = projectTempDir('matcher-plans-');

type Plans = { matchers: Array<{ required: unknown[] }> };

describe('bundled matcher plans', () => {
  it('cover every matcher the rules make, so none compiles its patterns at load', async () => {
    const plans = JSON.parse(await makeMatcherPlans()) as Plans;
    expect(plans.matchers.length).toBeGreaterThan(15);
    expect(plans.matchers.reduce((n, m) => n + m.required.length, 0)).toBeGreaterThan(1000);

    const outfile = path.join(dir, 'rules.js');
    const { matcherPlans } = await importBundled<{ matcherPlans: () => string }>(
      outfile,
      "import './rules/index.ts';\nexport { matcherPlans } from './rules/text/matcher.ts';",
      [matcherPlansPlugin(JSON.stringify(plans))],
    );
    expect((JSON.parse(matcherPlans()) as Plans).matchers).toEqual([]);
  });
});
