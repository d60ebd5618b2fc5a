// What several rules keep about every sentence, worked out together and held in one slot of the
// shared sentence record, so most sentences cost their rules one shared, always-cached record.
import type { Token } from './tokens.js';
import { sentenceSlot } from './sentence-record.js';

/** What a fact may read: the sentence's tokens and text (and its index, to find its record). */
export interface FactSentence {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly start: number;
  readonly index: number;
}

/** A fact that threw while being worked out: its own rule throws it again when it asks. */
class Thrown {
  constructor(readonly error: unknown) {}
}

const computes: Array<(sentence: never) => unknown> = [];
const nones: unknown[] = [];

/**
 * The facts of a sentence by registration order. A sentence whose every fact is its `none`
 * (nothing found, the usual case) shares one array with all such sentences: reading it costs
 * no cache miss however many rules ask, where each rule's own slot would cost one per sentence
 * on a long document.
 */
const factsOf = sentenceSlot((sentence: FactSentence): readonly unknown[] => {
  let values: unknown[] | undefined;
  for (let i = 0; i < computes.length; i++) {
    let value: unknown;
    try {
      value = (computes[i] as (sentence: FactSentence) => unknown)(sentence);
    } catch (error) {
      value = new Thrown(error);
    }
    if (value !== nones[i]) (values ??= [...nones])[i] = value;
  }
  return values ?? nones;
});

/**
 * Register a fact worked out from a sentence's tokens and text alone (token indices or offsets
 * relative to its first token, never absolute offsets), with the value that means nothing was
 * found. Every registered fact is worked out when the first is asked for, during the pass over
 * the sentences (they are kept while the tokens live, so an editor's unchanged sections keep
 * theirs). Call at module load, before any lint.
 */
export function sentenceFact<S extends FactSentence, V>(compute: (sentence: S) => V, none: V): (sentence: S) => V {
  const k = computes.length;
  computes.push(compute as (sentence: never) => unknown);
  nones.push(none);
  return (sentence) => {
    const value = factsOf(sentence)[k];
    if (value instanceof Thrown) throw value.error;
    return value as V;
  };
}
