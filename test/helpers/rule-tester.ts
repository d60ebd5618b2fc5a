// A RuleTester in ESLint's shape: valid and invalid cases for one rule, fixes checked.
import { describe, expect, it } from 'vitest';
import { lintSync, applyFixes, resolveConfig, RULE_IDS } from '../../rules/index.js';
import type { LintMessage, Severity } from '../../rules/index.js';

/** A note that must not be flagged by the rule. */
export type ValidCase = string | { code: string; options?: Record<string, unknown>; name?: string };

/** What one expected finding must look like; every field given is checked. */
export interface ExpectedError {
  line?: number;
  column?: number;
  endLine?: number;
  /** The flagged text, exactly. */
  actual?: string;
  /** A substring of the reason. */
  messageIncludes?: string;
}

/** A note that must be flagged. */
export interface InvalidCase {
  code: string;
  name?: string;
  options?: Record<string, unknown>;
  /** Expected findings of this rule, in document order (their count is checked). */
  errors: number | ExpectedError[];
  /** The note after applying each finding's first fix (safe or not); omit to skip the check. */
  output?: string;
  /** The note after `--fix` (safe fixes only); `null` asserts there is no safe fix. */
  safeOutput?: string | null;
  /** Labels of the first finding's fixes, in order; substrings are enough. */
  fixLabels?: string[];
}

/** Lint with only `ruleId` enabled (at `warn`, or its default severity when that is higher). */
export function lintWithRule(ruleId: string, code: string, options?: Record<string, unknown>, severity: Severity = 'warn'): LintMessage[] {
  const resolved = resolveConfig();
  for (const id of RULE_IDS) resolved.rules[id]!.severity = id === ruleId ? severity : 'off';
  if (options) Object.assign(resolved.rules[ruleId]!.options, options);
  return lintSync(code, { resolved }).messages.filter((m) => m.ruleId === ruleId);
}

const preview = (code: string): string => code.replace(/\s+/g, ' ').slice(0, 70);

/** Run valid and invalid cases for one rule. */
export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        const { code, options, name } = typeof c === 'string' ? { code: c, options: undefined, name: undefined } : c;
        it(name ?? preview(code), () => {
          const found = lintWithRule(ruleId, code, options);
          expect(found.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name ?? preview(c.code), () => {
          const found = lintWithRule(ruleId, c.code, c.options);
          const expected: ExpectedError[] = typeof c.errors === 'number' ? Array.from({ length: c.errors }, () => ({})) : c.errors;
          expect(found.map((m) => `${m.line}:${m.column} ${m.reason}`)).toHaveLength(expected.length);
          expected.forEach((e, i) => {
            const m = found[i]!;
            if (e.line !== undefined) expect(m.line).toBe(e.line);
            if (e.column !== undefined) expect(m.column).toBe(e.column);
            if (e.endLine !== undefined) expect(m.endLine).toBe(e.endLine);
            if (e.actual !== undefined) expect(m.actual).toBe(e.actual);
            if (e.messageIncludes !== undefined) expect(m.reason).toContain(e.messageIncludes);
          });
          if (c.output !== undefined) {
            expect(applyFixes(c.code, found, (m) => m.fixes[0]).output).toBe(c.output);
          }
          if (c.safeOutput !== undefined) {
            const outcome = applyFixes(c.code, found);
            if (c.safeOutput === null) expect(outcome.applied).toHaveLength(0);
            else expect(outcome.output).toBe(c.safeOutput);
          }
          if (c.fixLabels) {
            const labels = found[0]!.fixes.map((f) => f.label);
            expect(labels).toHaveLength(c.fixLabels.length);
            c.fixLabels.forEach((l, i) => expect(labels[i]).toContain(l));
          }
        });
      }
    });
  });
}
