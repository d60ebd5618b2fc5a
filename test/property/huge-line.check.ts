// Lints one line of a sentence repeated to a size, both given by the extremes test that runs
// this as a child process: the lint takes tens of seconds, which would starve the test
// worker's own messaging. Usage: huge-line.check.ts <sentence> <characters>
import { lintSync } from '../../rules/index.js';
import { resultProblems } from './problems.js';

const sentence = `${process.argv[2] ?? ''} `;
const source = sentence.repeat(Math.ceil(Number(process.argv[3]) / sentence.length));
const started = performance.now();
const result = lintSync(source);
const problems = resultProblems(source, result);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peak = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`${(source.length / 1e6).toFixed(1)} M characters on one line: ${result.messages.length} findings, ${problems.length} problems, ${seconds} s, peak ${peak} MB`);
process.exitCode = problems.length === 0 ? 0 : 1;
