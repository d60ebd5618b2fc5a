// Cases for whining: complaint, self-pity, “it wasn't fair”, dwelling on how it went, and the near-misses.
import { ruleTester } from '../helpers/rule-tester.js';
import { WHINING_BLIND, WHINING_BLIND_2, WHINING_BLIND_3, WHINING_BLIND_4, WHINING_BLIND_5, WHINING_BLIND_6, PRECISION_PROBES } from './tone-blind/sets.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Mr. Okafor,\n\n${body}\n\nKind regards,\nPriya`;

ruleTester('whining', {
  valid: [
    // Six blind rounds of fresh near-misses (test/rules/tone-blind/sets.ts).
    // Near-misses aimed at the wider families themselves.
    ...PRECISION_PROBES['whining'].map((body) => note(body)),
    ...[WHINING_BLIND, WHINING_BLIND_2, WHINING_BLIND_3, WHINING_BLIND_4, WHINING_BLIND_5, WHINING_BLIND_6].flatMap((set) => set.pass.map((body) => note(body))),
    // Praise is not whining.
    note('The interview was a great experience, and I enjoyed meeting the team.'),
    note('I really enjoyed our conversation about the roadmap.'),
    note('I thought the process was very fair.'),
    note('The interview was short but productive.'),
    // Clarifying a weak answer is good (ADVICE.md: “Clarify, don't confess”).
    note('Having thought more about your question on churn, here is a fuller answer.'),
    note('I don’t think I explained my approach to caching clearly, so here is a fuller answer.'),
    note('It wasn’t the answer I wanted to give, so here is a better one.'),
    // A brief explanation of an off day is fine.
    note('I was unwell that day, and I’m sorry it affected my answers.'),
    note('I was nervous, and I think it showed in my answer on pricing.'),
    // “Fair” as a concession or a noun phrase.
    note('To be fair, it was a tough question and I enjoyed thinking about it.'),
    note('That’s a fair question, and I’d like to answer it more fully.'),
    note('It would not be fair to you if I didn’t mention my notice period.'),
    note('It wasn’t unfair at all; the questions were reasonable.'),
    // Fairness and feelings as the subject of work, or as sympathy.
    note('I built a model to detect unfair bias in lending decisions.'),
    note('I was sad to hear about your colleague’s departure.'),
    note('I know it’s been a hectic quarter for your team.'),
    note('I dealt with a lot of frustrated customers in my last role and learned to stay calm.'),
    note('The project was a disaster when I inherited it, and I turned it around in six months.'),
    // Negated feelings and looking forward.
    note('I’m not upset at all; it was a useful conversation.'),
    note('I don’t want to dwell on it; instead, here is what I would add.'),
    note('I can’t wait to hear what you decide.'),
    note('I can’t stop thinking about the problem you described; here is one idea.'),
    note('Please keep me up to date on next steps.'),
    // Other rules' ground: self-deprecation, desperation, badmouthing.
    note('I’m such an idiot for forgetting your name.'),
    note('I really need this job.'),
    note('My previous manager treated me unfairly, which is why I left.'),
    note('As a paralegal I spend most days challenging unfair evictions.'),
    note('At Corvid I rewrote our rubric after staff told us reviews felt unfair.'),
    note('I don’t fully understand how your pricing engine works yet, but I’m eager to learn.'),
    note('My therapist says I overthink interviews.'),
    note('My manager was furious when the vendor missed the deadline, and I rebuilt the plan.'),
    { name: 'allowPhrases lets a phrase through', code: note('It was a nightmare.'), options: { allowPhrases: ['a nightmare'] } },
  ],
  invalid: [
    // Six blind rounds of fresh phrasings, each written before the rule was widened for it.
    ...[WHINING_BLIND, WHINING_BLIND_2, WHINING_BLIND_3, WHINING_BLIND_4, WHINING_BLIND_5, WHINING_BLIND_6].flatMap((set) => set.flag.map((body) => ({ code: note(body), errors: 1 }))),
    {
      name: 'it wasn’t fair: removal is safe when the sentence is only the complaint',
      code: note('It wasn’t fair that I only had twenty minutes for the case study. I have led three pricing projects.'),
      errors: [{ line: 3, actual: 'was not fair'.replace('was not', 'wasn’t'), messageIncludes: 'Complains that it was unfair' }],
      safeOutput: note('I have led three pricing projects.'),
      fixLabels: ['Remove this sentence', 'Rewrite (looks forward)'],
    },
    {
      name: 'a complaint clause is cut when the rest is worth keeping',
      code: note('The interview was a complete disaster, but I enjoyed meeting the team.'),
      errors: [{ messageIncludes: 'Dwells on how badly it went' }],
      safeOutput: note('I enjoyed meeting the team.'),
    },
    {
      name: 'self-pity is removed, leaving the close',
      code: note('I’ve been so frustrated since Tuesday. I look forward to hearing from you.'),
      errors: [{ messageIncludes: 'Dwells on your disappointment' }],
      output: note('I look forward to hearing from you.'),
      fixLabels: ['Remove this sentence', 'Rewrite (looks forward): “Thank you again for your time; I remain very interested in the role.”'],
    },
    { code: note('Honestly, I don’t think it was fair to ask about Kubernetes for a frontend role.'), errors: 1 },
    { code: note('I felt the process was unfair to candidates without a degree.'), errors: 1 },
    { code: note('I didn’t get a fair chance to show what I can do.'), errors: 1 },
    { code: note('I feel I was judged too harshly on one answer.'), errors: 1 },
    { code: note('It was honestly the worst interview of my life.'), errors: 1 },
    { code: note('Everything that could go wrong did go wrong.'), errors: 1 },
    { code: note('The whole thing went horribly.'), errors: 1 },
    { code: note('I can’t believe how badly it went.'), errors: 1 },
    { code: note('I can’t stop thinking about how badly it went.'), errors: 1 },
    { code: note('I’ve been replaying the interview in my head all night.'), errors: 1 },
    { code: note('I couldn’t sleep after our conversation.'), errors: 1 },
    { code: note('I haven’t slept since Tuesday, worrying about my answers.'), errors: 1 },
    { code: note('I was devastated when I left the building.'), errors: 1 },
    { code: note('I left feeling completely defeated.'), errors: 1 },
    { code: note('I was really disappointed with how it all turned out.'), errors: 1 },
    { code: note('It’s disheartening to prepare so much and still fall short.'), errors: 1 },
    { code: note('Just my luck that the one topic I didn’t review came up.'), errors: 1 },
    { code: note('Why does this always happen to me?'), errors: 1 },
    { code: note('I’ve had such a rough week.'), errors: 1 },
    { code: note('I waited 45 minutes in the lobby before anyone came to get me.'), errors: 1 },
    { code: note('I was kept waiting for an hour.'), errors: 1 },
    { code: note('Nobody even offered me a glass of water.'), errors: 1 },
    { code: note('The interview felt rushed and disorganized.'), errors: 1 },
    { code: note('Three rounds and a take-home for a junior role seems excessive.'), errors: 1 },
    { code: note('I spent the whole weekend preparing, and it all went out the window.'), errors: 1 },
    { code: note('I feel like I was set up to fail.'), errors: 1 },
    { code: note('I feel like the process was stacked in favour of internal candidates.'), errors: 1 },
    { code: note('I just don’t understand how I can have fifteen years of experience and still not be good enough.'), errors: 1 },
    { code: note('I must say I felt quite disrespected when the second interviewer walked out.'), errors: 1 },
    { code: note('Honestly, the whole thing felt like a box-ticking exercise.'), errors: 1 },
    { name: 'curly apostrophes', code: note('It wasn’t fair, and it still isn’t.'), errors: 1 },
    { name: 'extraPhrases adds a literal phrase', code: note('Frankly, what a circus.'), options: { extraPhrases: ['what a circus'] }, errors: [{ actual: 'what a circus' }] },
    { name: 'each whining sentence is reported', code: note('It was a nightmare. I still can’t stop thinking about how badly it went.'), errors: 2 },
  ],
});
