// A small test runner for the extension host (no mocha needed): named async tests, run in order, results to a file.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';

/** One test's outcome, as written to the results file. */
export interface TestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

type TestFn = () => Promise<void>;
const tests: Array<{ name: string; fn: TestFn }> = [];

/** Registers a test; tests run in the order they are registered. */
export function test(name: string, fn: TestFn): void {
  tests.push({ name, fn });
}

/** Lines the runner (e2e/run.mjs) picks out of the workbench console. */
export function log(line: string): void {
  console.log(`[followup-lint-e2e] ${line}`);
}

/** Runs every registered test; writes the results where the runner asked and throws if any failed. */
export async function runAll(): Promise<void> {
  const results: TestResult[] = [];
  for (const { name, fn } of tests) {
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - started });
      log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({ name, ok: false, ms: Date.now() - started, error: message });
      log(`FAIL ${name}\n${message}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  }
  const target = process.env['FOLLOWUP_LINT_E2E_RESULTS'];
  if (target) writeFileSync(target, JSON.stringify({ tests: results }, null, 2));
  const failed = results.filter((r) => !r.ok).length;
  if (failed > 0) throw new Error(`${failed} of ${results.length} tests failed`);
}

/**
 * Waits until `probe` returns a value (not undefined/false), re-checking every 50 ms: the tests
 * wait on the editor's state, never for a fixed time. The message names what never happened.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeout = 20_000): Promise<T> {
  const until = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > until) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fails with `message` and the actual value unless `condition` holds. */
export function check(condition: boolean, message: string, actual?: unknown): asserts condition {
  if (!condition) throw new Error(actual === undefined ? message : `${message}\n  actual: ${JSON.stringify(actual, null, 2)}`);
}
