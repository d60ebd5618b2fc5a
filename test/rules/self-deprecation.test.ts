// Cases for the self-deprecation rule: name-calling, "terrible at", "don't deserve", beating oneself up, and the near-misses.
import { ruleTester } from '../helpers/rule-tester.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Dr. Chen,\n\n${body}\n\nSincerely,\nPriya`;

ruleTester('self-deprecation', {
  valid: [
    // Owning a bad moment briefly, and clarifying, is good (ADVICE.md).
    note('I was so nervous.'),
    note("I wasn't at my best on Tuesday."),
    note('I could have explained that more clearly, so here is a fuller answer.'),
    note("I wasn't happy with my answer on pricing, so here is a fuller one."),
    note('I made a mistake in the interview when I said 2019; it was 2020.'),
    // Honest gaps with a plan, growth stories, weaknesses answered.
    note("I'm not an expert in Kubernetes yet, but I have started the CKA course."),
    note('I used to be terrible at public speaking, so I joined Toastmasters.'),
    note('My worst habit is taking on too much, and I now use a strict priority list.'),
    note("I'm not the loudest person in the room, but I listen well and follow through."),
    // Denials and modesty.
    note("I'm not stupid, just nervous."),
    note("I don't deserve credit for the whole launch; the team did the work."),
    note("I'm not good at giving up on hard problems."),
    // Judgements of other things, not oneself.
    note('The old process was stupid and I fixed it.'),
    note('The old reporting tool was hopeless, so I rebuilt it in Power BI.'),
    note('I was handed a mess of a codebase and cleaned it up in six months.'),
    note('I enjoy working with people smarter than me.'),
    // Expecting rejection is a pessimistic close (negative-ending), not name-calling.
    note("I'm sure you have much stronger candidates."),
    note("I wouldn't blame you if you chose someone else."),
    note("I'm terribly excited about the role."),
    note("I'm not afraid to say I don't know, then go and find out."),
    note("My manager once joked that I'm hopeless at taking holidays."),
    { name: 'an allowed phrase', code: note('What was I thinking?'), options: { allowPhrases: ['what was I thinking'] } },
  ],
  invalid: [
    {
      name: 'name-calling, removed (safe)',
      code: note("Thank you for your time. I'm such an idiot. I have six years of ICU experience."),
      errors: [{ line: 3, messageIncludes: 'Calls yourself names (“I\'m such an idiot”)' }],
      output: note('Thank you for your time. I have six years of ICU experience.'),
      safeOutput: note('Thank you for your time. I have six years of ICU experience.'),
      fixLabels: ['Remove this sentence', "Rewrite as: “I wasn't at my best in the interview.”"],
    },
    {
      name: 'a sentence with more in it: suggestions only',
      code: note('I felt like a complete idiot, but I have written SQL daily for five years.'),
      errors: [{ messageIncludes: 'I felt like a complete idiot' }],
      safeOutput: null,
    },
    { code: note('I must have sounded stupid.'), errors: 1 },
    { code: note('I felt like a complete idiot when I blanked on the SQL question.'), errors: 1, safeOutput: 'Dear Dr. Chen,\n\nSincerely,\nPriya' },
    { code: note("I'm terrible at interviews."), errors: [{ messageIncludes: 'Runs down your own ability (“I\'m terrible at interviews”)' }] },
    { code: note("I'm hopeless at thinking on my feet."), errors: 1 },
    {
      name: 'undeserving, rewritten to an offer',
      code: note("I don't deserve a second chance."),
      errors: [{ messageIncludes: 'not worth hiring' }],
      fixLabels: ['Remove this sentence', "Rewrite as: “I'd welcome the chance to show what I can do.”"],
    },
    { code: note('I don\u2019t deserve this.'), errors: 1 },
    { code: note("I'm kicking myself for not mentioning my certification."), errors: [{ messageIncludes: 'Beats yourself up' }] },
    { code: note("I'm not good at interviews."), errors: 1 },
    { code: note("I'm not good enough for this role."), errors: 1 },
    { code: note("I honestly think I'm just not smart enough for a role like this."), errors: 1 },
    { code: note("I'm so disappointed in myself."), errors: 1 },
    { code: note('I made a fool of myself.'), errors: 1 },
    { code: note('What an idiot I was.'), errors: 1 },
    { code: note("I'm a terrible interviewer but a good nurse."), errors: 1 },
    { code: note("I know I'm a terrible public speaker."), errors: 1 },
    { code: note("I'm ashamed of how I answered."), errors: 1 },
    { code: note("I'm bad at small talk."), errors: 1 },
    { code: note('I made a stupid mistake on the whiteboard.'), errors: 1 },
    { code: note('I came across as a total amateur.'), errors: 1 },
    { code: note("I can't believe how stupid I was in that interview."), errors: 1 },
    { code: note("I'm clearly not cut out for interviews."), errors: 1 },
    { code: note('I hate myself for freezing on that question.'), errors: 1 },
    { code: note('I must have looked like a fool up there.'), errors: 1 },
    { code: note("I'm not very bright when it comes to numbers."), errors: 1 },
    { code: note("I'm my own worst enemy in interviews."), errors: 1 },
    { code: note("I'm such a klutz and an airhead."), errors: 1 },
    { code: note('I rambled like an idiot.'), errors: 1 },
    { code: note("I'm sure I came off as clueless."), errors: 1 },
    { code: note("I'm too stupid to remember basic formulas under pressure."), errors: 1 },
    { code: note("I'm not sure why I even bothered applying."), errors: 1 },
    { code: note('You probably think I\u2019m a moron.'), errors: 1 },
    { name: 'an extra phrase', code: note('I bombed it like a rookie.'), options: { extraPhrases: ['like a rookie'] }, errors: 1 },
  ],
});
