// Entry point the extension host loads as `extensionTestsPath`: registers the tests, runs them, reports.
import { runAll } from './harness.js';
import './extension.test.js';

/** Called by VS Code's extension host; a rejection makes the test run exit with code 1. */
export function run(): Promise<void> {
  return runAll();
}
