// Types for scripts/matcher-plans-plugin.mjs, which the tests import.
import type { Plugin } from 'esbuild';

export function makeMatcherPlans(): Promise<string>;
export function matcherPlansPlugin(plans: string): Plugin;
