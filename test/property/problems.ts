// What every lint result and every application of fixes must satisfy, checked with
// implementations of their own (not the engine's helpers) so a shared bug cannot hide.
// Free of the test runner, so a child process can use it too.
import type { Fix, FixEdit, LintMessage, LintResult } from '../../rules/index.js';

const SEVERITIES = new Set(['hint', 'info', 'warn', 'error']);
const EFFECTS = new Set(['rewrite', 'remove', 'insert', 'shorten']);

/** Offsets at which lines start, for `\n`, `\r\n` and a lone `\r`. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (const m of source.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** 1-based line and column of an offset. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let line = 0;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) [line, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether a cut at `offset` would split a surrogate pair or a CRLF. */
export function splitsCharacter(source: string, offset: number): boolean {
  if (offset <= 0 || offset >= source.length) return false;
  const before = source.charCodeAt(offset - 1);
  const after = source.charCodeAt(offset);
  return (isHigh(before) && isLow(after)) || (before === 13 && after === 10);
}

/** Whether the text is well-formed UTF-16 (every surrogate paired). */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Problems with one fix offered for `source`. */
export function fixProblems(source: string, fix: Fix): string[] {
  const problems: string[] = [];
  if (typeof fix.label !== 'string' || fix.label.trim() === '') problems.push('fix without a label');
  if (typeof fix.safe !== 'boolean') problems.push(`fix "${fix.label}" has no safe flag`);
  if (!EFFECTS.has(fix.effect)) problems.push(`fix "${fix.label}" has effect ${String(fix.effect)}`);
  if (fix.edits.length === 0) problems.push(`fix "${fix.label}" has no edits`);
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let reach = 0;
  for (const e of sorted) {
    const where = `fix "${fix.label}" edit ${e.start}-${e.end}`;
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end)) problems.push(`${where}: offsets are not integers`);
    if (!(e.start >= 0 && e.start <= e.end && e.end <= source.length)) problems.push(`${where}: outside 0-${source.length}`);
    if (e.start < reach) problems.push(`${where}: overlaps the edit before it`);
    if (typeof e.text !== 'string') problems.push(`${where}: text is not a string`);
    for (const at of [e.start, e.end]) if (splitsCharacter(source, at)) problems.push(`${where}: splits a character at ${at}`);
    reach = Math.max(reach, e.end);
  }
  return problems;
}

/** Problems with one message about `source`. */
function messageProblems(source: string, starts: readonly number[], m: LintMessage): string[] {
  const problems: string[] = [];
  const where = `${m.ruleId} ${m.startOffset}-${m.endOffset}`;
  if (typeof m.ruleId !== 'string' || m.ruleId === '') problems.push('message without a rule id');
  if (!SEVERITIES.has(m.severity)) problems.push(`${where}: severity ${String(m.severity)}`);
  if (typeof m.reason !== 'string' || m.reason.trim() === '') problems.push(`${where}: empty reason`);
  if (!Number.isInteger(m.startOffset) || !Number.isInteger(m.endOffset)) problems.push(`${where}: offsets are not integers`);
  if (!(m.startOffset >= 0 && m.startOffset <= m.endOffset && m.endOffset <= source.length)) {
    problems.push(`${where}: outside 0-${source.length}`);
    return problems;
  }
  const start = lineColumn(starts, m.startOffset);
  const end = lineColumn(starts, m.endOffset);
  if (m.line !== start.line || m.column !== start.column) problems.push(`${where}: starts at ${m.line}:${m.column}, not ${start.line}:${start.column}`);
  if (m.endLine !== end.line || m.endColumn !== end.column) problems.push(`${where}: ends at ${m.endLine}:${m.endColumn}, not ${end.line}:${end.column}`);
  if (m.line < 1 || m.column < 1 || m.endLine < m.line) problems.push(`${where}: bad line/column ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
  if (m.actual !== source.slice(m.startOffset, m.endOffset)) problems.push(`${where}: actual is not the flagged text`);
  for (const fix of m.fixes) problems.push(...fixProblems(source, fix).map((p) => `${m.ruleId}: ${p}`));
  return problems;
}

/** Problems with a whole lint result for `source`. */
export function resultProblems(source: string, result: LintResult): string[] {
  const starts = lineStarts(source);
  const problems = result.messages.flatMap((m) => messageProblems(source, starts, m));
  for (let i = 1; i < result.messages.length; i++) {
    if (result.messages[i - 1]!.startOffset > result.messages[i]!.startOffset) problems.push(`messages out of order at ${i}`);
  }
  const { errors, warnings, infos, hints } = result.stats;
  if (errors + warnings + infos + hints !== result.messages.length) problems.push('stats do not count every message');
  return problems;
}


/** Splice edits from the last to the first: the simplest correct way to apply them. */
export function spliceBackwards(source: string, edits: readonly FixEdit[]): string {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The stretches of `source` no edit touches, in order. */
export function untouchedSegments(source: string, edits: readonly FixEdit[]): string[] {
  const segments: string[] = [];
  let cursor = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    segments.push(source.slice(cursor, e.start));
    cursor = Math.max(cursor, e.end);
  }
  segments.push(source.slice(cursor));
  return segments;
}

/** Whether each segment occurs in `output` in order, without overlapping the one before. */
export function appearInOrder(output: string, segments: readonly string[]): boolean {
  let from = 0;
  for (const s of segments) {
    const at = output.indexOf(s, from);
    if (at === -1) return false;
    from = at + s.length;
  }
  return true;
}
