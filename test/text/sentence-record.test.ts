// sentenceSlot keeps one answer per sentence's tokens, whatever order passes meet them in.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beginLint, endLint, recordFor, sentenceSlot } from '../../rules/text/sentence-record.js';
import type { Token } from '../../rules/text/tokens.js';

interface FakeSentence {
  tokens: Token[];
  index: number;
}

/** A sentence of one word, told apart by its spelling. */
function sentenceOf(word: string): Token[] {
  return [{ kind: 'word', norm: word, lemmas: [word], start: 0, end: word.length }];
}

/** How often each token array's answer was worked out. */
const computed = new Map<Token[], number>();
// Slots are few and live for the process: two for these tests, made once.
const slot = sentenceSlot((s: FakeSentence) => {
  computed.set(s.tokens, (computed.get(s.tokens) ?? 0) + 1);
  return { word: s.tokens[0]!.norm, of: s.tokens };
});
const other = sentenceSlot((s: FakeSentence) => s.tokens[0]!.norm.toUpperCase());

describe('sentenceSlot', () => {
  it('answers each sentence from its own tokens, computing once, over passes that insert, drop, reorder and interleave', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 29 }), { maxLength: 40 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (passes, secondAsker) => {
          const pool = Array.from({ length: 30 }, (_, i) => sentenceOf(`w${i}`));
          computed.clear();
          passes.forEach((order, p) => {
            order.forEach((k, index) => {
              const sentence = { tokens: pool[k]!, index };
              expect(slot(sentence).word).toBe(`w${k}`);
              if (secondAsker[p]) expect(other(sentence)).toBe(`W${k}`);
            });
          });
          for (const count of computed.values()) expect(count).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a lint\'s records for the next lint only when asked to', () => {
    const tokens = sentenceOf('kept');
    beginLint(true);
    const kept = slot({ tokens, index: 0 });
    endLint();
    beginLint(true);
    expect(slot({ tokens, index: 0 })).toBe(kept);
    expect(recordFor(tokens)).toBe(recordFor(tokens));
    endLint();

    const once = sentenceOf('once');
    beginLint(false);
    const first = slot({ tokens: once, index: 0 });
    const record = recordFor(once);
    // Within the lint, in order or out of it, the record is found again.
    expect(slot({ tokens: sentenceOf('between'), index: 1 }).word).toBe('between');
    expect(slot({ tokens: once, index: 0 })).toBe(first);
    expect(recordFor(once)).toBe(record);
    endLint();
    beginLint(false);
    // The next lint starts afresh: the answer is worked out again, from the same tokens.
    const again = slot({ tokens: once, index: 0 });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(recordFor(once)).not.toBe(record);
    endLint();
  });

  it('keeps answers apart for equal but distinct token arrays (the same paragraph twice)', () => {
    const a = sentenceOf('same');
    const b = sentenceOf('same');
    for (let pass = 0; pass < 3; pass++) {
      expect(slot({ tokens: a, index: 0 }).of).toBe(a);
      expect(slot({ tokens: b, index: 1 }).of).toBe(b);
    }
  });
});
