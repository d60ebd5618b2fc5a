// Lints a 10 MB single line and checks the result, as a child process of the extremes test:
// the lint takes tens of seconds, which would starve the test worker's own messaging.
import { lintSync } from '../../rules/index.js';
import { resultProblems } from './problems.js';

const sentence = 'I am so sorry for the long wait, and thank you for your patience. ';
const source = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
const started = performance.now();
const result = lintSync(source);
const problems = resultProblems(source, result);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peak = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`${(source.length / 1e6).toFixed(1)} M characters on one line: ${result.messages.length} findings, ${problems.length} problems, ${seconds} s, peak ${peak} MB`);
process.exitCode = problems.length === 0 ? 0 : 1;
