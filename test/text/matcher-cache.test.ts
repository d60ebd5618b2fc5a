// Patterns share compiled elements and presence marks across matchers: a matcher must find
// what the same patterns compiled alone, in a fresh module, find. So must a matcher that files
// its patterns from a plan (matcherPlans) and compiles each on first use.
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

/** The plans of these patterns, made in a fresh module. */
async function plansOf(list: readonly string[], own: Classes): Promise<string> {
  const module = await freshMatcherModule();
  module.compilePatterns(entries(list), own);
  return module.matcherPlans();
}

/** How many matchers of a module compiled their patterns without a plan. */
function compiledWithoutPlan(module: typeof MatcherModule): number {
  return (JSON.parse(module.matcherPlans()) as { matchers: unknown[] }).matchers.length;
}

describe('matcher plans', () => {
  it('a matcher filed from its plan finds what it finds compiled alone, before and after others are compiled', async () => {
    await fc.assert(
      fc.asyncProperty(patterns, classes, patterns, classes, fc.array(sentence, { minLength: 1, maxLength: 6 }), async (mine, myClasses, others, otherClasses, sentences) => {
        const alone = answers(await freshMatcherModule(), mine, myClasses, sentences);
        const plans = await plansOf(mine, myClasses);
        const planned = await freshMatcherModule();
        planned.useMatcherPlans(plans);
        const matcher = planned.compilePatterns(entries(mine), myClasses);
        expect(compiledWithoutPlan(planned)).toBe(0);
        const ask = (): unknown[] => sentences.map((s) => {
          const tokens = tokensOf(s);
          return [matcher.findAll(tokens).map((m) => [m.entry.id, m.start, m.end]), matcher.find(tokens).map((m) => [m.entry.id, m.start, m.end])];
        });
        expect(ask()).toEqual(alone);
        // Another matcher, with the same texts behind other classes, has no plan and compiles.
        planned.compilePatterns(entries(others), otherClasses);
        planned.compilePatterns(entries(mine), otherClasses);
        expect(compiledWithoutPlan(planned)).toBe(2);
        expect(ask()).toEqual(alone);
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it('a plan is used only for the same patterns and classes', async () => {
    await fc.assert(
      fc.asyncProperty(patterns, classes, patterns, classes, fc.array(sentence, { minLength: 1, maxLength: 6 }), async (mine, myClasses, others, otherClasses, sentences) => {
        const alone = answers(await freshMatcherModule(), mine, myClasses, sentences);
        const module = await freshMatcherModule();
        module.useMatcherPlans(await plansOf(others, otherClasses));
        expect(answers(module, mine, myClasses, sentences)).toEqual(alone);
        const same = mine.join('\n') === others.join('\n') && JSON.stringify(myClasses) === JSON.stringify(otherClasses);
        expect(compiledWithoutPlan(module)).toBe(same ? 0 : 1);
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it('looks up patterns and marks numbered past the first sizes of their tables', async () => {
    const module = await freshMatcherModule();
    // Each pattern brings two marks of its own: 3,000 patterns and 6,000 marks, made in one go.
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}x give|gave ...1 t${i}y`);
    const matcher = module.compilePatterns(entries(many));
    const sentenceOf = (i: number): Token[] => tokensOf([`w${i}x`, 'gave', 'the', `t${i}y`]);
    for (const i of [0, 1023, 2048, 2999]) expect(matcher.findAll(sentenceOf(i)).map((m) => [m.entry.id, m.start, m.end])).toEqual([[i, 0, 4]]);
    // A word of one pattern with the other word of another: neither may match.
    expect(matcher.findAll(tokensOf(['w2999x', 'gave', 't2998y']))).toEqual([]);
  });

  it('plans made with another shared lexicon are not used', async () => {
    const plans = JSON.parse(await plansOf(['give ...2 @neg'], {})) as { lexicon: string };
    const module = await freshMatcherModule();
    module.useMatcherPlans(JSON.stringify({ ...plans, lexicon: '{}' }));
    module.compilePatterns(entries(['give ...2 @neg']));
    expect(compiledWithoutPlan(module)).toBe(1);
  });
});
