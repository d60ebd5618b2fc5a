// Scores test/rules/tone-blind against the library (dev aid: npx vite-node scripts/tone-blind-score.mjs; ROUND=2 or 3 for later rounds; V=1 lists misses).
import { lintSync, resolveConfig, RULE_IDS } from '../rules/index.ts';
import * as sets from '../test/rules/tone-blind/sets.ts';

const OPEN = 'Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday about the analyst role. I enjoyed hearing about the team.';
const CLOSE = 'I bring six years of payroll experience, and I look forward to hearing from you.';
const SIGN = '\n\nBest regards,\nSam';

function flagged(rule, sentence) {
  const resolved = resolveConfig();
  for (const id of RULE_IDS) resolved.rules[id].severity = id === rule ? 'warn' : 'off';
  const code = `${OPEN}\n\n${sentence}\n\n${CLOSE}${SIGN}`;
  return lintSync(code, { resolved }).messages.some((m) => m.ruleId === rule);
}

const round = process.env.ROUND && process.env.ROUND !== '1' ? `_${process.env.ROUND}` : '';
const bySet = { 'blaming-others': sets[`BLAMING_BLIND${round}`], whining: sets[`WHINING_BLIND${round}`], begging: sets[`BEGGING_BLIND${round}`] };
for (const [rule, set] of Object.entries(bySet)) {
  const tp = set.flag.filter((s) => flagged(rule, s));
  const fp = set.pass.filter((s) => flagged(rule, s));
  const p = tp.length + fp.length ? tp.length / (tp.length + fp.length) : 1;
  console.log(`${rule.padEnd(16)} recall ${(tp.length / set.flag.length).toFixed(2)} (${tp.length}/${set.flag.length})  precision ${p.toFixed(2)}  FP ${fp.length}/${set.pass.length}`);
  if (process.env.V) {
    for (const s of set.flag) if (!tp.includes(s)) console.log('   miss:', s);
    for (const s of fp) console.log('   FP:  ', s);
  }
}
