// Runs the engine's property tests for longer, from a random seed it prints so a failure
// can be replayed: FUZZ_RUNS (runs per property, default 200) and FUZZ_SEED override.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = process.env.FUZZ_RUNS ?? '200';
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 0x7fffffff));
console.log(`fuzz: ${runs} runs per property from seed ${seed}`);
console.log(`replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', 'test/property', '--testTimeout=0', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
if (result.status !== 0) console.log(`fuzz failed; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
process.exit(result.status ?? 1);
