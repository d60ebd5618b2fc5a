// Patterns share compiled elements and presence marks across matchers: a matcher must find
// what the same patterns compiled alone, in a fresh module, find.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type * as MatcherModule from '../../rules/text/matcher.js';
import { lemmasOf, type Token } from '../../rules/text/tokens.js';

type Entry = { pattern: string; id: number };
type Classes = Record<string, readonly string[]>;

async function freshMatcherModule(): Promise<typeof MatcherModule> {
  vi.resetModules();
  return import('../../rules/text/matcher.js');
}

const WORDS = ['give', 'gave', 'given', 'a', 'the', 'my', 'team', 'teams', 'manager', 'was', 'be', 'not', 'bad', 'worse', 'worst', 'run', 'running'];

function tokensOf(words: readonly string[]): Token[] {
  let at = 0;
  return words.map((word) => {
    const start = at;
    at += word.length + 1;
    if (word === ',' || word === ';') return { kind: 'punct', norm: word, lemmas: [word], start, end: start + 1 };
    return { kind: 'word', norm: word, lemmas: lemmasOf(word), start, end: start + word.length };
  });
}

const word = fc.constantFrom(...WORDS);
const alternative = fc.oneof(word, word.map((w) => `=${w}`), fc.constant('@cls'), fc.constant('@neg'));
const element = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.array(alternative, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([alts, optional]) => alts.join('|') + (optional ? '?' : '')) },
  { weight: 1, arbitrary: fc.constantFrom('*', '...', '...1') },
);
const pattern = fc.tuple(word, fc.array(element, { maxLength: 4 })).map(([first, rest]) => [first, ...rest].join(' '));
const patterns = fc.array(pattern, { minLength: 1, maxLength: 8 });
const classes = fc.record({ cls: fc.array(word, { minLength: 1, maxLength: 4 }), neg: fc.array(word, { minLength: 1, maxLength: 3 }) });
const sentence = fc.array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(',', ';') }), { maxLength: 12 });

function entries(list: readonly string[]): Entry[] {
  return list.map((p, id) => ({ pattern: p, id }));
}

function answers(module: typeof MatcherModule, list: readonly string[], own: Classes, sentences: readonly string[][]): unknown[] {
  const matcher = module.compilePatterns(entries(list), own);
  return sentences.map((s) => {
    const tokens = tokensOf(s);
    return [matcher.findAll(tokens).map((m) => [m.entry.id, m.start, m.end]), matcher.find(tokens).map((m) => [m.entry.id, m.start, m.end])];
  });
}

describe('matcher element and presence sharing', () => {
  it('finds with patterns compiled among others what it finds with them compiled alone', async () => {
    await fc.assert(
      fc.asyncProperty(patterns, classes, patterns, classes, fc.array(sentence, { minLength: 1, maxLength: 6 }), async (mine, myClasses, others, otherClasses, sentences) => {
        const alone = answers(await freshMatcherModule(), mine, myClasses, sentences);
        const shared = await freshMatcherModule();
        // Other matchers first: same element texts, other classes behind @cls and @neg.
        shared.compilePatterns(entries(others), otherClasses);
        shared.compilePatterns(entries(mine), otherClasses);
        expect(answers(shared, mine, myClasses, sentences)).toEqual(alone);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
