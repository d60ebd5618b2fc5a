// Applies fixes to a note: chooses non-overlapping edits and splices them in one pass.
import type { Fix, FixEdit, LintMessage } from './types.js';

/** Which fix of a message to apply. */
export type FixChoice = (message: LintMessage) => Fix | undefined;

/** The first safe fix, which is what `--fix` and fix-all apply. */
export const firstSafeFix: FixChoice = (message) => message.fixes.find((f) => f.safe);

/** Outcome of applying fixes. */
export interface FixOutcome {
  output: string;
  /** Messages whose fix was applied. */
  applied: LintMessage[];
  /** Messages with a chosen fix that overlapped an earlier one; a later pass may apply them. */
  skipped: LintMessage[];
}

function sortedEdits(edits: readonly FixEdit[]): readonly FixEdit[] {
  return inOrder(edits) ? edits : [...edits].sort(byPlace);
}

function byPlace(a: FixEdit, b: FixEdit): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Whether edits are already in document order: most fixes have one edit, and the rest are
 * mostly made in order, so most need no sorted copy (a long document checks thousands).
 */
function inOrder(edits: readonly FixEdit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (byPlace(edits[i - 1]!, edits[i]!) > 0) return false;
  return true;
}

/** Whether the fix's own edits are well formed for a source of `length` characters. */
export function isValidFix(fix: Fix, length: number): boolean {
  if (!Array.isArray(fix.edits) || fix.edits.length === 0) return false;
  let last = -1;
  for (const e of sortedEdits(fix.edits)) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || typeof e.text !== 'string') return false;
    if (!(e.start >= 0 && e.end >= e.start && e.end <= length && e.start >= last)) return false;
    last = e.end;
  }
  return true;
}

/** Whether cutting `source` at `offset` would split a surrogate pair or a CRLF. */
export function splitsCharacter(source: string, offset: number): boolean {
  const before = source.charCodeAt(offset - 1);
  const after = source.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}

/**
 * Whether a fix can be applied to `source` as it is: well formed, and no edit starts or
 * ends inside a character (half an emoji or half a line break would corrupt the note).
 */
export function isSoundFix(fix: Fix, source: string): boolean {
  return isValidFix(fix, source.length) && fix.edits.every((e) => !splitsCharacter(source, e.start) && !splitsCharacter(source, e.end));
}

/** Splice non-overlapping, sorted edits into `source`. */
export function applyEdits(source: string, edits: readonly FixEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const e of sortedEdits(edits)) {
    out += source.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + source.slice(cursor);
}

/**
 * Apply one chosen fix per message, in document order, skipping any whose edits touch
 * an edit already taken (as ESLint does); text outside the edits is left untouched.
 */
export function applyFixes(source: string, messages: readonly LintMessage[], choose: FixChoice = firstSafeFix): FixOutcome {
  const chosen: Array<{ message: LintMessage; fix: Fix; start: number; end: number }> = [];
  for (const message of messages) {
    const fix = choose(message);
    if (!fix || !isSoundFix(fix, source)) continue;
    const starts = fix.edits.map((e) => e.start);
    const ends = fix.edits.map((e) => e.end);
    chosen.push({ message, fix, start: Math.min(...starts), end: Math.max(...ends) });
  }
  chosen.sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: FixEdit[] = [];
  const applied: LintMessage[] = [];
  const skipped: LintMessage[] = [];
  let reach = -1;
  for (const c of chosen) {
    // Touching ranges count as overlapping, so two insertions at one point never race.
    if (c.start <= reach && reach !== -1) {
      skipped.push(c.message);
      continue;
    }
    edits.push(...c.fix.edits);
    applied.push(c.message);
    reach = c.end;
  }
  return { output: applyEdits(source, edits), applied, skipped };
}
