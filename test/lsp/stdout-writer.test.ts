// The stdio writer encodes large messages into one reused buffer: every message must still
// arrive whole and unchanged, however many large ones follow each other.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { NotificationMessage } from 'vscode-languageserver/node';
import { ReusedBufferEncoder, stdoutMessageWriter } from '../../server/lsp/stdout-writer.js';

const dir = mkdtempSync(path.join(tmpdir(), 'followup-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A notification of about `kb` kilobytes whose text differs with `tag` (curly quotes make it two-byte). */
function big(tag: string, kb: number): NotificationMessage {
  const line = `Apologises again (“${tag}”), keep one short apology — ${tag}.`;
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { tag, messages: Array.from({ length: Math.ceil((kb * 1024) / line.length) }, () => line) } };
}

/** The bodies of the Content-Length frames in `bytes`. */
function frames(bytes: Buffer): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at, 'latin1');
    const length = Number(/Content-Length: (\d+)/.exec(bytes.toString('latin1', at, headerEnd))![1]);
    out.push(JSON.parse(bytes.toString('utf8', headerEnd + 4, headerEnd + 4 + length)));
    at = headerEnd + 4 + length;
  }
  return out;
}

describe('the stdio message writer', () => {
  it('encodes large messages into the same buffer, each exactly', async () => {
    const encoder = new ReusedBufferEncoder();
    const first = await encoder.encode(big('first', 100));
    const copy = Buffer.from(first);
    expect(JSON.parse(copy.toString('utf8'))).toEqual(big('first', 100));
    const second = await encoder.encode(big('second', 90));
    expect(second.buffer).toBe(first.buffer);
    expect(JSON.parse(Buffer.from(second).toString('utf8'))).toEqual(big('second', 90));
    // Small messages take a buffer of their own, and so do very large ones.
    const small = await encoder.encode(big('small', 1));
    expect(small.buffer).not.toBe(first.buffer);
  });

  it('writes one large message after another to a stream without mixing their bytes', async () => {
    const file = path.join(dir, 'out.bin');
    const stream = createWriteStream(file);
    const writer = stdoutMessageWriter(stream);
    const sent = [big('one', 300), big('two', 120), big('three', 70), big('tiny', 1), big('four', 200)];
    // Sent without waiting, as the server does: the writer's lock keeps them in order.
    await Promise.all(sent.map((m) => writer.write(m)));
    await new Promise<void>((resolve) => stream.end(resolve));
    expect(frames(readFileSync(file))).toEqual(sent);
  });
});
