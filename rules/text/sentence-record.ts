// One record per sentence for what several rules keep about it, found with one look-up however many ask.
import type { Token } from './tokens.js';

/**
 * Every rule that keeps something about a sentence asks for it once per sentence per lint. A
 * look-up in a WeakMap of a long document's sentences costs a few cache misses (~150 ns), so
 * a 15,000-sentence document pays milliseconds per rule for answers that did not change. The
 * rules share one record per sentence instead, and the engine calls every rule on a sentence
 * before the next one, so the last record found serves the rules that follow. The slots are
 * fields of the record itself (an array would keep them in a second object: one more cache miss
 * per sentence).
 */
class SentenceRecord {
  s0: unknown = undefined;
  s1: unknown = undefined;
  s2: unknown = undefined;
  s3: unknown = undefined;
  s4: unknown = undefined;
  s5: unknown = undefined;
  s6: unknown = undefined;
  s7: unknown = undefined;
  s8: unknown = undefined;
  s9: unknown = undefined;
}

type Slot = keyof SentenceRecord;
const SLOTS = Object.keys(new SentenceRecord()) as Slot[];

const records = new WeakMap<readonly Token[], SentenceRecord>();
let lastTokens: readonly Token[] | undefined;
let lastRecord = new SentenceRecord();
let slots = 0;

function recordOf(tokens: readonly Token[]): SentenceRecord {
  if (tokens === lastTokens) return lastRecord;
  let record = records.get(tokens);
  if (!record) records.set(tokens, (record = new SentenceRecord()));
  lastTokens = tokens;
  lastRecord = record;
  return record;
}

/**
 * A memo of what `compute` works out from a sentence's tokens, kept in the sentence's shared
 * record while the tokens live (an editor's unchanged sections keep theirs from one lint to the
 * next). Like `sentenceMemo()`, answers must hold wherever the section moves: token indices,
 * never offsets; `compute` may read the tokens and the sentence's text only, and must not
 * return `undefined`.
 */
export function sentenceSlot<S extends { readonly tokens: readonly Token[] }, V>(compute: (sentence: S) => V): (sentence: S) => V {
  const slot = SLOTS[slots++];
  // A programming error, met at module load: add a field above.
  if (!slot) throw new Error('sentenceSlot: every slot of SentenceRecord is taken');
  return (sentence) => {
    const record = recordOf(sentence.tokens);
    let value = record[slot];
    if (value === undefined) record[slot] = value = compute(sentence);
    return value as V;
  };
}
