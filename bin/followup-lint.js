#!/usr/bin/env node
// Command-line entry: runs the bundled CLI and exits with its code.
import { loadCli } from './cli-loader.js';

const { run } = await loadCli();
process.exitCode = await run(process.argv.slice(2));
