// A long document goes to its lint worker as the part an edit changed: the change log's kept
// ends, composed over any run of versions, always rebuild the exact text, and the built server
// publishes for every version what a fresh lint of that text finds.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lintSync, resolveConfig } from '../../rules/index.js';
import { applySplice, ChangeLog, spliceOf, STALE_BASE } from '../../server/lsp/text-sync.js';
import { runs } from '../property/arbitraries.js';
import { ensureServerBuilt, fileUri, Session } from './harness.js';
import { expectedDiagnostic } from './fixtures.js';

/** What an edit inserts: line breaks of both kinds, a surrogate pair and a combining accent among letters. */
const inserted = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', 'e\u0301', '😀', '.'), maxLength: 5 });

function toEvent(document: TextDocument, change: [number, number, string] | string): TextDocumentContentChangeEvent {
  if (typeof change === 'string') return { text: change };
  const [a, b, text] = change;
  return { range: { start: document.positionAt(a), end: document.positionAt(b) }, text };
}

describe('ChangeLog', () => {
  it('bridges any two versions with a splice that rebuilds the later text exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '😀', '.'), maxLength: 40 }),
        fc.array(fc.array(fc.tuple(fc.nat(60), fc.nat(60), inserted), { maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (start, groups, wholeAt) => {
          const log = new ChangeLog();
          let document = log.create('u', 'markdown', 1, start, TextDocument.create);
          const texts = new Map<number, string>([[1, start]]);
          groups.forEach((group, i) => {
            // Each event's range refers to the text after the events before it, as in LSP:
            // build them on a copy.
            let probe = TextDocument.create('probe', 'markdown', 0, document.getText());
            const events = group.map(([a, b, insert], j) => {
              const length = probe.getText().length;
              const event = i === wholeAt && j === 0 ? { text: insert } : toEvent(probe, [a % (length + 1), b % (length + 1), insert]);
              probe = TextDocument.update(probe, [event], 0);
              return event;
            });
            const version = document.version + 1;
            document = log.update(document, events, version, TextDocument.update);
            expect(document.getText()).toBe(probe.getText());
            texts.set(version, document.getText());
          });
          for (const [from, base] of texts) {
            for (const [to, text] of texts) {
              if (to < from) continue;
              const kept = log.keptBetween('u', from, to);
              expect(kept).toBeDefined();
              expect(applySplice(base, spliceOf(text, from, base.length, kept!))).toBe(text);
            }
          }
        },
      ),
      runs(200),
    );
  });

  it('knows nothing across a reopen, and a splice refuses a base of the wrong length', () => {
    const log = new ChangeLog();
    const first = log.create('u', 'markdown', 1, 'Hello there', TextDocument.create);
    const session = log.sessionOf('u');
    log.update(first, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: ',' }], 2, TextDocument.update);
    expect(log.keptBetween('u', 1, 2)).toEqual({ head: 5, tail: 6 });
    log.forget('u');
    log.create('u', 'markdown', 1, 'Other text', TextDocument.create);
    expect(log.sessionOf('u')).not.toBe(session);
    expect(log.keptBetween('u', 1, 2)).toBeUndefined();
    expect(() => applySplice('Hello', spliceOf('Hello, there', 1, 11, { head: 5, tail: 6 }))).toThrow(STALE_BASE);
  });
});

describe('a long document edited in the built server', () => {
  let dir: string;
  let session: Session;
  beforeAll(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'followup-lsp-sync-'));
    // Every finding published (the default stops at 1,000), so each is compared with a fresh lint's.
    session = await Session.start({ folders: [dir], settings: { debounce: 0, maxProblems: 0 } });
  }, 120_000);
  afterAll(async () => {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const expectedFor = (text: string) => lintSync(text, { resolved: resolveConfig({}) }).messages.map((m) => expectedDiagnostic(text, m));

  it('publishes for each version what a fresh lint of its text finds, across edits, a full replacement and a reopen', async () => {
    const uri = fileUri(path.join(dir, 'long.md'));
    const paragraph = 'I am so sorry to bother you again. My last manager was a total idiot, honestly.\n\n';
    let text = `Hi Sam,\n\n${paragraph.repeat(1400)}Best,\nAna\n`;
    expect(text.length).toBeGreaterThan(100_000);
    await session.open(uri, text);
    expect(await session.diagnosticsFor(uri, 1)).toEqual(expectedFor(text));
    let document = TextDocument.create(uri, 'markdown', 1, text);
    const edits: TextDocumentContentChangeEvent[][] = [
      [{ range: { start: { line: 4, character: 3 }, end: { line: 4, character: 3 } }, text: 'truly ' }],
      [{ range: { start: { line: 10, character: 0 }, end: { line: 12, character: 5 } }, text: '' }],
      // Two changes in one event, far apart: only the span between them travels.
      [
        { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Please, please answer me. ' },
        { range: { start: { line: 2000, character: 0 }, end: { line: 2000, character: 4 } }, text: 'We' },
      ],
      [{ text: `Hi Sam,\n\n${paragraph.repeat(1300)}Thanks again,\nAna\n` }],
      [{ range: { start: { line: 30, character: 10 }, end: { line: 30, character: 10 } }, text: '\n\n# A heading\n\n' }],
    ];
    for (const change of edits) {
      document = TextDocument.update(document, change, document.version + 1);
      text = document.getText();
      const version = await session.change(uri, change);
      expect(await session.diagnosticsFor(uri, version)).toEqual(expectedFor(text));
    }
    // Reopened with other text: versions start again at 1, and nothing of the old text may be used.
    await session.close(uri);
    const since = session.diagnostics.length;
    const reopened = `Hello Sam,\n\n${paragraph.repeat(1250)}Kind regards,\nAna\n`;
    await session.open(uri, reopened);
    expect(await session.diagnosticsFor(uri, 1, since)).toEqual(expectedFor(reopened));
    const change = [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'Sorry. ' }];
    const after = TextDocument.update(TextDocument.create(uri, 'markdown', 1, reopened), change, 2).getText();
    expect(await session.diagnosticsFor(uri, await session.change(uri, change), since)).toEqual(expectedFor(after));
  }, 180_000);
});
