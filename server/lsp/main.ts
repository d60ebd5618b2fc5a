// Entry of the bundled language server (dist/server.cjs). The same file runs as the server
// (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`) and as its lint worker threads.
import { format } from 'node:util';
import { isMainThread, parentPort } from 'node:worker_threads';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FrameSanitizer } from './framing.js';
import { stdoutMessageWriter } from './stdout-writer.js';
import { startServer } from './server.js';
import { InlineRunner, serveJobs, WorkerRunner, type JobRunner } from './lint-pool.js';

const USAGE = `Usage: followup-lint-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The followup-lint language server. Editors start it and speak the Language Server
Protocol over the chosen transport; see docs/server.md for editor set-up.
`;

function transportGiven(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe=') || a.startsWith('--clientProcessId'));
}

/** Over stdio, anything printed must go to the editor's log, never into the protocol stream. */
function routeConsole(connection: Connection): void {
  const to = (write: (message: string) => void) => (...args: unknown[]) => write(format(...args));
  console.log = to((m) => connection.console.log(m));
  console.info = to((m) => connection.console.info(m));
  console.debug = to((m) => connection.console.log(m));
  console.warn = to((m) => connection.console.warn(m));
  console.error = to((m) => connection.console.error(m));
  console.trace = to((m) => connection.console.log(m));
}

/** A stdio connection that reads through the frame sanitizer, so bad input cannot stall it. */
function stdioConnection(): Connection {
  const input = process.stdin.pipe(
    new FrameSanitizer((bytes) => process.stderr.write(`followup-lint: skipped ${bytes} bytes of input that were not a JSON-RPC frame\n`)),
  );
  // The input stays a stream, so the library still ends the server when stdin closes; the
  // output is a message writer of our own. The library takes either at run time (it tests for
  // a stream's methods), but its typings pair a stream only with a stream.
  const output = stdoutMessageWriter(process.stdout) as unknown as NodeJS.WritableStream;
  const connection = createConnection(ProposedFeatures.all, input, output);
  routeConsole(connection);
  return connection;
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
  const connection = argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  let runner: JobRunner;
  try {
    runner = new WorkerRunner(__filename);
  } catch {
    runner = new InlineRunner();
  }
  // Nothing thrown outside a handler may take the server down: log it and carry on.
  process.on('uncaughtException', (error) => connection.console.error(`followup-lint: unexpected error: ${error.stack ?? String(error)}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`followup-lint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
  startServer(connection, runner, { timings: process.env['FOLLOWUP_LINT_TIMINGS'] === '1' });
  connection.listen();
}

if (isMainThread) main();
else if (parentPort) serveJobs(parentPort);
