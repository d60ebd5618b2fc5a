// Draws the comparison as a standalone SVG bar chart (four panels, one bar per tool), by hand.
// Re-render from saved figures: node bench/chart.mjs [compare.json] [compare.svg]
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMs, formatRatio } from './lib/stats.mjs';

const WIDTH = 980;
const PANEL_WIDTH = 460;
const GUTTER = 20;
const LABEL_WIDTH = 186;
const VALUE_ROOM = 112;
const ROW = 30;
const BAR = 18;
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif";
const COLORS = { ours: '#2563eb', other: '#94a3b8', baseline: '#cbd5e1', text: '#1f2937', muted: '#6b7280', grid: '#e5e7eb' };

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The four panels: what each bar shows, read from one tool's result. */
const PANELS = [
  { title: 'Per note, median', value: (t) => t.notes?.medianMs, ratio: 'perNoteMedian', gap: (t) => t.notes, format: formatMs },
  { title: 'One 1 MB document', value: (t) => t.big?.ms, ratio: 'bigDocument', gap: (t) => t.big, format: formatMs },
  { title: 'Peak memory on the 1 MB document', value: (t) => t.big?.peakRssMB, ratio: 'bigPeakRss', gap: (t) => t.big, format: (v) => `${Math.round(v)} MB` },
  { title: 'CLI, one note, whole process', value: (t) => t.cli?.medianMs, ratio: 'cli', gap: (t) => t.cli, format: (v, t) => `${formatMs(v)}${t.cli?.script ? ' †' : ''}` },
];

function gapText(phase) {
  if (!phase) return 'not run';
  if (phase.skipped) return 'skipped';
  if (phase.timedOut) return `timed out (> ${phase.limitSeconds} s)`;
  return 'failed';
}

function panel(spec, tools, x, y) {
  const parts = [`<text x="${x}" y="${y + 14}" font-size="15" font-weight="600" fill="${COLORS.text}">${escape(spec.title)}</text>`];
  const values = tools.map((t) => spec.value(t)).filter((v) => Number.isFinite(v));
  const max = Math.max(...values, 0);
  const barLeft = x + LABEL_WIDTH;
  const barRoom = PANEL_WIDTH - LABEL_WIDTH - VALUE_ROOM;
  parts.push(`<line x1="${barLeft}" y1="${y + 26}" x2="${barLeft}" y2="${y + 30 + tools.length * ROW}" stroke="${COLORS.grid}"/>`);
  tools.forEach((t, i) => {
    const rowY = y + 30 + i * ROW;
    const ours = t.id === 'followup-lint';
    const weight = ours ? ' font-weight="700"' : '';
    const style = t.baseline ? ' font-style="italic"' : '';
    parts.push(`<text x="${barLeft - 10}" y="${rowY + BAR / 2 + 5}" font-size="13" text-anchor="end" fill="${ours ? COLORS.ours : COLORS.text}"${weight}${style}>${escape(t.label)}</text>`);
    const v = spec.value(t);
    if (Number.isFinite(v) && max > 0) {
      const w = Math.max(2, (v / max) * barRoom);
      const fill = ours ? COLORS.ours : t.baseline ? COLORS.baseline : COLORS.other;
      parts.push(`<rect x="${barLeft}" y="${rowY}" width="${w.toFixed(1)}" height="${BAR}" rx="3" fill="${fill}"/>`);
      const ratio = t.vsFollowupLint?.[spec.ratio];
      const times = !ours && Number.isFinite(ratio) ? `<tspan fill="${COLORS.muted}"> · ${escape(formatRatio(ratio))}</tspan>` : '';
      parts.push(`<text x="${(barLeft + w + 6).toFixed(1)}" y="${rowY + BAR / 2 + 5}" font-size="12.5" fill="${ours ? COLORS.ours : COLORS.text}"${weight}>${escape(spec.format(v, t))}${times}</text>`);
    } else {
      parts.push(`<text x="${barLeft + 6}" y="${rowY + BAR / 2 + 5}" font-size="12.5" font-style="italic" fill="${COLORS.muted}">${escape(gapText(spec.gap(t)))}</text>`);
    }
  });
  return parts.join('\n  ');
}

/** The chart for a comparison result (the object bench/compare.mjs writes as compare.json). */
export function renderChart(result) {
  const tools = result.tools;
  const panelHeight = 40 + tools.length * ROW;
  const top = 92;
  const height = top + 2 * panelHeight + GUTTER + 50;
  const m = result.machine;
  const c = result.corpus;
  const big = c.bigDocumentBytes ? ` and one ${(c.bigDocumentBytes / 1e6).toFixed(2)} MB document` : '';
  const subtitle = `${c.notes.toLocaleString('en-US')} generated follow-up notes (median ${c.words.median} words)${big}; each tool in its own process. Shorter is better.`;
  const ratioLine = 'Each × is that figure divided by followup-lint’s, in this one run; absolute times depend on the machine.';
  const machineLine = `Run ${m.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, Node ${m.node}.`;
  const panels = PANELS.map((spec, i) => panel(spec, tools, 20 + (i % 2) * (PANEL_WIDTH + GUTTER), top + Math.floor(i / 2) * (panelHeight + GUTTER)));
  const footY = height - 34;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escape(FONT)}" role="img" aria-labelledby="title">
  <title id="title">followup-lint beside alex, write-good, textlint, harper.js and the bare unified parse</title>
  <rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${height - 1}" rx="8" fill="#ffffff" stroke="${COLORS.grid}"/>
  <text x="20" y="34" font-size="20" font-weight="700" fill="${COLORS.text}">followup-lint beside other prose linters</text>
  <text x="20" y="57" font-size="13" fill="${COLORS.muted}">${escape(subtitle)}</text>
  <text x="20" y="76" font-size="13" fill="${COLORS.muted}">${escape(ratioLine)}</text>
  ${panels.join('\n  ')}
  <text x="20" y="${footY}" font-size="12" fill="${COLORS.muted}">† no CLI exists: a small Node script that loads the tool and lints the note.</text>
  <text x="20" y="${footY + 18}" font-size="12" fill="${COLORS.muted}">${escape(machineLine)} Figures: bench/results/compare.json (npm run bench).</text>
</svg>
`;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const input = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, 'results/compare.json'));
  const output = path.resolve(process.argv[3] ?? path.join(path.dirname(input), 'compare.svg'));
  writeFileSync(output, renderChart(JSON.parse(readFileSync(input, 'utf8'))));
  console.log(`written to ${path.relative(process.cwd(), output)}`);
}
