// Language-server latency benchmark: spawns the built server over stdio and measures
// open→diagnostics, edit→diagnostics and a quick-fix request for a ~300-word note and a 1 MB document (and the
// edits of that document again with a comment marker at its top, and edits in a list of 1,000 items), with the
// debounce set to 0 so only the server's own work is timed, and what carrying the 1 MB
// document's diagnostics from a process to this one costs by itself. Each edit's time is split as
// the server reports it (FOLLOWUP_LINT_TIMINGS): its own span from the lint's start to the
// diagnostics written, and inside it the worker's text, lint and diagnostics. Prints a table and writes
// bench/results/server.json. Usage: node bench/server.mjs [--runs N] [--big-runs N] [--big-edits N]
// [--only PATTERN] [--sequence]. --only runs the documents whose name matches PATTERN (a regular
// expression, case-insensitive) and writes no results file; --sequence prints each edit row's
// times in the order taken (end to end, the server's span, the lint in its worker).
// SERVER_NODE_FLAGS passes flags to the server's node (e.g. "--cpu-prof --cpu-prof-dir=prof").
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { firstHundred } from './lib/notes-folder.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SERVER = path.join(ROOT, 'dist/server.cjs');

function flag(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const RUNS = flag('--runs', 60);
const BIG_RUNS = flag('--big-runs', 8);
/** Edits are cheap next to opens, so the 1 MB edit takes more samples for its p95. */
const BIG_EDITS = flag('--big-edits', 40);
const WARMUP = flag('--warmup', 3);
/** Only the documents whose name matches (a partial run, for working on one row: nothing is written). */
const ONLY = (() => {
  const i = process.argv.indexOf('--only');
  return i === -1 ? undefined : new RegExp(process.argv[i + 1], 'i');
})();
const SEQUENCE = process.argv.includes('--sequence');


/** Body paragraphs of the sample notes, in file order: deterministic input. */
function paragraphs() {
  const dir = path.join(ROOT, 'test/corpus/dev');
  const out = [];
  for (const name of readdirSync(dir).filter(firstHundred).sort()) {
    const blocks = readFileSync(path.join(dir, name), 'utf8').split(/\n\s*\n/).map((b) => b.trim());
    // Skip each note's greeting and sign-off; keep the prose between.
    out.push(...blocks.slice(1, -1).filter((b) => b.split(/\s+/).length > 12 && !b.startsWith('#')));
  }
  return out;
}

const words = (text) => text.split(/\s+/).filter(Boolean).length;

/** A note of about 300 body words: a greeting, paragraphs up to the budget, a sign-off. */
function note300(pool) {
  const body = [];
  for (const p of pool) {
    if (words(body.join(' ')) >= 300) break;
    body.push(p);
  }
  return `Hi Marcus,\n\n${body.join('\n\n')}\n\nBest,\nPriya\n`;
}

/** About 1 MB of Markdown prose: every sample paragraph over and over, as paragraphs. */
function megabyte(pool) {
  const parts = ['Hi Marcus,'];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = pool[i % pool.length];
    parts.push(p);
    size += p.length + 2;
  }
  parts.push('Best,\nPriya');
  return `${parts.join('\n\n')}\n`;
}

/** A note whose body is one list of `items` items, one sample sentence each: a list is read item by item. */
function list(pool, items) {
  const sentences = pool.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((s) => s.split(/\s+/).length > 4);
  const lines = Array.from({ length: items }, (_, i) => `- ${sentences[i % sentences.length]}`);
  return `Hi Marcus,\n\n${lines.join('\n')}\n\nBest,\nPriya\n`;
}

/**
 * What carrying a publishDiagnostics notification costs by itself: a stand-in server
 * (lib/replay-server.mjs) writes the very message the server published, already encoded, and
 * the client here reads and parses it as it reads the server's. The edit→diagnostics time of
 * the same document includes this; the rest is the server's.
 */
async function measureReplay(params, runs, warmup) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'followup-lint-replay-'));
  const file = path.join(dir, 'message.json');
  writeFileSync(file, JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params }));
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'lib/replay-server.mjs'), file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let arrived;
  connection.onNotification('textDocument/publishDiagnostics', () => arrived());
  connection.listen();
  const samples = [];
  try {
    for (let i = 0; i < runs + warmup; i++) {
      const done = new Promise((resolve) => (arrived = resolve));
      const t0 = performance.now();
      await connection.sendNotification('replay');
      await done;
      if (i >= warmup) samples.push(performance.now() - t0);
    }
  } finally {
    await connection.sendNotification('exit');
    connection.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  return { ...summary(samples), bytes: Buffer.byteLength(JSON.stringify(params)), diagnostics: params.diagnostics.length };
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Position of an offset in a text (LSP, UTF-16). */
function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The parts of an edit's time the server reports, as the table names them. */
const EDIT_PARTS = [
  ['serverMs', '  of which in the server (lint start→diagnostics written)'],
  ['textMs', '    in its worker: making the text'],
  ['lintMs', '    in its worker: the lint'],
  ['encodeMs', '    in its worker: writing the diagnostics'],
];

async function main() {
  const pool = paragraphs();
  const small = note300(pool);
  const big = megabyte(pool);
  const longList = list(pool, 1000);
  const docs = [
    { name: `note (${words(small)} words)`, text: small, runs: RUNS, warmup: WARMUP },
    { name: `1 MB document (${(big.length / 1e6).toFixed(2)} M chars)`, text: big, runs: BIG_RUNS, edits: BIG_EDITS, warmup: 1 },
    // The same edits with every finding published (the default publishes at most 1,000, as many
    // as VS Code shows), then at the pace the default debounce sets, 250 ms from edit to edit:
    // the worker is idle between lints, as in an editor.
    { name: '1 MB document, every finding published (maxProblems 0)', text: big, edits: BIG_EDITS, warmup: 1, editsOnly: true, settings: { maxProblems: 0 } },
    { name: '1 MB document, edits 250 ms apart (as the default debounce spaces lints)', text: big, edits: BIG_EDITS, warmup: 1, editsOnly: true, pace: 250 },
    // A comment marker makes message control read the note's Markdown tree at every lint: only
    // the edits are timed (the rest is as without the marker).
    { name: '1 MB document with an ignore comment at its top', text: `<!-- followup-lint ignore whining -->\n${big}`, edits: BIG_EDITS, warmup: 1, editsOnly: true },
    { name: `list of 1,000 items (${(longList.length / 1000).toFixed(0)} k chars)`, text: longList, runs: RUNS, warmup: WARMUP, editsOnly: true },
  ];
  // Checked before the server starts, so a pattern that matches nothing costs nothing.
  const chosen = docs.filter((doc) => !ONLY || ONLY.test(doc.name));
  if (chosen.length === 0) throw new Error(`--only ${ONLY}: no document matches; they are: ${docs.map((d) => d.name).join('; ')}`);
  // FOLLOWUP_LINT_TIMINGS: the server says where each lint's time went (followupLint/timings).
  const child = spawn(process.execPath, [...(process.env.SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean), SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, FOLLOWUP_LINT_TIMINGS: '1' },
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  /** Who waits for which notification, by method, document and version. */
  const waiting = new Map();
  const keyOf = (method, uri, version) => `${method} ${uri}#${version}`;
  /** The next `method` notification for `uri` at `version`; others are let go (a megabyte of diagnostics each). */
  const notified = (method, uri, version) => new Promise((resolve) => waiting.set(keyOf(method, uri, version), resolve));
  for (const method of ['textDocument/publishDiagnostics', 'followupLint/timings']) {
    connection.onNotification(method, (p) => {
      const key = keyOf(method, p.uri, p.version);
      const resolve = waiting.get(key);
      if (resolve) {
        waiting.delete(key);
        resolve(p);
      }
    });
  }
  connection.onNotification('followupLint/error', (p) => process.stderr.write(`server error: ${p.message}\n`));
  // The settings answered for each document as it opens (the server asks once a document).
  const settings = { debounce: 0 };
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ ...settings })));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } } },
  });
  await connection.sendNotification('initialized', {});

  const diagnosticsFor = (uri, version) => notified('textDocument/publishDiagnostics', uri, version);
  let serial = 0;

  /** open→diagnostics: a fresh document each run. */
  async function measureOpen(text, runs, warmup) {
    const samples = [];
    for (let i = 0; i < runs + warmup; i++) {
      const uri = `untitled:bench-${serial++}`;
      const done = diagnosticsFor(uri, 1);
      const t0 = performance.now();
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await done;
      if (i >= warmup) samples.push(performance.now() - t0);
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    return summary(samples);
  }

  /**
   * edit→diagnostics: one open document, a word typed into its middle each run, sent as soon as
   * the diagnostics of the one before arrive; with `pace`, no sooner than that many milliseconds
   * after the one before was sent. The debounce spaces an editor's lints so: a lint starts only
   * once that long has passed without a change, so two lints start at least that far apart.
   */
  async function measureEdit(text, runs, warmup, pace = 0) {
    const uri = `untitled:bench-${serial++}`;
    const opened = diagnosticsFor(uri, 1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await opened;
    const at = positionAt(text, text.indexOf(' ', Math.floor(text.length / 2)));
    const samples = [];
    let last;
    let sent = -Infinity;
    // Where the time of the timed edits went, as the server reports it (each follows its diagnostics).
    const parts = { serverMs: [], textMs: [], lintMs: [], encodeMs: [] };
    for (let i = 0; i < runs + warmup; i++) {
      const version = i + 2;
      const wait = sent + pace - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const done = diagnosticsFor(uri, version);
      const timed = i >= warmup ? notified('followupLint/timings', uri, version) : undefined;
      const t0 = (sent = performance.now());
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text: ' very' }],
      });
      const published = await done;
      if (i >= warmup) samples.push(performance.now() - t0);
      // Only the last is kept: holding each until the next arrives would keep a megabyte of
      // parsed diagnostics alive through the next parse, and slow this process's collector.
      if (i === runs + warmup - 1) last = published;
      if (timed) {
        const reported = await timed;
        for (const key of Object.keys(parts)) if (typeof reported[key] === 'number') parts[key].push(reported[key]);
      }
    }
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return { ...summary(samples), samples, published: last, parts };
  }

  /** A quick-fix request at a finding (spread over the document), answered: what the editor asks when the cursor lands on one. */
  async function measureCodeAction(text, runs, warmup) {
    const uri = `untitled:bench-${serial++}`;
    const opened = diagnosticsFor(uri, 1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const { diagnostics } = await opened;
    const samples = [];
    for (let i = 0; i < runs + warmup; i++) {
      const diagnostic = diagnostics[Math.floor(((i % runs) + 0.5) * (diagnostics.length / runs))];
      const t0 = performance.now();
      await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
      if (i >= warmup) samples.push(performance.now() - t0);
    }
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return summary(samples);
  }

  // The engine alone, in this process, on the same text: the server's overhead is the difference.
  const { lintSync, NoteCache } = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
  /** The engine alone on the same edits as measureEdit, with the section cache the server keeps and its moved messages. */
  const measureEngineEdit = (text, runs, warmup) => {
    const cache = new NoteCache();
    lintSync(text, { cache });
    const at = text.indexOf(' ', Math.floor(text.length / 2));
    let current = text;
    const samples = [];
    for (let i = 0; i < runs + warmup; i++) {
      current = `${current.slice(0, at)} very${current.slice(at)}`;
      const t0 = performance.now();
      lintSync(current, { cache, moveMessages: true });
      if (i >= warmup) samples.push(performance.now() - t0);
    }
    return summary(samples);
  };
  const measureEngine = (text, runs, warmup) => {
    const samples = [];
    for (let i = 0; i < runs + warmup; i++) {
      const t0 = performance.now();
      lintSync(text);
      if (i >= warmup) samples.push(performance.now() - t0);
    }
    return summary(samples);
  };
  const results = [];
  /** The 1 MB document's last published diagnostics, by default and all of them, for measureReplay. */
  let bigPublished;
  let bigPublishedAll;
  for (const doc of chosen) {
    Object.assign(settings, doc.settings);
    if (!doc.editsOnly) results.push({ document: doc.name, operation: 'open→diagnostics', ...(await measureOpen(doc.text, doc.runs, doc.warmup)) });
    const { published, parts, samples, ...edit } = await measureEdit(doc.text, doc.edits ?? doc.runs, doc.warmup, doc.pace);
    for (const key of Object.keys(doc.settings ?? {})) delete settings[key];
    if (doc === docs[1]) bigPublished = published;
    if (doc === docs[2]) bigPublishedAll = published;
    results.push({ document: doc.name, operation: `edit→diagnostics (${published.diagnostics.length.toLocaleString('en-US')} published)`, ...edit });
    if (SEQUENCE) {
      const inOrder = (list) => list.map((x) => x.toFixed(0)).join(' ');
      console.log(`${doc.name}, edits in order (ms):\n  end to end   ${inOrder(samples)}\n  server span  ${inOrder(parts.serverMs)}\n  worker lint  ${inOrder(parts.lintMs)}`);
    }
    for (const [key, operation] of EDIT_PARTS) if (parts[key].length) results.push({ document: doc.name, operation, ...summary(parts[key]) });
    if (!doc.editsOnly) results.push({ document: doc.name, operation: 'quick fixes at a finding', ...(await measureCodeAction(doc.text, doc.edits ?? doc.runs, doc.warmup)) });
    if (!doc.editsOnly) results.push({ document: doc.name, operation: 'engine alone (lintSync)', ...measureEngine(doc.text, doc.runs, doc.warmup) });
    if (!doc.settings && !doc.pace) results.push({ document: doc.name, operation: 'engine alone, edit (lintSync, NoteCache, moveMessages)', ...measureEngineEdit(doc.text, doc.edits ?? doc.runs, doc.warmup) });
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  if (bigPublished) results.push({ document: docs[1].name, operation: 'the same diagnostics alone, replayed over stdio', ...(await measureReplay(bigPublished, BIG_EDITS, 1)) });
  if (bigPublishedAll) results.push({ document: docs[2].name, operation: 'the same diagnostics alone, replayed over stdio', ...(await measureReplay(bigPublishedAll, BIG_EDITS, 1)) });

  const ms = (n) => `${n.toFixed(2)} ms`;
  const rows = [['document', 'operation', 'runs', 'median', 'p95'], ...results.map((r) => [r.document, r.operation, String(r.runs), ms(r.median), ms(r.p95)])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  console.log('followup-lint-server latency over stdio (debounce 0, so the debounce is excluded)');
  console.log(`load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs\n`);
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));

  if (ONLY) {
    console.log(`\n--only ${ONLY}: a partial run, so bench/results/server.json is left as it was`);
    return;
  }
  const out = {
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    debounce: 0,
    warmup: { note: WARMUP, big: 1 },
    results,
  };
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results/server.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nwritten to bench/results/server.json');
}

main().catch((error) => {
  console.error(error);
  // The server it started would keep this process alive.
  process.exit(1);
});
