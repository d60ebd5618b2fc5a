// The work the lint worker does, as plain functions of plain data (so tests can call them
// directly): lint a text, fix a text, and find where disable comments go.
import { performance } from 'node:perf_hooks';
import { fixSync, lintSync, NoteCache, type KnownEdit, type LintMessage, type ResolvedConfig } from '../../rules/index.js';
import { spansOf, toFinding, type Finding, type KeptLint, type LintOutcome, type RuleFailure } from './findings.js';
import { anchorsOf, type Anchor } from './anchors.js';
import { encodeDiagnostics } from './encoded-diagnostics.js';
import { hiddenOf, limitProblems } from './problem-limit.js';
import { applySplice, STALE_BASE, type TextSplice } from './text-sync.js';

/** A request to the lint worker. */
export type Job =
  | LintJob
  | { kind: 'fix'; text: string; resolved: ResolvedConfig; filePath?: string }
  | AnchorsJob
  | FindingsJob
  | { kind: 'forget'; document: string };

/**
 * What a code action's job may carry instead of its text: the document version the text is
 * (`kept`, the lint the action is about), which the worker holds when it linted that version
 * last. With `held`, `text` is empty and the worker reads the version it holds, or answers
 * STALE_BASE when it no longer does (and is then sent the text).
 */
export interface HeldText {
  text: string;
  kept?: KeptLint;
  held?: boolean;
}

/** Where disable comments go for findings at `offsets`. */
export interface AnchorsJob extends HeldText {
  kind: 'anchors';
  offsets: number[];
}

/**
 * Some findings of a lint the worker kept (`LintOutcome.kept`), with their fixes, by their index
 * in its findings. `text`, `resolved` and `filePath` are the lint's own, so a worker that no
 * longer keeps them (it was replaced, or let the document go) lints the text again; `expect`
 * gives each finding's offsets, so a finding is never answered with another.
 */
export interface FindingsJob extends HeldText {
  kind: 'findings';
  kept: KeptLint;
  indices: number[];
  expect: Array<{ start: number; end: number }>;
  resolved: ResolvedConfig;
  filePath?: string;
}

/**
 * Lint a text. `document` names the editor document it is a version of (`version`), so the
 * worker keeps its parsed sections and its text; the text then comes either whole or as a
 * `splice` of the version the worker holds (`text` is then empty).
 */
export interface LintJob {
  kind: 'lint';
  text: string;
  resolved: ResolvedConfig;
  filePath?: string;
  document?: string;
  version?: number;
  /** The document's session (see ChangeLog): a version is only comparable within one. */
  session?: number;
  splice?: TextSplice;
  /** For a kept lint: the most diagnostics to write (see problem-limit.ts); 0 or none writes all. */
  maxProblems?: number;
}

/** The output of fixing a text with the safe fixes, as `--fix` does. */
export interface FixOutput {
  output: string;
  fixed: number;
}

/** Disable-comment anchors: one per requested offset (or null), and the file's. */
export interface AnchorsOutput {
  ignore: Array<Anchor | null>;
  file: Anchor;
}

/** The result type of each job kind. */
export interface JobResults {
  lint: LintOutcome;
  fix: FixOutput;
  anchors: AnchorsOutput;
  /** Each asked finding with its fixes, or null when the finding is not the one expected. */
  findings: Array<Finding | null>;
  forget: null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How many open documents keep their parsed sections in this worker. */
const CACHED_DOCUMENTS = 16;

/** What the worker keeps of an open document: its parsed sections, and the version it was last sent. */
interface Held {
  cache: NoteCache;
  version?: number;
  /** The session of `version` (see LintJob). */
  session?: number;
  text?: string;
  /** The last lint's messages, which its outcome stands for by their spans. */
  lint?: { kept: KeptLint; messages: readonly LintMessage[] };
}

/** Open documents, most recently linted last. */
const held = new Map<string, Held>();

/** What is kept of a document, so an edit re-parses only the sections it touched. */
function heldFor(document: string): Held {
  let entry = held.get(document);
  if (entry) held.delete(document);
  else entry = { cache: new NoteCache() };
  held.set(document, entry);
  if (held.size > CACHED_DOCUMENTS) held.delete(held.keys().next().value!);
  return entry;
}

/**
 * The text a lint job stands for, keeping it as the document's latest version when it names
 * one; for a splice, also what it left untouched of the version it was made against.
 */
function textOf(job: Omit<LintJob, 'kind'>, entry: Held | undefined): { text: string; edit?: KnownEdit } {
  let text = job.text;
  let edit: KnownEdit | undefined;
  if (job.splice) {
    if (!entry || entry.text === undefined || entry.version !== job.splice.base) throw new Error(STALE_BASE);
    text = applySplice(entry.text, job.splice);
    edit = { base: entry.text, head: job.splice.head, tail: job.splice.tail };
  }
  if (entry && job.version !== undefined) {
    entry.version = job.version;
    entry.session = job.session;
    entry.text = text;
  }
  return { text, edit };
}

/**
 * Configurations this worker has met, by their JSON, most recently used last. Each job brings
 * its configuration as a fresh copy; the engine keeps what it works out per configuration (the
 * options each rule is given, which rules have nothing to do in an unchanged sentence) by the
 * configuration object, so equal copies are answered with the first.
 */
const configurations = new Map<string, ResolvedConfig>();
const KEPT_CONFIGURATIONS = 8;

export function sameConfiguration(resolved: ResolvedConfig): ResolvedConfig {
  const key = JSON.stringify(resolved);
  const kept = configurations.get(key) ?? resolved;
  configurations.delete(key);
  configurations.set(key, kept);
  if (configurations.size > KEPT_CONFIGURATIONS) configurations.delete(configurations.keys().next().value!);
  return kept;
}

/** Lint one text, collecting rule failures instead of throwing. */
export function lintJob(job: Omit<LintJob, 'kind'>): LintOutcome {
  const { filePath, document } = job;
  const resolved = sameConfiguration(job.resolved);
  const entry = document === undefined ? undefined : heldFor(document);
  const began = performance.now();
  const { text, edit } = textOf(job, entry);
  const read = performance.now();
  const ruleFailures: RuleFailure[] = [];
  // The last lint's messages may be moved to this text's places (the worker keeps only the
  // latest lint's): they stand for no version until this lint is kept below.
  if (entry) entry.lint = undefined;
  const result = lintSync(text, {
    resolved,
    filePath,
    cache: entry?.cache,
    edit,
    moveMessages: true,
    onRuleError: (ruleId, error) => ruleFailures.push({ ruleId, message: describe(error) }),
  });
  // A version of an open document: its findings stay here, keyed by that version.
  if (entry && document !== undefined && job.version !== undefined) {
    const kept: KeptLint = { document, version: job.version, session: job.session };
    entry.lint = { kept, messages: result.messages };
    const linted = performance.now();
    const limited = limitProblems(result.messages, job.maxProblems ?? 0);
    const encoded = encodeDiagnostics(limited.shown);
    const timings = { textMs: read - began, lintMs: linted - read, encodeMs: performance.now() - linted };
    const outcome: LintOutcome = { findings: [], stats: result.stats, ruleFailures, kept, spans: spansOf(result.messages), encoded, timings };
    const hidden = hiddenOf(limited);
    if (hidden) outcome.hidden = hidden;
    return outcome;
  }
  return { findings: result.messages.map((m) => toFinding(m)), stats: result.stats, ruleFailures };
}

function sameLint(a: KeptLint, b: KeptLint): boolean {
  return a.document === b.document && a.version === b.version && a.session === b.session;
}

/** A code action job's text: its own, or the version the worker holds (see HeldText). */
function heldText(job: HeldText): string {
  if (!job.held) return job.text;
  const entry = job.kept && held.get(job.kept.document);
  if (entry?.text === undefined || entry.version !== job.kept!.version || entry.session !== job.kept!.session) throw new Error(STALE_BASE);
  return entry.text;
}

/** The findings a findings job asks for: kept ones, or those of a new lint of its text. */
export function findingsJob(job: Omit<FindingsJob, 'kind'>): Array<Finding | null> {
  const entry = held.get(job.kept.document);
  const messages =
    entry?.lint && sameLint(entry.lint.kept, job.kept) ? entry.lint.messages : lintSync(heldText(job), { resolved: job.resolved, filePath: job.filePath }).messages;
  return job.indices.map((index, i) => {
    const message = messages[index];
    const expected = job.expect[i];
    if (!message || !expected || message.startOffset !== expected.start || message.endOffset !== expected.end) return null;
    return toFinding(message);
  });
}

/** Apply every safe fix, pass after pass, exactly as `--fix` does. */
export function fixJob(text: string, resolved: ResolvedConfig, filePath?: string): FixOutput {
  const { output, fixed } = fixSync(text, { resolved, filePath });
  return { output, fixed };
}

/** Anchors for `ignore` comments at each offset and for a file-wide `disable` comment. */
export function anchorsJob(text: string, offsets: readonly number[]): AnchorsOutput {
  const { ignore, file } = anchorsOf(text, offsets);
  return { ignore: ignore.map((anchor) => anchor ?? null), file };
}

/** What a job's result hands over to the server rather than copies: a kept lint's encoded diagnostics and spans. */
export function transferOf(result: unknown): ArrayBuffer[] {
  const outcome = result as Partial<LintOutcome> | null;
  const buffers: ArrayBuffer[] = [];
  for (const view of [outcome?.encoded?.bytes, outcome?.spans]) if (view?.buffer instanceof ArrayBuffer) buffers.push(view.buffer);
  return buffers;
}

/** Run one job. Throws what the engine throws; the caller turns that into a message. */
export function runJob(job: Job): JobResults[Job['kind']] {
  switch (job.kind) {
    case 'lint':
      return lintJob(job);
    case 'fix':
      return fixJob(job.text, job.resolved, job.filePath);
    case 'anchors':
      return anchorsJob(heldText(job), job.offsets);
    case 'forget':
      held.delete(job.document);
      return null;
    case 'findings':
      return findingsJob(job);
  }
}
