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
  /** The phrase matcher's look-up for the sentence (rules/text/matcher.ts), once made. */
  lookup: unknown = undefined;
}

const takeSlot = slotTaker('sentenceSlot');

/**
 * Records by their sentence's tokens, kept while the tokens live: an editor's unchanged sections
 * keep theirs from one lint to the next.
 */
const records = new WeakMap<readonly Token[], SentenceRecord>();
/**
 * During a lint whose sentences are not kept for a next one (`beginLint(false)`), the records
 * live here instead, and die with the lint. Kept in the WeakMap, each record (and all it holds)
 * would outlive its note: the note's token lists are often tenured, and V8's scavenger keeps
 * every WeakMap value whose key is in the old generation until a full collection. Linting 3,000
 * notes, that made the young collections copy and promote ~45% more. The records are filed by
 * sentence index, as the pass meets them; a map by tokens is made only when one is asked for
 * without its index (the phrase matcher, about a sentence other than the pass's).
 */
interface LintScope {
  tokens: Array<readonly Token[] | undefined>;
  records: Array<SentenceRecord | undefined>;
  byTokens: Map<readonly Token[], SentenceRecord> | undefined;
}

let scope: LintScope | undefined;
let lastTokens: readonly Token[] | undefined;
let lastRecord = new SentenceRecord();

/**
 * Tell the records about the lint that starts: whether its sentences may be met again in a
 * later lint (an editor's cached document) and their records should be kept while the tokens
 * live, or die with the lint. Call `endLint()` when it is over.
 */
export function beginLint(keepForLater: boolean): void {
  scope = keepForLater ? undefined : { tokens: [], records: [], byTokens: undefined };
}

/**
 * Whether what is worked out about a note's parts now may be met again in a later lint: true
 * but during a lint begun with `beginLint(false)` (a one-off note, as the CLI reads them).
 */
export function partsOutliveLint(): boolean {
  return scope === undefined;
}

/** The lint is over: records made from now on are kept while their tokens live again. */
export function endLint(): void {
  if (!scope) return;
  scope = undefined;
  // Nothing of the lint may stay reachable from here.
  before = { tokens: [], records: [] };
  now = { tokens: [], records: [] };
  lastTokens = undefined;
  lastRecord = new SentenceRecord();
}

/** The stored record of a sentence's tokens, made when there is none. */
function storedRecord(tokens: readonly Token[]): SentenceRecord {
  let store: Map<readonly Token[], SentenceRecord> | WeakMap<readonly Token[], SentenceRecord> = records;
  if (scope) {
    if (!scope.byTokens) {
      scope.byTokens = new Map();
      scope.records.forEach((record, index) => record && scope!.byTokens!.set(scope!.tokens[index]!, record));
    }
    store = scope.byTokens;
  }
  let record = store.get(tokens);
  if (!record) store.set(tokens, (record = new SentenceRecord()));
  return record;
}

/** In a lint whose records die with it: the record of the sentence at `index`, found by index. */
function scopedRecord(scope: LintScope, tokens: readonly Token[], index: number): SentenceRecord {
  let record = scope.tokens[index] === tokens ? scope.records[index] : undefined;
  if (!record) {
    record = scope.byTokens?.get(tokens);
    if (!record) {
      record = new SentenceRecord();
      scope.byTokens?.set(tokens, record);
    }
    scope.tokens[index] = tokens;
    scope.records[index] = record;
  }
  return record;
}

/**
 * The record of a sentence's tokens, for asks that carry no sentence index (the phrase
 * matcher): the last record found during the pass, or the stored one.
 */
export function recordFor(tokens: readonly Token[]): SentenceRecord {
  return tokens === lastTokens ? lastRecord : storedRecord(tokens);
}

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
  if (scope) {
    lastTokens = tokens;
    return (lastRecord = scopedRecord(scope, tokens, index));
  }
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
    record = storedRecord(tokens);
    if (record.pass === pass - 1 && record.pass >= 0) cursor = record.at + 1;
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
 * next) or for the lint. Answers must hold wherever the section moves: token indices, never
 * offsets; `compute` may read the tokens and the sentence's text only, and must not return
 * `undefined`. Ask during the pass over the sentences, in their order (the record is found
 * fastest then); asking out of order is correct but slower.
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

/**
 * The same for callers that hold a sentence's tokens but not the sentence: found fastest for
 * the sentence the pass is on.
 */
export function tokensSlot<V>(compute: (tokens: readonly Token[]) => V): (tokens: readonly Token[]) => V {
  const slot = takeSlot();
  return (tokens) => {
    const record = recordFor(tokens);
    let value = record[slot];
    if (value === undefined) record[slot] = value = compute(tokens);
    return value as V;
  };
}
