// Pure conversions between the engine's shapes (UTF-16 offsets, findings, fixes) and LSP's
// (positions, diagnostics, versioned workspace edits).
import { diffWordsWithSpace } from 'diff';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { FixEdit, ReportSeverity } from '../../rules/index.js';
import type { Finding } from './findings.js';

/** The `source` of every diagnostic. */
export const DIAGNOSTIC_SOURCE = 'followup-lint';

const SEVERITY: Record<ReportSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The LSP severity of an engine severity. */
export function toSeverity(severity: ReportSeverity): DiagnosticSeverity {
  return SEVERITY[severity] ?? DiagnosticSeverity.Warning;
}

/** The LSP range of two UTF-16 offsets (clamped to the document by `positionAt`). */
export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** A finding as an LSP diagnostic: the rule id as `code`, its docs as `codeDescription`. */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(document, finding.start, finding.end),
    severity: toSeverity(finding.severity),
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
}

/** Engine edits (offsets into `document`'s text) as LSP text edits, in document order. */
export function toTextEdits(document: TextDocument, edits: readonly FixEdit[]): TextEdit[] {
  return [...edits]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((e) => ({ range: toRange(document, e.start, e.end), newText: e.text }));
}

/**
 * A workspace edit for one document. With `versioned` (the client supports
 * `documentChanges`) it names the document version the edits were computed for, so a
 * client applies them to that version only and a stale action can never corrupt the text.
 */
export function toWorkspaceEdit(document: TextDocument, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (!versioned) return { changes: { [document.uri]: edits } };
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}

// Beyond this many differing tokens the diff gives up and one edit covers the changed span.
const MAX_DIFF_TOKENS = 2000;

/**
 * The edits that turn `before` into `after`: the changed spans only, so text outside them
 * (and the cursor in it) is never touched. Used for fix-all, whose passes can stack.
 */
export function editsBetween(before: string, after: string): FixEdit[] {
  if (before === after) return [];
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const oldMid = before.slice(head, before.length - tail);
  const newMid = after.slice(head, after.length - tail);
  const whole: FixEdit[] = [{ start: head, end: before.length - tail, text: newMid }];
  if (oldMid.length === 0 || newMid.length === 0) return whole;
  const changes = diffWordsWithSpace(oldMid, newMid, { maxEditLength: MAX_DIFF_TOKENS });
  if (!changes) return whole;
  const edits: FixEdit[] = [];
  let offset = head;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      offset += change.value.length;
      continue;
    }
    const last = edits[edits.length - 1];
    // A removal next to an insertion is one replacement.
    const current = last && last.end === offset ? last : { start: offset, end: offset, text: '' };
    if (current !== last) edits.push(current);
    if (change.removed) {
      current.end += change.value.length;
      offset += change.value.length;
    } else current.text += change.value;
  }
  return edits;
}
