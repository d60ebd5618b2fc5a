// Cases for the hounding rule: deadlines, urgency, chasing silence, repeated calls, and the polite lines that pass.
import { ruleTester } from '../helpers/rule-tester.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Mr. Okafor,\n\n${body}\n\nRegards,\nLee`;

ruleTester('hounding', {
  valid: [
    // The one polite line advisers allow, and asking about the timeline once (ADVICE.md).
    note('I look forward to hearing from you.'),
    note('Could you share the timeline for next steps?'),
    note('When can I expect to hear back?'),
    note('I hope to hear from you soon, and thank you again for your time.'),
    note("I'd appreciate any feedback you can share."),
    // Availability, the writer's own deliverables, and invitations.
    note("I'm available to start as soon as possible."),
    note("I'll send the writing sample by Friday."),
    note('I will follow up with the transcript you requested by Monday.'),
    note('Please let me know if you need anything else from me.'),
    note('Please feel free to call me any time.'),
    note('Let me know if a call next week would be useful.'),
    note('I rushed my answer on the pricing model, so here is a fuller one.'),
    note('Could you let me know when you expect to make a decision?'),
    note('Should I send my references to you or to HR?'),
    note('I look forward to your decision.'),
    note('I called the clinic every morning to confirm the day\u2019s bookings.'),
    // A call the reader arranged.
    note("I'll call you on Monday to discuss the offer, as we agreed."),
    // Recalling the reader's own timeline, or thanking them for a quick reply.
    note('You mentioned a decision by the end of the month, which works well for me.'),
    note('Thank you for your prompt reply to my scheduling question.'),
    // The job's own contact work.
    note('In the role, I will call every new customer within a day of sign-up.'),
    note('I will check every chart at the start of each shift.'),
    note('In sales I followed up with every lead until they said yes or no.'),
    note("I'll call the references you mentioned on Monday and pass along their details."),
    // Other senses of the words.
    note("I didn't realise until I got home that I had misspoken."),
    note("I haven't heard of that framework before, but I read up on it last night."),
    note("I'm still waiting on my transcript from the university and will forward it when it arrives."),
    note('I will keep following your company\u2019s progress.'),
  ],
  invalid: [
    {
      name: 'a deadline, rewritten to the polite line (safe)',
      code: note('Thank you for the interview. I need an answer by Friday.'),
      errors: [{ line: 3, messageIncludes: 'Sets the reader a deadline (“I need an answer by Friday”)' }],
      output: note('Thank you for the interview. I look forward to hearing from you.'),
      safeOutput: note('Thank you for the interview. I look forward to hearing from you.'),
      fixLabels: ['Rewrite as: “I look forward to hearing from you.”', 'Remove this sentence'],
    },
    {
      name: 'removal only when the note already has the polite line',
      code: note("Please respond ASAP. I'm looking forward to hearing from you."),
      errors: [{ messageIncludes: 'urgent answer' }],
      output: note("I'm looking forward to hearing from you."),
      safeOutput: note("I'm looking forward to hearing from you."),
      fixLabels: ['Remove this sentence'],
    },
    { code: note("I'll call every day until I hear back."), errors: [{ messageIncludes: 'Promises to keep contacting the reader' }] },
    { code: note('Why haven\u2019t I heard back?'), errors: [{ messageIncludes: 'Chases the reader' }] },
    { code: note('Please let me know by the end of the week whether I got the job.'), errors: 1 },
    { name: 'a polite condition is still a deadline', code: note("I'd appreciate it if you could let me know by Monday."), errors: 1 },
    { name: 'a negated condition is still a deadline', code: note("If I don't hear back by Thursday I'll assume the worst."), errors: 1 },
    { code: note("I'll keep calling until someone picks up."), errors: 1 },
    { code: note("I still haven't heard anything from your team."), errors: 1 },
    { code: note('This is my third email.'), errors: 1 },
    { code: note('Did you get my previous email?'), errors: 1 },
    { code: note("I'll give you a call next week to check on the status."), errors: 1 },
    { code: note('Just checking in again.'), errors: 1 },
    { code: note('I would appreciate a prompt response.'), errors: [{ messageIncludes: 'Demands an answer' }] },
    { code: note('I have another offer and need a decision within 48 hours.'), errors: 1 },
    { code: note("I need to know whether I'm still being considered."), errors: 1 },
    { code: note("I'm still waiting to hear back about the role."), errors: 1 },
    {
      name: 'a second clause keeps the fixes as suggestions',
      code: note("I've emailed you twice and left three voicemails."),
      errors: 1,
      safeOutput: null,
    },
    { code: note('Please reply at your earliest convenience, ideally within 24 hours.'), errors: 1 },
    { code: note('Can you please get back to me today?'), errors: 1 },
    { code: note('I left you a voicemail yesterday and another this morning.'), errors: 1 },
    { code: note("I'll swing by the office on Friday to see if there's news."), errors: 1 },
    { code: note("I'll follow up with you on Monday, Wednesday and Friday each week until there's a decision."), errors: 1 },
    { code: note('I would really appreciate a decision this week.'), errors: 1 },
    { code: note('Kindly expedite the decision.'), errors: 1 },
    { code: note("I emailed Sarah last week and haven't gotten a reply either."), errors: 1 },
    { code: note("If I don't hear back soon, I'll reach out to your CEO directly."), errors: 1 },
    { code: note("I'd like to know where things stand by Thursday at the latest."), errors: 1 },
    { code: note("I noticed you viewed my profile but haven't replied to my emails."), errors: 1 },
    { code: note("I'll be in the area on Wednesday and will drop by your office to discuss."), errors: 1 },
    { code: note('Please don\u2019t leave me hanging.'), errors: 1 },
    { code: note('I need a yes or no by end of business today.'), errors: 1 },
    { code: note("I'd appreciate the courtesy of a reply this time."), errors: 1 },
    { name: 'an extra phrase', code: note('Any news yet?'), options: { extraPhrases: ['any news yet'] }, errors: 1 },
  ],
});
