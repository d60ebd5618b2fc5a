// The people format, after ESLint's stylish: a table of findings per note, the note's
// verdict under it, and a totals line.
import type { Colors } from 'picocolors/types.js';
import type { LintMessage, NoteStats, ReportSeverity } from '../../../rules/index.js';
import type { FileReport } from '../lint-files.js';
import { countMessages, displayPath, plural, SEVERITY_LABEL, type Formatter } from './shared.js';

function paint(colors: Colors, severity: ReportSeverity, text: string): string {
  return severity === 'error' ? colors.red(text) : severity === 'warn' ? colors.yellow(text) : severity === 'info' ? colors.blue(text) : colors.gray(text);
}

/** Pad the visible text to `width` (colour codes excluded from the width). */
function pad(text: string, visible: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visible.length));
}

function findings(stats: NoteStats): string {
  const parts: string[] = [];
  if (stats.errors) parts.push(plural(stats.errors, 'error'));
  if (stats.warnings) parts.push(plural(stats.warnings, 'warning'));
  if (stats.infos) parts.push(plural(stats.infos, 'info'));
  if (stats.hints) parts.push(plural(stats.hints, 'hint'));
  return parts.length ? parts.join(', ') : 'no findings';
}

/** The one-line verdict on a note: length against budget, findings, readiness. */
export function verdictLine(stats: NoteStats, colors: Colors): string {
  const over = stats.wordCount > stats.maxWords;
  const words = `${stats.wordCount}/${stats.maxWords} words${over ? ` (${stats.wordCount - stats.maxWords} over)` : ''}`;
  const ready = stats.readyToSend ? colors.green('ready to send') : colors.red('not ready to send: fix the errors first');
  const mark = stats.readyToSend ? colors.green('✔') : colors.red('✖');
  return `${mark} ${over ? colors.yellow(words) : words} · ${findings(stats)} · ${ready}`;
}

function table(messages: readonly LintMessage[], colors: Colors): string[] {
  const rows = messages.map((m) => ({
    m,
    place: `${m.line}:${m.column}`,
    severity: SEVERITY_LABEL[m.severity],
    reason: m.reason.replace(/\s*\n\s*/g, ' '),
  }));
  const placeWidth = Math.max(...rows.map((r) => r.place.length));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const reasonWidth = Math.max(...rows.map((r) => r.reason.length));
  return rows.map(
    (r) =>
      `  ${colors.dim(r.place.padStart(placeWidth))}  ${pad(paint(colors, r.m.severity, r.severity), r.severity, severityWidth)}  ${pad(r.reason, r.reason, reasonWidth)}  ${colors.dim(r.m.ruleId)}`,
  );
}

/** Format reports for a terminal. */
export const stylish: Formatter = (reports: readonly FileReport[], context) => {
  const { colors } = context;
  const out: string[] = [];
  const all = reports.flatMap((r) => r.messages);
  for (const report of reports) {
    const name = displayPath(report.filePath, context.cwd);
    const fixedNote = report.fixed ? colors.dim(` (${plural(report.fixed, 'fix', 'fixes')} ${report.written ? 'applied' : 'to apply'})`) : '';
    if (report.messages.length === 0) {
      if (context.quiet) continue;
      out.push(`${colors.underline(name)}${fixedNote}`, `  ${verdictLine(report.stats, colors)}`, '');
      continue;
    }
    out.push(`${colors.underline(name)}${fixedNote}`, ...table(report.messages, colors), `  ${verdictLine(report.stats, colors)}`, '');
  }
  const counts = countMessages(all);
  const problems = counts.error + counts.warn + counts.info + counts.hint;
  if (problems === 0) {
    if (reports.length) out.push(colors.green(`✔ ${plural(reports.length, 'note')} checked, no problems`), '');
    return out.join('\n');
  }
  const parts = [plural(counts.error, 'error'), plural(counts.warn, 'warning')];
  if (counts.info) parts.push(plural(counts.info, 'info'));
  if (counts.hint) parts.push(plural(counts.hint, 'hint'));
  const summary = `✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${plural(reports.length, 'note')}`;
  out.push(counts.error ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
  const fixable = counts.fixableErrors + counts.fixableWarnings;
  if (fixable && !context.fixing) {
    out.push(`  ${plural(counts.fixableErrors, 'error')} and ${plural(counts.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
  }
  out.push('');
  return out.join('\n');
};
