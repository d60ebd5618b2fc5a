// The matcher plans a bundle carries: scripts/matcher-plans-plugin.mjs replaces this module at
// build time with the plans of the rules' own matchers (see matcherPlans in matcher.ts). From
// source there are none, and every matcher compiles its patterns as it is made.

/** The plans as matcherPlans() writes them, or undefined. */
export const MATCHER_PLANS: string | undefined = undefined;
