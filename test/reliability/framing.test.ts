// The stdio frame sanitizer: well-formed frames pass through byte for byte however the input
// is split, and garbage, bad headers and lying lengths cost at most the frame they damage.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrameSanitizer } from '../../server/lsp/framing.js';

const frame = (body: string): Buffer => {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
};

/** Feed `input` to a sanitizer in pieces cut at `cuts`, and collect what it lets through. */
async function run(input: Buffer, cuts: number[] = []): Promise<{ output: Buffer; skipped: number }> {
  let skipped = 0;
  const sanitizer = new FrameSanitizer((bytes) => (skipped += bytes));
  const out: Buffer[] = [];
  sanitizer.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => sanitizer.on('end', resolve));
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    sanitizer.write(input.subarray(from, cut));
    from = cut;
  }
  sanitizer.end(input.subarray(from));
  await done;
  return { output: Buffer.concat(out), skipped };
}

const message = (i: number, text: string): string => JSON.stringify({ jsonrpc: '2.0', id: i, method: 'm', params: { text } });

describe('FrameSanitizer', () => {
  it('passes well-formed frames through unchanged, however the bytes are split', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), async (texts, rawCuts) => {
        const input = Buffer.concat(texts.map((t, i) => frame(message(i, t))));
        const { output, skipped } = await run(input, rawCuts.map((c) => c % (input.length + 1)));
        expect(output.equals(input)).toBe(true);
        expect(skipped).toBe(0);
      }),
      { seed: 6, numRuns: 200 },
    );
  });

  it('drops garbage between frames and keeps every frame', async () => {
    const garbage = fc.string({ unit: 'binary', maxLength: 40 }).filter((g) => !/content-length/i.test(g));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(garbage, fc.string()), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 8 }), async (pairs, rawCuts) => {
        const frames = pairs.map(([, t], i) => frame(message(i, t)));
        const input = Buffer.concat(pairs.flatMap(([g], i) => [Buffer.from(g, 'utf8'), frames[i]!]));
        const { output } = await run(input, rawCuts.map((c) => c % (input.length + 1)));
        expect(output.equals(Buffer.concat(frames))).toBe(true);
      }),
      { seed: 6, numRuns: 200 },
    );
  });

  it('accepts a Content-Type line before Content-Length without calling it garbage', async () => {
    const body = Buffer.from(message(1, 'typed'));
    const input = Buffer.concat([Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
    for (let cut = 0; cut <= 90; cut += 5) {
      const { output, skipped } = await run(input, [cut]);
      expect(output.equals(frame(message(1, 'typed'))), `cut at ${cut}`).toBe(true);
      expect(skipped, `cut at ${cut}`).toBe(0);
    }
  });

  it('resynchronises after a header with no usable length and after a length that lies', async () => {
    const good = frame(message(1, 'after'));
    for (const bad of ['Content-Length: twelve\r\n\r\n{}', 'Content-Length: -3\r\n\r\n{}', 'X-Other: 1\r\n\r\n{}', 'Content-Length: 2\r\n\r\n{"jsonrpc":"2.0"}', 'Content-Length: 99999\r\n\r\n{"jsonrpc"']) {
      const { output, skipped } = await run(Buffer.concat([Buffer.from(bad), good]));
      // A too-short length passes its first bytes on as a (broken) frame; the good frame always follows intact.
      expect(output.subarray(output.length - good.length).equals(good), bad).toBe(true);
      expect(skipped, bad).toBeGreaterThan(0);
    }
  });

  it('delivers a body whose text mentions a header, and waits for a header cut short', async () => {
    const tricky = frame(message(1, 'Content-Length: 5\r\n\r\nContent-Length: 7'));
    for (let cut = 0; cut <= tricky.length; cut += 3) {
      expect((await run(tricky, [cut])).output.equals(tricky)).toBe(true);
    }
  });
});
