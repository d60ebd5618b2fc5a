// Property: lintSync never throws, and every message it returns is well formed and inside the note.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintSync, RULE_IDS } from '../../rules/index.js';
import { junk, markdownSoup, mutatedNote, noteLike, runs } from './arbitraries.js';
import { resultProblems } from './invariants.js';

function wellFormed(source: string): void {
  expect(resultProblems(source, lintSync(source))).toEqual([]);
}

describe('lintSync on any input', () => {
  it('holds for binary junk, lone surrogates, decoded bytes and every plane', () => {
    fc.assert(fc.property(junk, wellFormed), runs(60));
  });

  it('holds for Markdown edge syntax mixed with prose and odd characters', () => {
    fc.assert(fc.property(markdownSoup, wellFormed), runs(60));
  });

  it('holds for generated notes that make the rules fire', () => {
    fc.assert(fc.property(noteLike, wellFormed), runs(40));
  });

  it('holds for real and generated notes after random edits', () => {
    fc.assert(fc.property(mutatedNote, wellFormed), runs(40));
  });

  it('gives the same result twice for the same input (no state leaks between lints)', () => {
    fc.assert(
      fc.property(mutatedNote, (source) => {
        const key = (s: string): string[] => lintSync(s).messages.map((m) => `${m.ruleId}@${m.startOffset}-${m.endOffset} ${m.reason}`);
        expect(key(source)).toEqual(key(source));
      }),
      runs(15),
    );
  });

  it('is fed notes that make most rules fire and offer safe fixes (else the properties prove little)', () => {
    const notes = fc.sample(noteLike, { numRuns: 30, seed: runs(0).seed });
    const results = notes.map((n) => lintSync(n));
    const fired = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(fired.size).toBeGreaterThanOrEqual(Math.min(10, RULE_IDS.length - 2));
    expect(results.filter((r) => r.messages.some((m) => m.fixes.some((f) => f.safe))).length).toBeGreaterThanOrEqual(notes.length / 2);
  });
});
