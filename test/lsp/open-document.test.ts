// The server's open documents keep their text as pieces; everything a position or a range
// means must agree with the library's TextDocument, edit after edit, line breaks of every kind
// included, and a snapshot must keep its version's text whatever edits come after it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { OpenDocument } from '../../server/lsp/open-document.js';
import { runs } from '../property/arbitraries.js';

const unit = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '😀', 'e\u0301', '.');
const text = (maxLength: number) => fc.string({ unit, maxLength });

/** An edit as LSP sends it: a range (in either order, maybe past a line's end or the text's) or the whole text. */
const changeOf = (inserted: (maxLength: number) => fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.record({ a: fc.tuple(fc.nat(12), fc.nat(30)), b: fc.tuple(fc.nat(12), fc.nat(30)), text: inserted(6) }) },
    { weight: 1, arbitrary: fc.record({ whole: inserted(20) }) },
  );
const change = changeOf(text);
/** Text with line feeds only: an edit that joins a carriage return to a line feed moves line offsets as the library moves them, not as a fresh count would. */
const lfText = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', ' ', '\n', '😀', '.'), maxLength });

function toEvent(c: { a: [number, number]; b: [number, number]; text: string } | { whole: string }): TextDocumentContentChangeEvent {
  if ('whole' in c) return { text: c.whole };
  return { range: { start: { line: c.a[0], character: c.a[1] }, end: { line: c.b[0], character: c.b[1] } }, text: c.text };
}

/** Every observable answer of the two documents is the same. */
function expectSame(ours: OpenDocument, theirs: TextDocument): void {
  const whole = theirs.getText();
  expect(ours.getText()).toBe(whole);
  expect(ours.length).toBe(whole.length);
  expect(ours.lineCount).toBe(theirs.lineCount);
  for (let offset = -1; offset <= whole.length + 1; offset++) expect(ours.positionAt(offset)).toEqual(theirs.positionAt(offset));
  for (let line = -1; line <= theirs.lineCount; line++) {
    expect(ours.getLineRange(line)).toEqual(theirs.getLineRange(line));
    expect(ours.getEOLCharacters(line)).toBe(theirs.getEOLCharacters(line));
    for (let character = 0; character <= 6; character++) {
      const position = { line, character };
      expect(ours.offsetAt(position)).toBe(theirs.offsetAt(position));
      const range = { start: { line: Math.max(0, line - 1), character: 1 }, end: position };
      expect(ours.getText(range)).toBe(theirs.getText(range));
    }
  }
}

describe('OpenDocument', () => {
  it('answers every position, offset, range and line question as the library document does, edit after edit', () => {
    fc.assert(
      fc.property(text(40), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (start, batches) => {
        let ours = OpenDocument.create('u', 'markdown', 1, start);
        let theirs = TextDocument.create('u', 'markdown', 1, start);
        expectSame(ours, theirs);
        batches.forEach((batch, i) => {
          // Each event's lines are lines of the text the events before it made, as in LSP.
          const events = batch.map((c) => {
            const lines = theirs.lineCount;
            const event = toEvent('whole' in c ? c : { ...c, a: [c.a[0] % lines, c.a[1]], b: [c.b[0] % lines, c.b[1]] });
            theirs = TextDocument.update(theirs, [event], i + 2);
            return event;
          });
          ours = OpenDocument.update(ours, events, i + 2);
          expect(ours.version).toBe(i + 2);
          expectSame(ours, theirs);
        });
      }),
      runs(300),
    );
  });

  it('stays consistent when an edit names lines past the end', () => {
    fc.assert(
      fc.property(lfText(30), fc.array(changeOf(lfText), { minLength: 1, maxLength: 6 }), (start, changes) => {
        let ours = OpenDocument.create('u', 'markdown', 1, start);
        let expected = start;
        changes.forEach((c, i) => {
          const event = toEvent(c);
          // What the text becomes is what a fresh library document makes of the same event.
          expected = TextDocument.update(TextDocument.create('u', 'markdown', 0, expected), [event], 0).getText();
          ours = OpenDocument.update(ours, [event], i + 2);
          // Lines past the end are not there: a fresh document of the same text answers alike.
          expectSame(ours, TextDocument.create('u', 'markdown', 0, expected));
        });
      }),
      runs(300),
    );
  });

  it('reads a malformed position as a line start, so its text and length agree', () => {
    let document = OpenDocument.create('u', 'markdown', 1, 'One line.\nTwo lines.\n');
    const odd = { line: 'x', character: null } as unknown as { line: number; character: number };
    document = OpenDocument.update(document, [{ range: { start: odd, end: { line: 0.5, character: 3 } }, text: 'Hi. ' }], 2);
    // The start reads as line 0, character 0; the end as line 0, character 3.
    expect(document.getText()).toBe('Hi.  line.\nTwo lines.\n');
    expect(document.length).toBe(document.getText().length);
    expect(document.positionAt(document.length)).toEqual({ line: 2, character: 0 });
  });

  it('keeps a snapshot and a copy as they were while the document goes on changing, across the joining of its pieces', () => {
    let document = OpenDocument.create('u', 'markdown', 1, 'The first line.\nThe second line, long enough to slice.\n');
    const snapshots: Array<{ text: string; snapshot: ReturnType<OpenDocument['snapshot']>; copy: OpenDocument }> = [];
    // Enough edits that the pieces are joined into one string more than once.
    for (let i = 0; i < 100; i++) {
      snapshots.push({ text: document.getText(), snapshot: document.snapshot(), copy: document.copy() });
      const at = document.positionAt((i * 7) % (document.length + 1));
      document = OpenDocument.update(document, [{ range: { start: at, end: at }, text: i % 3 === 0 ? ' word\n' : ' word' }], i + 2);
    }
    for (const { text, snapshot, copy } of snapshots) {
      expectSame(copy, TextDocument.create('u', 'markdown', 0, text));
      expect(snapshot.length).toBe(text.length);
      expect(snapshot.slice(0, text.length)).toBe(text);
      expect(snapshot.slice(5, 40)).toBe(text.slice(5, 40));
      expect(snapshot.slice(-3, text.length + 3)).toBe(text);
    }
  });
});
