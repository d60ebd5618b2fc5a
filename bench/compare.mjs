// Side-by-side benchmark: followup-lint beside alex, write-good, textlint, harper.js and the bare
// unified parse, each in its own process, one after another, on one generated corpus. Prints the
// table and writes bench/results/compare.{json,md,svg}. Usage: npm run bench -- --help
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { renderChart } from './chart.mjs';
import { DEFAULT_SEED, bigDocument, generateNotes } from './corpus.mjs';
import { crashed, runProcess } from './lib/spawn.mjs';
import { markdownReport, terminalReport } from './lib/report.mjs';
import { formatMs, formatRatio, median, quantile, round } from './lib/stats.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Every tool, in the order they run and are shown; followup-lint first, the floor second. */
export const TOOL_IDS = ['followup-lint', 'bare-parse', 'alex', 'write-good', 'textlint', 'harper'];

const HELP = `Usage: npm run bench -- [options]   (or: node bench/compare.mjs [options] after a build)

  --notes N       notes in the corpus (default 1000)
  --quick         a short run to try the harness: 100 notes, 20 warm-up, 3 CLI runs
  --only a,b      only these tools (${TOOL_IDS.join(', ')})
  --skip-big      skip the 1 MB document
  --runs N        CLI start-up runs per tool (default 5; the median is reported)
  --rounds N      per-note rounds per tool, the tools taking turns (default 3; --quick 1); each
                  tool's middle round (by median) is reported, every round is kept in the JSON
  --warmup N      notes linted before timing starts (default 100)
  --seed N        corpus seed (default ${DEFAULT_SEED})
  --big-timeout S seconds one tool may take on the 1 MB document before it is recorded as
                  timed out (default 180)
  --out DIR       where to write compare.json/.md/.svg (default bench/results for a full run,
                  bench/.work/results for any partial one, so a trial never overwrites the record)
  -h, --help      this text

Each tool runs in its own Node process, one at a time. Figures are ratios within one run on one
machine, not absolute times to compare across machines.`;

function options() {
  const { values } = parseArgs({
    options: {
      notes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'skip-big': { type: 'boolean', default: false },
      runs: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      seed: { type: 'string' },
      'big-timeout': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const count = (name, fallback) => {
    if (values[name] === undefined) return fallback;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, got "${values[name]}"`);
    return n;
  };
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : TOOL_IDS;
  const unknown = only.filter((id) => !TOOL_IDS.includes(id));
  if (unknown.length) throw new Error(`--only: unknown tool ${unknown.join(', ')}; choose from ${TOOL_IDS.join(', ')}`);
  const notes = count('notes', values.quick ? 100 : 1000);
  if (notes < 1) throw new Error('--notes must be at least 1');
  const partial = values.quick || values.only !== undefined || values.notes !== undefined || values['skip-big'] || values.seed !== undefined || values['big-timeout'] !== undefined || values.rounds !== undefined;
  return {
    notes,
    quick: values.quick,
    tools: TOOL_IDS.filter((id) => only.includes(id)),
    skipBig: values['skip-big'],
    cliRuns: Math.max(1, count('runs', values.quick ? 3 : 5)),
    rounds: Math.max(1, count('rounds', values.quick ? 1 : 3)),
    warmup: count('warmup', values.quick ? 20 : 100),
    seed: count('seed', DEFAULT_SEED),
    partial,
    out: path.resolve(values.out ?? path.join(ROOT, partial ? 'bench/.work/results' : 'bench/results')),
    timeouts: { notesMs: 900_000, bigMs: Math.max(1, count('big-timeout', 180)) * 1000, cliMs: 60_000 },
  };
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryMB: Math.round(os.totalmem() / 1e6),
    loadAverageStart: os.loadavg().map((n) => round(n, 2)),
    commit: git('describe', '--always', '--dirty'),
  };
}

const log = (line) => process.stderr.write(`${line}\n`);

/** Why a child run produced no figures, in a few words plus its last error lines. */
function failure(run, limitMs) {
  if (run.timedOut) return { timedOut: true, limitSeconds: limitMs / 1000 };
  const tail = run.stderr.trim().split('\n').slice(-6).join('\n');
  return { error: `exit ${run.code ?? run.signal}${tail ? `: ${tail}` : ''}` };
}

async function measureInChild(toolFile, args, outFile, limitMs, cwd) {
  const run = await runProcess(process.execPath, [toolFile, ...args], { cwd, timeoutMs: limitMs });
  if (run.timedOut || run.code !== 0) return failure(run, limitMs);
  try {
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } catch {
    return { error: `no result written; ${run.stderr.trim().split('\n').slice(-3).join(' ')}` };
  }
}

/**
 * A tool's per-note figures from several rounds: the round whose median is the median of the
 * rounds' (the lower middle one for an even count), so every figure comes from one real run,
 * with each round's median, p95 and CPU share kept beside it. A failed round is reported if
 * every round failed; otherwise only the rounds that produced figures count.
 */
function middleRound(results) {
  const good = results.filter((r) => r.medianMs !== undefined && !r.error);
  if (good.length === 0) return results[0];
  const byMedian = [...good].sort((a, b) => a.medianMs - b.medianMs);
  const middle = byMedian[(byMedian.length - 1) >> 1];
  const rounds = results.map((r) => (r.medianMs === undefined ? { failed: true } : { medianMs: r.medianMs, p95Ms: r.p95Ms, cpuPerWall: r.cpuPerWall }));
  return results.length > 1 ? { ...middle, rounds } : middle;
}

/** Whole-process wall time for one note, as a user would run it; one untimed run first for the disk cache. */
async function measureCli(tool, work, note, opts) {
  const samples = [];
  let first;
  const { args, how, script = false } = tool.cli('note.md');
  for (let i = 0; i <= opts.cliRuns; i++) {
    const dir = path.join(work, `cli-${tool.id}-${i}`);
    mkdirSync(dir);
    copyFileSync(note, path.join(dir, 'note.md'));
    const run = await runProcess(process.execPath, args, { cwd: dir, timeoutMs: opts.timeouts.cliMs });
    if (run.timedOut || run.signal || crashed(run.stderr)) return { how, script, ...failure(run, opts.timeouts.cliMs) };
    first ??= { exitCode: run.code, output: `${run.stdout}${run.stderr}`.trim().slice(0, 600) };
    if (!first.output) return { how, script, error: 'the CLI printed nothing for a note that has findings' };
    if (i > 0) samples.push(run.ms);
  }
  return { how, script, runs: samples.length, medianMs: round(median(samples), 1), minMs: round(Math.min(...samples), 1), maxMs: round(Math.max(...samples), 1), exitCode: first.exitCode, firstOutput: first.output };
}

function corpusFacts(notes, big, cliNote) {
  const words = notes.map((n) => n.words).sort((a, b) => a - b);
  return {
    notes: notes.length,
    bytes: notes.reduce((sum, n) => sum + Buffer.byteLength(n.text), 0),
    words: { median: median(words), p10: quantile(words, 0.1), p90: quantile(words, 0.9), min: words[0], max: words[words.length - 1] },
    cleanNotes: notes.filter((n) => n.problems.length === 0).length,
    longNotes: notes.filter((n) => n.long).length,
    bigDocumentBytes: big === undefined ? null : Buffer.byteLength(big),
    cliNote: { words: cliNote.words, bytes: Buffer.byteLength(cliNote.text) },
  };
}

/** Ratios to followup-lint (above 1: followup-lint is faster or leaner) and the issue's targets. */
function compare(tools) {
  const byId = Object.fromEntries(tools.map((t) => [t.id, t]));
  const ours = byId['followup-lint'];
  const bare = byId['bare-parse'];
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? round(a / b, 3) : null);
  /**
   * Per-note medians compared round by round (the two ran minutes apart at most), then the
   * median of those ratios; with a single round, or a failed one, the reported rounds' ratio.
   */
  const perNote = (a, b) => {
    const mine = a?.notes?.rounds;
    const theirs = b?.notes?.rounds;
    const each = mine && theirs && mine.length === theirs.length ? mine.map((r, i) => ratio(r.medianMs, theirs[i].medianMs)) : [];
    if (each.length === 0 || each.some((x) => x === null)) return { value: ratio(a?.notes?.medianMs, b?.notes?.medianMs), rounds: undefined };
    return { value: round(median(each), 3), rounds: each };
  };
  for (const t of tools) {
    const byRound = ours ? perNote(t, ours) : undefined;
    t.vsFollowupLint = ours
      ? {
          perNoteMedian: byRound.value,
          ...(byRound.rounds ? { perNoteMedianByRound: byRound.rounds } : {}),
          perNoteP95: ratio(t.notes?.p95Ms, ours.notes?.p95Ms),
          bigDocument: ratio(t.big?.ms, ours.big?.ms),
          bigPeakRss: ratio(t.big?.peakRssMB, ours.big?.peakRssMB),
          cli: ratio(t.cli?.medianMs, ours.cli?.medianMs),
        }
      : null;
  }
  if (!ours) return [];
  const vs = (id, key) => byId[id]?.vsFollowupLint?.[key] ?? null;
  const target = (text, measured, value, met) => ({ target: text, measured: value === null ? 'not measured' : measured, met: value === null ? null : met });
  const perNoteVsBare = bare ? perNote(ours, bare).value : null;
  const bigVsBare = bare ? ratio(ours.big?.ms, bare.big?.ms) : null;
  const alex = vs('alex', 'perNoteMedian');
  const harper = vs('harper', 'perNoteMedian');
  const rss = ours.big?.peakRssMB ?? null;
  const cli = ours.cli?.medianMs ?? null;
  return [
    target('per note, median: at most 2× the bare parse', `${formatRatio(perNoteVsBare)} the bare parse`, perNoteVsBare, perNoteVsBare <= 2),
    target('per note, median: at least 6× faster than alex', `alex takes ${formatRatio(alex)} as long`, alex, alex >= 6),
    target('per note, median: at least 6× faster than harper.js', `harper.js takes ${formatRatio(harper)} as long`, harper, harper >= 6),
    target('1 MB document: no slower than the bare parse', `${formatRatio(bigVsBare)} the bare parse`, bigVsBare, bigVsBare <= 1),
    target('1 MB document: peak memory under 250 MB', `${Math.round(rss)} MB`, rss, rss < 250),
    target('CLI, one note, whole process: under 300 ms (absolute, so machine-bound)', formatMs(cli), cli, cli < 300),
  ];
}

async function main() {
  const opts = options();
  const started = performance.now();
  const facts = machine();
  log(`followup-lint comparison: ${opts.tools.join(', ')}; ${opts.notes} notes, ${opts.skipBig ? 'no 1 MB document' : '1 MB document'}; load average ${facts.loadAverageStart.join(' ')} on ${facts.cores} cores`);

  const work = mkdtempSync(path.join(os.tmpdir(), 'followup-bench-'));
  try {
    const notes = generateNotes(opts.notes, opts.seed);
    // The start-up note: the median-length note, so the CLI figure is for a typical note.
    const cliNote = [...notes].sort((a, b) => a.words - b.words)[notes.length >> 1];
    const big = opts.skipBig ? undefined : bigDocument(1_000_000, opts.seed + 1);
    const files = { corpus: path.join(work, 'corpus.json'), note: path.join(work, 'note.md'), big: path.join(work, 'big.md') };
    writeFileSync(files.corpus, JSON.stringify(notes.map((n) => n.text)));
    writeFileSync(files.note, cliNote.text);
    if (big !== undefined) writeFileSync(files.big, big);
    const corpus = corpusFacts(notes, big, cliNote);
    log(`corpus: ${corpus.notes} notes, ${(corpus.bytes / 1e6).toFixed(2)} MB, median ${corpus.words.median} words${big === undefined ? '' : `; 1 MB document: ${corpus.bigDocumentBytes} bytes`}`);

    const tools = [];
    for (const id of opts.tools) {
      const toolFile = path.join(ROOT, 'bench/tools', `${id}.mjs`);
      const { tool } = await import(toolFile);
      tools.push({ tool, toolFile, entry: { id, label: tool.label, version: tool.version(), what: tool.what, baseline: Boolean(tool.baseline), counts: tool.counts ?? 'findings', loadAverageAtStart: round(os.loadavg()[0], 2) } });
    }
    const phase = async (id, name, run) => {
      const t0 = performance.now();
      const result = await run();
      log(`  ${id}: ${name} ${result.timedOut ? 'timed out' : result.error ? 'failed' : 'done'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      return result;
    };
    // Per note, in rounds: the tools take turns, in order and then in reverse, so a spell of
    // load from elsewhere on a shared machine falls on several tools, not all on one, and
    // neighbours (followup-lint and the bare parse above all) stay side by side in time.
    const rounds = new Map(tools.map(({ entry }) => [entry.id, []]));
    for (let r = 0; r < opts.rounds; r++) {
      for (let k = 0; k < tools.length; k++) {
        const { entry, toolFile } = tools[r % 2 === 0 ? k : tools.length - 1 - k];
        const { id } = entry;
        const out = path.join(work, `${id}-notes-${r}.json`);
        rounds.get(id).push(await phase(id, `notes${opts.rounds > 1 ? `, round ${r + 1} of ${opts.rounds}` : ''}`, () => measureInChild(toolFile, ['notes', files.corpus, out, String(opts.warmup)], out, opts.timeouts.notesMs, work)));
      }
    }
    for (const { entry, tool, toolFile } of tools) {
      const { id } = entry;
      entry.notes = middleRound(rounds.get(id));
      if (!entry.baseline && entry.notes.findings === 0) entry.notes = { error: `reported 0 findings over ${opts.notes} notes that are full of them: the runner is broken`, ...entry.notes };
      entry.big = opts.skipBig ? { skipped: true } : await phase(id, '1 MB document', () => measureInChild(toolFile, ['big', files.big, files.note, path.join(work, `${id}-big.json`)], path.join(work, `${id}-big.json`), opts.timeouts.bigMs, work));
      if (!entry.baseline && entry.big.findings === 0) entry.big = { error: 'reported 0 findings on the 1 MB document: the runner is broken', ...entry.big };
      entry.cli = await phase(id, `CLI ×${opts.cliRuns}`, () => measureCli(tool, work, files.note, opts));
    }

    const targets = compare(tools.map((t) => t.entry));
    const result = {
      benchmark: 'followup-lint side-by-side comparison (bench/compare.mjs)',
      caveat: `Figures are ratios within one run on one machine (tools run one after another, each in its own process; per note, ${opts.rounds} round(s), each tool's middle round shown and ratios taken round by round); they are not absolute times to compare across machines.`,
      machine: { ...facts, loadAverageEnd: os.loadavg().map((n) => round(n, 2)) },
      options: { notes: opts.notes, seed: opts.seed, warmup: opts.warmup, rounds: opts.rounds, cliRuns: opts.cliRuns, quick: opts.quick, tools: opts.tools, skipBig: opts.skipBig, timeouts: opts.timeouts },
      corpus,
      method: {
        perNote: `${opts.rounds} round(s), the tools taking turns in order and then in reverse, each round a fresh process; each tool's figures are its round with the median median (all rounds under rounds), and its per-note ratio to followup-lint is the median of the two tools' round-by-round ratios (under perNoteMedianByRound). In a round each note is linted once after ${opts.warmup} warm-up notes; wall time per call (performance.now), awaiting async APIs; MB/s = corpus bytes / summed call time`,
        cpuPerWall: 'CPU time the measuring process used per unit of wall time while timing: near 1 (or above, with GC and compiler threads) means the tool had a core to itself; well below 1 means other work on the machine inflated its times',
        bigDocument: 'a fresh process loads the tool, lints one note, then lints the 1 MB document once; peak RSS is process.resourceUsage().maxRSS at the end (MB = 10^6 bytes), including the tool loaded',
        cli: `whole-process wall time, spawn to exit, for the median-length note in a fresh folder; median of ${opts.cliRuns} runs after one untimed run`,
      },
      tools: tools.map((t) => t.entry),
      targets,
      durationSeconds: round((performance.now() - started) / 1000, 1),
    };

    mkdirSync(opts.out, { recursive: true });
    writeFileSync(path.join(opts.out, 'compare.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(path.join(opts.out, 'compare.md'), markdownReport(result));
    writeFileSync(path.join(opts.out, 'compare.svg'), renderChart(result));
    console.log(terminalReport(result));
    console.log(`\nwritten to ${path.relative(process.cwd(), opts.out) || '.'}/compare.{json,md,svg} in ${result.durationSeconds} s`);
    if (result.tools.some((t) => t.notes.error || t.big.error || t.cli.error)) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
