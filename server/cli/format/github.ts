// GitHub Actions workflow commands: one annotation per finding.
import type { ReportSeverity } from '../../../rules/index.js';
import { displayPath, formatterOf, type Formatter, type NoteFormat } from './shared.js';

const COMMAND: Record<ReportSeverity, string> = { error: 'error', warn: 'warning', info: 'notice', hint: 'notice' };

/** Escape a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value (also `:` and `,`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::warning file=…::message` lines, a note's lines together. */
export const githubFormat: NoteFormat = {
  readsText: false,
  note(report, context) {
    const lines: string[] = [];
    const file = escapeProperty(displayPath(report.filePath, context.cwd));
    for (const m of report.messages) {
      const props = [
        `file=${file}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`followup-lint (${m.ruleId})`)}`,
      ];
      lines.push(`::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.reason)}`);
    }
    return lines.join('\n');
  },
  layout: () => ({ head: '', separator: '\n', tail: '\n', empty: '' }),
};

/** Format reports as `::warning file=…::message` lines. */
export const github: Formatter = formatterOf(githubFormat);
