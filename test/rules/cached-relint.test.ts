// desperation, hounding, oversharing, self-deprecation, over-apologizing, unfilled-placeholder and
// too-long keep what they read in each sentence while its tokens live; these edits change what a
// kept sentence's finding depends on elsewhere in the note, and a cached re-lint must match a fresh one.
import { describe, expect, it } from 'vitest';
import { lintSync, NoteCache, type LintResult } from '../../rules/index.js';

const IDS = ['desperation', 'hounding', 'oversharing', 'self-deprecation', 'over-apologizing', 'unfilled-placeholder', 'too-long'];

function key(result: LintResult, ids: readonly string[]): unknown {
  return result.messages.filter((m) => ids.includes(m.ruleId)).map((m) => [m.ruleId, m.startOffset, m.endOffset, m.reason, m.fixes]);
}

/**
 * Lint `before` with a cache, then `after` with the same cache and afresh: they must agree on
 * every rule here, and `id`'s findings must differ between `before` and `after` (so the case
 * tests what it claims).
 */
function expectCachedLikeFresh(before: string, after: string, id: string): void {
  const cache = new NoteCache();
  const first = lintSync(before, { cache });
  expect(key(first, IDS)).toEqual(key(lintSync(before), IDS));
  const cached = lintSync(after, { cache });
  const fresh = lintSync(after);
  expect(key(cached, IDS)).toEqual(key(fresh, IDS));
  const shape = (r: LintResult): unknown => r.messages.filter((m) => m.ruleId === id).map((m) => [m.reason, m.fixes.map((f) => [f.label, f.safe])]);
  expect(shape(fresh)).not.toEqual(shape(first));
}

/** A note of paragraphs, each its own section for the cache once the note is long enough. */
const note = (...paragraphs: string[]): string => `Hi Dana,\n\n${paragraphs.join('\n\n')}\n\nBest,\nLee\n`;
const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `Paragraph ${i} covers the roadmap review and the data model we sketched on the whiteboard together.`);

describe('a cached re-lint matches a fresh one', () => {
  it('desperation: the rewrite appears elsewhere in the note', () => {
    const before = note('I really need this job.', ...filler(30));
    const after = note('I really need this job.', ...filler(30), "I'm very   interested in this role.");
    expectCachedLikeFresh(before, after, 'desperation');
  });

  it('desperation: the rewrite spans two sentences of a paragraph elsewhere', () => {
    const before = note('I really need this job.', ...filler(30), "I'm very. Interested in this role.");
    const after = note('I really need this job.', ...filler(30), "I'm very interested in this role.");
    expectCachedLikeFresh(before, after, 'desperation');
  });

  it('oversharing: the vague line appears in a code block', () => {
    const before = note('My divorce was finalised the day before the interview.', ...filler(30));
    const after = note('My divorce was finalised the day before the interview.', ...filler(30), "```\nI wasn't at my best that day\n```");
    expectCachedLikeFresh(before, after, 'oversharing');
  });

  it('hounding: a polite closing line appears in another paragraph', () => {
    const before = note('Please get back to me by Friday.', ...filler(30));
    const after = note('Please get back to me by Friday.', ...filler(30), 'I look forward to hearing from you.');
    expectCachedLikeFresh(before, after, 'hounding');
  });

  it('self-deprecation: a weak signal gets company', () => {
    const before = note("I'm not the strongest candidate on paper.", ...filler(30));
    const after = note("I'm not the strongest candidate on paper.", ...filler(30), 'I was an idiot in the second interview.');
    expect(key(lintSync(after), ['self-deprecation'])).not.toEqual([]);
    const cache = new NoteCache();
    lintSync(before, { cache });
    expect(key(lintSync(after, { cache }), IDS)).toEqual(key(lintSync(after), IDS));
  });

  it('over-apologizing: an earlier apology makes a kept one the second', () => {
    const before = note(...filler(15), 'Sorry again for the late start.', ...filler(15));
    const after = note('I apologise for the noise on the call.', ...filler(15), 'Sorry again for the late start.', ...filler(15));
    expectCachedLikeFresh(before, after, 'over-apologizing');
  });

  it('unfilled-placeholder: a reference definition turns a kept slot into a link', () => {
    const before = note('Here is [portfolio link].', ...filler(30));
    const after = note('Here is [portfolio link].', ...filler(30), '[portfolio link]: https://example.com/p');
    expectCachedLikeFresh(before, after, 'unfilled-placeholder');
  });

  it('too-long: another paragraph becomes the longest', () => {
    const before = note(...filler(30));
    const after = note(...filler(30), `${filler(3).join(' ')}`);
    expectCachedLikeFresh(before, after, 'too-long');
  });
});
