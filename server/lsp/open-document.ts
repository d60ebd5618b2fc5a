// An open document that takes an edit without copying its text. The library's TextDocument
// rebuilds its whole text as one string on every change; for a 1 MB document that copy (two
// megabytes of fresh memory for text with curly quotes) cost about 6 ms a keystroke on the
// server's main thread, as much as the rest of its share of an edit. Here the text is a short
// list of pieces: an edit replaces a range with slices of the pieces around it (slices of a
// flat string share its characters) and the new text, and the pieces are joined into one
// string only now and then. Positions follow the library's rules exactly, line offsets and
// all, so diagnostics land where they would with it (a property test compares the two).
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lineIndex, lineStartsOf } from '../../rules/text/lines.js';

/** Pieces kept before they are joined: each edit adds at most two. */
const MAX_PIECES = 32;

const CR = 13;
const LF = 10;

function isEOL(code: number): boolean {
  return code === CR || code === LF;
}

/** A range with its ends in order. */
function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** Characters of a text held as pieces, read without joining them. */
export interface TextView {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** Slices of `pieces` covering [start, end), as pieces. */
function cut(pieces: readonly string[], start: number, end: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    const next = at + piece.length;
    if (next > start && at < end) {
      const part = piece.slice(Math.max(0, start - at), Math.min(piece.length, end - at));
      if (part.length > 0) out.push(part);
    }
    at = next;
    if (at >= end) break;
  }
  return out;
}

/** The text of some pieces as one string: concatenation, which leaves the characters where they are until read. */
function joined(pieces: readonly string[]): string {
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}

/** A version of an open document's text, fixed: later edits to the document do not change it. */
export class TextSnapshot implements TextView {
  constructor(private readonly pieces: readonly string[], readonly length: number) {}

  /** The characters from `start` to `end`, both clamped to the text. */
  slice(start: number, end: number): string {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    if (this.pieces.length === 1) return this.pieces[0]!.slice(from, to);
    return joined(cut(this.pieces, from, to));
  }
}

/** A TextDocument whose edits do not copy its text. Made and changed by `TextDocuments` through `create` and `update`. */
export class OpenDocument implements TextDocument {
  private pieces: string[];
  private size: number;
  private lineOffsets: number[] | undefined;
  /** The whole text as last asked for, until the next edit. */
  private whole: string | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    text: string,
  ) {
    this.pieces = text.length > 0 ? [text] : [];
    this.size = text.length;
  }

  static create(uri: string, languageId: string, version: number, text: string): OpenDocument {
    return new OpenDocument(uri, languageId, version, text);
  }

  /** Apply changes in order, as `TextDocument.update` does, and take the new version. */
  static update(document: OpenDocument, changes: TextDocumentContentChangeEvent[], version: number): OpenDocument {
    for (const change of changes) document.apply(change);
    document.currentVersion = version;
    return document;
  }

  get version(): number {
    return this.currentVersion;
  }

  /** The text's length, without joining it. */
  get length(): number {
    return this.size;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  /**
   * The text, or the text of a range. The whole text is built by concatenation, so it is not
   * copied into one block of memory until something reads its characters.
   */
  getText(range?: Range): string {
    if (range) {
      // Ends in either order, as String.prototype.substring takes them.
      const a = this.offsetAt(range.start);
      const b = this.offsetAt(range.end);
      return this.slice(Math.min(a, b), Math.max(a, b));
    }
    if (this.whole === undefined) this.whole = this.pieces.length === 1 ? this.pieces[0]! : joined(this.pieces);
    return this.whole;
  }

  /** The characters from `start` to `end`. */
  slice(start: number, end: number): string {
    return this.snapshot().slice(start, end);
  }

  /**
   * This version as a document of its own, which later edits leave as it is: it shares the
   * pieces (never changed in place) and copies the line offsets (which are).
   */
  copy(): OpenDocument {
    const copy = new OpenDocument(this.uri, this.languageId, this.currentVersion, '');
    copy.pieces = this.pieces;
    copy.size = this.size;
    copy.lineOffsets = this.lineOffsets?.slice();
    copy.whole = this.whole;
    return copy;
  }

  /** This version of the text, unchanged by later edits. */
  snapshot(): TextSnapshot {
    return new TextSnapshot(this.pieces, this.size);
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.size), 0);
    const offsets = this.offsets();
    const line = lineIndex(offsets, at);
    return { line, character: this.beforeEOL(at, offsets[line]!) - offsets[line]! };
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    // A position from a misbehaving client (a fraction, a string, nothing) reads as the start
    // of its line or of the text, so the text and its length never disagree.
    const line = Number.isInteger(position.line) ? position.line : 0;
    const character = Number.isInteger(position.character) ? position.character : 0;
    if (line >= offsets.length) return this.size;
    if (line < 0) return 0;
    const lineStart = offsets[line]!;
    if (character <= 0) return lineStart;
    const next = line + 1 < offsets.length ? offsets[line + 1]! : this.size;
    return this.beforeEOL(Math.min(lineStart + character, next), lineStart);
  }

  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.size - offsets[last]! } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = offsets[line]!;
    const next = line + 1 < offsets.length ? offsets[line + 1]! : this.size;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line >= offsets.length || line < 0) return '';
    const next = line + 1 < offsets.length ? offsets[line + 1]! : this.size;
    return this.slice(this.beforeEOL(next, offsets[line]!), next);
  }

  private charCodeAt(offset: number): number {
    let at = 0;
    for (const piece of this.pieces) {
      if (offset < at + piece.length) return piece.charCodeAt(offset - at);
      at += piece.length;
    }
    return NaN;
  }

  /** Move an offset that falls inside or after a line break back to the end of the line's text. */
  private beforeEOL(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isEOL(this.charCodeAt(at - 1))) at--;
    return at;
  }

  private offsets(): number[] {
    // The engine's line starts: a line break is \r\n, \n or a lone \r, as the library has it.
    this.lineOffsets ??= lineStartsOf(this.getText());
    return this.lineOffsets;
  }

  private apply(change: TextDocumentContentChangeEvent): void {
    if (!('range' in change)) {
      this.whole = undefined;
      this.pieces = change.text.length > 0 ? [change.text] : [];
      this.size = change.text.length;
      this.lineOffsets = undefined;
      return;
    }
    const range = ordered(change.range);
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    this.whole = undefined;
    const pieces = cut(this.pieces, 0, start);
    if (change.text.length > 0) pieces.push(change.text);
    pieces.push(...cut(this.pieces, end, this.size));
    this.size += change.text.length - (end - start);
    // Joining copies the text once; until then each edit costs a few slices.
    this.pieces = pieces.length > MAX_PIECES ? [pieces.join('')] : pieces;
    const offsets = this.lineOffsets;
    if (!offsets) return;
    // Line offsets move as the library moves them, so positions agree with it edit for edit.
    // The lines are those the offsets fall on: a range naming lines past the end moves
    // nothing that is not there.
    const startLine = lineIndex(offsets, start);
    const endLine = lineIndex(offsets, end, startLine);
    // The lines the new text starts, past its first, at their offsets in the document.
    const added = lineStartsOf(change.text).slice(1).map((at) => at + start);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) offsets[i + startLine + 1] = added[i]!;
    } else {
      offsets.splice(startLine + 1, endLine - startLine);
      // Inserted in chunks: a spread of a very long list would overflow the call's arguments.
      for (let i = 0; i < added.length; i += 10_000) offsets.splice(startLine + 1 + i, 0, ...added.slice(i, i + 10_000));
    }
    const diff = change.text.length - (end - start);
    if (diff !== 0) for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i]! += diff;
  }
}
