// Cases for the desperation rule: need, money trouble, "anything", last hopes, and the near-misses.
import { ruleTester } from '../helpers/rule-tester.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Ms. Patel,\n\n${body}\n\nBest regards,\nJordan`;

ruleTester('desperation', {
  valid: [
    // Interest, not need.
    note("I'm very interested in this role and would welcome the chance to contribute."),
    note('This role means a lot to me because it combines patient care and logistics.'),
    note('It would mean a lot to me to join a team doing this kind of work.'),
    // "need" about something other than the job.
    note('I need to clarify one answer: the migration took six weeks, not six months.'),
    note('I need a role where I can mentor junior engineers, and this is one.'),
    note('I need the role to include some remote days, as we discussed.'),
    note('I need a few days to gather the certificates you asked for.'),
    note('Your team needs someone who can own the data pipeline, and I have done exactly that.'),
    note('Our clients depend on me to keep their books accurate.'),
    // Negated, conditional, or curiosity.
    { name: 'negated', code: note("I'm not desperate, but I am keen.") },
    { name: 'conditional', code: note('If I seemed desperate in the interview, it was nerves.') },
    note('I was desperate to learn more about your onboarding, and the tour answered that.'),
    // Availability and flexibility are not surrender.
    note('I can start any time.'),
    note('Any role on your analytics team would suit my skills, though this one most of all.'),
    note("I'm happy to relocate anywhere in the region."),
    note('I need the job description again to prepare the case study.'),
    note("I'm happy to accept the salary range you mentioned."),
    note("I'm happy to take any shift, including weekends."),
    note("I'd be happy to do whatever is needed for a smooth handover."),
    note("I'd do anything I can to help the team hit its targets."),
    // Interview stories and work facts.
    note('I ran out of time on the last question, so here is a fuller answer.'),
    note('The department was running out of budget, so I renegotiated the vendor contracts.'),
    note('I sent over a hundred proposals last year and closed 40% of them.'),
    note("I don't have any other questions at this point."),
    note('I couldn\u2019t afford to miss the chance to thank you personally.'),
    { name: 'an allowed phrase', code: note('I really need this job.'), options: { allowPhrases: ['need this job'] } },
    // A long gap alone is a weak signal: a fact, not a plea, until something else backs it up.
    { name: 'a long gap alone', code: note("I've been out of work for eight months, and I used the time to finish my CPA.") },
  ],
  invalid: [
    {
      name: 'needing the job, rewritten to interest (safe)',
      code: note('Thank you for Monday. I really need this job.'),
      errors: [{ line: 3, messageIncludes: 'Says you need the job (“I really need this job”)' }],
      output: note("Thank you for Monday. I'm very interested in this role."),
      safeOutput: note("Thank you for Monday. I'm very interested in this role."),
      fixLabels: ['Rewrite as: “I\'m very interested in this role.”', 'Remove this sentence'],
    },
    { name: 'bare need', code: note('Please understand. I really need this.'), errors: [{ messageIncludes: 'need the job' }] },
    { name: 'curly apostrophe', code: note('I\u2019ll do anything to get this position.'), errors: [{ messageIncludes: 'Offers to do or accept anything' }] },
    { code: note("I'm willing to do whatever it takes to get this job."), errors: 1 },
    { code: note("I'd accept any salary you offer."), errors: 1 },
    { code: note("I'd happily take a pay cut just to get my foot in the door."), errors: 1 },
    { code: note('I am willing to work for a lower salary if that helps.'), errors: 1 },
    { code: note('This job means everything to me.'), errors: [{ messageIncludes: 'Makes the job everything to you' }] },
    { code: note('Please, this opportunity is my last shot.'), errors: 1 },
    { code: note("I'm running out of options."), errors: [{ messageIncludes: 'out of options' }] },
    { code: note("I don't know what I'll do if I don't get this job."), errors: 1 },
    { code: note("I can't pay my rent next month if I don't find work."), errors: [{ messageIncludes: 'money trouble' }] },
    { code: note('My bills are piling up and I have a family to feed.'), errors: 1 },
    { code: note('Please understand that I am in a really tough spot financially right now.'), errors: 1 },
    { code: note('My unemployment benefits run out at the end of the month.'), errors: 1 },
    { code: note('I have two children depending on me and no income at the moment.'), errors: 1 },
    { code: note("I've applied to hundreds of jobs and nobody will hire me."), errors: [{ messageIncludes: 'turned you down' }] },
    { code: note("I've sent out over two hundred applications this year."), errors: 1 },
    { code: note("Honestly, I'm desperate."), errors: [{ messageIncludes: 'Calls yourself desperate' }] },
    { code: note('I desperately want to work with your team.'), errors: 1 },
    {
      name: 'a long-term gap alone is weak; with another signal it stands',
      code: note("I've been unemployed for eight months. I really need this job."),
      errors: 2,
    },
    {
      name: 'a second clause worth keeping makes both fixes suggestions',
      code: note('I need the job, and my five years in retail make me a strong fit for your store.'),
      errors: 1,
      safeOutput: null,
    },
    {
      name: 'removal only when the note already says the rewrite',
      code: note("I'm very interested in this role. I really need this job."),
      errors: 1,
      output: note("I'm very interested in this role."),
      fixLabels: ['Remove this sentence'],
    },
    { code: note("I'm a single mum and I really can't afford to be out of work any longer."), errors: 1 },
    { code: note('Honestly, any job at this point would be a blessing.'), errors: 1 },
    { code: note('I will accept whatever salary you think is fair.'), errors: 1 },
    { code: note('Hiring me would change my life.'), errors: 1 },
    { code: note('Please, I have nowhere else to turn.'), errors: 1 },
    { code: note('I would gladly take a junior title or a lower rate if it means getting in.'), errors: 1 },
    { code: note('I really, really want and need this job.'), errors: 1 },
    { code: note('Please consider me; I am in a very difficult financial situation.'), errors: 1 },
    { code: note("I'd clean the floors if that's what it takes to work for you."), errors: 1 },
    { code: note('Whatever you can offer, I\u2019ll take it.'), errors: 1 },
    { name: 'an extra phrase', code: note('I am between jobs right now.'), options: { extraPhrases: ['between jobs'] }, errors: 1 },
  ],
});
