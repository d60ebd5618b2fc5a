// Unit cases for the shared apology detector: apology, sympathy, pity, other people's apologies, grovelling.
import { describe, expect, it } from 'vitest';
import { readNote } from '../../rules/text/note.js';
import { findApologies } from '../../rules/text/apology.js';

/** Apologies in the first sentence of `text`, as their source spans and whether they grovel. */
function apologies(text: string): Array<[string, boolean]> {
  const sentence = readNote(text).sentences[0]!;
  return findApologies(sentence.tokens).map((a) => [text.slice(sentence.tokens[a.start]!.start, sentence.tokens[a.end - 1]!.end), a.profuse]);
}

describe('findApologies', () => {
  it('finds the plain forms, contractions and curly apostrophes alike', () => {
    expect(apologies('I\u2019m sorry for arriving late.')).toEqual([['sorry', false]]);
    expect(apologies('I apologise for the confusion.')).toEqual([['apologise', false]]);
    expect(apologies('Please accept my apologies.')).toEqual([['apologies', false]]);
    expect(apologies('Please forgive me for the delay.')).toEqual([['forgive', false]]);
    expect(apologies('Please excuse the long email.')).toEqual([['excuse', false]]);
    expect(apologies('I regret the mix-up.')).toEqual([['regret', false]]);
  });
  it('does not count sympathy, pity, denials or other people', () => {
    expect(apologies("I'm sorry to hear the team lost a colleague.")).toEqual([]);
    expect(apologies("I'm sorry that the team lost a colleague.")).toEqual([]);
    expect(apologies('I feel sorry for the vendor.')).toEqual([]);
    expect(apologies('No need to apologise.')).toEqual([]);
    expect(apologies('The recruiter apologised for the delay.')).toEqual([]);
    expect(apologies('That is no excuse.')).toEqual([]);
    expect(apologies('I regret not asking about the team.')).toEqual([]);
  });
  it('marks grovelling', () => {
    expect(apologies("I'm so so sorry.")).toEqual([['so so sorry', true]]);
    expect(apologies("I can't apologise enough.")).toEqual([["can't apologise enough", true]]);
    expect(apologies('A thousand apologies for the delay.')).toEqual([['A thousand apologies', true]]);
    expect(apologies("I'm truly sorry.")).toEqual([['truly sorry', false]]);
  });
  it('counts every apology in a sentence', () => {
    expect(apologies("I'm sorry, so sorry, for the wait.")).toHaveLength(2);
  });
});
