// Writes the server's messages to stdout through one reused buffer. The library encodes each
// message into a fresh Buffer; for a 1 MB document's diagnostics (about a megabyte of JSON)
// getting that much fresh memory from the system cost 4-10 ms an edit, where writing the same
// bytes into memory already in use takes about half a millisecond.
//
// A long list of diagnostics is also never made into one string. V8 builds a large JSON text
// as a chain of parts, and the first read of it copies the chain into one fresh string: for
// that 1 MB document's diagnostics, two megabytes (curly quotes make it two bytes a character)
// and 6-9 ms of page faults an edit. Each diagnostic is written as its own small text instead,
// and one the lint worker already wrote as JSON (encoded-diagnostics.ts) is copied as bytes.
//
// Reusing the buffer is safe because of how the two ends work. The writer encodes a message
// only under its write lock, and releases the lock when stdout calls back for that message; a
// pipe, socket, terminal or file calls back once the bytes have left the buffer (stdout is never
// a stream that holds on to a chunk after its callback, as a PassThrough would).
import { StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { EncodedDiagnostic } from './encoded-diagnostics.js';

/** Below this many characters, a fresh buffer comes from Node's pool and costs nothing worth saving. */
const SMALL = 64 * 1024;
/** Above this many bytes of room, a buffer is not kept: one huge message must not pin its size for the session. */
const LARGE = 16 * 1024 * 1024;

/** The most UTF-8 bytes one UTF-16 code unit can take (a pair of them takes four). */
const MAX_BYTES_PER_UNIT = 3;

/** From this many diagnostics on, a publishDiagnostics message is written diagnostic by diagnostic. */
const MANY_DIAGNOSTICS = 256;

/** The key the diagnostics sit under; a key can never be met inside a string, which escapes its quotes. */
const EMPTY_DIAGNOSTICS = '"diagnostics":[]';

const COMMA = 0x2c;

/** A publishDiagnostics notification's parameters, when it has diagnostics enough to be written one by one. */
function longDiagnostics(message: Message): { params: object; list: readonly unknown[] } | undefined {
  if (!('method' in message) || message.method !== 'textDocument/publishDiagnostics') return undefined;
  const params = (message as { params?: unknown }).params;
  if (typeof params !== 'object' || params === null) return undefined;
  const list = (params as { diagnostics?: unknown }).diagnostics;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  // Diagnostics the lint worker wrote are copied as they are, however few.
  return list.length >= MANY_DIAGNOSTICS || list[list.length - 1] instanceof EncodedDiagnostic ? { params, list } : undefined;
}

/** Encodes messages as UTF-8 JSON, the larger ones into a buffer that the next one reuses. */
export class ReusedBufferEncoder {
  readonly name = 'application/json';
  private buffer = Buffer.alloc(0);

  encode(message: Message): Promise<Uint8Array> {
    const long = longDiagnostics(message);
    return Promise.resolve(long ? this.encodeDiagnostics(message, long.params, long.list) : this.encodeWhole(message));
  }

  /** A buffer with `room` bytes: the kept one (grown if need be), or a fresh one past LARGE. */
  private room(room: number): Buffer {
    if (room > LARGE) return Buffer.allocUnsafe(room);
    if (this.buffer.length < room) this.buffer = Buffer.allocUnsafe(Math.min(LARGE, 2 ** Math.ceil(Math.log2(room))));
    return this.buffer;
  }

  private encodeWhole(message: Message): Uint8Array {
    const json = JSON.stringify(message);
    if (json.length < SMALL) return Buffer.from(json, 'utf8');
    // Room by code units, not by `Buffer.byteLength`, which would read the whole text once
    // more only to count: writing returns the count anyway, and the room holds the longest
    // encoding the text can have, so nothing is cut off.
    const buffer = this.room(json.length * MAX_BYTES_PER_UNIT);
    return buffer.subarray(0, buffer.write(json, 0, 'utf8'));
  }

  /** The same bytes as `encodeWhole`, written from the message's shell and each diagnostic's own text. */
  private encodeDiagnostics(message: Message, params: object, list: readonly unknown[]): Uint8Array {
    const shell = JSON.stringify({ ...message, params: { ...params, diagnostics: [] } });
    const close = shell.indexOf(EMPTY_DIAGNOSTICS) + EMPTY_DIAGNOSTICS.length - 1;
    // An array holds undefined (or a function) as null. A diagnostic the worker wrote is
    // already bytes.
    const parts = list.map((diagnostic) => (diagnostic instanceof EncodedDiagnostic ? diagnostic : (JSON.stringify(diagnostic) ?? 'null')));
    let room = (shell.length + parts.length) * MAX_BYTES_PER_UNIT;
    for (const part of parts) room += typeof part === 'string' ? part.length * MAX_BYTES_PER_UNIT : part.end - part.start;
    const buffer = this.room(room);
    let at = buffer.write(shell.slice(0, close), 0, 'utf8');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) buffer[at++] = COMMA;
      const part = parts[i]!;
      if (typeof part === 'string') at += buffer.write(part, at, 'utf8');
      else {
        buffer.set(part.bytes.subarray(part.start, part.end), at);
        at += part.end - part.start;
      }
    }
    at += buffer.write(shell.slice(close), at, 'utf8');
    return buffer.subarray(0, at);
  }
}

/** The message writer for stdio: `output` must be the process's stdout (see above). */
export function stdoutMessageWriter(output: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(output, { charset: 'utf-8', contentTypeEncoder: new ReusedBufferEncoder() });
}
