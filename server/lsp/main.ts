// Entry of the bundled language server (dist/server.cjs). The same file runs as the server
// (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`) and as its lint worker threads.
import { isMainThread, parentPort } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';
import { InlineRunner, serveJobs, WorkerRunner, type JobRunner } from './lint-pool.js';

const USAGE = `Usage: followup-lint-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The followup-lint language server. Editors start it and speak the Language Server
Protocol over the chosen transport; see docs/server.md for editor set-up.
`;

function transportGiven(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe=') || a.startsWith('--clientProcessId'));
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (!transportGiven(argv)) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  const connection = createConnection(ProposedFeatures.all);
  let runner: JobRunner;
  try {
    runner = new WorkerRunner(__filename);
  } catch {
    runner = new InlineRunner();
  }
  // Nothing thrown outside a handler may take the server down: log it and carry on.
  process.on('uncaughtException', (error) => connection.console.error(`followup-lint: unexpected error: ${error.stack ?? String(error)}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`followup-lint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
  startServer(connection, runner);
  connection.listen();
}

if (isMainThread) main();
else if (parentPort) serveJobs(parentPort);
