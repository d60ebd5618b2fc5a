// Cases for the too-long rule.
import { ruleTester } from './helpers/rule-tester.js';

const words = (n: number, word = 'word'): string => Array.from({ length: n }, () => word).join(' ');

ruleTester('too-long', {
  valid: [
    `Dear Ms. Ortiz,\n\n${words(199)}.\n\nBest regards,\nSam`,
    { name: 'greeting and sign-off are not counted', code: `Dear Ms. Ortiz,\n\n${words(200)}.\n\nWith gratitude and every good wish,\n\nSam` },
    { name: 'placeholders are not counted', code: `Hi {{first_name}},\n\n${words(195)} {{company}} {{company}} {{company}} {{company}} {{company}} {{company}}.\n\nBest,\n[Your Name]` },
    { name: 'quoted questions and code are not counted', code: `Hello,\n\n> ${words(150, 'quoted')}\n\n${words(150)}.\n\n\`\`\`\n${words(100, 'code')}\n\`\`\`\n\nThanks,\nAl` },
    { name: 'a raised budget', code: `${words(260)}.`, options: { maxWords: 300 } },
  ],
  invalid: [
    {
      name: 'one paragraph over budget',
      code: `Dear Ms. Ortiz,\n\n${words(201)}.\n\nBest regards,\nSam`,
      errors: [{ line: 3, column: 1, messageIncludes: '201 words, 1 over the 200-word budget' }],
      safeOutput: null,
    },
    {
      name: 'points at the longest paragraph and offers to remove it',
      code: `Hi Dana,\n\n${words(60)}.\n\n${words(120, 'long')}.\n\n${words(40)}.\n\nThanks,\nLee`,
      errors: [{ line: 5, messageIncludes: 'this paragraph (120 words' }],
      output: `Hi Dana,\n\n${words(60)}.\n\n${words(40)}.\n\nThanks,\nLee`,
      fixLabels: ['Remove this paragraph (120 words)'],
    },
    { name: 'a lowered budget', code: `${words(60)}.`, options: { maxWords: 50 }, errors: 1 },
  ],
});
