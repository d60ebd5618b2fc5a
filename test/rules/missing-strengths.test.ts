// Cases for the missing-strengths rule: the many ways a note restates what the candidate brings, and where the scaffold goes.
import { ruleTester } from '../helpers/rule-tester.js';

const SCAFFOLD = "I'm confident my experience in [your strongest skill] would help [team] with [the project or need they mentioned].";
const OPEN = 'Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday about the analyst role. I enjoyed hearing about the team.';
const CLOSE = 'I look forward to hearing from you.';
const note = (middle: string): string => `${OPEN}\n\n${middle}\n\n${CLOSE}\n\nBest regards,\nSam`;

/** Strengths in other words than the patterns': a note with any of them is not flagged. */
const STRENGTHS = [
  "With my background in retail operations, I'm ready to take on the store's inventory work.",
  "As someone who has run a classroom of thirty, I'm comfortable managing a busy ward.",
  "I'm an RN with five years in oncology.",
  'I know I can make a real difference on your team.',
  "I'm eager to apply my skills in data visualization to your reporting.",
  'I have a proven track record of closing enterprise deals.',
  'I consistently exceeded my sales quota at Northwind.',
  "I'm a quick learner and a reliable team player.",
  "I've spent the last decade working in commercial kitchens.",
  'During my internship at Acme, I automated the weekly sales report.',
  'I bring a decade of hospitality experience.',
  'Having managed a team of eight, I understand the scheduling load you described.',
  'I was responsible for a $2M budget at my last job.',
  "I speak fluent Spanish, which would help with your patient population.",
  'I think my attention to detail would serve your audit team well.',
  "To answer your question more fully: I'd begin with a two-week audit of the current routes.",
  "You mentioned onboarding; at my last job I wrote the onboarding guide that's still used today.",
  'My clients consistently rate me five stars for communication.',
  "I've been the go-to person for Excel questions on my team.",
  'Last quarter I ranked second out of forty reps in the region.',
  'As a former line cook, I understand the pace of a busy kitchen.',
  'Teaching ESL for five years taught me patience and creativity.',
  "I've handled accounts payable for a 200-person firm, so your invoice backlog doesn't scare me.",
  "I'm comfortable with Python, SQL and dbt.",
];

/** Paragraphs with no strength in them: a note made of one of them is flagged. */
const NO_STRENGTHS = [
  "I enjoyed learning about your company's history and mission.",
  "I'm sorry again for arriving late; the bus broke down.",
  "I know I was nervous and didn't explain my answers well.",
  "I really need this job, and I'll do anything to get it.",
  'My former manager was a nightmare, which is why I left.',
  "I didn't get to explain my experience with Kafka, which I regret.",
  "I've been thinking about the interview a lot since Tuesday.",
  'I can send references if that would help.',
  'I would love to work for your company.',
  'I have been looking for a role like this for a while.',
  "I've wanted to work for a company like yours for years.",
  "I'm confident that you'll make the right decision.",
  'The interview gave me a chance to reflect on my goals.',
];

ruleTester('missing-strengths', {
  valid: [
    note('I have four years of experience building retention dashboards in SQL and Python.'),
    { name: 'years in a role', code: note("I've been a qualified electrician for nine years, mostly on office fit-outs.") },
    { name: 'an achievement', code: note('At my last company I led the migration of forty services to Kubernetes.') },
    { name: 'a measured result', code: note('Last year my outreach brought in 30% more demos than the team average.') },
    { name: 'what I would bring', code: note("I'm confident I could bring the same discipline to your month-end close.") },
    { name: 'a strong fit', code: note("I believe I'd be a strong fit for the night-shift charge role.") },
    { name: 'background in', code: note('My background in special education would help with the inclusion work you described.') },
    { name: 'a fuller answer (a solution)', code: note('Having thought more about your churn question, I would use time-based splits and check calibration first.') },
    { name: 'a résumé-style list', code: note('Here is what I would bring:\n\n- designed the low-power scheduler for our sensors\n- six years of embedded C') },
    { name: 'certified', code: note("I'm certified in ACLS and PALS and have precepted new graduates.") },
    { name: 'praise of a former boss plus a strength', code: note('My former manager, who was a wonderful mentor, taught me how to run a tight stand-up, and I have run ours for two years.') },
    { name: 'a short fragment is not judged', code: 'Running ten minutes late, see you soon.' },
    { name: 'strengths after a contrast', code: note("I know I'm not the most experienced candidate, but my three years in community pharmacy cover the services you offer.") },
    { name: 'a teacher', code: note('I have taught Year 5 for four years and I run the school chess club.') },
    { name: 'skills with a colon list', code: note('Here is a summary of my relevant experience: firmware in C, BLE and power profiling.') },
    ...STRENGTHS.map((middle) => ({ name: `strength: ${middle}`, code: note(middle) })),
  ],
  invalid: [
    {
      name: 'no strengths: a paragraph before a short close',
      code: note('I enjoyed the tour of the office and meeting everyone on the team.'),
      errors: [{ line: 7, actual: CLOSE, messageIncludes: 'never restates' }],
      output: `${OPEN}\n\nI enjoyed the tour of the office and meeting everyone on the team.\n\n${SCAFFOLD}\n\n${CLOSE}\n\nBest regards,\nSam`,
      safeOutput: null,
      fixLabels: ['Add a strengths sentence to fill in before the close'],
    },
    {
      name: 'one paragraph: a sentence before its last one',
      code: `Hi Dana,\n\nThanks for the interview today. I enjoyed hearing about the roadmap. ${CLOSE}\n\nBest,\nLee`,
      errors: [{ actual: CLOSE }],
      output: `Hi Dana,\n\nThanks for the interview today. I enjoyed hearing about the roadmap. ${SCAFFOLD} ${CLOSE}\n\nBest,\nLee`,
    },
    {
      name: 'one sentence: the scaffold goes after it',
      code: 'Hi Dana,\n\nThank you so much for taking the time to talk with me today about the role and the team.\n\nBest,\nLee',
      errors: 1,
      output: `Hi Dana,\n\nThank you so much for taking the time to talk with me today about the role and the team. ${SCAFFOLD}\n\nBest,\nLee`,
    },
    {
      name: 'a long last paragraph: before its last sentence',
      code: `${OPEN}\n\nThe roadmap sounds exciting. I liked the focus on testing. The office is lovely. ${CLOSE}\n\nBest regards,\nSam`,
      errors: 1,
      output: `${OPEN}\n\nThe roadmap sounds exciting. I liked the focus on testing. The office is lovely. ${SCAFFOLD} ${CLOSE}\n\nBest regards,\nSam`,
    },
    {
      name: 'a list before the sign-off: the scaffold goes before the last plain paragraph',
      code: `${OPEN}\n\n${CLOSE}\n\n- Tuesday after 2pm\n- Thursday morning\n\nBest regards,\nSam`,
      errors: 1,
      output: `${OPEN}\n\n${SCAFFOLD}\n\n${CLOSE}\n\n- Tuesday after 2pm\n- Thursday morning\n\nBest regards,\nSam`,
    },
    {
      name: 'a valediction kept in the closing paragraph does not count as a closing sentence',
      code: `${OPEN}\n\nI enjoyed the tour. ${CLOSE}\nBest,\nSam Lee, Senior Data Analyst at Northwind Traders Ltd`,
      errors: 1,
      output: `${OPEN}\n\n${SCAFFOLD}\n\nI enjoyed the tour. ${CLOSE}\nBest,\nSam Lee, Senior Data Analyst at Northwind Traders Ltd`,
    },
    { name: 'a request for an answer is not a strength', code: note('Could you let me know by Friday whether I got the job? I need to plan ahead.'), errors: 1 },
    { name: '"I managed to" is not managing', code: note('I managed to find the building despite the roadworks.'), errors: 1 },
    { name: 'running late is not running a team', code: note('I ran late because of the trains, which I regret.'), errors: 1 },
    { name: 'a strength denied', code: note("I don't have much experience with SQL, and I'm not a strong fit on paper."), errors: 1 },
    { name: 'a lack', code: note('My lack of experience with Kafka probably showed.'), errors: 1 },
    { name: 'handled badly', code: note('I handled the case question badly and rambled.'), errors: 1 },
    { name: 'a regret about a fuller answer', code: note('I should have given a concrete example of my work.'), errors: 1 },
    { name: 'grew nervous', code: note('I grew nervous when the panel joined.'), errors: 1 },
    { name: 'an offer of help with logistics', code: note('Let me know if I can help with scheduling a second call.'), errors: 1 },
    { name: 'enthusiasm alone', code: note("I'm very excited about the role and the team's mission."), errors: 1 },
    { name: 'hounding', code: note("I'll call again on Monday if I haven't heard back."), errors: 1 },
    { name: 'a quoted question does not count', code: `${OPEN}\n\n> Tell me about a time you led a team of ten.\n\nI enjoyed that question.\n\n${CLOSE}\n\nBest regards,\nSam`, errors: 1 },
    {
      name: 'Windows line endings',
      code: note('I enjoyed the tour of the office.').replace(/\n/g, '\r\n'),
      errors: 1,
      output: `${OPEN}\n\nI enjoyed the tour of the office.\n\n${SCAFFOLD}\n\n${CLOSE}\n\nBest regards,\nSam`.replace(/\n/g, '\r\n'),
    },
    { name: 'would start on a date is not a solution', code: note('I would be able to start on the first of June.'), errors: 1 },
    { name: 'I wrote to follow up', code: note('I am writing to follow up on our conversation about the role.'), errors: 1 },
    ...NO_STRENGTHS.map((middle) => ({ name: `no strength: ${middle}`, code: note(middle), errors: 1 })),
    { name: 'a template still needs a strength', code: 'Dear [Interviewer Name],\n\nThank you for meeting with me about the {{role}} role at {{company}}. I enjoyed it.\n\nI look forward to hearing from you.\n\nBest,\n[Your Name]', errors: 1 },
  ],
});
