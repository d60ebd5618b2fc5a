// A memo of what follows from a word, kept with the word's spelling.
import { slotTaker } from './slots.js';
import type { Token } from './tokens.js';

/** Hands out the slots of `Token.facts` (WordFacts), one per memo, at module load. */
export const takeWordSlot = slotTaker('wordFacts');

/**
 * Like `wordMemo()`, a memo of something worked out from a word token's spelling and lemmas.
 * Every word token of a spelling carries that spelling's `WordFacts` record, and each memo owns
 * one slot of it, so a rule that asks of every word of every sentence, several times, reads a
 * field instead of looking the word up (a WeakMap look-up by identity costs ~10–30 ns, a few
 * per token per rule). A word token made without a record (tests) is kept by its lemma list,
 * which every token of a spelling shares and which starts with the spelling; any other token is
 * worked out each time. The facts are an object (one record per word).
 */
export function wordFacts<V extends object>(compute: (token: Token) => V): (token: Token) => V {
  const slot = takeWordSlot();
  const memo = new WeakMap<readonly string[], V>();
  return (token) => {
    const facts = token.facts;
    const keep = token.kind === 'word' && token.lemmas[0] === token.norm;
    if (facts && keep) {
      let value = facts[slot] as V | undefined;
      if (value === undefined) facts[slot] = value = compute(token);
      return value;
    }
    let value = memo.get(token.lemmas);
    if (value) return value;
    value = compute(token);
    if (keep) memo.set(token.lemmas, value);
    return value;
  };
}
