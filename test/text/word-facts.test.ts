// wordFacts keeps one answer per word spelling, on the token, and never serves one word's
// answer for another.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readNote } from '../../rules/text/note.js';
import type { Token } from '../../rules/text/tokens.js';
import { wordFacts } from '../../rules/text/word-facts.js';
import { noteInput, runs } from '../property/arbitraries.js';

const computed: Token[] = [];
// Slots are few and live for the process: two for these tests, made once.
const echo = wordFacts((token) => {
  computed.push(token);
  return { norm: token.norm, lemmas: token.lemmas, tail: token.tail === true };
});
const shout = wordFacts((token) => ({ loud: token.norm.toUpperCase() }));

const tokensOf = (text: string): Token[] => readNote(text).sentences.flatMap((s) => s.tokens);

describe('wordFacts', () => {
  it('answers every token from its own word, whatever the note', () => {
    fc.assert(
      fc.property(noteInput, (text) => {
        for (const token of tokensOf(text)) {
          const fact = echo(token);
          expect(fact).toEqual({ norm: token.norm, lemmas: token.lemmas, tail: token.tail === true });
          expect(shout(token)).toEqual({ loud: token.norm.toUpperCase() });
        }
      }),
      runs(200),
    );
  });

  it('works a spelling out once, however many sentences and notes use it', () => {
    computed.length = 0;
    const text = 'The quillwright said no. Then the quillwright said yes.\n\nThe quillwright left.';
    const words = [...tokensOf(text), ...tokensOf(text)].filter((t) => t.norm === 'quillwright');
    expect(words).toHaveLength(6);
    const facts = words.map(echo);
    expect(new Set(facts).size).toBe(1);
    expect(computed.filter((t) => t.norm === 'quillwright')).toHaveLength(1);
  });

  it('keeps a contraction ending apart from the word it stands for', () => {
    const [dont, not] = ["I don't know.", 'I do not know.'].map((text) => tokensOf(text).find((t) => t.norm === 'not')!);
    expect(dont!.tail).toBe(true);
    expect(echo(dont!)).toEqual({ norm: 'not', lemmas: dont!.lemmas, tail: true });
    expect(echo(not!)).toEqual({ norm: 'not', lemmas: not!.lemmas, tail: false });
  });

  it('keeps the answer for a token made without a record by its lemma list', () => {
    const lemmas = ['hired', 'hire'];
    const made = (): Token => ({ kind: 'word', norm: 'hired', lemmas, start: 0, end: 5 });
    computed.length = 0;
    expect(echo(made())).toBe(echo(made()));
    expect(computed).toHaveLength(1);
    const punct: Token = { kind: 'punct', norm: '.', lemmas: ['.'], start: 0, end: 1 };
    echo(punct);
    echo(punct);
    expect(computed).toHaveLength(3);
  });
});
