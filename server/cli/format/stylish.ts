// The people format, after ESLint's stylish: a table of findings per note, the note's
// verdict under it, and a totals line.
import type { Colors } from 'picocolors/types.js';
import type { LintMessage, NoteStats, ReportSeverity } from '../../../rules/index.js';
import { displayPath, formatterOf, plural, SEVERITY_LABEL, type Counts, type FormatContext, type Formatter, type NoteFormat } from './shared.js';

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

/** The people format: each note's block (its name, its findings, its verdict), then the totals. */
export const stylishFormat: NoteFormat = {
  readsText: false,
  note(report, context) {
    const { colors } = context;
    const name = displayPath(report.filePath, context.cwd);
    const fixedNote = report.fixed ? colors.dim(` (${plural(report.fixed, 'fix', 'fixes')} ${report.written ? 'applied' : 'to apply'})`) : '';
    if (report.messages.length === 0) {
      if (context.quiet) return '';
      return [`${colors.underline(name)}${fixedNote}`, `  ${verdictLine(report.stats, colors)}`, ''].join('\n');
    }
    return [`${colors.underline(name)}${fixedNote}`, ...table(report.messages, colors), `  ${verdictLine(report.stats, colors)}`, ''].join('\n');
  },
  layout({ notes, counts }, context) {
    const summary = summaryLines(notes, counts, context);
    return { head: '', separator: '\n', tail: summary.length ? `\n${summary.join('\n')}` : '', empty: summary.join('\n') };
  },
};

/** The lines under the notes: the totals, and what --fix could do. */
function summaryLines(notes: number, counts: Counts, context: FormatContext): string[] {
  const { colors } = context;
  const out: string[] = [];
  const problems = counts.error + counts.warn + counts.info + counts.hint;
  if (problems === 0) {
    if (notes) out.push(colors.green(`✔ ${plural(notes, 'note')} checked, no problems`), '');
    return out;
  }
  const kinds = [plural(counts.error, 'error'), plural(counts.warn, 'warning')];
  if (counts.info) kinds.push(plural(counts.info, 'info'));
  if (counts.hint) kinds.push(plural(counts.hint, 'hint'));
  const summary = `✖ ${plural(problems, 'problem')} (${kinds.join(', ')}) in ${plural(notes, 'note')}`;
  out.push(counts.error ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
  const fixable = counts.fixableErrors + counts.fixableWarnings;
  if (fixable && !context.fixing) {
    out.push(`  ${plural(counts.fixableErrors, 'error')} and ${plural(counts.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
  }
  out.push('');
  return out;
}

/** Format reports for a terminal. */
export const stylish: Formatter = formatterOf(stylishFormat);
