// Property checks for badmouthing and trivial-slip: any mix of their vocabulary lints without
// throwing, and every finding and fix stays inside the note.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintSync, resolveConfig, RULE_IDS, applyFixes } from '../../rules/index.js';

const WORDS = [
  'my', 'former', 'boss', 'was', 'not', 'never', 'incompetent', 'toxic', 'team', 'they', 'I', 'sorry', 'stumbled',
  'over', 'words', 'coffee', 'stain', 'on', 'shirt', 'typo', 'slide', 'fidgeting', "wasn't", 'at', 'last', 'job',
  'the', 'leadership', 'there', 'had', 'no', 'idea', 'but', 'and', ',', ';', '.', '!', '“', '”', "co-workers",
  'micromanaged', 'nobody', "manager's", 'attitude', 'by', 'a', 'mess', 'you', 'your', 'noticed', 'um', '—',
];

const RULES = ['badmouthing', 'trivial-slip'];

function lintOnly(code: string): { messages: ReturnType<typeof lintSync>['messages']; errors: unknown[] } {
  const resolved = resolveConfig();
  for (const id of RULE_IDS) resolved.rules[id]!.severity = RULES.includes(id) ? 'warn' : 'off';
  const errors: unknown[] = [];
  const { messages } = lintSync(code, { resolved, onRuleError: (_id, e) => errors.push(e) });
  return { messages, errors };
}

describe('badmouthing and trivial-slip on arbitrary prose', () => {
  it('never throw, and keep spans and fixes inside the note', () => {
    const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 18 }).map((w) => w.join(' '));
    const note = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => `Dear Ann,\n\n${s.join('. ')}.\n\nBest,\nBo`);
    fc.assert(
      fc.property(note, (code) => {
        const { messages, errors } = lintOnly(code);
        expect(errors).toEqual([]);
        for (const m of messages) {
          expect(m.startOffset).toBeLessThanOrEqual(m.endOffset);
          expect(m.endOffset).toBeLessThanOrEqual(code.length);
          for (const f of m.fixes) for (const e of f.edits) expect(e.end).toBeLessThanOrEqual(code.length);
        }
        expect(() => applyFixes(code, messages, (m) => m.fixes[0])).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
