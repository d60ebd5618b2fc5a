// Cases for the missing-thanks rule: every way a note thanks its reader, the look-alikes, and where the fix goes.
import { ruleTester } from '../helpers/rule-tester.js';

const LINE = 'Thank you for taking the time to meet with me.';
const BODY = 'I wanted to follow up on our conversation about the analyst role and the reporting work your team has planned.';
const CLOSE = 'I look forward to hearing from you about the next steps.';

/** Thanks in other words: a note with any of them is not flagged. */
const THANKS = [
  'Many thanks for showing me around the plant.',
  'I truly appreciate you taking the time to meet.',
  'Your time and insight were much appreciated.',
  "A quick thank-you for Tuesday's interview.",
  'Thank u for the interview!',
  'I really appreciated how candid you were about the work.',
  "It was kind of you to make time, and I'm grateful.",
  'Just a note of thanks for meeting me.',
  'I deeply appreciate your consideration.',
  'Please pass my thanks on to the panel.',
];

/** Look-alikes that do not thank the reader: a note with only these is flagged. */
const NOT_THANKS = [
  "I'd really appreciate it if you could tell me by Friday.",
  'Thankfully the trains were running on time.',
  'My manager always thanked us for our work.',
  'I appreciate that the role involves a lot of travel.',
];

ruleTester('missing-thanks', {
  valid: [
    `Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday. ${BODY}\n\nBest regards,\nSam`,
    { name: 'thanks later in the body', code: `Hi Dana,\n\n${BODY}\n\nThanks again for your time, and ${CLOSE.toLowerCase()}\n\nBest,\nLee` },
    { name: 'grateful', code: `Dear Mr. Chen,\n\n${BODY} I'm grateful for the chance to learn about the team.\n\nSincerely,\nAna` },
    { name: 'appreciate your time', code: `Hello Priya,\n\nI really appreciate your time on Friday. ${BODY}\n\nRegards,\nTom` },
    { name: 'appreciated learning', code: `Hi Jo,\n\n${BODY} I appreciated hearing how the team plans its sprints.\n\nCheers,\nKim` },
    { name: 'gratitude', code: `Dear Dr. Sato,\n\nI want to express my gratitude for Thursday's interview. ${BODY}\n\nWarm regards,\nClara` },
    { name: 'thank-you valediction counts', code: `Dear Ms. Ortiz,\n\n${BODY} ${CLOSE}\n\nThank you,\nSam` },
    { name: 'many thanks valediction', code: `Dear Ms. Ortiz,\n\n${BODY} ${CLOSE}\n\nMany thanks,\nSam` },
    { name: 'thanks in the greeting line', code: `Hi Sam, thanks for your time yesterday!\n\n${BODY} ${CLOSE}\n\nBest,\nRae` },
    { name: 'thanking the whole panel', code: `Dear all,\n\nI want to thank everyone on the panel for a thoughtful conversation. ${BODY}\n\nBest,\nRae` },
    { name: 'thankful to have met', code: `Dear Ms. Park,\n\n${BODY} I'm thankful to have met the team.\n\nBest,\nRae` },
    { name: 'a short fragment is not judged', code: 'Quick note: see you Thursday at ten.' },
    { name: 'an empty document', code: '' },
    { name: 'thanks in a hard-wrapped line with curly quotes', code: `Dear Ms. Ortiz,\n\nI’m writing after Tuesday’s interview to say a\nsincere thank-you for your time. ${BODY}\n\nBest,\nSam` },
    ...THANKS.map((line) => ({ name: `thanks: ${line}`, code: `Hi Dana,\n\n${line} ${BODY}\n\nBest,\nLee` })),
    { name: 'thx counts', code: `hey sam,\n\nthx for the chat today. ${BODY.toLowerCase()}\n\nrae` },
  ],
  invalid: [
    {
      name: 'no thanks at all: insert after the greeting as its own paragraph',
      code: `Dear Ms. Ortiz,\n\n${BODY}\n\n${CLOSE}\n\nBest regards,\nSam`,
      errors: [{ line: 1, column: 1, actual: 'Dear Ms. Ortiz,', messageIncludes: 'never thanks the reader' }],
      output: `Dear Ms. Ortiz,\n\n${LINE}\n\n${BODY}\n\n${CLOSE}\n\nBest regards,\nSam`,
      safeOutput: `Dear Ms. Ortiz,\n\n${LINE}\n\n${BODY}\n\n${CLOSE}\n\nBest regards,\nSam`,
      fixLabels: ['Add “Thank you for taking the time to meet with me.” after the greeting'],
    },
    {
      name: '"thanks to my team" gives credit, it does not thank the reader',
      code: `Hi Dana,\n\nThanks to my team, we shipped the billing migration a month early. ${BODY}\n\nBest,\nLee`,
      errors: [{ line: 1, actual: 'Hi Dana,' }],
      output: `Hi Dana,\n\n${LINE}\n\nThanks to my team, we shipped the billing migration a month early. ${BODY}\n\nBest,\nLee`,
    },
    {
      name: 'a greeting on its own line, body right below: the line goes between',
      code: `Dear Mr. Chen,\n${BODY}\n\nBest,\nAna`,
      errors: 1,
      output: `Dear Mr. Chen,\n${LINE}\n${BODY}\n\nBest,\nAna`,
    },
    {
      name: 'no greeting: the line goes at the top',
      code: `${BODY}\n\n${CLOSE}\n\nBest,\nAna`,
      errors: [{ line: 1, column: 1 }],
      output: `${LINE}\n\n${BODY}\n\n${CLOSE}\n\nBest,\nAna`,
      fixLabels: ['at the top'],
    },
    {
      name: 'front matter stays first',
      code: `---\nto: hiring@example.com\n---\n\n${BODY}\n\nBest,\nAna`,
      errors: [{ line: 5 }],
      output: `---\nto: hiring@example.com\n---\n\n${LINE}\n\n${BODY}\n\nBest,\nAna`,
    },
    {
      name: 'a title heading, then the greeting',
      code: `# Follow-up: analyst interview\n\nHi Sven,\n\n${BODY}\n\nRegards,\nHenrik`,
      errors: [{ line: 3, actual: 'Hi Sven,' }],
      output: `# Follow-up: analyst interview\n\nHi Sven,\n\n${LINE}\n\n${BODY}\n\nRegards,\nHenrik`,
    },
    {
      name: 'a request to appreciate feedback is not thanks',
      code: `Dear Ms. Ortiz,\n\n${BODY} I would appreciate any feedback you can share.\n\nBest regards,\nSam`,
      errors: 1,
    },
    {
      name: 'appreciating a trait of the company is not thanks',
      code: `Dear Ms. Ortiz,\n\n${BODY} I appreciate a company that values testing.\n\nBest regards,\nSam`,
      errors: 1,
    },
    {
      name: 'reporting that someone else was thanked',
      code: `Hi Dana,\n\nI thanked the recruiter for setting up the call. ${BODY}\n\nBest,\nLee`,
      errors: 1,
    },
    {
      name: 'grateful to a former mentor',
      code: `Hi Dana,\n\nI'm grateful to my old manager for teaching me SQL. ${BODY}\n\nBest,\nLee`,
      errors: 1,
    },
    {
      name: 'saying you did not thank them is not thanks',
      code: `Hi Dana,\n\nI realise I didn't thank you properly on Friday. ${BODY}\n\nBest,\nLee`,
      errors: 1,
    },
    {
      name: 'a "Best," valediction does not thank',
      code: `Hi Dana,\n\n${BODY} ${CLOSE}\n\nBest,\nLee`,
      errors: 1,
    },
    {
      name: 'thanks inside a quoted question is not the writer thanking',
      code: `Hi Dana,\n\n> Thanks for coming in. Tell me about a time you failed.\n\n${BODY}\n\nBest,\nLee`,
      errors: 1,
    },
    {
      name: 'thanks inside inline code is not prose',
      code: 'Hi Dana,\n\nThe `thank_you` handler I wrote is in the repo. ' + BODY + '\n\nBest,\nLee',
      errors: 1,
    },
    {
      name: 'Windows line endings are kept',
      code: `Dear Ms. Ortiz,\r\n\r\n${BODY}\r\n\r\nBest regards,\r\nSam\r\n`,
      errors: 1,
      output: `Dear Ms. Ortiz,\r\n\r\n${LINE}\r\n\r\n${BODY}\r\n\r\nBest regards,\r\nSam\r\n`,
    },
    {
      name: 'a Markdown note with a list and no thanks',
      code: `Hello Priya,\n\nHere is what I would bring:\n\n- six years of firmware work\n- a low-power scheduler I designed\n\n${CLOSE}\n\nRegards,\nTom`,
      errors: 1,
      output: `Hello Priya,\n\n${LINE}\n\nHere is what I would bring:\n\n- six years of firmware work\n- a low-power scheduler I designed\n\n${CLOSE}\n\nRegards,\nTom`,
    },
    {
      name: 'a template with placeholders still needs thanks',
      code: `Dear [Interviewer Name],\n\n${BODY}\n\nBest,\n[Your Name]`,
      errors: 1,
      output: `Dear [Interviewer Name],\n\n${LINE}\n\n${BODY}\n\nBest,\n[Your Name]`,
    },
    ...NOT_THANKS.map((line) => ({ name: `not thanks: ${line}`, code: `Hi Dana,\n\n${line} ${BODY}\n\nBest,\nLee`, errors: 1 })),
    {
      name: 'a pessimistic note without thanks',
      code: `Hi Paul,\n\nJust following up on the team leader interview. I have five years of warehouse experience.\n\nI'll call again tomorrow.\n\nRegards,\nCraig`,
      errors: 1,
    },
  ],
});
