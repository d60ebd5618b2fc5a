// Property: a rule that throws or reports nonsense costs one message, never the lint or the note.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixSync, lintSync, readNote, RULES, type LintMessage, type ReportInput } from '../../rules/index.js';
import { anyInput, runs } from './arbitraries.js';
import { resultProblems } from './invariants.js';
import { reportingRule, throwingRule, type FaultPlace } from './test-rules.js';

const ID = 'test-faulty';

const key = (messages: readonly LintMessage[]): string[] => messages.map((m) => `${m.ruleId}@${m.startOffset}-${m.endOffset} ${m.reason}`);

/** Anything a rule might throw, including values that resist being printed. */
const thrownValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.string().map((s) => () => new Error(s)),
  fc.anything().map((v) => () => v),
  fc.constant(() => Object.create(null) as unknown),
  fc.constant(() => ({ toString: (): string => { throw new Error('no string'); } })),
  fc.constant(() => new RangeError('Maximum call stack size exceeded')),
);

// Inline markers could disable the failure notice itself, so these inputs carry none.
const unmarked = anyInput.filter((s) => !s.includes('followup-lint'));

describe('a faulty rule', () => {
  it('that throws becomes one message, and every other rule still reports as before', () => {
    fc.assert(
      fc.property(unmarked, fc.constantFrom<FaultPlace>('create', 'sentence', 'end'), thrownValue, fc.nat(20), (source, place, thrown, nth) => {
        const errors: string[] = [];
        const result = lintSync(source, { rules: [...RULES, throwingRule(ID, place, thrown, nth)], onRuleError: (id) => errors.push(id) });
        const throws = place !== 'sentence' || readNote(source).sentences.length > 0;
        const own = result.messages.filter((m) => m.ruleId === ID);
        expect(own).toHaveLength(throws ? 1 : 0);
        expect(errors).toEqual(throws ? [ID] : []);
        if (throws) expect(own[0]!.reason).toContain(`Rule ${ID} failed`);
        expect(key(result.messages.filter((m) => m.ruleId !== ID))).toEqual(key(lintSync(source).messages));
        expect(resultProblems(source, result)).toEqual([]);
      }),
      runs(40),
    );
  });

  it('that reports any offsets and any fix edits yields only in-range messages and sound fixes', () => {
    const offset = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0));
    const edit = fc.record({ start: offset, end: offset, text: fc.string({ maxLength: 5 }) });
    const fix = fc.record({ label: fc.constant('Test edit'), effect: fc.constant('rewrite' as const), safe: fc.boolean(), edits: fc.array(edit, { maxLength: 3 }) });
    const report: fc.Arbitrary<ReportInput> = fc.record({ start: offset, end: offset, found: fc.constant('A test'), instead: fc.constant('ignore it'), fixes: fc.array(fix, { maxLength: 3 }) });
    fc.assert(
      fc.property(unmarked, fc.array(report, { maxLength: 5 }), (source, reports) => {
        const rules = [reportingRule(ID, reports)];
        const result = lintSync(source, { rules });
        expect(result.messages.filter((m) => m.ruleId === ID)).toHaveLength(reports.length);
        expect(resultProblems(source, result)).toEqual([]);
        const fixed = fixSync(source, { rules }, 3);
        expect(resultProblems(fixed.output, fixed.result)).toEqual([]);
      }),
      runs(60),
    );
  });
});
