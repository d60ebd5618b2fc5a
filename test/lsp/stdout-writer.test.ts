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

  it('keeps every byte of a message whose characters take three or four bytes each', async () => {
    const encoder = new ReusedBufferEncoder();
    // Code units that take the most bytes: three for 語, four for a pair of them. 120,000 of
    // them in a buffer with room for two bytes each (rounded up to 256 KiB) would be cut off.
    for (const text of ['語'.repeat(120_000), '😀'.repeat(60_000)]) {
      const message: NotificationMessage = { jsonrpc: '2.0', method: 'x', params: [text] };
      const bytes = Buffer.from(await encoder.encode(message));
      expect(bytes.length).toBe(Buffer.byteLength(JSON.stringify(message), 'utf8'));
      expect(bytes.toString('utf8')).toBe(Buffer.from(JSON.stringify(message), 'utf8').toString('utf8'));
    }
  });

  it('writes a long list of diagnostics byte for byte as the whole message would be', async () => {
    const encoder = new ReusedBufferEncoder();
    const diagnostic = (i: number): unknown => ({
      range: { start: { line: i, character: 4 }, end: { line: i, character: 9 } },
      severity: 1 + (i % 4),
      code: 'whining',
      codeDescription: { href: 'https://example.com/rules/whining.md' },
      source: 'followup-lint',
      message: `Whines (“it wasn't fair”) — keep it “short”, \\ "plain" ${i} 語😀\n`,
      // Fields that JSON leaves out, or writes as null inside an array.
      data: i % 3 === 0 ? undefined : { kept: [i, null, undefined] },
    });
    for (const count of [255, 256, 3000]) {
      const list = Array.from({ length: count }, (_, i) => diagnostic(i));
      if (count === 3000) list[7] = undefined;
      const message: NotificationMessage = {
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        // A uri that spells the key itself, quoted in a string, must not be taken for it.
        params: { uri: 'file:///tmp/"diagnostics":[].md', version: 7, diagnostics: list },
      };
      const bytes = Buffer.from(await encoder.encode(message));
      expect(bytes.equals(Buffer.from(JSON.stringify(message), 'utf8'))).toBe(true);
    }
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
