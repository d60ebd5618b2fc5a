// The invariants in problems.ts as test assertions.
import { expect } from 'vitest';
import type { LintResult } from '../../rules/index.js';
import { resultProblems } from './problems.js';

export * from './problems.js';

/** Assert a lint result is well formed for its source. */
export function expectWellFormedResult(source: string, result: LintResult): void {
  expect(resultProblems(source, result)).toEqual([]);
}
