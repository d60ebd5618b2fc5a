// Types for scripts/matcher-plans-plugin.mjs, which the tests import.
import type { Plugin } from 'esbuild';

export function makeMatcherPlans(): Promise<string>;
/** The data file the bundles read the plans from. */
export const MATCHER_PLANS_FILE: string;
export function matcherPlansPlugin(plans: string): Plugin;
