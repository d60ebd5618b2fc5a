// Each lint job brings its configuration as a fresh copy (it crosses a thread); the worker answers
// equal copies with the first, so what the engine keeps per configuration object carries over.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/index.js';
import { sameConfiguration } from '../../server/lsp/jobs.js';

describe('the worker’s configurations', () => {
  it('answers an equal copy with the configuration first met, and another configuration with itself', () => {
    const first = sameConfiguration(resolveConfig({ rules: { whining: 'error' } }));
    expect(sameConfiguration(structuredClone(first))).toBe(first);
    const other = resolveConfig({ rules: { whining: 'warn' } });
    expect(sameConfiguration(other)).toBe(other);
    expect(sameConfiguration(structuredClone(other))).toBe(other);
  });

  it('keeps a few, the most recently used', () => {
    const kept = sameConfiguration(resolveConfig({ rules: { begging: 'hint' } }));
    for (let i = 0; i < 20; i++) {
      sameConfiguration(resolveConfig({ rules: { 'too-long': ['warn', { maxWords: 100 + i }] } }));
      // Used again now and then, it stays.
      if (i % 4 === 0) expect(sameConfiguration(structuredClone(kept))).toBe(kept);
    }
    const dropped = resolveConfig({ rules: { 'too-long': ['warn', { maxWords: 100 }] } });
    expect(sameConfiguration(dropped)).toBe(dropped);
  });
});
