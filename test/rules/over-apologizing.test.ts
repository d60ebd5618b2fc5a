// Cases for the over-apologizing rule: repeats after the first apology, grovelling, and what is not an apology.
import { ruleTester } from '../helpers/rule-tester.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Ms. Rivera,\n\n${body}\n\nBest,\nTom`;

ruleTester('over-apologizing', {
  valid: [
    // One short apology for an obvious incident is fine (ADVICE.md).
    note('I apologize for calling you by the wrong name.'),
    note("I'm sorry for arriving late. Thank you for still making time for me."),
    note('I am truly sorry for my late arrival.'),
    note('Please accept my sincere apologies for arriving forty minutes late.'),
    note("I'm so sorry I was late; thank you for waiting."),
    note("I'm sorry I couldn't stay longer for the tour."),
    note('Sorry to hear your flight was cancelled; I hope the conference went well.'),
    // Sympathy is not apology (ADVICE.md).
    note('I was sorry to hear the team lost a colleague last month.'),
    note("I'm sorry that the team lost a colleague."),
    note('I apologise for being late, and I was sorry to hear about the flooding at your warehouse.'),
    note("I'm sorry for your loss."),
    // Pity, other people's apologies, denials.
    note('I feel sorry for anyone who has to migrate that system by hand.'),
    note('The recruiter apologized for the scheduling mix-up.'),
    note('Thank you for your apology about the delay; it was no trouble at all.'),
    note('No need to apologise for the delay in scheduling.'),
    note("I don't want to over-apologise, but I'd like to explain one answer."),
    note('I regret not asking more about the team, so here is my question.'),
    note('That is no excuse, and I have since set two alarms.'),
    // A raised allowance.
    { name: 'maxApologies 2', code: note("I'm sorry for arriving late. I'm sorry again for the confusion."), options: { maxApologies: 2 } },
    { name: 'an allowed phrase', code: note("Sorry for arriving late. Sorry, I meant Tuesday."), options: { allowPhrases: ['sorry, I meant'] } },
  ],
  invalid: [
    {
      name: 'a second apology, removed (safe), the first kept',
      code: note("I'm sorry for arriving late. I'm sorry again for the confusion about the address."),
      errors: [{ messageIncludes: 'Apologises again (“sorry”), the second apology in this note' }],
      output: note("I'm sorry for arriving late."),
      safeOutput: note("I'm sorry for arriving late."),
      fixLabels: ['Remove this apology (keep the first)'],
    },
    {
      name: 'a repeat that leads a clause: only the clause goes',
      code: note('Please accept my apologies for arriving late. Sorry again, and thank you for your patience.'),
      errors: 1,
      output: note('Please accept my apologies for arriving late. Thank you for your patience.'),
      safeOutput: note('Please accept my apologies for arriving late. Thank you for your patience.'),
      fixLabels: ['Remove the repeated apology', 'Remove this apology (keep the first)'],
    },
    {
      name: 'an echo in the same sentence',
      code: note("I'm sorry, so sorry, for keeping you waiting."),
      errors: 1,
      output: note("I'm sorry for keeping you waiting."),
    },
    {
      name: 'a repeated clause in the same sentence is a suggestion',
      code: note('Forgive me for arriving late; I apologise again for the wait.'),
      errors: 1,
      output: note('Forgive me for arriving late.'),
      safeOutput: null,
    },
    { name: 'three apologies, two findings', code: note('Sorry for being late. Sorry about the typo. Apologies too for the long email.'), errors: 2 },
    {
      name: 'grovelling: stacked intensifiers dropped (safe)',
      code: note("I'm so so sorry for arriving late."),
      errors: [{ messageIncludes: 'Grovels (“so so sorry”)' }],
      output: note("I'm sorry for arriving late."),
      safeOutput: note("I'm sorry for arriving late."),
      fixLabels: ['Drop the intensifiers'],
    },
    {
      name: "grovelling: can't apologise enough, in the writer's spelling",
      code: note("I can\u2019t apologise enough for arriving forty minutes late."),
      errors: 1,
      output: note('I apologise for arriving forty minutes late.'),
    },
    {
      name: 'grovelling: a thousand apologies',
      code: note('A thousand apologies for the mix-up with the times.'),
      errors: 1,
      output: note('My apologies for the mix-up with the times.'),
    },
    { code: note("I'm so very sorry about the mix-up."), errors: 1, output: note("I'm sorry about the mix-up.") },
    { code: note("I'm really, really sorry about the mix-up."), errors: 1 },
    { code: note('I deeply, deeply apologise for the confusion.'), errors: 1 },
    { code: note('Words cannot express how sorry I am for arriving late.'), errors: 1, safeOutput: null },
    { code: note('I humbly apologise for my tardiness.'), errors: 1 },
    { code: note('I feel terrible about being late. I\u2019m so sorry.'), errors: 1 },
    { code: note('Please forgive me for being late. My apologies also for the typo in my CV.'), errors: 1 },
    { code: note('I regret my lateness. I also regret the confusion over my references.'), errors: 1 },
    { code: note("I'm sorry, I'm sorry, I'm sorry."), errors: 1 },
    { code: note('I mixed up the dates, my bad! I am sorry for that.'), errors: 1 },
    { code: note("I can't say sorry enough."), errors: 1 },
    { code: note('Sorry! Sorry again for everything.'), errors: 1 },
    { code: note("I'm so sorry for everything, I really am."), errors: 1 },
    { code: note('My sincerest, most heartfelt apologies for the mix-up.'), errors: 1 },
    { name: 'no apology allowed', code: note('I apologize for calling you by the wrong name.'), options: { maxApologies: 0 }, errors: 1 },
    { name: 'an extra phrase', code: note('Sorry for being late. Mea maxima culpa.'), options: { extraPhrases: ['mea maxima culpa'] }, errors: 1 },
  ],
});
