// Properties of the fixer: edits splice exactly, text outside them is untouched, and
// applying every safe fix converges to a note with no safe fix left.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFixes, fixSync, lintSync, resolveConfig, type FixChoice, type FixEdit } from '../../rules/index.js';
import { isSoundFix } from '../../rules/fix.js';
import { noteInput, runs } from './arbitraries.js';
import { appearInOrder, isWellFormed, resultProblems, spliceBackwards, untouchedSegments } from './invariants.js';

const resolved = resolveConfig();

/** Apply one round of fixes and check it against an independent splice; returns the output. */
function checkedPass(source: string, choose: FixChoice = (m) => m.fixes.find((f) => f.safe)): { output: string; applied: number } {
  const { messages } = lintSync(source, { resolved });
  const outcome = applyFixes(source, messages, choose);
  const offered = messages.filter((m) => {
    const fix = choose(m);
    return fix !== undefined && isSoundFix(fix, source);
  });
  // Every offered fix is either applied or skipped for overlapping, never lost.
  expect(outcome.applied.length + outcome.skipped.length).toBe(offered.length);

  const spans = outcome.applied.map((m) => {
    const edits = choose(m)!.edits;
    return { edits, start: Math.min(...edits.map((e) => e.start)), end: Math.max(...edits.map((e) => e.end)) };
  });
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThan(spans[i - 1]!.end);
  const edits: FixEdit[] = spans.flatMap((s) => s.edits);

  expect(outcome.output).toBe(spliceBackwards(source, edits));
  const segments = untouchedSegments(source, edits);
  expect(outcome.output.startsWith(segments[0]!)).toBe(true);
  expect(outcome.output.endsWith(segments[segments.length - 1]!)).toBe(true);
  expect(appearInOrder(outcome.output, segments)).toBe(true);
  // A note with every character whole stays that way.
  if (isWellFormed(source)) expect(isWellFormed(outcome.output)).toBe(true);
  return { output: outcome.output, applied: outcome.applied.length };
}

describe('fixes', () => {
  it('applyFixes splices the safe fixes it applies and leaves every other character in place', () => {
    fc.assert(fc.property(noteInput, (source) => void checkedPass(source)), runs(40));
  });

  it('applying any offered fix (suggestions too, as the editor does) splices exactly', () => {
    fc.assert(fc.property(noteInput, fc.nat(3), (source, pick) => void checkedPass(source, (m) => m.fixes[pick % Math.max(1, m.fixes.length)])), runs(30));
  });

  it('fixSync converges: no safe fix is left, a second run changes nothing, and each pass only touches its edits', () => {
    fc.assert(
      fc.property(noteInput, (source) => {
        // The same loop as fixSync, checked pass by pass.
        let text = source;
        for (let pass = 0; pass < 10; pass++) {
          const { output, applied } = checkedPass(text);
          if (applied === 0) break;
          text = output;
        }
        const first = fixSync(source, { resolved });
        expect(first.output).toBe(text);
        expect(resultProblems(first.output, first.result)).toEqual([]);
        const left = first.result.messages.filter((m) => m.fixes.some((f) => f.safe)).map((m) => `${m.ruleId}: ${m.actual}`);
        expect(left).toEqual([]);
        const second = fixSync(first.output, { resolved });
        expect(second.fixed).toBe(0);
        expect(second.output).toBe(first.output);
      }),
      runs(25),
    );
  });
});
