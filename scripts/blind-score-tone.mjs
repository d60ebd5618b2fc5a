// Scores the badmouthing, trivial-slip and oversharing blind sets against the built library (dev aid, after npm run build:
// node scripts/blind-score-tone.mjs; V=1 lists misses, ROUND=2 or 3 scores a later round).
import { lintSync, resolveConfig, RULE_IDS } from '../dist/index.js';
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
const entry = fileURLToPath(new URL('../test/rules/blind/workplace-life-slips.ts', import.meta.url));
const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, platform: 'node' });
const sets = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const wrap = (s) => `Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday about the role.\n\nI bring six years of operations experience. ${s}\n\nI look forward to hearing from you.\n\nBest regards,\nSam`;
function flags(rule, code) {
  const resolved = resolveConfig();
  for (const id of RULE_IDS) resolved.rules[id].severity = id === rule ? 'warn' : 'off';
  return lintSync(code, { resolved }).messages.some((m) => m.ruleId === rule);
}
const round = process.env.ROUND && process.env.ROUND !== '1' ? `_${process.env.ROUND}` : '';
const bySet = { badmouthing: sets[`BADMOUTHING_BLIND${round}`], 'trivial-slip': sets[`TRIVIAL_SLIP_BLIND${round}`], oversharing: sets[`OVERSHARING_BLIND${round}`] };
for (const [rule, set] of Object.entries(bySet)) {
  const tp = set.flag.filter((s) => flags(rule, wrap(s)));
  const fp = set.pass.filter((s) => flags(rule, wrap(s)));
  const p = tp.length + fp.length ? tp.length / (tp.length + fp.length) : 1;
  console.log(`${rule.padEnd(14)} recall ${(tp.length / set.flag.length).toFixed(2)} (${tp.length}/${set.flag.length})  precision ${p.toFixed(2)}  FP ${fp.length}/${set.pass.length}`);
  if (process.env.V) {
    for (const s of set.flag) if (!tp.includes(s)) console.log('   miss:', s);
    for (const s of fp) console.log('   FP:  ', s);
  }
}
