// Re-frames the bytes an editor sends over stdio before vscode-jsonrpc reads them. Its reader
// stalls on a header it cannot parse and, after stray bytes between frames, reads every later
// body as the next header, so one glitch would deafen the server for the rest of the session.
import { Transform, type TransformCallback } from 'node:stream';

/** A complete header block that starts with Content-Length (other header lines may follow). */
const HEADER = /^Content-Length:[ \t]*(\d{1,10})[ \t]*\r\n(?:[A-Za-z0-9-]+:[^\r\n]*\r\n)*\r\n/i;
/** The longest header block looked for; anything longer is not a header. */
const MAX_HEADER = 1024;
const NAME = 'content-length:';
/** Header lines (the last perhaps unfinished) that may come before Content-Length. */
const LEADING_HEADERS = /^(?:[A-Za-z0-9-]+:[^\r\n]*\r\n)*[A-Za-z0-9-]*(?::[^\r\n]*\r?)?$/;

type Found = { kind: 'header'; at: number; length: number; bodyLength: number } | { kind: 'partial'; at: number } | { kind: 'none' };

/**
 * A stream that passes well-formed `Content-Length` frames through unchanged and drops
 * whatever lies between them: bytes before a header, a header with no usable length, and a
 * body cut short by the next header (a raw header cannot occur inside a JSON body, whose
 * strings escape line breaks). `onSkip` hears how many bytes were dropped each time.
 */
export class FrameSanitizer extends Transform {
  private store = Buffer.alloc(0);
  private first = 0;
  private stop = 0;
  /** The body length of the frame being read, or -1 while looking for a header. */
  private need = -1;
  /** Where the search for a header inside an incomplete body resumes. */
  private scanFrom = 0;

  constructor(private readonly onSkip: (bytes: number) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.append(chunk);
    this.drain();
    done();
  }

  private append(chunk: Buffer): void {
    const live = this.stop - this.first;
    if (this.stop + chunk.length > this.store.length) {
      // Grow by doubling so a large body arriving in many chunks is copied a bounded number of times.
      const next = Buffer.allocUnsafe(Math.max(live + chunk.length, this.store.length * 2, 4096));
      this.store.copy(next, 0, this.first, this.stop);
      this.store = next;
      this.scanFrom -= this.first;
      this.first = 0;
      this.stop = live;
    }
    chunk.copy(this.store, this.stop);
    this.stop += chunk.length;
  }

  private skip(bytes: number, garbage: boolean): void {
    if (bytes <= 0) return;
    this.first += bytes;
    if (garbage) this.onSkip(bytes);
    if (this.first === this.stop) {
      // Let a buffer that held one huge document go once it is drained.
      if (this.store.length > 1 << 20) this.store = Buffer.alloc(0);
      this.first = this.stop = 0;
    }
    this.scanFrom = Math.max(this.scanFrom, this.first);
  }

  /** The first header at or after `from` (absolute offset into the store). */
  private findHeader(from: number): Found {
    let at = from;
    // Only the bytes received: the store's spare room past them may be a megabyte of old ones.
    const received = this.store.subarray(0, this.stop);
    for (;;) {
      const upper = received.indexOf('Content-Length:', at, 'latin1');
      const lower = received.indexOf(NAME, at, 'latin1');
      const hits = [upper, lower].filter((i) => i >= 0);
      if (hits.length === 0) return { kind: 'none' };
      at = Math.min(...hits);
      const windowEnd = Math.min(this.stop, at + MAX_HEADER);
      const match = HEADER.exec(this.store.toString('latin1', at, windowEnd));
      if (match) return { kind: 'header', at, length: match[0].length, bodyLength: Number(match[1]) };
      // Not complete yet, and it still could be: wait for more bytes.
      if (windowEnd === this.stop && windowEnd - at < MAX_HEADER && !/\r\n\r\n/.test(this.store.toString('latin1', at, windowEnd))) return { kind: 'partial', at };
      at += 1;
    }
  }

  private drain(): void {
    for (;;) {
      if (this.need < 0) {
        const found = this.findHeader(this.first);
        if (found.kind === 'none') {
          // Header lines still coming are kept whole; otherwise only a tail that may begin a
          // header name is kept, and the rest is noise.
          const live = this.stop - this.first;
          if (live < MAX_HEADER && LEADING_HEADERS.test(this.store.toString('latin1', this.first, this.stop))) return;
          this.skip(live - (NAME.length - 1), true);
          return;
        }
        // Header lines before Content-Length (Content-Type) are part of the frame, not noise.
        const before = this.store.toString('latin1', this.first, found.at);
        this.skip(found.at - this.first, !/^(?:[A-Za-z0-9-]+:[^\r\n]*\r\n)*$/.test(before));
        if (found.kind === 'partial') return;
        this.skip(found.length, false);
        this.need = found.bodyLength;
        this.scanFrom = this.first;
      }
      const bodyEnd = this.first + this.need;
      // A header inside the body means the length lied and a new frame began: resume there.
      const limit = Math.min(bodyEnd, this.stop);
      const inside = this.findHeader(Math.max(this.scanFrom, this.first));
      if (inside.kind === 'header' && inside.at < limit) {
        this.need = -1;
        this.skip(inside.at - this.first, true);
        continue;
      }
      if (this.stop < bodyEnd) {
        // What may be the start of a header is looked at again when more bytes come.
        this.scanFrom = inside.kind === 'partial' ? inside.at : Math.max(this.first, this.stop - (NAME.length - 1));
        return;
      }
      // The body is copied out: the store's bytes are reused for what comes next.
      this.push(Buffer.from(`Content-Length: ${this.need}\r\n\r\n`, 'latin1'));
      this.push(Buffer.from(this.store.subarray(this.first, bodyEnd)));
      this.skip(this.need, false);
      this.need = -1;
    }
  }
}
