// Inputs the property tests once broke the engine with; each is pinned here before its fix.
import { describe, it } from 'vitest';
import { lintSync } from '../../rules/index.js';
import { expectWellFormedResult } from './invariants.js';

describe('engine regressions', () => {
  it('lints a 1 MB single line of plain words without overflowing the stack', () => {
    const source = 'word '.repeat(200_000);
    const result = lintSync(source);
    expectWellFormedResult(source, result);
  });
});
