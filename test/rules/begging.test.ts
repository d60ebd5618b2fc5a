// Cases for begging: pleas for the job or another chance, and the plain asks that are fine.
import { ruleTester } from '../helpers/rule-tester.js';
import { BEGGING_BLIND, BEGGING_BLIND_2, BEGGING_BLIND_3, BEGGING_BLIND_4, BEGGING_BLIND_5, BEGGING_BLIND_6, PRECISION_PROBES } from './tone-blind/sets.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Hi Dana,\n\n${body}\n\nBest,\nLee`;

ruleTester('begging', {
  valid: [
    // Six blind rounds of fresh near-misses (test/rules/tone-blind/sets.ts).
    // Near-misses aimed at the wider families themselves.
    ...PRECISION_PROBES['begging'].map((body) => note(body)),
    ...[BEGGING_BLIND, BEGGING_BLIND_2, BEGGING_BLIND_3, BEGGING_BLIND_4, BEGGING_BLIND_5, BEGGING_BLIND_6].flatMap((set) => set.pass.map((body) => note(body))),
    // Asking once, plainly, for another conversation is fine (ADVICE.md: “Own it, briefly”).
    note('I’d welcome the chance to continue the conversation.'),
    note('Would you be open to a second conversation?'),
    note('I’d welcome another opportunity to discuss the role.'),
    note('I would welcome another chance to discuss how I’d approach onboarding.'),
    note('If a second conversation would be useful, I’d be glad to make time.'),
    note('I’d be happy to walk through the rest of the case in a follow-up call.'),
    // Feedback and keeping in touch are good moves.
    note('I’d appreciate any feedback you can share.'),
    note('I’d love to keep in touch as the team grows.'),
    // Ordinary requests and thanks.
    note('Please let me know if you need anything else.'),
    note('Please give me a call at 555-0100 if that is easier.'),
    note('Thank you for giving me the chance to meet the team.'),
    note('I’m excited about this new opportunity.'),
    note('I’m eager to prove myself in a fast-paced team.'),
    // Revisiting one's own answer is clarifying, not pleading.
    note('I’d like to reconsider my answer about caching: here is a fuller version.'),
    note('I’ve reconsidered my approach to the pricing question.'),
    // Negated, past, or idiomatic.
    note('I’m not asking for a second chance; I just wanted to add one point.'),
    note('I won’t beg, but I do hope we can talk again.'),
    note('My manager gave me another chance to lead the launch after the first one slipped.'),
    note('I plead guilty to loving spreadsheets.'),
    // Other rules' ground: desperation and hounding.
    note('I really need this job.'),
    note('I’d do anything to work at Acme.'),
    note('Please let me know by Friday.'),
    note('I loved your point about giving struggling students another chance to resubmit work.'),
    note('I promise to send the full deck by Friday.'),
    note('I was disappointed to learn the role had been filled, but I’d be grateful if you kept me in mind.'),
    { name: 'allowPhrases lets a phrase through', code: note('I hope you will reconsider.'), options: { allowPhrases: ['reconsider'] } },
  ],
  invalid: [
    // Six blind rounds of fresh phrasings, each written before the rule was widened for it.
    ...[BEGGING_BLIND, BEGGING_BLIND_2, BEGGING_BLIND_3, BEGGING_BLIND_4, BEGGING_BLIND_5, BEGGING_BLIND_6].flatMap((set) => set.flag.map((body) => ({ code: note(body), errors: 1 }))),
    {
      name: 'a plea becomes one plain ask',
      code: note('Please, please give me another chance.'),
      errors: [{ actual: 'Please, please give me another chance', messageIncludes: 'Pleads for another chance' }],
      output: note('I’d welcome the chance to continue our conversation.'),
      safeOutput: note('I’d welcome the chance to continue our conversation.'),
      fixLabels: ['Rewrite (asks once, plainly)', 'Remove this sentence'],
    },
    {
      name: 'with a plain ask already in the note, the plea is removed',
      code: note('I’d welcome the chance to continue the conversation. Please give me one more chance to prove myself.'),
      errors: 1,
      safeOutput: note('I’d welcome the chance to continue the conversation.'),
      fixLabels: ['Remove this sentence'],
    },
    {
      name: 'a promise is removed, not turned into an ask',
      code: note('You won’t regret hiring me. I have shipped four mobile apps.'),
      errors: [{ messageIncludes: 'Promises in exchange for the job' }],
      safeOutput: note('I have shipped four mobile apps.'),
    },
    {
      name: 'a plea clause is cut when the rest is worth keeping',
      code: note('I’m begging you to reconsider, and I’m excited about what your team is building.'),
      errors: 1,
      safeOutput: note('I’m excited about what your team is building.'),
    },
    { code: note('I would really appreciate a second chance.'), errors: 1 },
    { code: note('I hope you will reconsider.'), errors: 1 },
    { code: note('Please reconsider your decision.'), errors: 1 },
    { code: note('Won’t you please reconsider?'), errors: 1 },
    { code: note('Is there anything I can do to change your mind?'), errors: 1 },
    { code: note('Is there any way I could still be considered for the role?'), errors: 1 },
    { code: note('Please don’t rule me out because of one bad answer.'), errors: 1 },
    { code: note('Don’t give up on me yet.'), errors: 1 },
    { code: note('Please don’t let one bad afternoon cost me this opportunity.'), errors: 1 },
    { code: note('All I’m asking for is a chance.'), errors: 1 },
    { code: note('I just want the opportunity to prove myself.'), errors: 1 },
    { code: note('I promise I won’t let you down.'), errors: 1 },
    { code: note('Please hire me.'), errors: 1 },
    { code: note('I know I deserve another shot at this role.'), errors: 1 },
    { code: note('Could you give me another chance at the coding exercise?'), errors: 1 },
    { code: note('I would love to try the whiteboard exercise again.'), errors: 1 },
    { code: note('I implore you to give my application another look.'), errors: 1 },
    { code: note('I hope this doesn’t count against me.'), errors: 1 },
    { code: note('I hope you’ll give me the benefit of the doubt.'), errors: 1 },
    { code: note('I hope you can see past my performance and consider me anyway.'), errors: 1 },
    { code: note('If you could find a way to let me interview again, I would be forever grateful.'), errors: 1 },
    { code: note('I’m pleading with you for a second interview.'), errors: 1 },
    { code: note('Please, give me just one more interview. I’ll be better prepared, I swear.'), errors: 2 },
    { code: note('I’m asking you to think again.'), errors: 1 },
    { code: note('Is there any possibility of a second attempt at the technical task?'), errors: 1 },
    { code: note('If you hire me, you’ll never find anyone who works harder.'), errors: 1 },
    { name: 'extraPhrases adds a literal phrase', code: note('Pick me, pick me!'), options: { extraPhrases: ['pick me'] }, errors: [{ actual: 'Pick me' }] },
  ],
});
