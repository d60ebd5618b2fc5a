// Inline comments turn rules off and on from where they stand (docs/configuration.md), whether
// they name rules or not. A comment that names none means every rule, and must not reach back
// to the findings above it.
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../rules/index.js';

const BLAME = 'I am so sorry I was late, the traffic was terrible.';

/** A note with `parts` as its body paragraphs (comments among them). */
const note = (...parts: string[]): string => `Hi Sam,\n\n${parts.join('\n\n')}\n\nThank you for your time.\n\nBest,\nJo\n`;

/** Lines of the blaming-others findings. */
const blameLines = (source: string): number[] =>
  lintSync(source)
    .messages.filter((m) => m.ruleId === 'blaming-others')
    .map((m) => m.line);

describe('comment markers', () => {
  it('a disable naming no rule turns every rule off from the comment on, not before it', () => {
    expect(blameLines(note(BLAME, '<!-- followup-lint disable -->', BLAME))).toEqual([3]);
  });

  it('an enable naming a rule brings it back after a disable naming none', () => {
    expect(blameLines(note(BLAME, '<!-- followup-lint disable -->', BLAME, '<!-- followup-lint enable blaming-others -->', BLAME))).toEqual([3, 11]);
  });

  it('an enable naming no rule ends a disable, named or not', () => {
    expect(blameLines(note(BLAME, '<!-- followup-lint disable -->', BLAME, '<!-- followup-lint enable -->', BLAME))).toEqual([3, 11]);
    expect(blameLines(note(BLAME, '<!-- followup-lint disable blaming-others -->', BLAME, '<!-- followup-lint enable -->', BLAME))).toEqual([3, 11]);
  });

  it('an enable naming another rule leaves a disable naming none in force for the rest', () => {
    expect(blameLines(note(BLAME, '<!-- followup-lint disable -->', BLAME, '<!-- followup-lint enable whining -->', BLAME))).toEqual([3]);
  });

  it('an ignore naming no rule silences the next block only', () => {
    expect(blameLines(note(BLAME, `<!-- followup-lint ignore -->\n${BLAME}`, BLAME))).toEqual([3, 8]);
  });

  it('a finding about the whole note placed above a disable naming none stays', () => {
    const source = `Hello,\n\n${BLAME}\n\n<!-- followup-lint disable -->\n\n${BLAME}\n\nBest,\nJo\n`;
    const ids = lintSync(source).messages.map((m) => `${m.ruleId}@${m.line}`);
    expect(ids).toContain('missing-thanks@1');
    expect(ids).toContain('blaming-others@3');
    expect(ids.filter((id) => id.endsWith('@7'))).toEqual([]);
  });
});
