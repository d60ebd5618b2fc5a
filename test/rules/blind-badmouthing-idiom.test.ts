// The idiom and sarcasm blind rounds for badmouthing as regression cases: each `flag` sentence
// is reported and each `pass` sentence is not; known misses stay visible as expected failures.
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../rules/engine.js';
import { resolveConfig } from '../../rules/config.js';
import { RULE_IDS } from '../../rules/registry.js';
import type { BlindSet } from './blind/workplace-life-slips.js';
import * as sets from './blind/badmouthing-idiom.js';

const wrap = (s: string): string =>
  `Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday about the role.\n\nI bring six years of operations experience. ${s}\n\nI look forward to hearing from you.\n\nBest regards,\nSam`;

function flags(sentence: string): boolean {
  const resolved = resolveConfig();
  for (const id of RULE_IDS) resolved.rules[id]!.severity = id === 'badmouthing' ? 'warn' : 'off';
  return lintSync(wrap(sentence), { resolved }).messages.some((m) => m.ruleId === 'badmouthing');
}

const ROUNDS: ReadonlyArray<[string, BlindSet]> = [['round 4 (idiom, sarcasm)', sets.BADMOUTHING_IDIOM_BLIND]];

/** Blind sentences the rule still misses; `it.fails` turns red once one is caught. */
const KNOWN_MISSES: ReadonlySet<string> = new Set([
  "My current gaffer is, let's say, a genius: he still prints his emails to read them.",
  "My last line manager wouldn't know a balance sheet from a bus timetable.",
  'The crowd I work for now are a bunch of cowboys.',
  'My supervisor can barely switch on a laptop.',
  'My current boss has no tact whatsoever.',
  'Our head of product turns every good idea into mush.',
  'My last manager lied through his teeth to the board.',
  'The finance chief at my old company fiddled the books for years.',
  'At my current employer, what management promises on Monday is forgotten by Friday.',
  'My previous company let its best engineers go and kept the ones who coasted.',
  'My manager is a real joy to work with, if you enjoy being shouted at.',
  'My old team lead was about as useful as a chocolate teapot.',
  'My supervisor here has the leadership skills of a houseplant.',
  'My before manager is not knowing anything about the software we are selling.',
  "Let's just say my last manager and the truth were not close friends.",
  'My current team lead is not exactly the sharpest tool in the shed.',
  'My previous employer routinely padded client invoices.',
  'My old manager took two weeks to answer a yes-or-no question.',
  'My current director thinks it is still 1995 and refuses every new tool.',
]);

for (const [name, set] of ROUNDS) {
  describe(`badmouthing blind ${name}`, () => {
    it.each(set.flag.filter((s) => !KNOWN_MISSES.has(s)))('flags: %s', (s) => expect(flags(s)).toBe(true));
    it.fails.each(set.flag.filter((s) => KNOWN_MISSES.has(s)))('still misses: %s', (s) => expect(flags(s)).toBe(true));
    it.each(set.pass)('passes: %s', (s) => expect(flags(s)).toBe(false));
  });
}
