// Messages on the same span come in rule-id order, by code unit, whatever the process's locale.
import { describe, expect, it } from 'vitest';
import { lintSync, type Rule } from '../../rules/index.js';

/** A rule that flags the note's first word. */
function firstWordRule(id: string): Rule<object> {
  return {
    meta: { id, description: 'Flags the first word.', category: 'draft', defaultSeverity: 'warn', why: 'Tests message order.', fixable: 'safe', defaults: {}, options: {} },
    create(context) {
      return {
        end() {
          context.report({ start: 0, end: 5, found: 'A word', instead: 'leave it' });
        },
      };
    },
  };
}

describe('message order', () => {
  it('breaks a tie on the same span by rule id in code-unit order', () => {
    const ids = ['b-rule', 'a-rule', 'B-rule', 'a-rule-2'];
    const { messages } = lintSync('Hello there.\n', { rules: ids.map(firstWordRule) });
    // A collator would put a-rule before B-rule; code units put capitals first.
    expect(messages.map((m) => m.ruleId)).toEqual(['B-rule', 'a-rule', 'a-rule-2', 'b-rule']);
  });
});
