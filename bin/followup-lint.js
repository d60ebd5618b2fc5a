#!/usr/bin/env node
// Command-line entry: runs the bundled CLI and exits with its code. CommonJS (bin/package.json),
// as an ES module entry starts Node's ES module loader first, ~10 ms of every run.
const { loadCli } = require('./cli-loader.js');

loadCli()
  .then(({ run }) => run(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
