// Cases for the negative-ending rule: pessimistic, apologetic and negative closes, and the closes that are fine.
import { ruleTester } from '../helpers/rule-tester.js';

const LINE = "I'm excited about the chance to contribute and look forward to hearing from you.";
const OPEN = 'Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday about the analyst role.';
const MIDDLE = 'I have four years of experience building retention dashboards, and I would start with cohort curves.';
const note = (closing: string, sign = 'Best regards,\nSam'): string => `${OPEN}\n\n${MIDDLE}\n\n${closing}\n\n${sign}`;

/** Closing lines in other words than the patterns': each must be flagged. */
const NEGATIVE_CLOSES = [
  'I completely understand if you decide to go with someone else.',
  "I know I probably won't be getting a call back, but I wanted to say thanks anyway.",
  "Either way, I'm sorry for how it went.",
  "I guess I'll just keep applying elsewhere.",
  "I hope I didn't waste too much of your time.",
  "I realize I'm not what you were looking for.",
  "I'm sure there are stronger candidates in the mix.",
  'Good luck with the rest of your search.',
  'I feel awful about how the interview went.',
  "Honestly I don't think I have much of a chance now.",
  'I know I let you down on Tuesday.',
  "I won't bother you again.",
  'Please forgive my nerves.',
  "I'm not holding my breath, but thanks for your time.",
  "I understand that I'm probably out of the running.",
  "Whatever you decide, I'll understand, even if it's a no.",
  "I really hope you'll give me another chance; I need this.",
  "It's a shame the interview went so badly.",
  'No hard feelings if you pass on me.',
  "I assume you've already filled the position.",
  'I hope to hear from you soon, but I understand if not.',
  "I just hope I didn't blow my chance.",
  "Honestly, I'm not sure I'm cut out for this. I'll understand completely if you go with another candidate.",
];

/** Closing lines that look ahead, thank, sympathise or ask for feedback: none may be flagged. */
const POSITIVE_CLOSES = [
  "I'd welcome the chance to talk again, and I'm available any afternoon next week.",
  "Please let me know if there's anything else I can send over.",
  "If it would help, I'm happy to share a short write-up of the approach.",
  'I hope the rest of your week goes smoothly.',
  "I was sorry to hear about Maria's accident and hope she recovers quickly.",
  "If you move forward with other candidates, I'd be grateful for any feedback.",
  "I'm confident I could help your team reduce those errors.",
  'I know the quarter is busy, so no rush at all on a reply.',
  'Regardless of the outcome, I really enjoyed our conversation.',
  "I'd love the opportunity to tackle the backlog problems you mentioned.",
  "Thanks for your patience with the scheduling hiccup; I look forward to next steps.",
  "I can't wait to hear what you think.",
  "There's no doubt in my mind that this is the right role for me.",
  'Looking forward to continuing the conversation.',
  "I couldn't be more excited about this role.",
  "I'd hate to miss out on this opportunity, so please keep me in mind.",
  "I won't let you down.",
  "I know it was a tough week for your team, and I'm grateful you made the time.",
  'Nothing would make me happier than joining the team.',
  "I'm not worried about the learning curve.",
  'If I am not selected, I would appreciate any feedback.',
  'Either way, I appreciate the opportunity.',
  "I know I have a lot to learn, but I'm eager to grow with your team.",
  "I know my answer on the budget question was poor, so I've attached a clearer breakdown. I look forward to hearing from you.",
];

ruleTester('negative-ending', {
  valid: [
    note('I look forward to hearing from you.'),
    note('Thank you again for your time, and I hope to speak with you soon.'),
    note("I'm excited about the role and would welcome a second conversation."),
    { name: 'an apology in the middle, a positive close', code: `${OPEN}\n\nI'm sorry again for arriving late; the train was cancelled.\n\n${MIDDLE}\n\nI look forward to hearing from you.\n\nBest,\nSam` },
    { name: 'condolence is not an apology', code: note("I was sorry to hear the team lost a colleague last month, and I'd be glad to help however I can.") },
    { name: 'sympathy for a loss in the close', code: note('I was so sorry to hear about your loss, and I hope to talk again soon.') },
    { name: 'asking for feedback if not selected is a good move', code: note("If you decide to go in another direction, I'd still welcome any feedback you can share.") },
    { name: 'no doubt is confidence', code: note("I have no doubt I could hit the ground running, and I'd love to continue the conversation.") },
    { name: 'do not hesitate', code: note("Please don't hesitate to reach out if you have any other questions.") },
    { name: 'domain words are not mood', code: note("I'd love to help your team cut fraud losses and handle the pressure of quarter-end.") },
    { name: 'a single-paragraph note: only its last sentence is the close', code: "Hi Dana,\n\nThank you for Friday's interview. I apologize again for being late. I have six years of ICU experience and I'd love to bring that to your unit. I look forward to hearing from you.\n\nBest,\nLee" },
    { name: 'a P.S. after the sign-off is not the close', code: `${note('I look forward to hearing from you.')}\n\nP.S. Sorry, I forgot to attach my portfolio; it's here now.` },
    { name: 'a quoted question is not the close', code: `${OPEN}\n\n${MIDDLE}\n\nI look forward to hearing from you.\n\n> Sorry, we have no more time.\n\nBest,\nSam` },
    { name: 'a negative aside earlier in the note', code: `${OPEN}\n\nI know my answer on SQL was weak and I feel terrible about it.\n\n${MIDDLE}\n\nI'm eager to continue the conversation.\n\nBest,\nSam` },
    { name: 'a neutral logistics close', code: note('I am available Monday through Wednesday next week if a second conversation would help.') },
    {
      name: 'a long signature in the closing paragraph is not the close',
      code: `${OPEN}\n\n${MIDDLE}\n\nI look forward to hearing from you.\nBest,\nSam Lee, Senior Data Analyst at Northwind Traders, sorry for typos`,
    },
    ...POSITIVE_CLOSES.map((close) => ({ name: `positive close: ${close}`, code: note(close) })),
  ],
  invalid: [
    {
      name: 'resigned and apologetic: replaced by a forward-looking line',
      code: note("I understand if you've already ruled me out. Sorry again for wasting your time."),
      errors: [{ line: 7, column: 1, actual: "I understand if you've already ruled me out. Sorry again for wasting your time.", messageIncludes: 'expecting rejection' }],
      output: note(LINE),
      safeOutput: null,
      fixLabels: ['Replace with: “I\'m excited about the chance'],
    },
    {
      name: 'doubting a reply',
      code: note("I doubt I'll hear back, but it was nice to meet you."),
      errors: [{ messageIncludes: 'expecting rejection' }],
      output: note(LINE),
    },
    {
      name: 'an apology close followed by thanks: the apology is removed, the thanks kept',
      code: note('I apologize again for the confusion. Thank you for your patience.'),
      errors: [{ actual: 'I apologize again for the confusion.', messageIncludes: 'an apology' }],
      output: note('Thank you for your patience.'),
      fixLabels: ['Remove the negative closing sentence'],
    },
    {
      name: 'someone better',
      code: note("I'm sure you'll find someone better suited to the role."),
      errors: 1,
      output: note(LINE),
    },
    {
      name: 'best of luck finding the right person',
      code: note('Best of luck finding the right person for the team.'),
      errors: 1,
    },
    {
      name: 'not expecting to hear back',
      code: note("I'm not expecting to hear back, to be honest."),
      errors: 1,
    },
    {
      name: 'negative by the lexicon alone',
      code: note("Honestly, I'm embarrassed and disappointed in myself."),
      errors: [{ messageIncludes: 'a negative note' }],
    },
    {
      name: 'the chances are slim',
      code: note('I realise my chances are slim after Tuesday.'),
      errors: 1,
    },
    {
      name: 'I blew it',
      code: note('I know I blew it, and I am sorry.'),
      errors: 1,
    },
    {
      name: 'money trouble at the close',
      code: note('I really need this job because my rent is due next week.'),
      errors: [{ messageIncludes: 'a plea' }],
    },
    {
      name: 'not the right fit',
      code: note("I know I'm probably not the right fit after how nervous I was."),
      errors: 1,
    },
    {
      name: "won't take up more of your time",
      code: note("I won't take up any more of your time."),
      errors: 1,
    },
    {
      name: 'thanks anyway',
      code: note('Thanks anyway for considering me.'),
      errors: 1,
    },
    {
      name: 'a regret',
      code: note('I just wish I had prepared better for the case study.'),
      errors: 1,
    },
    {
      name: 'single-paragraph note ending on an apology',
      code: 'Hi Dana,\n\nThank you for meeting me. I have six years of ICU experience. Sorry again for rambling so much.\n\nBest,\nLee',
      errors: [{ actual: 'Sorry again for rambling so much.' }],
      output: `Hi Dana,\n\nThank you for meeting me. I have six years of ICU experience. ${LINE}\n\nBest,\nLee`,
    },
    {
      name: 'a long closing paragraph: only its last lines count, and a forward line in it is kept',
      code: note("I enjoyed meeting the team. The roadmap sounds exciting. I'd welcome a second conversation. Sorry for the long email."),
      errors: [{ actual: 'Sorry for the long email.' }],
      output: note("I enjoyed meeting the team. The roadmap sounds exciting. I'd welcome a second conversation."),
    },
    {
      name: 'sign-off not recognised: a stray valediction block is skipped',
      code: `${OPEN}\n\n${MIDDLE}\n\nI'm sure you have plenty of strong candidates.\n\nBest wishes,\n\nSamuel Ortiz-Lee, Senior Data Analyst, Acme Analytics Group`,
      errors: 1,
    },
    {
      name: 'curly apostrophes and hard wraps',
      code: note('I understand if you’ve decided to move forward\nwith other candidates.'),
      errors: 1,
      output: note(LINE),
    },
    {
      name: 'a P.S. does not hide the close above it',
      code: `${note("I doubt I'm still in the running.")}\n\nP.S. I've attached the dashboard I mentioned, with the cohort view we discussed on Tuesday.`,
      errors: 1,
    },
    {
      name: 'not meant to be',
      code: note("If it isn't meant to be, I understand."),
      errors: 1,
    },
    {
      name: 'Windows line endings',
      code: note("Sorry again for wasting your time.").replace(/\n/g, '\r\n'),
      errors: 1,
      output: note(LINE).replace(/\n/g, '\r\n'),
    },
    ...NEGATIVE_CLOSES.map((close) => ({ name: `negative close: ${close}`, code: note(close), errors: 1 })),
  ],
});
