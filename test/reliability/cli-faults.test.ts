// Fault tests for the real CLI binary: unreadable, odd and huge files, a read-only or full
// disk under --fix, a file changed underneath, concurrent --fix runs and user errors.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXABLE_NOTE, fixedVersion, runScenario, SCENARIOS } from './faults.js';

beforeAll(() => {
  // The binary runs the bundle: build the current sources (types are not needed).
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

describe('the CLI under faults', () => {
  it('control: --fix through the built binary writes the fixed note (regression: the bundle lacked __filename)', async () => {
    // fixedVersion throws unless a plain --fix run succeeds and changes the note.
    const fixed = (await fixedVersion(FIXABLE_NOTE)).toString();
    expect(fixed).not.toBe(FIXABLE_NOTE);
    expect(fixed.startsWith('Dear Sam,\n\n')).toBe(true);
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.category}: ${scenario.title}`, async (context) => {
      const reason = scenario.unavailable();
      if (reason) context.skip(reason);
      const verdict = await runScenario(scenario);
      expect(verdict.problems).toEqual([]);
      expect(verdict.crashes).toBe(0);
      expect(verdict.bytesLost).toBe(0);
    }, 180_000);
  }
});
