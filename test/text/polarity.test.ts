// The shared polarity helper: AFINN-165 scores, negation flips, contrast weighting, domain valences.
import { describe, expect, it } from 'vitest';
import { readNote } from '../../rules/text/note.js';
import { polarityOf, valenceOf } from '../../rules/text/polarity.js';

const score = (text: string, overrides?: Record<string, number>): number => {
  const [sentence] = readNote(text).sentences;
  return polarityOf(sentence!.tokens, 0, sentence!.tokens.length, overrides ? { overrides } : {}).score;
};

describe('polarityOf', () => {
  it('sums AFINN-165 valences', () => {
    expect(score('I am happy and excited.')).toBe(6);
    expect(score('It was a terrible, awful day.')).toBe(-6);
    expect(score('The meeting is on Tuesday.')).toBe(0);
  });
  it('flips a negated word, damped', () => {
    expect(score('It was not good.')).toBeCloseTo(-2.25);
    expect(score("I'm not worried about it.")).toBeGreaterThan(0);
    expect(score("Please don't hesitate to call.")).toBeGreaterThan(0);
  });
  it('reads an emphatic comparative as emphasis, not negation', () => {
    expect(score("I couldn't be more excited.")).toBeGreaterThan(0);
    expect(score("I couldn't be happier.")).toBeGreaterThan(0);
  });
  it('weights the clause after “but” over the one before', () => {
    expect(score('The interview was hard and awkward, but I loved meeting the team.')).toBeGreaterThan(0);
    expect(score('I loved meeting the team, but the interview was awkward and bad.')).toBeLessThan(0);
  });
  it('silences words that name the work, not the mood', () => {
    expect(score('I reduced fraud risk and cut errors under pressure.')).toBe(0);
    expect(score('Unfortunately I botched it.')).toBeLessThan(0);
  });
  it('takes caller overrides over the domain defaults', () => {
    expect(score('It was a problem.', { problem: -2 })).toBe(-2);
    expect(score('I am happy.', { happy: 0 })).toBe(0);
  });
  it('does not score negators themselves', () => {
    const [s] = readNote('No.').sentences;
    expect(valenceOf(s!.tokens[0]!)).toBeUndefined();
  });
  it('scores a sub-range', () => {
    const [s] = readNote('I am happy but the weather is awful.').sentences;
    const cut = s!.tokens.findIndex((t) => t.norm === 'but');
    expect(polarityOf(s!.tokens, 0, cut).score).toBe(3);
  });
});

describe('words named like Object.prototype members', () => {
  // The lexicon and the domain table are plain objects: a look-up by "constructor" once found
  // Object's own function and scored it, so a sentence's score came out NaN.
  const names = Object.getOwnPropertyNames(Object.prototype);
  it('have no valence, with or without overrides', () => {
    for (const name of names) {
      const text = `My ${name} helped.`;
      const [sentence] = readNote(text).sentences;
      // The name's own tokens (one for "constructor", pieces for "__proto__").
      const tokens = sentence!.tokens.filter((t) => t.start >= 3 && t.end <= 3 + name.length);
      expect(tokens.length, name).toBeGreaterThan(0);
      for (const token of tokens) {
        expect(valenceOf(token), name).toBeUndefined();
        expect(valenceOf(token, { happy: 1 }), name).toBeUndefined();
      }
    }
  });
  it('leave a sentence scored by its other words', () => {
    for (const name of names) expect(score(`The ${name} was terrible.`), name).toBe(-3);
    expect(score('The constructor was terrible.', { awful: -1 })).toBe(-3);
  });
});
