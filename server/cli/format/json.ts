// ESLint's JSON result shape, plus each note's verdict as `stats`.
import type { Fix, FixEdit, LintMessage, ReportSeverity } from '../../../rules/index.js';
import { applyEdits } from '../../../rules/index.js';
import type { FileReport } from '../lint-files.js';
import { countMessages, formatterOf, indentedJsonElements, type Formatter, type NoteFormat } from './shared.js';

/** ESLint's numeric severity: 2 for errors, 1 for everything else (warn, info and hint). */
export function eslintSeverity(severity: ReportSeverity): 1 | 2 {
  return severity === 'error' ? 2 : 1;
}

/** An ESLint-style fix: one range and its replacement text. */
export interface EslintFix {
  range: [number, number];
  text: string;
}

/** Merge a fix's edits into one range, as ESLint's `fix` has a single range. */
export function toEslintFix(fix: Fix, source: string): EslintFix {
  const start = Math.min(...fix.edits.map((e) => e.start));
  const end = Math.max(...fix.edits.map((e) => e.end));
  const local: FixEdit[] = fix.edits.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
  return { range: [start, end], text: applyEdits(source.slice(start, end), local) };
}

function toJsonMessage(m: LintMessage, source: string): Record<string, unknown> {
  const safe = m.fixes.find((f) => f.safe);
  const suggestions = m.fixes.filter((f) => f !== safe).map((f) => ({ desc: f.label, fix: toEslintFix(f, source) }));
  return {
    ruleId: m.ruleId,
    severity: eslintSeverity(m.severity),
    level: m.severity,
    message: m.reason,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    url: m.url,
    ...(safe ? { fix: toEslintFix(safe, source) } : {}),
    ...(suggestions.length ? { suggestions } : {}),
  };
}

/** The JSON object for one note. */
export function toJsonResult(report: FileReport): Record<string, unknown> {
  const counts = countMessages(report.messages);
  return {
    filePath: report.filePath,
    messages: report.messages.map((m) => toJsonMessage(m, report.source)),
    suppressedMessages: [],
    errorCount: counts.error,
    fatalErrorCount: 0,
    warningCount: counts.warn + counts.info + counts.hint,
    fixableErrorCount: counts.fixableErrors,
    fixableWarningCount: counts.fixableWarnings,
    ...(report.original !== undefined ? { output: report.source } : report.messages.length ? { source: report.source } : {}),
    stats: report.stats,
  };
}

/** ESLint-compatible JSON: an array with one object per note (each note's part is its object, indented as in the array). */
export const jsonFormat: NoteFormat = {
  readsText: true,
  note: (report) => indentedJsonElements([toJsonResult(report)], 1),
  layout: () => ({ head: '[\n', separator: ',\n', tail: '\n]\n', empty: '[]\n' }),
};

/** Format reports as ESLint-compatible JSON. */
export const json: Formatter = formatterOf(jsonFormat);
