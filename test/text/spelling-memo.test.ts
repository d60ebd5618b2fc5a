// The spelling memo answers as a Map keyed by the same words would, through growth and clears.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SpellingMemo } from '../../rules/text/spelling-memo.js';

const word = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('a', 'ab', 'ba', '', 'don\u2019t', '\ud83d\ude00', '\u00e9', 'e\u0301'));

describe('SpellingMemo', () => {
  it('answers as a Map of the same words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.boolean()), { maxLength: 300 }), (steps) => {
        const memo = new SpellingMemo<number>();
        const map = new Map<string, number>();
        steps.forEach(([w, clear], i) => {
          if (clear && i % 7 === 0) {
            memo.clear();
            map.clear();
          }
          expect(memo.get(w)).toBe(map.get(w));
          if (!map.has(w)) {
            memo.add(w, i);
            map.set(w, i);
          }
          expect(memo.get(w)).toBe(map.get(w));
          expect(memo.size).toBe(map.size);
        });
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('keeps thousands of words apart, and holds null values', () => {
    const memo = new SpellingMemo<string | null>();
    for (let i = 0; i < 5000; i++) memo.add(`w${i}`, i % 3 === 0 ? null : `v${i}`);
    expect(memo.size).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(memo.get(`w${i}`)).toBe(i % 3 === 0 ? null : `v${i}`);
    expect(memo.get('w5000')).toBeUndefined();
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.get('w1')).toBeUndefined();
    memo.add('w1', 'again');
    expect(memo.get('w1')).toBe('again');
  });
});
