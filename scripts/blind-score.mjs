// Scores the blind sets of test/rules/blind against the built library (dev aid: npx vite-node scripts/blind-score.mjs; V=1 lists misses).
import { lintSync, resolveConfig, RULE_IDS } from '../rules/index.ts';
import * as sets from '../test/rules/blind/sets.ts';
const OPEN = 'Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday about the analyst role. I enjoyed hearing about the team.';
const CLOSE = 'I look forward to hearing from you.';
const SIGN = '\n\nBest regards,\nSam';
const STRONG = 'I bring six years of payroll experience.';
function lintOnly(rule, code) {
  const resolved = resolveConfig();
  for (const id of RULE_IDS) resolved.rules[id].severity = id === rule ? 'warn' : 'off';
  return lintSync(code, { resolved }).messages.filter((m) => m.ruleId === rule).length > 0;
}
const wrap = {
  desperation: (s) => `${OPEN}\n\n${STRONG} ${s}\n\n${CLOSE}${SIGN}`,
  hounding: (s) => `${OPEN}\n\n${STRONG} ${s}\n\n${CLOSE}${SIGN}`,
  'self-deprecation': (s) => `${OPEN}\n\n${STRONG} ${s}\n\n${CLOSE}${SIGN}`,
  'negative-ending': (s) => `${OPEN}\n\n${STRONG}\n\n${s}${SIGN}`,
  'missing-strengths': (s) => `${OPEN}\n\n${s}\n\n${CLOSE}${SIGN}`,
};
const bySet = {
  desperation: sets.DESPERATION_BLIND, hounding: sets.HOUNDING_BLIND, 'self-deprecation': sets.SELF_DEPRECATION_BLIND,
  'negative-ending': sets.NEGATIVE_ENDING_BLIND, 'missing-strengths': sets.MISSING_STRENGTHS_BLIND,
};
for (const [rule, set] of Object.entries(bySet)) {
  const tp = set.flag.filter((s) => lintOnly(rule, wrap[rule](s)));
  const fp = set.pass.filter((s) => lintOnly(rule, wrap[rule](s)));
  const p = tp.length + fp.length ? tp.length / (tp.length + fp.length) : 1;
  console.log(`${rule.padEnd(18)} recall ${(tp.length / set.flag.length).toFixed(2)} (${tp.length}/${set.flag.length})  precision ${p.toFixed(2)}  FP ${fp.length}/${set.pass.length}`);
  if (process.env.V) {
    for (const s of set.flag) if (!tp.includes(s)) console.log('   miss:', s);
    for (const s of fp) console.log('   FP:  ', s);
  }
}
if (process.env.ROUND2) {
  console.log('--- round two');
  for (const [rule, set] of Object.entries(sets.ROUND_TWO)) {
    const tp = set.flag.filter((s) => lintOnly(rule, wrap[rule](s)));
    const fp = set.pass.filter((s) => lintOnly(rule, wrap[rule](s)));
    const p = tp.length + fp.length ? tp.length / (tp.length + fp.length) : 1;
    console.log(`${rule.padEnd(18)} recall ${(tp.length / set.flag.length).toFixed(2)} (${tp.length}/${set.flag.length})  precision ${p.toFixed(2)}  FP ${fp.length}/${set.pass.length}`);
    if (process.env.V) {
      for (const s of set.flag) if (!tp.includes(s)) console.log('   miss:', s);
      for (const s of fp) console.log('   FP:  ', s);
    }
  }
}
if (process.env.ROUND3) {
  console.log('--- round three');
  for (const [rule, set] of Object.entries(sets.ROUND_THREE)) {
    const tp = set.flag.filter((s) => lintOnly(rule, wrap[rule](s)));
    const fp = set.pass.filter((s) => lintOnly(rule, wrap[rule](s)));
    console.log(`${rule.padEnd(18)} recall ${(tp.length / set.flag.length).toFixed(2)} (${tp.length}/${set.flag.length})  FP ${fp.length}/${set.pass.length}`);
    if (process.env.V) {
      for (const s of set.flag) if (!tp.includes(s)) console.log('   miss:', s);
      for (const s of fp) console.log('   FP:  ', s);
    }
  }
}
