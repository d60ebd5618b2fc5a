#!/usr/bin/env node
// Command-line entry: runs the bundled CLI and exits with its code.
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2));
