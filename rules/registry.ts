// The rule registry: every rule, in the order they are documented and listed.
import type { Rule } from './types.js';
import { desperation } from './desperation.js';
import { hounding } from './hounding.js';
import { selfDeprecation } from './self-deprecation.js';
import { overApologizing } from './over-apologizing.js';
import { oversharing } from './oversharing.js';
import { tooLong } from './too-long.js';
import { missingThanks } from './missing-thanks.js';
import { missingStrengths } from './missing-strengths.js';
import { negativeEnding } from './negative-ending.js';
import { unfilledPlaceholder } from './unfilled-placeholder.js';
import { badmouthing } from './badmouthing.js';
import { trivialSlip } from './trivial-slip.js';
import { blamingOthers } from './blaming-others.js';
import { whining } from './whining.js';
import { begging } from './begging.js';

/** All rules. Add a rule here and everything else (schema, docs checks, CLI) follows. */
export const RULES: ReadonlyArray<Rule<object>> = [
  tooLong as unknown as Rule<object>,
  missingThanks as unknown as Rule<object>,
  missingStrengths as unknown as Rule<object>,
  negativeEnding as unknown as Rule<object>,
  unfilledPlaceholder as unknown as Rule<object>,
  desperation as unknown as Rule<object>,
  hounding as unknown as Rule<object>,
  selfDeprecation as unknown as Rule<object>,
  overApologizing as unknown as Rule<object>,
  oversharing as unknown as Rule<object>,
  badmouthing as unknown as Rule<object>,
  trivialSlip as unknown as Rule<object>,
  whining as unknown as Rule<object>,
  begging as unknown as Rule<object>,
  blamingOthers as unknown as Rule<object>,
];

/** The public rule ids. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

/** Look up a rule by id. */
export function ruleById(id: string): Rule<object> | undefined {
  return RULES.find((r) => r.meta.id === id);
}
