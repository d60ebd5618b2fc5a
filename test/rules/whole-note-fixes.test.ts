// The whole-note rules' fixes settle the finding: re-linting the fixed note finds nothing more.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../rules/index.js';
import { lintWithRule } from '../helpers/rule-tester.js';

const NOTES: Record<string, string[]> = {
  'missing-thanks': [
    'Dear Ms. Ortiz,\n\nI wanted to follow up on our conversation about the analyst role and the dashboards your team plans.\n\nBest,\nSam',
    'I wanted to follow up on our conversation about the analyst role and the dashboards your team plans.',
    '# Follow-up\n\nHi Sven,\nI wanted to follow up on our conversation about the firmware role and the sensor roadmap.\n\nRegards,\nHenrik',
  ],
  'missing-strengths': [
    'Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday. I enjoyed the tour.\n\nI look forward to hearing from you.\n\nBest,\nSam',
    'Hi Dana,\n\nThank you so much for taking the time to talk with me today about the role and the team.\n\nBest,\nLee',
  ],
  'negative-ending': [
    "Dear Ms. Ortiz,\n\nThank you for meeting with me. I have four years of analytics experience.\n\nI understand if you've already ruled me out. Sorry again for wasting your time.\n\nBest,\nSam",
    'Hi Dana,\n\nThank you for meeting me. I have six years of ICU experience. Sorry again for rambling so much.\n\nBest,\nLee',
    'Dear Ms. Ortiz,\n\nThank you for meeting with me.\n\nI apologize again for the confusion. Thank you for your patience.\n\nBest,\nSam',
  ],
};

describe('whole-note fixes settle their finding', () => {
  for (const [ruleId, notes] of Object.entries(NOTES)) {
    for (const code of notes) {
      it(`${ruleId}: ${code.replace(/\s+/g, ' ').slice(0, 60)}`, () => {
        const found = lintWithRule(ruleId, code);
        expect(found).toHaveLength(1);
        const fixed = applyFixes(code, found, (m) => m.fixes[0]).output;
        expect(fixed).not.toBe(code);
        expect(lintWithRule(ruleId, fixed).map((m) => m.reason)).toEqual([]);
      });
    }
  }
});
