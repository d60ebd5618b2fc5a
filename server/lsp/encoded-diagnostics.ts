// Diagnostics written as JSON by the lint worker, for the server to pass on as they are. A long
// document's findings run to thousands: made into diagnostic objects on the server's thread
// and written out as JSON there, they cost that thread about 9 ms an edit on a 1 MB document
// (and its collector more). The worker, which holds the linted text's
// lines anyway, writes each diagnostic's JSON once, into one buffer it hands over whole; the
// server's stdout writer copies the bytes into its message (see stdout-writer.ts).
import { Buffer } from 'node:buffer';
import type { LintMessage } from '../../rules/index.js';
import { DIAGNOSTIC_SOURCE, toSeverity } from './convert.js';

/** Diagnostic `i` is the UTF-8 JSON `bytes[ends[i - 1] ?? 0, ends[i])`. */
export interface EncodedDiagnostics {
  bytes: Uint8Array;
  ends: Uint32Array;
}

/** The most bytes of a diagnostic's JSON besides what follows its range (see `tailOf`): the range's text. */
const RANGE_ROOM = 128;

/** The worker's buffer, reused from lint to lint; what is handed over is a copy at its size. */
let scratch = Buffer.alloc(64 * 1024);

/** Room for `need` more bytes at `at`, keeping what is written. */
function ensure(at: number, need: number): void {
  if (at + need <= scratch.length) return;
  const grown = Buffer.allocUnsafe(Math.max(2 * scratch.length, at + need));
  scratch.copy(grown, 0, 0, at);
  scratch = grown;
}

/**
 * What follows a diagnostic's range up to its message text, by rule, docs address and
 * severity, as UTF-8: the same for every finding of a rule. In `toDiagnostic`'s key order.
 */
const middles = new Map<string, Map<string, Buffer[]>>();

function middleOf(message: LintMessage): Buffer {
  let byUrl = middles.get(message.ruleId);
  if (!byUrl) middles.set(message.ruleId, (byUrl = new Map()));
  let bySeverity = byUrl.get(message.url);
  if (!bySeverity) byUrl.set(message.url, (bySeverity = []));
  const severity = toSeverity(message.severity);
  return (bySeverity[severity] ??= Buffer.from(
    `}},"severity":${severity},"code":${JSON.stringify(message.ruleId)},"codeDescription":{"href":${JSON.stringify(message.url)}},"source":${JSON.stringify(DIAGNOSTIC_SOURCE)},"message":`,
    'utf8',
  ));
}

/**
 * What follows a diagnostic's range, as UTF-8, by message text: its middle (see `middleOf`), the
 * text as a JSON string and the closing brace. An editor's re-lint reports most of the last
 * lint's findings again with the very same text (the engine hands out one text per reason while
 * a cached note's parts live), so the bytes are made once rather than at every edit. Kept for
 * a bounded number of texts; past that, the store starts afresh.
 */
const tails = new Map<string, { middle: Buffer; bytes: Buffer }>();
const KEPT_TAILS = 20_000;

function tailOf(middle: Buffer, text: string): Buffer {
  let tail = tails.get(text);
  if (tail === undefined || tail.middle !== middle) {
    if (tails.size >= KEPT_TAILS) tails.clear();
    tail = { middle, bytes: Buffer.concat([middle, Buffer.from(`${JSON.stringify(text)}}`, 'utf8')]) };
    tails.set(text, tail);
  }
  return tail.bytes;
}

const RANGE_OPEN = Buffer.from('{"range":{"start":{"line":', 'latin1');
const CHARACTER = Buffer.from(',"character":', 'latin1');
const RANGE_END = Buffer.from('},"end":{"line":', 'latin1');

/** Write `bytes` into the scratch buffer at `at`; gives the offset past them. */
function put(bytes: Uint8Array, at: number): number {
  for (let i = 0; i < bytes.length; i++) scratch[at + i] = bytes[i]!;
  return at + bytes.length;
}

/** Write a whole number of at most ten digits (a line or character) in decimal at `at`; gives the offset past it. */
function putNumber(n: number, at: number): number {
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  for (let i = digits - 1, rest = n; i >= 0; i--, rest = Math.floor(rest / 10)) scratch[at + i] = 48 + (rest % 10);
  return at + digits;
}

/**
 * A diagnostic's range, up to the brace that closes its end, at `at`; gives the offset past it.
 * Written byte by byte: as one template string written into the buffer, it cost a string and a
 * call into Node's buffer code per diagnostic, thousands of them at every edit of a long document.
 */
function writeRange(m: LintMessage, at: number): number {
  at = put(RANGE_OPEN, at);
  at = putNumber(m.line - 1, at);
  at = put(CHARACTER, at);
  at = putNumber(m.column - 1, at);
  at = put(RANGE_END, at);
  at = putNumber(m.endLine - 1, at);
  at = put(CHARACTER, at);
  return putNumber(m.endColumn - 1, at);
}

/**
 * The JSON of each message's diagnostic, byte for byte what `JSON.stringify(toDiagnostic(…))`
 * gives for the same finding of the same text: lines and characters are the engine's (its
 * lines end where LSP's do: at \n, \r\n and a lone \r; characters count UTF-16 units). Written
 * in two pieces into the buffer: the range as one-byte text, then the rest as bytes kept by
 * message text (one text per diagnostic cost twice as much as pieces).
 */
export function encodeDiagnostics(messages: readonly LintMessage[]): EncodedDiagnostics {
  const ends = new Uint32Array(messages.length);
  let at = 0;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    const tail = tailOf(middleOf(m), m.reason);
    ensure(at, RANGE_ROOM + tail.length);
    at = writeRange(m, at);
    scratch.set(tail, at);
    at += tail.length;
    ends[i] = at;
  }
  // A copy of its own, so it can be handed over (transferred) and the scratch kept.
  const bytes = new Uint8Array(at);
  bytes.set(scratch.subarray(0, at));
  return { bytes, ends };
}

const decoder = new TextDecoder();

/**
 * One diagnostic of an encoded list. The stdout writer copies its bytes as they are; anything
 * else that serialises it (another transport, a trace) gets the diagnostic itself.
 */
export class EncodedDiagnostic {
  constructor(
    readonly bytes: Uint8Array,
    readonly start: number,
    readonly end: number,
  ) {}

  toJSON(): unknown {
    return JSON.parse(decoder.decode(this.bytes.subarray(this.start, this.end)));
  }
}

/** The diagnostics of an encoded list, in order. */
export function encodedList(encoded: EncodedDiagnostics): EncodedDiagnostic[] {
  const { bytes, ends } = encoded;
  const list = new Array<EncodedDiagnostic>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    list[i] = new EncodedDiagnostic(bytes, start, ends[i]!);
    start = ends[i]!;
  }
  return list;
}
