// `npm run quality`: lints the labelled corpus and prints precision, recall and F1 per rule.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { lintSync, RULE_IDS } from '../rules/index.js';
import { LABELLED_RULES, SPLITS, loadCorpus, type CorpusNote, type NoteKind } from './corpus.js';

/** One finding that decided a prediction, kept to show why. */
export interface Flag {
  line: number;
  column: number;
  text: string;
  reason: string;
}

/** A note after linting: what the rules predicted, with the findings behind each. */
export interface ScoredNote {
  path: string;
  split: string;
  kind: NoteKind;
  expected: Set<string>;
  predicted: Map<string, Flag[]>;
  why?: string;
}

/** Counts and scores for one rule on one split; scores are null where undefined (0/0). */
export interface RuleScore {
  rule: string;
  implemented: boolean;
  tp: number;
  fp: number;
  fn: number;
  support: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Averages over the implemented rules. */
export interface Average {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Everything reported for one split. */
export interface SplitReport {
  split: string;
  notes: number;
  kinds: Record<NoteKind, number>;
  rules: RuleScore[];
  micro: Average;
  macro: Average;
  /** False positives on notes labelled clean or near-miss. */
  cleanFalsePositives: Array<{ path: string; kind: NoteKind; rule: string; flags: Flag[] }>;
  falsePositives: Array<{ path: string; rule: string; flags: Flag[] }>;
  falseNegatives: Array<{ path: string; rule: string; why?: string }>;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function f1Of(p: number | null, r: number | null): number | null {
  if (r === 0) return 0;
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function mean(values: Array<number | null>): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length === 0 ? null : defined.reduce((s, v) => s + v, 0) / defined.length;
}

/** Lint one corpus note with its folder's configuration and collect predictions per rule. */
export function scoreNote(note: CorpusNote, rules: readonly string[]): ScoredNote {
  const failed = new Set<string>();
  const { messages } = lintSync(note.source, {
    config: note.config,
    filePath: note.path,
    onRuleError: (ruleId) => failed.add(ruleId),
  });
  const predicted = new Map<string, Flag[]>();
  for (const m of messages) {
    if (!rules.includes(m.ruleId)) continue;
    // A crashed rule reports its failure under its own id; that is not a prediction.
    if (failed.has(m.ruleId) && m.reason.startsWith(`Rule ${m.ruleId} failed`)) continue;
    const flags = predicted.get(m.ruleId) ?? [];
    flags.push({ line: m.line, column: m.column, text: m.actual ?? '', reason: m.reason });
    predicted.set(m.ruleId, flags);
  }
  for (const id of failed) if (rules.includes(id)) process.stderr.write(`warning: rule ${id} crashed on ${note.path}\n`);
  return {
    path: note.path,
    split: note.split,
    kind: note.label.kind,
    expected: new Set(note.label.rules.filter((r) => rules.includes(r))),
    predicted,
    ...(note.label.notes ? { why: note.label.notes } : {}),
  };
}

/** Score a set of linted notes for the given rules. */
export function scoreSplit(split: string, notes: readonly ScoredNote[], rules: readonly string[], implemented: ReadonlySet<string>): SplitReport {
  const kinds: Record<NoteKind, number> = { clean: 0, 'near-miss': 0, flawed: 0 };
  for (const n of notes) kinds[n.kind]++;
  const report: SplitReport = {
    split,
    notes: notes.length,
    kinds,
    rules: [],
    micro: { precision: null, recall: null, f1: null },
    macro: { precision: null, recall: null, f1: null },
    cleanFalsePositives: [],
    falsePositives: [],
    falseNegatives: [],
  };
  let tpSum = 0;
  let fpSum = 0;
  let fnSum = 0;
  for (const rule of rules) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const isImplemented = implemented.has(rule);
    for (const n of notes) {
      const want = n.expected.has(rule);
      const flags = n.predicted.get(rule);
      if (want && flags) tp++;
      else if (flags) {
        fp++;
        report.falsePositives.push({ path: n.path, rule, flags });
        if (n.kind !== 'flawed') report.cleanFalsePositives.push({ path: n.path, kind: n.kind, rule, flags });
      } else if (want) {
        fn++;
        // An unimplemented rule misses everything; listing each miss would only be noise.
        if (isImplemented) report.falseNegatives.push({ path: n.path, rule, ...(n.why ? { why: n.why } : {}) });
      }
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    report.rules.push({ rule, implemented: isImplemented, tp, fp, fn, support: tp + fn, precision, recall, f1: f1Of(precision, recall) });
    if (isImplemented) {
      tpSum += tp;
      fpSum += fp;
      fnSum += fn;
    }
  }
  const scored = report.rules.filter((r) => r.implemented);
  const microP = ratio(tpSum, tpSum + fpSum);
  const microR = ratio(tpSum, tpSum + fnSum);
  report.micro = { precision: microP, recall: microR, f1: f1Of(microP, microR) };
  report.macro = {
    precision: mean(scored.map((r) => r.precision)),
    recall: mean(scored.map((r) => r.recall)),
    f1: mean(scored.map((r) => r.f1)),
  };
  return report;
}

// ---------------------------------------------------------------------------
// Rendering

const num = (v: number | null): string => (v === null ? '–' : v.toFixed(2));

function kindsLine(r: SplitReport): string {
  return `${r.notes} notes: ${r.kinds.clean} clean, ${r.kinds['near-miss']} near-miss, ${r.kinds.flawed} flawed`;
}

function tableRows(r: SplitReport): string[][] {
  const rows = r.rules.map((s) =>
    s.implemented
      ? [s.rule, num(s.precision), num(s.recall), num(s.f1), String(s.tp), String(s.fp), String(s.fn), String(s.support)]
      : [s.rule, 'not implemented', '', '', '', '', '', String(s.support)],
  );
  rows.push(['micro average', num(r.micro.precision), num(r.micro.recall), num(r.micro.f1), '', '', '', '']);
  rows.push(['macro average', num(r.macro.precision), num(r.macro.recall), num(r.macro.f1), '', '', '', '']);
  return rows;
}

const HEADER = ['rule', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'support'];

/** An aligned plain-text table: text left, figures right; "not implemented" spans the score columns. */
function textTable(rows: string[][]): string {
  const all = [HEADER, ...rows];
  const spans = (row: string[]): boolean => row[1] === 'not implemented';
  const widths = HEADER.map((_, i) => Math.max(...all.map((row) => (spans(row) && i > 0 && i < 7 ? 0 : (row[i] ?? '').length))));
  const spanWidth = widths.slice(1, 7).reduce((s, w) => s + w, 0) + 2 * 5;
  const line = (row: string[]): string => {
    if (spans(row)) return [row[0]!.padEnd(widths[0]!), row[1]!.padEnd(spanWidth), row[7]!.padStart(widths[7]!)].join('  ');
    return row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = rows.map(line);
  // A rule above the averages sets them apart from the per-rule rows.
  body.splice(rows.length - 2, 0, rule);
  return [line(HEADER), rule, ...body].join('\n');
}

function flagText(f: Flag): string {
  const text = f.text.replace(/\s+/g, ' ').trim();
  const shown = text.length > 90 ? `${text.slice(0, 87)}...` : text;
  return `${f.line}:${f.column} "${shown}" (${f.reason})`;
}

/** The human-readable report for one split. */
export function renderText(r: SplitReport, verbose: boolean): string {
  const out: string[] = [`Split: ${r.split} (${kindsLine(r)})`, '', textTable(tableRows(r))];
  const missing = r.rules.filter((s) => !s.implemented).map((s) => s.rule);
  if (missing.length) out.push('', `Not implemented (excluded from averages): ${missing.join(', ')}`);
  out.push('', `False positives on clean and near-miss notes: ${r.cleanFalsePositives.length}`);
  for (const fp of r.cleanFalsePositives) out.push(`  ${fp.path}  ${fp.rule}  (${fp.kind})`);
  if (verbose) {
    out.push('', `All false positives: ${r.falsePositives.length}`);
    for (const fp of r.falsePositives) {
      out.push(`  ${fp.path}  ${fp.rule}`);
      for (const f of fp.flags) out.push(`      ${flagText(f)}`);
    }
    out.push('', `All false negatives: ${r.falseNegatives.length}`);
    for (const fn of r.falseNegatives) out.push(`  ${fn.path}  ${fn.rule}${fn.why ? `  (label: ${fn.why})` : ''}`);
  }
  return out.join('\n');
}

/** One line per split, so several splits can be compared at a glance after their tables. */
export function renderSummary(reports: readonly SplitReport[]): string {
  const header = ['split', 'notes', 'micro P', 'micro R', 'micro F1', 'macro F1', 'clean FPs'];
  const rows = reports.map((r) => [r.split, String(r.notes), num(r.micro.precision), num(r.micro.recall), num(r.micro.f1), num(r.macro.f1), String(r.cleanFalsePositives.length)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return ['Summary', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The Markdown tables for docs/quality.md. */
export function renderMarkdown(reports: readonly SplitReport[]): string {
  const out: string[] = [
    '# Rule quality on the labelled corpus',
    '',
    'Generated by `npm run quality -- --write-docs`; do not edit by hand. Each note in',
    '`test/corpus/` is linted with the default configuration (template folders set',
    '`"templates": true`); a rule counts as predicted for a note when it reports',
    'anything there, and is scored against the hand labels in `test/corpus/labels.json`.',
    '`dev` and `test` are read while tuning rules; `holdout` is written blind and never',
    'read while tuning, so its table is the honest measurement. Averages cover the',
    'rules that are implemented.',
  ];
  for (const r of reports) {
    out.push('', `## ${r.split} (${kindsLine(r)})`, '', `| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const row of tableRows(r)) {
      const cells = row[1] === 'not implemented' ? [row[0]!, 'not implemented', '', '', '', '', '', row[7]!] : row;
      const label = cells[0]!.includes('average') ? `**${cells[0]}**` : `\`${cells[0]}\``;
      out.push(`| ${[label, ...cells.slice(1)].join(' | ')} |`);
    }
    out.push('', `False positives on clean and near-miss notes: ${r.cleanFalsePositives.length}.`);
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// Command line

const USAGE = `Usage: npm run quality -- [options]

Options:
  --split NAME           dev, test, holdout or all (default: all, which prints each split,
                         then every note together, then a one-line-per-split summary);
                         holdout is the blind split, the honest measurement
  --rules a,b            only these rules
  --verbose              list every false positive and false negative with the flagged text
  --json                 print machine-readable JSON instead of tables
  --min-f1 X             exit 1 if any implemented rule's F1 is below X on the last split printed
  --write-docs           also write the Markdown tables to docs/quality.md
  --help                 show this help`;

/** Run the quality report; returns the exit code. */
export function main(argv: readonly string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        split: { type: 'string', default: 'all' },
        rules: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'min-f1': { type: 'string' },
        'write-docs': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const split = values.split;
  if (split !== 'all' && !(SPLITS as readonly string[]).includes(split)) {
    process.stderr.write(`--split must be one of ${[...SPLITS, 'all'].join(', ')} (got "${split}")\n`);
    return 2;
  }
  const rules = values.rules ? values.rules.split(',').map((r) => r.trim()).filter(Boolean) : [...LABELLED_RULES];
  const unknown = rules.filter((r) => !(LABELLED_RULES as readonly string[]).includes(r));
  if (unknown.length) {
    process.stderr.write(`unknown rule id(s): ${unknown.join(', ')}; the corpus is labelled for: ${LABELLED_RULES.join(', ')}\n`);
    return 2;
  }
  let minF1: number | undefined;
  if (values['min-f1'] !== undefined) {
    minF1 = Number(values['min-f1']);
    if (!Number.isFinite(minF1) || minF1 < 0 || minF1 > 1) {
      process.stderr.write(`--min-f1 must be a number between 0 and 1 (got "${values['min-f1']}")\n`);
      return 2;
    }
  }

  let scored: ScoredNote[];
  try {
    scored = loadCorpus().map((note) => scoreNote(note, rules));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const implemented = new Set(RULE_IDS);
  const splits = split === 'all' ? [...SPLITS, 'all'] : [split];
  const reports = splits.map((s) => scoreSplit(s, s === 'all' ? scored : scored.filter((n) => n.split === s), rules, implemented));

  if (values.json) process.stdout.write(`${JSON.stringify({ rules, implemented: rules.filter((r) => implemented.has(r)), splits: reports }, null, 2)}\n`);
  else {
    const tables = reports.map((r) => renderText(r, values.verbose));
    if (reports.length > 1) tables.push(renderSummary(reports));
    process.stdout.write(`${tables.join('\n\n')}\n`);
  }

  if (values['write-docs']) {
    // The docs carry every split, whatever was asked to print.
    const docReports = split === 'all' ? reports : [...SPLITS, 'all'].map((s) => scoreSplit(s, s === 'all' ? scored : scored.filter((n) => n.split === s), rules, implemented));
    writeFileSync(new URL('../docs/quality.md', import.meta.url), renderMarkdown(docReports));
    if (!values.json) process.stdout.write('\nWrote docs/quality.md\n');
  }

  if (minF1 !== undefined) {
    const last = reports[reports.length - 1]!;
    const below = last.rules.filter((r) => r.implemented && r.f1 !== null && r.f1 < minF1);
    if (below.length) {
      process.stderr.write(`F1 below ${minF1} on ${last.split}: ${below.map((r) => `${r.rule} (${num(r.f1)})`).join(', ')}\n`);
      return 1;
    }
  }
  return 0;
}

// Run only as a program, not when a test imports the scoring functions.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
