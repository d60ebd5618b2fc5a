// A memo of what follows from a word, found by the word's lemma list in one look-up.
import type { Token } from './tokens.js';

/**
 * Like `wordMemo()`, a memo of something worked out from a word token's spelling and lemmas,
 * but keyed by the lemma list itself. Every token of a spelling shares one lemma list (the
 * tokenizer's lemma cache hands out the same array, and a contraction's ending has a constant
 * one), and a list starts with its spelling, so the list stands for the word: one WeakMap
 * look-up by identity (~10 ns a token on the bench notes) instead of a check for contraction
 * endings and two look-ups by spelling (~30 ns). Rules that ask of every word of every
 * sentence, several times, use it; the facts are an object (one record per word). A token whose list does not start with its spelling (none
 * today) is worked out each time; lists the cache no longer holds drop out with their tokens.
 */
export function wordFacts<V extends object>(compute: (token: Token) => V): (token: Token) => V {
  const memo = new WeakMap<readonly string[], V>();
  return (token) => {
    let value = memo.get(token.lemmas);
    if (value) return value;
    value = compute(token);
    if (token.kind === 'word' && token.lemmas[0] === token.norm) memo.set(token.lemmas, value);
    return value;
  };
}
