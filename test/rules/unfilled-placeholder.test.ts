// Cases for the unfilled-placeholder rule: template slots and draft markers, and the templates switch.
import { describe, expect, it } from 'vitest';
import { lintSync, resolveConfig } from '../../rules/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

const BODY = 'Thank you for meeting with me on Tuesday. I have four years of experience in retention analytics.';

ruleTester('unfilled-placeholder', {
  valid: [
    `Dear Ms. Ortiz,\n\n${BODY}\n\nBest regards,\nSam`,
    { name: 'Roman numerals and words with x', code: `Hi Dana,\n\n${BODY} I worked on the Xbox team and at Super Bowl LIX, exactly as planned.\n\nBest,\nLee` },
    { name: 'placeholders in code are not prose', code: `Hi Dana,\n\n${BODY} The template engine renders \`{{company}}\` and \`TODO\` markers.\n\nBest,\nLee` },
    { name: 'fenced code', code: `Hi Dana,\n\n${BODY}\n\n\`\`\`\nINSERT INTO notes VALUES ('TODO', 'XXX');\n\`\`\`\n\nBest,\nLee` },
    { name: 'a quoted question', code: `Hi Dana,\n\n> Tell me about [Project Name] and your TODO list.\n\n${BODY}\n\nBest,\nLee` },
    { name: 'an HTML comment for the writer', code: `Hi Dana,\n\n<!-- TODO: fill in before sending -->\n\n${BODY}\n\nBest,\nLee` },
    { name: 'a Markdown link', code: `Hi Dana,\n\n${BODY} Here is [my portfolio link](https://example.com/p).\n\nBest,\nLee` },
    { name: 'a shortcut reference link', code: `Hi Dana,\n\n${BODY} Here is [portfolio link].\n\n[portfolio link]: https://example.com/p\n\nBest,\nLee` },
    { name: 'a to-do list mentioned in prose', code: `Hi Dana,\n\n${BODY} My to-do list tool cut our ticket backlog by half, and todo apps are a hobby.\n\nBest,\nLee` },
    { name: 'lowercase brackets that are prose', code: `Hi Dana,\n\n${BODY} The report [sic] was late, as cited [1].\n\nBest,\nLee` },
    { name: 'a bare URL', code: `Hi Dana,\n\n${BODY} See https://example.com/xx/TODO for the demo.\n\nBest,\nLee` },
    { name: 'SQL named in prose', code: `Hi Dana,\n\n${BODY} I rewrote our INSERT statements to batch writes.\n\nBest,\nLee` },
    { name: 'bold italic with underscores', code: `Hi Dana,\n\n${BODY} I was ___really___ glad to meet the team.\n\nBest,\nLee` },
    { name: 'an email address with xx', code: `Hi Dana,\n\n${BODY} You can reach me at sam.xx@example.com any time.\n\nBest,\nLee` },
    { name: 'a task-list checkbox', code: `Hi Dana,\n\n${BODY}\n\n- [ ] sent\n- [x] thanked\n\nBest,\nLee` },
  ],
  invalid: [
    {
      name: 'bracket, brace and angle placeholders',
      code: `Dear [Interviewer Name],\n\n${BODY} I would love to join {{company}}.\n\nBest,\n<Name>`,
      errors: [
        { line: 1, column: 6, actual: '[Interviewer Name]', messageIncludes: 'Placeholder “[Interviewer Name]” is not filled in' },
        { line: 3, actual: '{{company}}' },
        { line: 6, actual: '<Name>' },
      ],
      safeOutput: null,
    },
    { name: 'TODO in a sentence', code: `Hi Dana,\n\n${BODY} I also TODO mention the dashboard.\n\nBest,\nLee`, errors: [{ actual: 'TODO', messageIncludes: 'Draft marker' }] },
    {
      name: 'a TODO line can be removed',
      code: `Hi Dana,\n\n${BODY}\n\nTODO: add a closing line\n\nBest,\nLee`,
      errors: [{ line: 5, column: 1, actual: 'TODO' }],
      output: `Hi Dana,\n\n${BODY}\n\nBest,\nLee`,
      fixLabels: ['Remove this TODO line'],
    },
    { name: 'XX for a number', code: `Hi Dana,\n\n${BODY} I have XX years of SQL.\n\nBest,\nLee`, errors: [{ actual: 'XX' }] },
    { name: 'money with Xs', code: `Hi Dana,\n\n${BODY} I grew revenue by $XX,XXX last year.\n\nBest,\nLee`, errors: 2 },
    { name: 'a blank', code: `Hi Dana,\n\n${BODY} I worked at ___ for two years.\n\nBest,\nLee`, errors: [{ actual: '___' }] },
    { name: 'TBD', code: `Hi Dana,\n\n${BODY} My start date would be TBD.\n\nBest,\nLee`, errors: 1 },
    { name: 'FIXME', code: `Hi Dana,\n\n${BODY} FIXME: the team name.\n\nBest,\nLee`, errors: 1 },
    { name: 'an instruction in capitals', code: `Hi Dana,\n\n${BODY} I admire INSERT COMPANY NAME and its mission.\n\nBest,\nLee`, errors: [{ actual: 'INSERT COMPANY NAME' }] },
    { name: 'an instruction in parentheses', code: `Hi Dana,\n\n${BODY} I admire (insert company name) a lot.\n\nBest,\n(your name)`, errors: 2 },
    { name: 'a lowercase slot', code: `Hi Dana,\n\n${BODY} My portfolio is at [link to portfolio].\n\nBest,\nLee`, errors: [{ actual: '[link to portfolio]' }] },
    { name: 'a lowercase placeholder word', code: `Hi [first name],\n\n${BODY}\n\nBest,\nLee`, errors: 1 },
    { name: 'placeholders are errors by default', code: `Dear [Interviewer Name],\n\n${BODY}\n\nBest,\nSam`, errors: 1 },
    { name: 'dollar-brace placeholder', code: `Hi \${firstName},\n\n${BODY}\n\nBest,\nLee`, errors: 1 },
    { name: 'in a list item', code: `Hi Dana,\n\n${BODY}\n\n- TODO\n- led the billing migration\n\nBest,\nLee`, errors: 1, fixLabels: [] },
    { name: 'in a heading', code: `# Follow-up for [Company]\n\nHi Dana,\n\n${BODY}\n\nBest,\nLee`, errors: 1 },
    { name: 'lorem ipsum', code: `Hi Dana,\n\n${BODY} Lorem ipsum dolor sit amet.\n\nBest,\nLee`, errors: 1 },
    { name: 'a signature placeholder', code: `Hi Dana,\n\n${BODY}\n\nBest,\n[Your Name]\n[Phone]`, errors: 2 },
    { name: 'date slots', code: `Hi Dana,\n\n${BODY} I can start on XX/XX/XXXX.\n\nBest,\nLee`, errors: 3 },
    { name: 'several in one template', code: `Hi {{first_name}},\n\n${BODY} I'd love to join {{company}} as {{role}}.\n\nBest,\n{{sender}}`, errors: 4 },
  ],
});

describe('unfilled-placeholder severity and the templates switch', () => {
  const code = `Dear [Interviewer Name],\n\n${BODY}\n\nBest,\nSam`;
  it('is an error by default, so the note is not ready to send', () => {
    const result = lintSync(code);
    const found = result.messages.filter((m) => m.ruleId === 'unfilled-placeholder');
    expect(found.map((m) => m.severity)).toEqual(['error']);
    expect(result.stats.readyToSend).toBe(false);
  });
  it('reports nothing when the configuration marks templates', () => {
    const found = lintSync(code, { config: { templates: true } }).messages.filter((m) => m.ruleId === 'unfilled-placeholder');
    expect(found).toEqual([]);
    expect(lintSync(code, { resolved: { ...resolveConfig(), templates: true } }).messages.filter((m) => m.ruleId === 'unfilled-placeholder')).toEqual([]);
  });
  it('a template still gets the other rules', () => {
    const ids = lintSync(`Dear [Interviewer Name],\n\nI have four years of experience in analytics and would love to help your team with its reporting backlog.\n\nBest,\nSam`, { config: { templates: true } }).messages.map((m) => m.ruleId);
    expect(ids).toContain('missing-thanks');
  });
  it('templates silences the rule even when it is configured explicitly', () => {
    const found = lintSync(code, { config: { templates: true, rules: { 'unfilled-placeholder': 'warn' } } }).messages.filter((m) => m.ruleId === 'unfilled-placeholder');
    expect(found).toEqual([]);
  });
});
