// Cases for the oversharing rule: the writer's private life in detail, and the brief reasons and job contexts that pass.
import { ruleTester } from '../helpers/rule-tester.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Mr. Lopez,\n\n${body}\n\nBest regards,\nKim`;

ruleTester('oversharing', {
  valid: [
    // A brief, vague reason for an off day is fine (ADVICE.md).
    note('I was unwell that day.'),
    note("We had a family bereavement the week before, and I wasn't at my best."),
    note('I was dealing with a family emergency that morning.'),
    note('My grandmother passed away last week.'),
    note('I had a migraine that morning.'),
    note("I had surgery last month but I'm fully recovered and ready to start."),
    // Family mentioned without trouble.
    note('My husband works in logistics, so I know the pressures of your warehouse.'),
    note('My wife and I are relocating to Leeds in the spring, so the start date works well.'),
    note("My kids are grown, so I'm flexible on travel."),
    note('My father ran a bakery, which is where I learned to love early mornings.'),
    note('My partner firm, Blake & Co, handled the audit.'),
    // The topics as the job's own work.
    note('As a paralegal I drafted divorce petitions and custody agreements.'),
    note('I have worked with clients going through divorce and bankruptcy.'),
    note('I cared for patients with norovirus during the winter outbreak.'),
    note('The patient was vomiting and I escalated to the doctor immediately.'),
    note('I helped patients manage anxiety and depression as a mental health nurse.'),
    note('As a pharmacy tech I filled antidepressant prescriptions daily.'),
    note('I planned over forty corporate parties a year.'),
    note('I trained staff to spot signs of alcohol abuse in guests.'),
    note('I reduced client debt by twenty percent.'),
    note('I had a long notice period at my last job.'),
    { name: 'an allowed phrase', code: note('My landlord is a client of ours.'), options: { allowPhrases: ['my landlord'] } },
  ],
  invalid: [
    {
      name: 'relationship trouble: removal first, vague line second, neither safe',
      code: note('Thank you for the interview. My boyfriend and I broke up the night before, so I barely slept.'),
      errors: [{ messageIncludes: 'Shares relationship trouble' }],
      output: note('Thank you for the interview.'),
      safeOutput: null,
      fixLabels: ['Remove this sentence', "Rewrite as: “I wasn't at my best that day.”"],
    },
    { code: note("I'm going through a messy divorce."), errors: 1 },
    { code: note("I'm in the middle of a very messy divorce and my ex keeps turning up at work."), errors: 1 },
    { code: note("I was hungover after my sister's bachelorette party."), errors: [{ messageIncludes: 'drinking or partying' }] },
    { code: note('I was out drinking until 3am with friends.'), errors: 1 },
    { code: note('I had one too many the night before.'), errors: 1 },
    { code: note("I'd had a big night out for my best friend's birthday."), errors: 1 },
    { code: note('I had food poisoning and was up all night vomiting.'), errors: [{ messageIncludes: 'medical detail' }] },
    { code: note("I'm recovering from a nasty bout of gastroenteritis."), errors: 1 },
    { code: note('My wife and I have been going through our third round of IVF.'), errors: 1 },
    { name: 'two named ailments corroborate each other', code: note('I had a migraine and my medication made me drowsy.'), errors: 1 },
    { code: note('My therapist says I overthink interviews.'), errors: [{ messageIncludes: 'therapy' }] },
    { code: note('My landlord is trying to evict me.'), errors: [{ messageIncludes: 'landlord or debt' }] },
    { code: note('My mother and I had a huge fight that morning.'), errors: [{ messageIncludes: 'family drama' }] },
    { code: note('My kids were screaming all morning.'), errors: 1 },
    { code: note('My dad has been in and out of rehab, so things at home are hard.'), errors: 1 },
    { code: note("My sister and I aren't speaking after a big argument at Christmas."), errors: 1 },
    { code: note('My roommate threw a party the night before and I barely slept.'), errors: 1 },
    { code: note("My husband lost his job and we've been arguing constantly."), errors: 1 },
    { code: note('My brother was arrested last weekend, so my head wasn\u2019t in it.'), errors: 1 },
    { code: note('I was throwing up in the bathroom right before I came in.'), errors: 1 },
    {
      name: 'removal only when the note already has the vague line',
      code: note("I wasn't at my best that day. I was hungover."),
      errors: 1,
      fixLabels: ['Remove this sentence'],
    },
    { name: 'an extra phrase', code: note('I had my court date that morning.'), options: { extraPhrases: ['court date'] }, errors: 1 },
  ],
});
