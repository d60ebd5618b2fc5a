// The blind rounds for badmouthing (idiom rounds included), trivial-slip and oversharing as regression cases: each
// `flag` sentence is reported by its rule and each `pass` sentence is not.
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../rules/engine.js';
import { resolveConfig } from '../../rules/config.js';
import { RULE_IDS } from '../../rules/registry.js';
import * as sets from './blind/workplace-life-slips.js';
import * as idiom from './blind/badmouthing-idiom.js';

const wrap = (s: string): string =>
  `Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday about the role.\n\nI bring six years of operations experience. ${s}\n\nI look forward to hearing from you.\n\nBest regards,\nSam`;

function flags(rule: string, sentence: string): boolean {
  const resolved = resolveConfig();
  for (const id of RULE_IDS) resolved.rules[id]!.severity = id === rule ? 'warn' : 'off';
  return lintSync(wrap(sentence), { resolved }).messages.some((m) => m.ruleId === rule);
}

const ROUNDS: ReadonlyArray<[string, sets.BlindSet]> = [
  ['badmouthing', sets.BADMOUTHING_BLIND],
  ['badmouthing', sets.BADMOUTHING_BLIND_2],
  ['badmouthing', sets.BADMOUTHING_BLIND_3],
  ['badmouthing', idiom.BADMOUTHING_IDIOM_BLIND],
  ['badmouthing', idiom.BADMOUTHING_IDIOM_BLIND_2],
  ['trivial-slip', sets.TRIVIAL_SLIP_BLIND],
  ['trivial-slip', sets.TRIVIAL_SLIP_BLIND_2],
  ['trivial-slip', sets.TRIVIAL_SLIP_BLIND_3],
  ['oversharing', sets.OVERSHARING_BLIND],
  ['oversharing', sets.OVERSHARING_BLIND_2],
  ['oversharing', sets.OVERSHARING_BLIND_3],
];

/**
 * Blind sentences the rules still miss, kept visible: `it.fails` turns red once a rule
 * catches one, so it moves to the passing list instead of being forgotten.
 */
const KNOWN_MISSES: ReadonlySet<string> = new Set([
  "My current employer's idea of training is a link to a PDF.",
  'I think I called the product "Flowline" instead of "Flowlane" once.',
  'I kept saying "so" at the start of every answer, I noticed later.',
]);

for (const [rule, set] of ROUNDS) {
  describe(`${rule} blind sentences`, () => {
    it.each(set.flag.filter((s) => !KNOWN_MISSES.has(s)))('flags: %s', (s) => expect(flags(rule, s)).toBe(true));
    it.fails.each(set.flag.filter((s) => KNOWN_MISSES.has(s)))('still misses: %s', (s) => expect(flags(rule, s)).toBe(true));
    it.each(set.pass)('passes: %s', (s) => expect(flags(rule, s)).toBe(false));
  });
}
