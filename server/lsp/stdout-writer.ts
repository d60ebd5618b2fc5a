// Writes the server's messages to stdout through one reused buffer. The library encodes each
// message into a fresh Buffer; for a 1 MB document's diagnostics (about a megabyte of JSON)
// getting that much fresh memory from the system cost 4-10 ms an edit, where writing the same
// bytes into memory already in use takes about half a millisecond.
//
// Reusing the buffer is safe because of how the two ends work. The writer encodes a message
// only under its write lock, and releases the lock when stdout calls back for that message; a
// pipe, socket, terminal or file calls back once the bytes have left the buffer (stdout is never
// a stream that holds on to a chunk after its callback, as a PassThrough would).
import { StreamMessageWriter, type Message } from 'vscode-languageserver/node';

/** Below this, a fresh buffer comes from Node's pool and costs nothing worth saving. */
const SMALL = 64 * 1024;
/** Above this, a buffer is not kept: one huge message must not pin its size for the session. */
const LARGE = 16 * 1024 * 1024;

/** Encodes messages as UTF-8 JSON, the larger ones into a buffer that the next one reuses. */
export class ReusedBufferEncoder {
  readonly name = 'application/json';
  private buffer = Buffer.alloc(0);

  encode(message: Message): Promise<Uint8Array> {
    const json = JSON.stringify(message);
    const size = Buffer.byteLength(json, 'utf8');
    if (size < SMALL || size > LARGE) return Promise.resolve(Buffer.from(json, 'utf8'));
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(Math.min(LARGE, 2 ** Math.ceil(Math.log2(size))));
    this.buffer.write(json, 0, size, 'utf8');
    return Promise.resolve(this.buffer.subarray(0, size));
  }
}

/** The message writer for stdio: `output` must be the process's stdout (see above). */
export function stdoutMessageWriter(output: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(output, { charset: 'utf-8', contentTypeEncoder: new ReusedBufferEncoder() });
}
