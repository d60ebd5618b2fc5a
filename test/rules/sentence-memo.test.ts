// The tone rules keep what they make of each sentence while its tokens live; these cases change
// what a kept sentence's finding depends on elsewhere in the note (a neighbour, a plain ask or
// apology in another paragraph, the sentence before it) and check a cached re-lint against a
// fresh one.
import { describe, expect, it } from 'vitest';
import { lintSync, NoteCache, resolveConfig, type LintResult } from '../../rules/index.js';

const MINE = ['badmouthing', 'begging', 'blaming-others', 'trivial-slip', 'whining'];

function key(result: LintResult, ids: readonly string[] = MINE): unknown {
  return result.messages.filter((m) => ids.includes(m.ruleId)).map((m) => [m.ruleId, m.startOffset, m.endOffset, m.reason, m.fixes]);
}

/**
 * Lint `before` with a cache, then `after` with the same cache and afresh: the two must agree,
 * and `ids`' findings must differ from those of `before` (so the case tests what it claims).
 */
function expectCachedLikeFresh(before: string, after: string, ids: readonly string[], options: Parameters<typeof lintSync>[1] = {}): void {
  const cache = new NoteCache();
  const first = lintSync(before, { ...options, cache });
  expect(key(first, ids)).toEqual(key(lintSync(before, options), ids));
  const cached = lintSync(after, { ...options, cache });
  const fresh = lintSync(after, options);
  expect(key(cached)).toEqual(key(fresh));
  // Offsets shift with the edit; compare what was found and offered.
  const shape = (r: LintResult): unknown => r.messages.filter((m) => ids.includes(m.ruleId)).map((m) => [m.actual, m.fixes.map((f) => [f.label, f.safe])]);
  expect(shape(fresh)).not.toEqual(shape(first));
}

const note = (...paragraphs: string[]): string => `Hi Dana,\n\n${paragraphs.join('\n\n')}\n\nBest,\nLee\n`;

describe('kept sentence readings', () => {
  it('blaming-others: a neighbour that stops speaking of lateness takes the blame away', () => {
    const before = note('Thank you for the interview.', 'The traffic was terrible.', 'I got there late.');
    const after = note('Thank you for the interview.', 'The traffic was terrible.', 'I enjoyed it.');
    expectCachedLikeFresh(before, after, ['blaming-others']);
    expectCachedLikeFresh(after, before, ['blaming-others']);
  });

  it('blaming-others: a plain apology for lateness in another paragraph changes the fixes', () => {
    const before = note('The train broke down, so I was late.', 'Thank you for your time.');
    const after = note('The train broke down, so I was late.', 'I am sorry I was late.');
    expectCachedLikeFresh(before, after, ['blaming-others']);
    expectCachedLikeFresh(after, before, ['blaming-others']);
  });

  it('begging: a plain ask in another paragraph changes the fixes', () => {
    const before = note('Please give me another chance.', 'Thank you for your time.');
    const after = note('Please give me another chance.', 'I’d welcome the chance to continue our conversation.');
    expectCachedLikeFresh(before, after, ['begging']);
    expectCachedLikeFresh(after, before, ['begging']);
  });

  it('begging: two plain asks, then one (the flagged sentence is never its own plain ask)', () => {
    const ask = 'I’d welcome the chance to continue our conversation.';
    const before = note('Please give me another chance.', ask, 'Would you be open to a second conversation?');
    const after = note(ask, 'Thank you for your time.', 'Please, please give me another chance.');
    expectCachedLikeFresh(before, after, ['begging']);
  });

  it('badmouthing: a sentence about the job before it in the same paragraph carries its framing', () => {
    const before = note('You asked why I am leaving my current role. The team was a mess.');
    const after = note('You asked about my plans. The team was a mess.');
    expectCachedLikeFresh(before, after, ['badmouthing']);
    expectCachedLikeFresh(after, before, ['badmouthing']);
  });

  it('the greeting taking a sentence out of the body takes its finding with it', () => {
    const paragraph = 'Hi Dana, it was so unfair. Sorry for fidgeting so much.\n\nBest,\nLee\n';
    expectCachedLikeFresh(`Intro.\n\n${paragraph}`, paragraph, ['whining', 'trivial-slip']);
    expectCachedLikeFresh(paragraph, `Intro.\n\n${paragraph}`, ['whining', 'trivial-slip']);
  });

  it("the user's phrases are honoured when a kept sentence is linted with them", () => {
    const withPhrases = resolveConfig();
    for (const id of MINE) Object.assign(withPhrases.rules[id]!.options, { extraPhrases: ['rough ride'], allowPhrases: ['an idiot', 'fidgeting'] });
    const source = note('It was a rough ride.', 'My old manager was an idiot.', 'Sorry for fidgeting with my pen.', 'It was so unfair.');
    const cache = new NoteCache();
    const plain = lintSync(source, { cache });
    const cached = lintSync(source, { cache, resolved: withPhrases });
    const fresh = lintSync(source, { resolved: withPhrases });
    expect(key(cached)).toEqual(key(fresh));
    expect(key(fresh)).not.toEqual(key(plain));
    expect(key(lintSync(source, { cache }))).toEqual(key(plain));
  });
});
