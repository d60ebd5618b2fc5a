// A stand-in server for bench/server.mjs: it holds one LSP message (the file named on its
// command line, JSON) and writes it to stdout, framed, each time a `replay` notification comes
// in. Timing that from the client measures what carrying those diagnostics costs by itself:
// the pipe, the client's reading and its JSON parse, with no lint and no encoding before it.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const body = readFileSync(process.argv[2]);
const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
const connection = createMessageConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
connection.onNotification('replay', () => {
  process.stdout.write(frame);
});
connection.onNotification('exit', () => process.exit(0));
connection.listen();
