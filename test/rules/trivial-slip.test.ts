// Cases for the trivial-slip rule: small slips pointed out, and apologies and clarifications that are fine.
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { findTrivialSlips } from '../../rules/trivial-slip.js';
import { readNote } from '../../rules/text/note.js';

/** A short note around one body paragraph. */
const note = (body: string): string => `Dear Mr. Chen,\n\n${body}\n\nBest,\nPriya`;
const THANKS = 'Thank you for your time on Tuesday.';

ruleTester('trivial-slip', {
  valid: [
    // An apology for an obvious incident is fine, even recommended (ADVICE.md).
    note("I'm sorry I arrived forty minutes late; I should have left earlier."),
    note('I apologize for calling you by the wrong name.'),
    note('I apologize for my comment about remote work; it was thoughtless.'),
    note("I'm sorry I mispronounced your name."),
    // Sympathy for the reader's cough is not the candidate's slip.
    note('Sorry to hear about your cough; I hope you feel better soon.'),
    note('I have a stammer, which has made me a careful presenter.'),
    // A brief explanation of an off day is fine.
    note('I was unwell that day, and I am sorry it showed.'),
    // Clarifying a poorly answered question is good.
    note('Having thought more about your question on caching, here is a fuller answer.'),
    note('I misspoke when I said the migration took two weeks; it took two months.'),
    // Condolence is not an apology for a slip.
    note("I'm sorry to hear the team lost a colleague."),
    // Everyday topics, other people's slips, denials.
    note('Our product reduces typos in customer emails by 40%.'),
    note('I built a spell checker that catches typos in legal documents.'),
    note('I stumbled upon a neat solution to the caching problem afterwards.'),
    note("I didn't stumble once during the demo, which I was proud of."),
    note('I coach new hires on presentation skills, including cutting filler words.'),
    note('I fixed a bug where the camera froze on older Android phones.'),
    note('Our team designed a stain-resistant fabric line.'),
    note('The interviewer spilled her coffee, and we laughed about it.'),
    note("My daughter's dog knocked over a glass at home."),
    note('I noticed the typo in your job ad and wanted to flag it kindly.'),
    note('I led a project to reduce background noise in call recordings.'),
    note('I was completely blindsided when the panel asked me to critique the campaign on the spot.'),
    note('I look forward to hearing from you.'),
    // A condition is not a slip; a trip is not a stumble.
    note("I have a stammer, and I'm proud that it never stops me presenting."),
    note('I enjoyed my trip to your Leeds office.'),
    note("Sorry I missed your call yesterday; I was in a lesson."),
    note('I stumbled on the question about forecasting, so here is a fuller answer.'),
    note('The handshake protocol I designed cut connection time by half.'),
    note('I realise I called you Sarah instead of Susan, and I apologise.'),
    note('I wanted to correct one figure: the campaign grew leads by 40%, not 14%.'),
    note('> Sorry, I stumbled over my words there.\n\nThat was the question I enjoyed most.'),
    { name: 'allow option', code: note('Sorry for the typo in my email.'), options: { allowPhrases: ['typo in my email'] } },
  ],
  invalid: [
    {
      name: 'stumbling over words, removed safely',
      code: note(`${THANKS} I'm sorry I stumbled over my words when introducing myself.`),
      errors: [{ line: 3, actual: "I'm sorry I stumbled over my words", messageIncludes: 'Points out a small slip (stumbling over words)' }],
      output: note(THANKS),
      safeOutput: note(THANKS),
      fixLabels: ['Remove this sentence'],
    },
    {
      name: 'a stain, the whole paragraph goes',
      code: note('I apologize for the coffee stain on my shirt.'),
      errors: [{ actual: 'coffee stain', messageIncludes: 'a stain' }],
      safeOutput: 'Dear Mr. Chen,\n\nBest,\nPriya',
    },
    { name: 'open fly', code: note('I realized afterwards that my fly was open during the interview.'), errors: [{ messageIncludes: 'an open zip' }] },
    { name: 'fidgeting', code: note('Sorry for fidgeting so much during our conversation.'), errors: [{ messageIncludes: 'fidgeting' }] },
    { name: 'typo on a slide', code: note('Please excuse the typo on slide 4 of my deck.'), errors: [{ messageIncludes: 'a typo' }] },
    { name: 'you may have noticed, contraction and curly apostrophe', code: note('You may’ve noticed my tie was stained.'), errors: 1 },
    { name: 'forgot a word', code: note("I'm embarrassed that I forgot the word for idempotent."), errors: 1 },
    { name: 'um in quotes', code: note('I know I said "um" a lot.'), errors: [{ messageIncludes: 'filler words' }] },
    { name: 'shaky voice', code: note('My voice was shaking at the start, sorry about that.'), errors: 1 },
    { name: 'spilled coffee', code: note('Apologies for spilling my coffee on your desk.'), errors: 1 },
    { name: 'loose button', code: note("I hope my loose button wasn't too distracting."), errors: 1 },
    { name: 'mispronounced a term', code: note('I mispronounced Kubernetes twice, which was embarrassing.'), errors: 1 },
    { name: 'bad hair day', code: note('Forgive my bad hair day.'), errors: 1 },
    { name: 'sweating', code: note('I hope you didn’t notice how much I was sweating.'), errors: 1 },
    { name: 'camera froze', code: note("I'm sorry my camera froze for a second during the demo."), errors: 1 },
    { name: 'dog barking', code: note('Sorry about the dog barking in the background.'), errors: 1 },
    { name: 'negation built into the slip', code: note("I couldn't think of the right word when you asked about sharding."), errors: 1 },
    { name: 'shaking hands', code: note('My hands were shaking when I shook yours.'), errors: 1 },
    { name: 'filler words', code: note("I'm afraid I used a lot of filler words."), errors: 1 },
    {
      name: 'a trailing clause is removed, not the thanks',
      code: note('Thank you for your time, and sorry about my shaky voice.'),
      errors: [{ actual: 'shaky voice' }],
      output: note('Thank you for your time.'),
      safeOutput: null,
      fixLabels: ['Remove the part about a shaky voice', 'Remove this sentence'],
    },
    {
      name: 'a leading clause is removed and the rest capitalised',
      code: note('Sorry about the coffee stain, but I really enjoyed our talk.'),
      errors: 1,
      output: note('I really enjoyed our talk.'),
      safeOutput: null,
    },
    { name: 'a small spill, with a quantity', code: note("I'm sorry I spilled a little coffee on the table when I sat down."), errors: 1 },
    { name: 'a stain on the reader\u2019s notes is still the candidate\u2019s slip', code: note('Sorry again about the coffee stain on your notes.'), errors: 1 },
    { name: 'a typo in a CV', code: note('I realised later that my CV had a spelling mistake in the first line.'), errors: 1 },
    { name: 'speaking too fast', code: note('Sorry I spoke so fast when explaining the pipeline.'), errors: 1 },
    { name: 'an awkward handshake', code: note('Sorry for the awkward handshake at the start.'), errors: 1 },
    { name: 'tripped on the way in', code: note('I tripped on the step on my way in, which was embarrassing.'), errors: 1 },
    { name: 'extraPhrases option', code: note('I wore odd shoes, I realise.'), options: { extraPhrases: ['wore odd shoes'] }, errors: 1 },
    { name: 'muddy boots, adjective first', code: note('Sorry about my muddy boots.'), errors: 1 },
    { name: 'talking too quickly', code: note('My apologies for talking too quickly, I do that when I am nervous.'), errors: 1 },
    { name: 'a habit kept up', code: note('I realise I kept touching my ear while I was answering.'), errors: [{ messageIncludes: 'fidgeting' }] },
    { name: 'a garment left askew', code: note('I noticed afterwards that my collar was folded the wrong way.'), errors: 1 },
    { name: 'a word said too often', code: note('I used the word "basically" far too often.'), errors: [{ messageIncludes: 'filler words' }] },
    { name: 'a wrong word corrected', code: note('I said Tuesday when I meant Thursday at one point.'), errors: 1 },
    { name: 'a small noise on the candidate\u2019s side', code: note('Sorry my chair kept squeaking during the call.'), errors: 1 },
    { name: 'two slips in two sentences', code: note('I stuttered a bit. Apologies for the typos in my portfolio.'), errors: 2 },
  ],
});

describe('findTrivialSlips', () => {
  const sentence = (text: string) => readNote(text).sentences[0]!;
  it('returns spans and what each slip is, for other rules to reuse', () => {
    const [slip] = findTrivialSlips(sentence('Sorry for fidgeting with my pen.'));
    expect(slip?.what).toBe('fidgeting');
    expect(slip && 'Sorry for fidgeting with my pen.'.slice(slip.start, slip.end)).toContain('fidget');
  });
  it('finds nothing in an apology for an obvious incident', () => {
    expect(findTrivialSlips(sentence('I am sorry I arrived so late.'))).toEqual([]);
  });
});
