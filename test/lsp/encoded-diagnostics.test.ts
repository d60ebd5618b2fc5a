// Diagnostics the lint worker writes as JSON must be, byte for byte, those the server would make
// from the same findings, and must reach the client as such through the stdio writer.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { NotificationMessage } from 'vscode-languageserver/node';
import { lintSync, NoteCache, type LintMessage } from '../../rules/index.js';
import { toDiagnostic, toSeverity } from '../../server/lsp/convert.js';
import { EncodedDiagnostic, encodeDiagnostics, encodedList } from '../../server/lsp/encoded-diagnostics.js';
import { toFinding } from '../../server/lsp/findings.js';
import { lintJob, transferOf } from '../../server/lsp/jobs.js';
import { OpenDocument } from '../../server/lsp/open-document.js';
import { ReusedBufferEncoder } from '../../server/lsp/stdout-writer.js';
import { serveRequests, type WorkerReply } from '../../server/worker/thread.js';
import { resolveConfig } from '../../rules/config.js';

const CORPUS = ['dev', 'test'].map((split) => path.join(import.meta.dirname, '../corpus', split));

/** Texts with findings whose lines and characters are easy to get wrong. */
const TRICKY = [
  // Windows and old Mac line breaks, and a mix.
  'Hi Dana,\r\n\r\nI am so sorry. Sorry again for the mess, it was not fair.\r\n\r\nBest,\r\nSam\r\n',
  'Hi Dana,\r\rI am so sorry. Sorry again for the mess, it was not fair.\r\rBest,\rSam\r',
  'Hi Dana,\n\r\nI am so sorry.\rSorry again for the mess.\n\nBest,\r\nSam',
  // A byte-order mark, characters outside the BMP before a finding, and quotes and escapes in the text.
  '\uFEFFHi Dana,\n\nI am 😀😀 so sorry about "that" \\ mess. Sorry again, TODO add [Company Name].\n\nBest,\nSam\n',
  // Text past the last finding's line, none after, and an empty note.
  'Sorry. Sorry. Sorry.',
  '',
];

function texts(): string[] {
  const notes = CORPUS.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((n) => readFileSync(path.join(dir, n), 'utf8')),
  );
  return [...notes, ...TRICKY];
}

/** Diagnostic `i`'s bytes as text. */
function part(bytes: Uint8Array, ends: Uint32Array, i: number): string {
  return Buffer.from(bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i])).toString('utf8');
}

describe('diagnostics written by the worker', () => {
  it('are byte for byte what the server makes of the same findings', () => {
    let compared = 0;
    for (const text of texts()) {
      const { messages } = lintSync(text);
      const { bytes, ends } = encodeDiagnostics(messages);
      expect(ends.length).toBe(messages.length);
      const document = TextDocument.create('file:///note.md', 'markdown', 1, text);
      const open = OpenDocument.create('file:///note.md', 'markdown', 1, text);
      messages.forEach((message, i) => {
        const expected = JSON.stringify(toDiagnostic(document, toFinding(message)));
        expect(part(bytes, ends, i)).toBe(expected);
        // The server's own open document places them the same.
        expect(JSON.stringify(toDiagnostic(open, toFinding(message)))).toBe(expected);
      });
      compared += messages.length;
    }
    // The corpus has findings enough for the comparison to mean something.
    expect(compared).toBeGreaterThan(300);
  });

  it('escape what JSON escapes, in messages of every kind, each text under any rule and severity', () => {
    const texts = ['plain', 'a "quoted" word', 'back\\slash', 'tab\tand\nline', '\u0000\u001f', 'lone \ud800 high', 'lone \udc00 low', 'pair 😀 and 語', '“curly” — dash', ''];
    // Each text twice more, under another rule or severity: the bytes kept for a text are not another's.
    const reasons = [...texts, ...texts, ...texts];
    const severities = ['error', 'warn', 'info', 'hint'] as const;
    const messages = reasons.map((reason, i) => ({
      ruleId: i % 3 ? 'whining' : 'begging',
      url: `https://example.com/${i % 3 ? 'whining' : 'begging'}.md`,
      severity: severities[i % 4]!,
      reason,
      line: i + 1,
      column: 10 * i + 1,
      endLine: i + 12,
      endColumn: 100 * i + 1,
    })) as unknown as LintMessage[];
    // Twice: the second time from the bytes kept by text.
    for (const { bytes, ends } of [encodeDiagnostics(messages), encodeDiagnostics(messages)]) {
     messages.forEach((m, i) => {
      const diagnostic = {
        range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
        severity: toSeverity(m.severity),
        code: m.ruleId,
        codeDescription: { href: m.url },
        source: 'followup-lint',
        message: m.reason,
      };
      expect(part(bytes, ends, i)).toBe(JSON.stringify(diagnostic));
     });
    }
  });

  it('are what the server makes of an edited document’s findings, lint after lint', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Point ${i}: I am so sorry about "that". Sorry again for the mess, it was not fair. I really need this job.`);
    const text = `Hi Dana,\n\n${paragraphs.join('\n\n')}\n\nBest,\nSam\n`;
    const cache = new NoteCache();
    let current = text;
    for (let edit = 0; edit < 4; edit++) {
      const { messages } = lintSync(current, { cache });
      const { bytes, ends } = encodeDiagnostics(messages);
      const document = TextDocument.create('file:///note.md', 'markdown', 1, current);
      expect(messages.length).toBeGreaterThan(50);
      messages.forEach((message, i) => expect(part(bytes, ends, i)).toBe(JSON.stringify(toDiagnostic(document, toFinding(message)))));
      const at = current.indexOf(' ', Math.floor(current.length / 2));
      current = `${current.slice(0, at)}${edit % 2 ? '\n' : ' very'}${current.slice(at)}`;
    }
  });

  it('serialise as their diagnostic wherever they are written', () => {
    const text = TRICKY[3]!;
    const { messages } = lintSync(text);
    const document = TextDocument.create('file:///note.md', 'markdown', 1, text);
    const list = encodedList(encodeDiagnostics(messages));
    expect(list.length).toBeGreaterThan(2);
    expect(JSON.parse(JSON.stringify(list))).toEqual(messages.map((m) => toDiagnostic(document, toFinding(m))));
  });

  it('reach the client through the stdio writer as the diagnostics themselves would', async () => {
    const encoder = new ReusedBufferEncoder();
    const text = TRICKY[3]!;
    const { messages } = lintSync(text);
    const document = TextDocument.create('file:///note.md', 'markdown', 1, text);
    const extra = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 2, source: 'followup-lint', message: 'A “config” notice' };
    // Few diagnostics (written one by one only because some are encoded) and many.
    for (const repeat of [1, 120]) {
      const plain = Array.from({ length: repeat }, () => messages.map((m) => toDiagnostic(document, toFinding(m)))).flat();
      const encoded = Array.from({ length: repeat }, () => encodedList(encodeDiagnostics(messages))).flat();
      const params = (diagnostics: unknown[]) => ({ uri: 'file:///note.md', version: 3, diagnostics });
      const message = (diagnostics: unknown[]): NotificationMessage => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: params(diagnostics) });
      const bytes = Buffer.from(await encoder.encode(message([extra, ...encoded])));
      expect(bytes.equals(Buffer.from(JSON.stringify(message([extra, ...plain])), 'utf8'))).toBe(true);
    }
  });

  it('come with an open document’s lint, and are handed over rather than copied with its findings’ offsets', () => {
    const resolved = resolveConfig({});
    const text = TRICKY[0]!;
    const held = lintJob({ text, resolved, document: 'file:///held.md', version: 1 });
    expect(held.encoded).toBeDefined();
    expect(held.encoded!.ends.length).toBe(held.spans!.length / 2);
    expect(transferOf(held)).toEqual([held.encoded!.bytes.buffer, held.spans!.buffer]);
    // A lint of a text that is not an open document (the workspace lint) has none.
    const loose = lintJob({ text, resolved });
    expect(loose.encoded).toBeUndefined();
    expect(transferOf(loose)).toEqual([]);

    const posted: Array<{ reply: WorkerReply; transfer?: readonly ArrayBuffer[] }> = [];
    let listener: ((message: { id: number; request: string }) => void) | undefined;
    const port = {
      on: (_event: 'message', l: typeof listener) => (listener = l),
      postMessage: (reply: WorkerReply, transfer?: readonly ArrayBuffer[]) => posted.push({ reply, transfer }),
    };
    const buffer = new ArrayBuffer(8);
    serveRequests(port, (request: string) => (request === 'throw' ? (() => { throw new Error('no'); })() : { buffer }), (value) => [(value as { buffer: ArrayBuffer }).buffer]);
    listener!({ id: 1, request: 'ok' });
    listener!({ id: 2, request: 'throw' });
    expect(posted[0]!.transfer).toEqual([buffer]);
    expect(posted[1]).toEqual({ reply: { id: 2, ok: false, error: 'no' }, transfer: undefined });
  });

  it('are plain objects once parsed, with no trace of the wrapper', () => {
    const { messages } = lintSync(TRICKY[4]!);
    const [first] = encodedList(encodeDiagnostics(messages));
    expect(first).toBeInstanceOf(EncodedDiagnostic);
    expect(Object.keys(first!.toJSON() as object)).toEqual(['range', 'severity', 'code', 'codeDescription', 'source', 'message']);
  });
});
