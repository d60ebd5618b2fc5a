// Turns a comparison result into the Markdown report and the terminal table.
import { formatMs, formatRatio } from './stats.mjs';

/** A cell for a phase that produced no figure, or undefined when it did. */
function missing(phase) {
  if (!phase) return '–';
  if (phase.skipped) return 'skipped';
  if (phase.timedOut) return `timed out (> ${phase.limitSeconds} s)`;
  if (phase.error && phase.medianMs === undefined && phase.ms === undefined) return 'failed';
  return undefined;
}

const thousands = (n) => n.toLocaleString('en-US');

/** The main table: one row per tool. */
export function mainRows(result) {
  const header = ['tool', 'per note, median', 'per note, p95', 'MB/s', 'findings', '1 MB document', 'peak RSS, 1 MB', 'CLI, one note', 'median ÷ followup-lint'];
  const rows = result.tools.map((t) => {
    const notesGap = missing(t.notes);
    const bigGap = missing(t.big);
    const cliGap = missing(t.cli);
    const found = notesGap ?? (t.baseline ? `${thousands(t.notes.findings)} ${t.counts}, no rules` : thousands(t.notes.findings));
    return [
      t.label,
      notesGap ?? formatMs(t.notes.medianMs),
      notesGap ?? formatMs(t.notes.p95Ms),
      notesGap ?? t.notes.mbPerSecond.toFixed(2),
      t.notes.error && !notesGap ? `${found} (runner error)` : found,
      bigGap ?? `${formatMs(t.big.ms)}${t.big.error ? ' (runner error)' : ''}`,
      bigGap ?? `${Math.round(t.big.peakRssMB)} MB`,
      cliGap ?? `${formatMs(t.cli.medianMs)}${t.cli.script ? ' †' : ''}`,
      t.id === 'followup-lint' ? '1×' : formatRatio(t.vsFollowupLint?.perNoteMedian ?? NaN),
    ];
  });
  return [header, ...rows];
}

/** Ratios of every figure to followup-lint's. */
function ratioRows(result) {
  const header = ['tool', 'per note, median', 'per note, p95', '1 MB document', 'peak RSS, 1 MB', 'CLI, one note'];
  const rows = result.tools
    .filter((t) => t.id !== 'followup-lint' && t.vsFollowupLint)
    .map((t) => {
      const r = t.vsFollowupLint;
      return [t.label, formatRatio(r.perNoteMedian ?? NaN), formatRatio(r.perNoteP95 ?? NaN), formatRatio(r.bigDocument ?? NaN), formatRatio(r.bigPeakRss ?? NaN), formatRatio(r.cli ?? NaN)];
    });
  return [header, ...rows];
}

function targetRows(result) {
  return [['target (issue 5)', 'measured', 'met'], ...result.targets.map((t) => [t.target, t.measured, t.met === null ? '–' : t.met ? 'yes' : 'no'])];
}

/** A Markdown table with padded columns, readable as plain text too. */
export function table(rows, rightAligned = []) {
  const widths = rows[0].map((_, c) => Math.max(3, ...rows.map((r) => [...r[c]].length)));
  const pad = (cell, c) => (rightAligned.includes(c) ? cell.padStart(widths[c] + cell.length - [...cell].length) : cell.padEnd(widths[c] + cell.length - [...cell].length));
  const line = (r) => `| ${r.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (rightAligned.includes(c) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

function runLine(result) {
  const m = result.machine;
  const c = result.corpus;
  const big = c.bigDocumentBytes ? ` and one ${(c.bigDocumentBytes / 1e6).toFixed(2)} MB document of notes under headings` : '';
  return [
    `${m.date.slice(0, 10)} · ${m.cpu}, ${m.cores} cores · Node ${m.node} · load average ${m.loadAverageStart.join(' ')} at start · commit ${m.commit}`,
    `Corpus: ${thousands(c.notes)} generated follow-up notes (seed ${result.options.seed}; median ${c.words.median} words, ${(c.bytes / 1e6).toFixed(2)} MB; ${c.cleanNotes} clean, ${c.longNotes} far too long)${big}.`,
  ];
}

const NUMERIC = [1, 2, 3, 5, 6, 7, 8];
const FOOTNOTE = '† no CLI exists: a small Node script that loads the tool and lints the note.';

/** The report written to bench/results/compare.md. */
export function markdownReport(result) {
  const usage = result.tools.map((t) => `- **${t.label}** (${t.version}): ${t.what}. One note from a shell: ${!t.cli.how ? '–' : t.cli.script ? t.cli.how : `\`${t.cli.how}\``}.`);
  const share = (phase) => (Number.isFinite(phase?.cpuPerWall) ? phase.cpuPerWall.toFixed(2) : '–');
  const contention = result.tools.map((t) => `${t.label} ${share(t.notes)} / ${share(t.big)}`).join(', ');
  return `${[
    '# followup-lint beside other prose linters',
    '',
    ...runLine(result).map((l) => `${l}  `),
    '',
    `> ${result.caveat}`,
    '',
    table(mainRows(result), NUMERIC),
    '',
    FOOTNOTE,
    '',
    '## Ratios to followup-lint',
    '',
    'Each figure divided by followup-lint’s: above 1× means followup-lint is faster or leaner.',
    '',
    table(ratioRows(result), [1, 2, 3, 4, 5]),
    '',
    '## Targets',
    '',
    table(targetRows(result)),
    '',
    '## How each tool was run',
    '',
    ...usage,
    '',
    '## Method',
    '',
    `- Per note: ${result.method.perNote}.`,
    `- 1 MB document: ${result.method.bigDocument}.`,
    `- CLI, one note: ${result.method.cli}.`,
    `- Each tool runs in its own process, one after another, never two at once. The whole run took ${result.durationSeconds} s; the load average went from ${result.machine.loadAverageStart.join(' ')} to ${result.machine.loadAverageEnd.join(' ')}.`,
    `- CPU time ÷ wall time while timing (corpus / 1 MB document): ${contention}. Well below 1 means other work on the machine took turns with that tool, and its times are inflated by as much.`,
    '- Regenerate with `npm run bench`; raw figures are in `compare.json`.',
  ].join('\n')}\n`;
}

/** What `npm run bench` prints. */
export function terminalReport(result) {
  return [
    '',
    ...runLine(result),
    result.caveat,
    '',
    table(mainRows(result), NUMERIC),
    FOOTNOTE,
    '',
    'Ratios to followup-lint (above 1× means followup-lint is faster or leaner):',
    table(ratioRows(result), [1, 2, 3, 4, 5]),
    '',
    table(targetRows(result)),
  ].join('\n');
}
