// Cases for the badmouthing rule: judgements of a past or present workplace, and the near-misses.
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { findBadmouthing } from '../../rules/badmouthing.js';
import { readNote } from '../../rules/text/note.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Ms. Lee,\n\n${body}\n\nBest regards,\nSam`;

ruleTester('badmouthing', {
  valid: [
    // Praise of a former boss is not badmouthing (ADVICE.md nuance).
    note('My former manager taught me a lot about incident reviews.'),
    note('My former manager was incredibly supportive and pushed me to grow.'),
    note('My colleagues nominated me for the quality award.'),
    // Neutral facts and misfortune.
    note('My previous team was reorganised in March.'),
    note('The company was acquired last year, and my role was eliminated.'),
    note('My previous company went bankrupt in 2020.'),
    note('My old team was struggling with a tight deadline, so I rebuilt the pipeline.'),
    note('My manager was disappointed when the launch slipped, and I learned from that.'),
    note('My previous employer laid off half the team, which is why I am looking.'),
    note('My boss was out sick, so I ran the quarterly review.'),
    // Negated judgements.
    { name: 'a negated negative', code: note('My last manager was not unreasonable about deadlines.') },
    note('My boss never complained about my work.'),
    note('My previous manager never once missed a one-on-one.'),
    // Softened by praise, or diplomatic distance.
    note('My former boss was tough but fair.'),
    note('My last boss was difficult at times, but I learned a lot from her.'),
    note('My old company was not a great fit for me.'),
    note("My manager and I didn't always see eye to eye, but we found common ground."),
    // The candidate's own shortcomings.
    note('I was a poor communicator early in my career.'),
    note('My management style is direct but kind.'),
    // Idioms about things, clients or the candidate, not the workplace's people.
    note("Our customers often wouldn't know a router from a modem, so I wrote setup guides."),
    note('My current team had no budget whatsoever for testing, so I built a free harness.'),
    note('My former boss is, honestly, a genius at pricing.'),
    note('I learned a lot at my last job about turning rough drafts into clear reports.'),
    note('My colleagues can barely believe I am leaving.'),
    note('My former boss had the patience of a saint with new hires.'),
    note('My manager is a real mentor: she taught me SQL in a month.'),
    note('My team lead is a real star: she fixed the worst outage we had.'),
    note('My manager is a real visionary: she turned a failing unit around.'),
    note('The founder of my last startup took the blame for the failed launch.'),
    note('My old team looked busy in December, so I built a rota.'),
    note('My manager said I was too quiet in meetings, so I started leading standups.'),
    // A problem the candidate solved judges a thing, not people.
    note('I inherited a codebase with no tests and added coverage.'),
    note('My previous team had terrible tooling, so I built a CI pipeline.'),
    note("My last company's onboarding was a mess, so I rewrote it."),
    note('My team had no QA process, so I built one.'),
    { name: 'the workplace only sets the scene', code: note('In my last role the freezer inventory was a mess, so I built a barcode system.') },
    // A judging word that modifies something else judges that thing.
    note('My team cleaned up toxic waste sites across the county.'),
    note('My team was the fraud investigations unit for the region.'),
    note('My team survived a nightmare project and delivered anyway.'),
    note('My old company was a bad fit for me.'),
    note('I was mentored by my last boss, who taught me to negotiate.'),
    note('The company I work for is growing fast, and management has asked me to lead the new office.'),
    note('My manager was killing it that quarter.'),
    // Misfortune and feelings the workplace suffered, or problems it dealt with.
    note('My colleagues were hurt in a car accident, so I covered their shifts.'),
    note('My old team was devastated when the project was cancelled.'),
    note('My manager was furious when the vendor missed the deadline, and I renegotiated the contract.'),
    note('My current team runs the emergency department\u2019s triage desk.'),
    note('My team investigated fraud in card payments.'),
    note('My previous team handled complaints from unhappy customers.'),
    // Context carried from a job sentence does not turn neutral facts into complaints.
    note('You asked why I am leaving my current role. The team has shrunk from twelve to four after two rounds of layoffs.'),
    note('My previous company was acquired in 2021. They kept the engineering team intact.'),
    {
      name: 'job context does not cross paragraphs',
      code: 'Hi Jo,\n\nYou asked why I am leaving my current role: I want to build again.\n\nThe team seemed clueless about the brief, which surprised me.\n\nBest,\nAl',
    },
    // Criticism of the interviewer or the interview belongs to blaming-others.
    note('Your team seemed disorganized during the panel.'),
    note('The interviewer was rude and the questions were unfair.'),
    // Hypotheticals and general statements.
    note("I'm looking for a manager who doesn't micromanage."),
    note('I left my last company to pursue a role closer to product.'),
    // Condolence, and a quoted complaint that is not the candidate's prose.
    note("I'm sorry to hear the team lost a colleague."),
    note('> My last manager was incompetent, as one candidate told us.\n\nI enjoyed our talk.'),
    { name: 'allow option', code: note('My former boss was a bit of a control freak, in the best way.'), options: { allowPhrases: ['control freak'] } },
    // Habitual negation that praises, or aims elsewhere (blind round near-misses).
    note('My boss never paid late and always explained her decisions.'),
    note('My supervisor rarely needed to check my work.'),
    note('My former boss never gave up on me.'),
    note("My previous manager didn't reply because she was on leave."),
    note('My team lead took the night shifts for herself so the rest of us could rest.'),
    note('My manager asked us to keep meetings to the bare minimum.'),
    note('My manager was only concerned with patient safety.'),
    note("My boss doesn't care who gets credit as long as the work is good."),
    note('My manager took credit seriously: she always named the engineer who did the work.'),
  ],
  invalid: [
    { name: 'a duty left undone as a habit', code: note("My current manager doesn't reply to emails for weeks."), errors: 1 },
    { name: 'never available', code: note('My previous supervisor was never available when we needed a decision.'), errors: 1 },
    { name: 'hardly ever showed up', code: note('My line manager hardly ever showed up to our weekly check-ins.'), errors: 1 },
    { name: 'kept in the dark', code: note('In my last role, my manager kept us in the dark about every decision.'), errors: 1 },
    { name: 'decided without asking', code: note('The principal at my last school made decisions without asking any teacher.'), errors: 1 },
    { name: 'under the bus, with a longer object', code: note('My manager threw the whole team under the bus.'), errors: 1 },
    { name: 'past a relative clause without a copula', code: note('The owner of the restaurant where I work screams at the cooks.'), errors: 1 },
    { name: 'gossip', code: note('My colleagues at the bank spent most of the day gossiping.'), errors: 1 },
    { name: 'hoarding the good work', code: note('My current manager takes all the good projects for himself.'), errors: 1 },
    {
      name: 'incompetent manager',
      code: note('My last manager was incompetent.'),
      errors: [{ line: 3, column: 1, actual: 'My last manager was incompetent', messageIncludes: 'Speaks badly of a past or present workplace' }],
      output: 'Dear Ms. Lee,\n\nBest regards,\nSam',
      safeOutput: null,
      fixLabels: ['Remove this sentence', 'Say what you want next instead'],
    },
    { name: 'toxic mess', code: note('My old company was a toxic mess.'), errors: [{ actual: 'My old company was a toxic' }] },
    { name: 'never pulled their weight', code: note('My coworkers never pulled their weight.'), errors: 1 },
    {
      name: 'micromanaged, with a forward-looking rewrite',
      code: note('Thank you for Monday. I left because my boss micromanaged everything.'),
      errors: [{ actual: 'my boss micromanaged' }],
      output: note('Thank you for Monday.'),
    },
    {
      name: 'second fix rewrites the sentence forward-looking',
      code: note('I left because my boss micromanaged everything.'),
      errors: 1,
      fixLabels: ['Remove this sentence', "I'm looking for a team where people are trusted to own their work."],
    },
    { name: 'framed bare noun', code: note('At my last job, the leadership had no idea what they were doing.'), errors: [{ actual: 'the leadership had no idea' }] },
    { name: 'negated praise, curly apostrophe', code: note('My ex-boss wasn’t supportive at all.'), errors: 1 },
    { name: 'never supported me', code: note('My manager never supported me.'), errors: 1 },
    { name: 'hostility from the candidate', code: note("I couldn't stand my former supervisor."), errors: 1 },
    { name: 'pronoun refers back', code: note('I worked with my team for five years. They were clueless.'), errors: [{ actual: 'They were clueless' }] },
    { name: 'context carried from the previous sentence', code: note("You asked why I'm leaving my current role. The truth is that management is clueless."), errors: 1 },
    { name: 'trailing anchor', code: note('The management there was a disaster.'), errors: 1 },
    { name: 'attributive judgement', code: note('I left my last job because of poor management.'), errors: 1 },
    { name: 'took credit', code: note('My former boss took credit for everything I did.'), errors: 1 },
    { name: 'present employer', code: note("My current employer doesn't value its people."), errors: 1 },
    { name: 'relative clause anchor', code: note('The team I joined was dysfunctional.'), errors: 1 },
    { name: 'compound noun', code: note('My ward manager is a bully who has driven out half the team.'), errors: 1 },
    { name: 'owned attribute', code: note("My manager's attitude was terrible."), errors: 1 },
    { name: 'rarely', code: note('My former colleagues rarely did their share of the work.'), errors: 1 },
    { name: 'impossible to work with', code: note('The reason I am leaving is that my manager is impossible to work with.'), errors: 1 },
    { name: 'out of his depth', code: note('The finance director there is out of his depth.'), errors: 1 },
    {
      name: 'two sentences, two findings',
      code: note('My old boss was a nightmare. My coworkers were lazy.'),
      errors: 2,
    },
    { name: 'nobody there', code: note('Nobody at my last company knew what they were doing.'), errors: 1 },
    { name: 'an aside between commas', code: note('My previous boss was, to put it kindly, a disaster.'), errors: 1 },
    { name: 'a person at the workplace', code: note('The headteacher at my current school is completely unsupportive.'), errors: 1 },
    { name: 'relative clause with where', code: note('The owner of the restaurant where I work now is a tyrant.'), errors: 1 },
    { name: 'British idiom', code: note("The truth is my current manager hasn't got a clue."), errors: 1 },
    { name: 'judging a person, attributive', code: note('My boss made toxic comments about staff.'), errors: 1 },
    { name: 'passive: judged by the workplace', code: note('I was micromanaged by my last boss.'), errors: 1 },
    { name: 'bare noun after a named workplace', code: note("The company I work for is going nowhere, and management won't listen."), errors: 1 },
    { name: 'a negative word anywhere after the target', code: note('My coworkers spent more time complaining than working.'), errors: 1 },
    { name: 'treated like numbers', code: note('My current employer treats its nurses like numbers.'), errors: 1 },
    { name: 'refuses to change', code: note('The partners at my firm are stuck in the past and refuse to modernise.'), errors: 1 },
    { name: 'targets option', code: note('Initech was a joke.'), options: { targets: ['Initech'] }, errors: 1 },
    { name: 'extraPhrases option', code: note('My old manager was a barrel of laughs.'), options: { extraPhrases: ['barrel of laughs'] }, errors: [{ actual: 'barrel of laughs' }] },
    // Idiom, sarcasm and comparison carry the judgement without a judging word.
    { name: 'a piece of work', code: note('My old manager was a real piece of work.'), errors: 1 },
    { name: 'wouldn\'t know X from Y', code: note("My team lead wouldn't know a risk register from a shopping list."), errors: 1 },
    { name: 'sarcastic aside', code: note("My old boss was, let's say, a visionary: every plan changed weekly."), errors: 1 },
    { name: 'sarcastic condition', code: note('My supervisor is lovely, if you like being ignored.'), errors: 1 },
    { name: 'books fiddled', code: note('The owners of my last shop cooked the books.'), errors: 1 },
    { name: 'a mocking comparison', code: note('My old manager had the people skills of a parking meter.'), errors: 1 },
    { name: 'sour praise after a colon', code: note('My boss was a real leader: every deadline she set was missed.'), errors: 1 },
    { name: 'unfair choices', code: note('My old firm let its best analysts go while promoting the ones who did nothing.'), errors: 1 },
  ],
});

describe('findBadmouthing', () => {
  const tokensOf = (text: string) => readNote(text).sentences[0]!.tokens;
  it('says when a sentence is about the job, so the next one can refer back', () => {
    expect(findBadmouthing(tokensOf("You asked why I'm leaving my current role.")).about).toBe(true);
    expect(findBadmouthing(tokensOf('I enjoyed our talk.')).about).toBe(false);
  });
  it('classifies the complaint for the rewrite', () => {
    expect(findBadmouthing(tokensOf('My boss micromanaged everything.')).found[0]?.kind).toBe('control');
    expect(findBadmouthing(tokensOf('My last company was toxic.')).found[0]?.kind).toBe('culture');
  });
});
