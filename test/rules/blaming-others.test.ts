// Cases for blaming-others: fault placed on traffic, people, questions, rooms and tools, and the near-misses.
import { ruleTester } from '../helpers/rule-tester.js';
import { BLAMING_BLIND, BLAMING_BLIND_2, BLAMING_BLIND_3, BLAMING_BLIND_4, BLAMING_BLIND_5, BLAMING_BLIND_6, PRECISION_PROBES } from './tone-blind/sets.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Ms. Lee,\n\n${body}\n\nBest regards,\nSam`;

ruleTester('blaming-others', {
  valid: [
    // Six blind rounds of fresh near-misses (test/rules/tone-blind/sets.ts).
    // Near-misses aimed at the wider families themselves.
    ...PRECISION_PROBES['blaming-others'].map((body) => note(body)),
    ...[BLAMING_BLIND, BLAMING_BLIND_2, BLAMING_BLIND_3, BLAMING_BLIND_4, BLAMING_BLIND_5, BLAMING_BLIND_6].flatMap((set) => set.pass.map((body) => note(body))),
    // Owning it briefly is fine (ADVICE.md: “Own it, briefly”).
    note('I’m sorry I arrived late.'),
    note('I apologize for arriving twenty minutes late; I know your schedule was tight.'),
    note('I misjudged how long the drive would take, and I’m sorry for arriving late.'),
    note('I was late because I misjudged the commute.'),
    note('I was unwell that day, and I’m sorry it showed.'),
    // Traffic as the subject of the work is not blaming traffic (ADVICE.md nuance).
    note('I built a traffic-prediction model that cut commute times by 12%.'),
    note('Traffic signal timing has been the core of my work for five years.'),
    note('I led the traffic analytics team, and our traffic data now feeds the city dashboard.'),
    note('Traffic to our site grew 40% because of my SEO work.'),
    note('I designed a tool that detects when connections drop.'),
    note('I fixed a bug where the camera froze on older Android phones.'),
    // Clarifying a question is good (ADVICE.md: “Clarify, don't confess”).
    note('Having thought more about your question on caching, here is a fuller answer.'),
    note('I misunderstood your question about caching, so let me answer it properly.'),
    note('Your question on scaling made me think harder about sharding.'),
    note('I didn’t get the chance to discuss my portfolio, so I’ve attached it here.'),
    // Negated blame.
    note('I’m not blaming anyone; I should have planned my route better.'),
    note('I don’t blame the recruiter at all.'),
    // Praise and neutral mentions of the people and the room.
    note('The recruiter was very helpful in preparing me.'),
    note('The questions were challenging and fair, and I enjoyed them.'),
    note('Thanks to the recruiter, I felt well prepared.'),
    note('You made me feel at ease, even though I was nervous.'),
    note('The office was bright and welcoming.'),
    note('You mentioned the team is migrating to Kubernetes.'),
    note('If the link doesn’t work, I’m happy to send the files another way.'),
    note('I’m sorry my camera froze for a second during the demo.'),
    // A former workplace is badmouthing's ground, not this rule's.
    note('My previous employer laid off half the team, which is why I am looking.'),
    // A quoted question is not the writer's prose.
    'Dear Ms. Lee,\n\n> Why were the questions so unclear?\n\nThank you for asking that.\n\nBest,\nSam',
    // A question to the reader is not an accusation.
    note('Was anything unclear in my answer about caching?'),
    note('You were candid about the team’s struggles with flaky tests, and that honesty made me even keener to join.'),
    note('I loved hearing how your team rebuilt clinic scheduling after the old system kept crashing.'),
    note('I’m sorry we lost the connection for a minute near the end; to finish my thought, I’d start with the customers.'),
    note('Sorry to hear your flight was cancelled; I hope the conference went well.'),
    note('I know my answer on the budget question was poor, so I’ve attached a clearer breakdown.'),
    note('When the network dropped packets during a migration, I led the rollback within ten minutes.'),
    { name: 'allowPhrases lets a phrase through', code: note('The questions were unclear.'), options: { allowPhrases: ['questions were unclear'] } },
  ],
  invalid: [
    // Six blind rounds of fresh phrasings, each written before the rule was widened for it.
    ...[BLAMING_BLIND, BLAMING_BLIND_2, BLAMING_BLIND_3, BLAMING_BLIND_4, BLAMING_BLIND_5, BLAMING_BLIND_6].flatMap((set) => set.flag.map((body) => ({ code: note(body), errors: 1 }))),
    {
      name: 'traffic made me late: rewrite owns it',
      code: note('Traffic made me twenty minutes late.'),
      errors: [{ line: 3, actual: 'Traffic made me', messageIncludes: 'Blames the journey for arriving late' }],
      output: note('I’m sorry I arrived late.'),
      safeOutput: note('I’m sorry I arrived late.'),
      fixLabels: ['Rewrite (owns it briefly): “I’m sorry I arrived late.”', 'Remove this sentence'],
    },
    {
      name: 'an apology with an excuse keeps only the apology',
      code: note('I’m sorry I was late; the traffic on the 405 was a nightmare. I enjoyed meeting the team.'),
      errors: 1,
      safeOutput: note('I’m sorry I arrived late. I enjoyed meeting the team.'),
    },
    {
      name: 'a late call becomes “joined late”',
      code: note('The link you sent didn’t work, so I joined late.'),
      errors: 1,
      output: note('I’m sorry I joined late.'),
    },
    {
      name: 'an apology elsewhere makes removal the fix',
      code: note('I apologize for arriving late. My train was delayed.'),
      errors: [{ actual: 'train was delayed' }],
      safeOutput: note('I apologize for arriving late.'),
    },
    { code: note('I was late because my train was delayed.'), errors: 1 },
    { code: note('I got stuck in traffic on the way over.'), errors: 1 },
    { code: note('Due to the heavy traffic I missed the first part of the meeting.'), errors: 1 },
    { code: note('Road closures on the M25 made me late.'), errors: 1 },
    { code: note('My alarm didn’t go off, which is why I was late.'), errors: 1 },
    { code: note('My GPS sent me to the wrong building.'), errors: 1 },
    {
      name: 'the recruiter never told me: removal is safe',
      code: note('The recruiter never told me there would be a coding test. I have five years of Python experience.'),
      errors: [{ messageIncludes: 'Places fault on the interviewer' }],
      safeOutput: note('I have five years of Python experience.'),
    },
    { code: note('Nobody told me the interview would be a panel.'), errors: 1 },
    { code: note('I wasn’t told about the case study, so I was unprepared.'), errors: 1 },
    { code: note('I also wasn’t told in advance that there would be a spreadsheet test.'), errors: 1 },
    { code: note('If the recruiter had told me about the format, I would have prepared better.'), errors: 1 },
    { code: note('I was given the wrong address by your coordinator.'), errors: 1 },
    {
      name: 'unclear questions: a clarifying rewrite is offered',
      code: note('The questions were unclear, which made it hard to give good answers.'),
      errors: [{ messageIncludes: 'Blames the questions' }],
      fixLabels: ['Remove this sentence', 'Rewrite (clarifies instead)'],
    },
    { code: note('Your question about caching was worded ambiguously.'), errors: 1 },
    { code: note('The puzzle had nothing to do with building React interfaces.'), errors: 1 },
    { code: note('It wasn’t clear what you were looking for in the system design question.'), errors: 1 },
    {
      name: 'a compound is blamed by its head: the questions, not the whiteboard',
      code: note('It wasn’t fair that I was asked three whiteboard questions in a row with no time to think, and I feel like nobody in that room gave me a real chance.'),
      errors: [{ messageIncludes: 'Blames the questions' }],
    },
    {
      name: 'a compound is blamed by its head: the noise of the interview room',
      code: note('The interview room noise was so loud that I lost my train of thought.'),
      errors: [{ messageIncludes: 'Blames the room or its noise' }],
    },
    { code: note('The room was too noisy for me to concentrate.'), errors: 1 },
    { code: note('I was distracted by the construction noise outside.'), errors: 1 },
    { code: note('The interviewer kept interrupting me before I could finish.'), errors: 1 },
    { code: note('Your colleague gave me a puzzle, and then kept interrupting me.'), errors: 1 },
    { code: note('You didn’t give me enough time to finish the exercise.'), errors: 1 },
    { code: note('The hiring manager seemed distracted the whole time.'), errors: 1 },
    { code: note('My internet kept dropping during our call.'), errors: 1, fixLabels: ['Remove this sentence', 'Rewrite (owns it briefly)'] },
    { code: note('The projector in the meeting room kept cutting out.'), errors: 1 },
    { code: note('It wasn’t my fault that the call started late.'), errors: 1 },
    { code: note('Circumstances beyond my control made me late.'), errors: 1 },
    { code: note('I blame the recruiter for the mix-up.'), errors: 1 },
    {
      name: 'a blaming clause is cut when the rest is worth keeping',
      code: note('The wifi was patchy, but I enjoyed walking you through the prototype.'),
      errors: 1,
      safeOutput: note('I enjoyed walking you through the prototype.'),
      fixLabels: ['Keep only the rest: “I enjoyed walking you through the prototype.”', 'Remove this sentence', 'Rewrite (owns it briefly)'],
    },
    {
      name: 'curly apostrophes and inflections',
      code: note('The interviewers weren’t clear about the task, and they’d blamed me for it.'),
      errors: 1,
    },
    { code: note('Nobody had mentioned that I’d be presenting to the whole department.'), errors: 1 },
    { code: note('Your colleague’s questions were frankly bizarre.'), errors: 1 },
    { code: note('Sorry I missed the first fifteen minutes: the Zoom link in the calendar invite was broken.'), errors: 1 },
    { code: note('Your receptionist left me in the wrong waiting room for twenty minutes.'), errors: 1 },
    { code: note('The interviewer on the left seemed to have it in for me from the start.'), errors: 1 },
    { code: note('There was a lot of background noise on your end, so I kept losing track of the questions.'), errors: 1 },
    { code: note('Thirty minutes simply wasn’t enough time to cover my portfolio, which is why I rushed.'), errors: 1 },
    { code: note('The agency said it would be an informal chat, not a technical panel.'), errors: 1 },
    { name: 'extraPhrases adds a literal phrase', code: note('The setup was a shambles.'), options: { extraPhrases: ['setup was a shambles'] }, errors: [{ actual: 'setup was a shambles' }] },
    {
      name: 'one finding per sentence, one per blaming sentence',
      code: note('My train was cancelled. Then the receptionist sent me to the wrong floor.'),
      errors: 2,
    },
  ],
});
