// Scores the blind rounds of test/rules/blind against the rules (dev aid: npx vite-node scripts/blind-score.mjs; V=1 lists misses).
import { lintSync, resolveConfig, RULE_IDS } from '../rules/index.ts';
import * as sets from '../test/rules/blind/sets.ts';
import { WRAP } from '../test/rules/blind/wrap.ts';

function flagged(rule, code) {
  const resolved = resolveConfig();
  for (const id of RULE_IDS) resolved.rules[id].severity = id === rule ? 'warn' : 'off';
  return lintSync(code, { resolved }).messages.some((m) => m.ruleId === rule);
}

const rounds = {
  'round one': {
    desperation: sets.DESPERATION_BLIND, hounding: sets.HOUNDING_BLIND, 'self-deprecation': sets.SELF_DEPRECATION_BLIND,
    'negative-ending': sets.NEGATIVE_ENDING_BLIND, 'missing-strengths': sets.MISSING_STRENGTHS_BLIND,
  },
  'round two': sets.ROUND_TWO,
  'round three': sets.ROUND_THREE,
  'round four': sets.ROUND_FOUR,
};
for (const [round, bySet] of Object.entries(rounds)) {
  console.log(`--- ${round}`);
  for (const [rule, set] of Object.entries(bySet)) {
    const tp = set.flag.filter((s) => flagged(rule, WRAP[rule](s)));
    const fp = set.pass.filter((s) => flagged(rule, WRAP[rule](s)));
    const p = tp.length + fp.length ? tp.length / (tp.length + fp.length) : 1;
    console.log(`${rule.padEnd(18)} recall ${(tp.length / set.flag.length).toFixed(2)} (${tp.length}/${set.flag.length})  precision ${p.toFixed(2)}  FP ${fp.length}/${set.pass.length}`);
    if (process.env.V) {
      for (const s of set.flag) if (!tp.includes(s)) console.log('   miss:', s);
      for (const s of fp) console.log('   FP:  ', s);
    }
  }
}
