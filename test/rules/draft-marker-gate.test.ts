// unfilled-placeholder skips a sentence in which MAY_HOLD_MARKER finds nothing: that must never
// hide a draft marker, whatever the text.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRAFT_MARKERS, MAY_HOLD_MARKER } from '../../rules/data/unfilled-placeholder.js';

/** The markers that match somewhere in `text` while the gate says none can. */
function missed(text: string): string[] {
  if (MAY_HOLD_MARKER.test(text)) return [];
  return DRAFT_MARKERS.filter((m) => new RegExp(m.regex.source, m.regex.flags.replace('g', '')).test(text)).map((m) => m.name);
}

const lines = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|ts)$/.test(f))
    .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n'));

describe('MAY_HOLD_MARKER', () => {
  it('passes every line of the corpus and the tests that holds a marker', () => {
    const all = [...lines('test/corpus'), ...lines('test/rules'), ...lines('docs/rules')];
    expect(all.filter((line) => missed(line).length > 0)).toEqual([]);
  });

  it('passes every text built from markers and their near misses', () => {
    const pieces = ['TODO', 'todo', 'FIXME', 'TKTK', 'TBD', 'TBA', 'tbd', 'XX', 'xx', 'Xx', 'XXX', '___', '__', 'lorem', 'Lorem', 'LoREM', 'ipsum', 'IPSUM', 'INSERT', 'COMPANY', 'NAME', 'INTO', '(', ')', '[', ']', 'insert', 'your', 'name', 'link', ' ', '\n', 'a', '-', '_', '!', '’', 'Ｘ', 'ſ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        expect(missed(parts.join(''))).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it('is needed: markers match texts it lets through only when it says they may', () => {
    expect(MAY_HOLD_MARKER.test('Thank you for your time on Tuesday.')).toBe(false);
    expect(missed('TODO: add the portfolio link')).toEqual([]);
    expect(MAY_HOLD_MARKER.test('TODO: add the portfolio link')).toBe(true);
  });
});
