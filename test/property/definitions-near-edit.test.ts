// Property: looking for a definition only near an edit finds one exactly when the whole
// edited text holds one, given that the text before the edit held none.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editBetween, mayGainDefinitions, mayHoldDefinitions } from '../../rules/text/sections.js';
import { runs } from './arbitraries.js';

/** Text dense in what a definition is made of, with label-length runs to test the reach. */
const piece = fc.oneof(
  fc.constantFrom('[', ']', ':', '\\', '\\]', ']:', '[^1]', 'a', ' ', '\n', '\n\n', 'x]: y'),
  fc.integer({ min: 990, max: 1002 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 495, max: 501 }).map((n) => '\\]'.repeat(n)),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('definitions near an edit', () => {
  it('are found exactly when the edited text holds one', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (before, inserted, at, removed) => {
        fc.pre(!mayHoldDefinitions(before));
        const from = at % (before.length + 1);
        const to = Math.min(before.length, from + (removed % 2100));
        const after = `${before.slice(0, from)}${inserted}${before.slice(to)}`;
        expect(mayGainDefinitions(after, editBetween(before, after))).toBe(mayHoldDefinitions(after));
      }),
      runs(2000),
    );
  });

  it('reaches a label that ends far from the edit', () => {
    // The longest label there is: 999 escaped characters, the `[` 2,000 characters before the edit.
    const longest = '\\]'.repeat(999);
    const closed = `[${longest}] and more text\n`;
    const defined = closed.replace('] and', ']: and');
    expect(mayHoldDefinitions(defined)).toBe(true);
    expect(mayGainDefinitions(defined, editBetween(closed, defined))).toBe(true);
    const label = 'a'.repeat(999);
    const before = `[${label}] and more text\n`;
    const after = before.replace('] and', ']: and');
    expect(mayHoldDefinitions(before)).toBe(false);
    expect(mayGainDefinitions(after, editBetween(before, after))).toBe(true);
    const opened = `${label}]: y\n`;
    const withBracket = `[${opened}`;
    expect(mayHoldDefinitions(opened)).toBe(false);
    expect(mayGainDefinitions(withBracket, editBetween(opened, withBracket))).toBe(true);
  });
});
