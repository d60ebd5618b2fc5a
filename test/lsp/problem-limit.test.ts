// followupLint.maxProblems: which findings a document publishes past the limit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReportSeverity } from '../../rules/index.js';
import { hiddenNotice, hiddenOf, limitProblems } from '../../server/lsp/problem-limit.js';

type Item = { severity: ReportSeverity; start: number; end: number };
const RANK = { error: 0, warn: 1, info: 2, hint: 3 } as const;
const at = (start: number, severity: ReportSeverity = 'warn'): Item => ({ severity, start, end: start + 1 });

describe('limitProblems', () => {
  it('keeps every finding at or under the limit, and with no limit', () => {
    const items = [at(1), at(2), at(3)];
    expect(limitProblems(items, 3)).toEqual({ shown: items, hidden: 0 });
    expect(limitProblems(items, 0)).toEqual({ shown: items, hidden: 0 });
    expect(hiddenOf(limitProblems(items, 3))).toBeUndefined();
  });

  it('keeps the earliest of one severity, and names the first left out', () => {
    const items = [at(1), at(2), at(3), at(4)];
    const limited = limitProblems(items, 2);
    expect(limited.shown).toEqual([at(1), at(2)]);
    expect(hiddenOf(limited)).toEqual({ count: 2, start: 3, end: 4 });
  });

  it('keeps the most severe first, wherever they stand, in document order', () => {
    const items = [at(1, 'hint'), at(2, 'warn'), at(3, 'info'), at(4, 'error'), at(5, 'warn'), at(6, 'warn')];
    const limited = limitProblems(items, 3);
    expect(limited.shown).toEqual([at(2, 'warn'), at(4, 'error'), at(5, 'warn')]);
    expect(limited.hidden).toBe(3);
    expect(limited.firstHidden).toEqual(at(1, 'hint'));
  });

  it('takes engine messages too', () => {
    const messages = [{ severity: 'warn' as const, startOffset: 4, endOffset: 9 }, { severity: 'warn' as const, startOffset: 12, endOffset: 20 }];
    expect(hiddenOf(limitProblems(messages, 1))).toEqual({ count: 1, start: 12, end: 20 });
  });

  it('keeps min(limit, count) findings, none less severe than one left out, the earliest within a severity', () => {
    const severity = fc.constantFrom<ReportSeverity>('error', 'warn', 'info', 'hint');
    fc.assert(
      fc.property(fc.array(severity, { maxLength: 60 }), fc.nat({ max: 70 }), (severities, max) => {
        const items = severities.map((s, i) => at(i, s));
        const { shown, hidden } = limitProblems(items, max);
        const expected = max === 0 ? items.length : Math.min(max, items.length);
        expect(shown.length).toBe(expected);
        expect(hidden).toBe(items.length - expected);
        // In document order, each kept once.
        for (let i = 1; i < shown.length; i++) expect(shown[i]!.start).toBeGreaterThan(shown[i - 1]!.start);
        const kept = new Set(shown);
        for (const left of items.filter((item) => !kept.has(item))) {
          for (const item of shown) {
            expect(RANK[item.severity]).toBeLessThanOrEqual(RANK[left.severity]);
            if (item.severity === left.severity) expect(item.start).toBeLessThan(left.start);
          }
        }
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});

describe('hiddenNotice', () => {
  it('counts what is left out and names the setting', () => {
    expect(hiddenNotice(1603, 1000)).toBe(
      '1,603 more findings are not shown, the first of them here: followupLint.maxProblems shows at most 1,000 a document, the most severe first (0 shows them all).',
    );
    expect(hiddenNotice(1, 5)).toMatch(/^1 more finding is not shown/);
  });
});
