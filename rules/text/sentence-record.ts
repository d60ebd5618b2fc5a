// One record per sentence for what several rules keep about it, found cheaply however many ask.
import type { Token } from './tokens.js';
import { Slots, slotTaker } from './slots.js';

/**
 * Every rule that keeps something about a sentence asks for it once per sentence per lint. A
 * look-up in a WeakMap of a long document's sentences costs a few cache misses (~150 ns), so
 * a 15,000-sentence document pays milliseconds per rule for answers that did not change. The
 * rules share one record per sentence instead, and the engine calls every rule on a sentence
 * before the next one, so the last record found serves the rules that follow. The slots are
 * fields of the record itself (an array would keep them in a second object: one more cache miss
 * per sentence).
 */
class SentenceRecord extends Slots {
  /** The pass that last met the sentence, and where in it. */
  pass = -1;
  at = -1;
}

const takeSlot = slotTaker('sentenceSlot');

const records = new WeakMap<readonly Token[], SentenceRecord>();
let lastTokens: readonly Token[] | undefined;
let lastRecord = new SentenceRecord();

/**
 * The records of the last pass over a note's sentences and of this one, in order. A re-lint of
 * an edited document meets the same sentences in the same order, so the next record is usually
 * the one after the last, read from an array rather than looked up; past an edit's new
 * sentences, the first old one looked up tells where the last pass carries on.
 */
let pass = 0;
let lastIndex = -1;
let before: { tokens: Array<readonly Token[]>; records: SentenceRecord[] } = { tokens: [], records: [] };
let now: typeof before = { tokens: [], records: [] };
let cursor = 0;

function recordOf(tokens: readonly Token[], index: number): SentenceRecord {
  if (tokens === lastTokens) return lastRecord;
  if (index <= lastIndex) {
    // Back at the start of a note: a new pass (the next lint) has begun.
    before = now;
    now = { tokens: [], records: [] };
    cursor = 0;
    pass++;
  }
  lastIndex = index;
  let record: SentenceRecord | undefined;
  if (before.tokens[cursor] === tokens) record = before.records[cursor++]!;
  else {
    record = records.get(tokens);
    if (!record) records.set(tokens, (record = new SentenceRecord()));
    else if (record.pass === pass - 1) cursor = record.at + 1;
  }
  record.pass = pass;
  record.at = now.tokens.length;
  now.tokens.push(tokens);
  now.records.push(record);
  lastTokens = tokens;
  lastRecord = record;
  return record;
}

/**
 * A memo of what `compute` works out from a sentence's tokens, kept in the sentence's shared
 * record while the tokens live (an editor's unchanged sections keep theirs from one lint to the
 * next). Like `sentenceMemo()`, answers must hold wherever the section moves: token indices,
 * never offsets; `compute` may read the tokens and the sentence's text only, and must not
 * return `undefined`. Ask during the pass over the sentences, in their order (the record is
 * found fastest then); asking out of order is correct but slower.
 */
export function sentenceSlot<S extends { readonly tokens: readonly Token[]; readonly index: number }, V>(compute: (sentence: S) => V): (sentence: S) => V {
  const slot = takeSlot();
  return (sentence) => {
    const record = recordOf(sentence.tokens, sentence.index);
    let value = record[slot];
    if (value === undefined) record[slot] = value = compute(sentence);
    return value as V;
  };
}
