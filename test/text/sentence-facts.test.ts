// sentenceFact(): facts worked out together once per sentence, shared when nothing is found, and
// a fact that throws fails only the rule that asks for it.
import { describe, expect, it } from 'vitest';
import { sentenceFact } from '../../rules/text/sentence-facts.js';
import type { Token } from '../../rules/text/tokens.js';

let calls = 0;
const words = sentenceFact((s: { tokens: readonly Token[]; text: string; start: number; index: number }) => {
  calls++;
  return s.text.includes('boom') ? s.text.split(' ').length : 0;
}, 0);
const broken = sentenceFact((s: { tokens: readonly Token[]; text: string; start: number; index: number }) => {
  if (s.text.includes('boom')) throw new Error('fact failed');
  return false;
}, false);

const sentence = (text: string, index: number): { tokens: Token[]; text: string; start: number; index: number } => ({
  tokens: [{ kind: 'word', norm: text, lemmas: [text], start: 0, end: text.length }],
  text,
  start: 0,
  index,
});

describe('sentenceFact', () => {
  it('works a sentence out once, however often and in whatever order it is asked', () => {
    const a = sentence('one two', 0);
    const b = sentence('boom goes three', 1);
    expect(words(a)).toBe(0);
    expect(words(b)).toBe(3);
    expect(words(a)).toBe(0);
    expect(words(b)).toBe(3);
    expect(calls).toBe(2);
  });

  it('keeps a thrown error for the fact that threw, and the other facts of the sentence stand', () => {
    const c = sentence('boom boom', 0);
    expect(() => broken(c)).toThrow('fact failed');
    expect(words(c)).toBe(2);
    expect(() => broken(c)).toThrow('fact failed');
    expect(broken(sentence('quiet', 1))).toBe(false);
  });
});
