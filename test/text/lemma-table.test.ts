// The bundles' table lemmatizer must answer as wink-lemmatizer does, word for word.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeLemmaTable, tableLemmatizer, type Lemmatizer } from '../../rules/text/lemma-table.js';
import { encodedLemmaTable, lexiconData } from '../../scripts/lemma-table-plugin.mjs';

const wink = createRequire(import.meta.url)('wink-lemmatizer') as Lemmatizer;
const PARTS = ['verb', 'noun', 'adjective'] as const;
/** Endings the lemmatizer strips or rewrites, and a few it does not. */
const ENDINGS = ['', 's', 'es', 'ed', 'ing', 'er', 'est', 'ies', 'ses', 'ves', 'ches', 'men', 'e'];

describe('tableLemmatizer', async () => {
  // The table exactly as the build encodes it into the bundles.
  const table = tableLemmatizer(await encodedLemmaTable());
  const data = lexiconData();

  function mismatches(words: Iterable<string>): string[] {
    const out: string[] = [];
    for (const word of words)
      for (const part of PARTS) {
        const got = table[part](word);
        const want = wink[part](word);
        if (got !== want && out.length < 20) out.push(`${part}(${word}): ${got} ≠ ${want}`);
      }
    return out;
  }

  it('answers as wink-lemmatizer for every WordNet word and exception, with every ending', () => {
    const words = new Set([
      ...Object.keys(data.words),
      ...Object.keys(data.adjectiveExceptions),
      ...Object.keys(data.nounExceptions),
      ...Object.keys(data.verbExceptions),
    ]);
    const forms = function* (): Generator<string> {
      for (const word of words) for (const ending of ENDINGS) yield word + ending;
    };
    expect(mismatches(forms())).toEqual([]);
  }, 120_000);

  it('answers as wink-lemmatizer for words WordNet lacks, and names on Object.prototype', () => {
    expect(mismatches(['constructor', 'constructors', 'tostring', 'valueof', 'hasownproperty', 'proto', 'a', 's', 'es', 'ing', 'zzzzzz', 'aaaa'])).toEqual([]);
    const piece = fc.constantFrom('a', 'b', 'c', 'e', 'i', 'o', 's', 't', 'x', 'z', 'ch', 'sh', 'ie', 'ing', 'ed', 'es', 'er', 'est', 'men', 'ves', 'ies');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        expect(mismatches([pieces.join('')])).toEqual([]);
      }),
      { numRuns: 20_000, seed: 5 },
    );
  });

  it('refuses data it cannot encode', () => {
    const base = { words: { run: 0 }, senses: [[30]], adjectiveExceptions: {}, nounExceptions: {}, verbExceptions: {} };
    expect(tableLemmatizer(encodeLemmaTable(base)).verb('runs')).toBe('run');
    expect(() => encodeLemmaTable({ ...base, words: { 'New York': 0 } })).toThrow(/not a lowercase word/);
    expect(() => encodeLemmaTable({ ...base, verbExceptions: { ran: 'r,un' } })).toThrow(/exception value/);
    expect(() => tableLemmatizer('no sections').verb('runs')).toThrow(/malformed/);
  });
});
