// What every output format receives, and the counts they share.
import path from 'node:path';
import type { Colors } from 'picocolors/types.js';
import type { LintMessage, ReportSeverity } from '../../../rules/index.js';
import type { FileReport } from '../lint-files.js';

/** What a formatter is given. */
export interface FormatContext {
  cwd: string;
  colors: Colors;
  /** The tool's version, for formats that name it. */
  version: string;
  /** Whether fixes were applied or previewed (changes the fixable hint). */
  fixing: boolean;
  /** --quiet: messages are errors only, and notes without any are left out of the people format. */
  quiet: boolean;
}

/** A formatter turns the run's reports into text (ending with a newline when not empty). */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

/** A path as shown to people and in annotations: relative to the cwd, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>') return filePath;
  const rel = path.relative(cwd, filePath);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? filePath : rel).split(path.sep).join('/');
}

/** Whether `--fix` would apply something for this message. */
export function hasSafeFix(message: LintMessage): boolean {
  return message.fixes.some((f) => f.safe);
}

/** Totals over a set of messages. */
export interface Counts {
  error: number;
  warn: number;
  info: number;
  hint: number;
  fixableErrors: number;
  fixableWarnings: number;
}

/** Count messages per severity, and those `--fix` can resolve. */
export function countMessages(messages: readonly LintMessage[]): Counts {
  const counts: Counts = { error: 0, warn: 0, info: 0, hint: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const m of messages) {
    counts[m.severity]++;
    if (!hasSafeFix(m)) continue;
    if (m.severity === 'error') counts.fixableErrors++;
    else counts.fixableWarnings++;
  }
  return counts;
}

/** "1 error", "2 warnings", "3 fixes". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Severity names as printed. */
export const SEVERITY_LABEL: Record<ReportSeverity, string> = { error: 'error', warn: 'warning', info: 'info', hint: 'hint' };
