// The CLI's core loop: resolve each note's configuration, read it (or have a worker read it),
// take its result from the cache or lint it (on the main thread or on worker threads), write
// fixes back, and keep everything in file order. Knows nothing of arguments or output formats.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../../rules/index.js';
import type { ConfigResolver, LoadedConfig } from '../config/resolve.js';
import { configKey, textKey, type CachedResult, type LintCache } from './cache.js';
import { lintText, type FileReport, type FixMode } from './lint-text.js';
import { autoWorkerLimit } from './cores.js';
import { PartBytes, present, type NoteReport, type Presentation } from './format/present.js';
import { LintPool, workerCount, type Concurrency, type PoolOptions, type PoolOutcome } from './pool.js';
import { readSourceFileSync, SourceError, stampAt, writeSourceFile, type SourceFile } from './source-file.js';
import { toFileReport, toSourceFile, type BatchFile } from './worker.js';
import { hasSafeFix } from './format/shared.js';
import { NOTE_FORMATS } from './format/index.js';

export { lintText, type FileReport, type FixMode } from './lint-text.js';

/** A file that could not be linted, or whose fix could not be written. */
export interface FileFailure {
  filePath: string;
  error: SourceError;
}

/** A file a config's `ignores` or an ignore file excludes, though it was named explicitly. */
export interface FileSkip {
  filePath: string;
  reason: string;
}

/** Everything one run produced, in file order. */
export interface LintRun {
  /** Every note's report; empty when the run was given a presentation. */
  reports: FileReport[];
  /** With a presentation: every note's report, presented. */
  presented?: NoteReport[];
  failures: FileFailure[];
  skipped: FileSkip[];
}

/** Options of the loop. */
export interface LintFilesOptions {
  resolver: ConfigResolver;
  fix: FixMode;
  /** False for `--no-ignore`: a config's `ignores` is not applied. */
  honourIgnores: boolean;
  /** Worker threads: `off` (the default here), `auto`, or a number. */
  concurrency?: Concurrency;
  /** The script worker threads run (the bundled CLI); without one, everything runs here. */
  workerScript?: string;
  /** Where anything a worker prints goes. */
  workerOutput?: NodeJS.WritableStream;
  /** The opened `--cache`; the caller saves it. */
  cache?: LintCache;
  /**
   * The report's format: each note's report is presented where it was linted (on a worker
   * thread, the part of the main thread's work that grows with the findings), and the run
   * gives `presented` instead of `reports`.
   */
  presentation?: Presentation;
}

/** A file to lint, as discovery hands it over. */
export interface LintTarget {
  path: string;
  explicit: boolean;
}

/**
 * Notes read between two turns of the event loop while workers lint: reading is synchronous
 * (far cheaper in CPU than asynchronous reads of small files), and each turn lets the pool
 * hand out batches and take in results.
 */
const READS_PER_TURN = 32;

/** One note's progress through the run. */
interface Slot {
  target: LintTarget;
  resolved: ResolvedConfig;
  config: string;
  file?: SourceFile;
  textKey?: string;
  /** Whether its result came from the cache (its entry stands as it is). */
  cached?: boolean;
  report?: FileReport;
  /** The report presented (by a worker; or, with a presentation, at the end). */
  presented?: NoteReport;
  failure?: SourceError;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Lint the given files; reports, failures and skips come back in file order whichever thread
 * linted them.
 * @throws ConfigError when a governing configuration file is broken (the run must stop before
 * anything is written).
 */
export async function lintFiles(targets: readonly LintTarget[], options: LintFilesOptions): Promise<LintRun> {
  const run: LintRun = { reports: [], failures: [], skipped: [] };
  const { cache, fix } = options;
  const configs = new Map<string, ResolvedConfig>();
  // A configuration file without overrides gives every note under it the same settings: they
  // are hashed once per file rather than once per note (no file at all is the `undefined` key).
  const uniform = new Map<LoadedConfig | undefined, { resolved: ResolvedConfig; key: string }>();
  // A key names a configuration within the run (workers are sent each one once). With a cache
  // it is a hash, kept in the cache file; without, equal configurations just share a number,
  // and no run without --cache loads node:crypto (~5 ms of a start).
  const numbered = new Map<string, string>();
  const keyOf = (resolved: ResolvedConfig): string => {
    if (cache) return configKey(resolved);
    const json = JSON.stringify(resolved);
    let key = numbered.get(json);
    if (key === undefined) numbered.set(json, (key = `config ${numbered.size}`));
    return key;
  };

  // Configurations first: a broken one stops the run before any note is read or written.
  const slots: Slot[] = [];
  // Notes come sorted by path, so a folder's notes come together and share its look-up.
  let folder: { dir: string; source: LoadedConfig | undefined } | undefined;
  for (const target of targets) {
    // Settings already made for a file without overrides or ignores are those of every note
    // under it: such a note needs no resolving of its own (a tenth of a run from the cache).
    const dir = path.dirname(target.path);
    if (folder?.dir !== dir) folder = { dir, source: options.resolver.sourceFor(target.path) };
    const { source } = folder;
    const known = source?.config.ignores?.length ? undefined : uniform.get(source);
    if (known) {
      slots.push({ target, resolved: known.resolved, config: known.key });
      continue;
    }
    const config = options.resolver.forFile(target.path);
    if (config.ignored && options.honourIgnores) {
      if (target.explicit) run.skipped.push({ filePath: target.path, reason: `ignored by "ignores" in ${config.source?.filePath ?? 'the configuration'}` });
      continue;
    }
    const sameForAll = !config.source?.config.overrides?.length;
    let settings = sameForAll ? uniform.get(config.source) : undefined;
    if (!settings) {
      settings = { resolved: config.resolved, key: keyOf(config.resolved) };
      if (sameForAll) uniform.set(config.source, settings);
      if (!configs.has(settings.key)) configs.set(settings.key, settings.resolved);
    }
    slots.push({ target, resolved: settings.resolved, config: settings.key });
  }

  // Notes are handed to workers as they are read, so linting starts while reading goes on.
  // Workers are wanted once enough text has come (`auto`) or at the second note to lint.
  const toLint: number[] = [];
  let chars = 0;
  let pool: LintPool | undefined;
  // Read once: `auto` never starts more workers than the cores and memory carry.
  const cores = options.concurrency === 'auto' ? autoWorkerLimit() : availableParallelism();
  const { presentation } = options;
  const parts = presentation ? new PartBytes(presentation) : undefined;
  const poolOptions: PoolOptions = {
    script: options.workerScript ?? '',
    output: options.workerOutput ?? process.stderr,
    fix,
    configs,
    ...(presentation ? { presentation } : {}),
    messages: !presentation || cache !== undefined,
  };
  const batchFile = (index: number): BatchFile => ({ index, filePath: slots[index]!.target.path, text: slots[index]!.file!.text, config: slots[index]!.config });
  // A note reported from the cache: presented at once, and kept only as its part of the report,
  // in bytes. Its messages and text, kept to the end of the run, were most of what the garbage
  // collector had to copy (and copy again) in a run whose notes all came from the cache.
  const takeCached = (slot: Slot, hit: CachedResult, source: string): void => {
    slot.cached = true;
    const report: FileReport = { filePath: slot.target.path, messages: hit.messages, stats: hit.stats, source, fixed: 0, written: false };
    if (!presentation) {
      slot.report = report;
      return;
    }
    const presented = present(report, presentation);
    slot.presented = typeof presented.part === 'string' ? { ...presented, part: parts!.add(presented.part) } : presented;
    slot.file = undefined;
  };
  // A report that does not show the notes' text needs none from a note whose stamp vouches for
  // its entry: such a note is not even read.
  const textless = cache !== undefined && fix === 'none' && presentation !== undefined && !NOTE_FORMATS[presentation.format].readsText;
  const read = (slot: Slot, index: number): void => {
    if (textless) {
      const stamp = stampAt(slot.target.path);
      const hit = stamp && cache.lookupStamp(slot.target.path, stamp, slot.config);
      if (hit) return takeCached(slot, hit, '');
    }
    try {
      slot.file = readSourceFileSync(slot.target.path);
    } catch (error) {
      slot.failure = asSourceError(error);
      return;
    }
    if (cache) {
      const { result: hit, textKey: key } = cache.lookup(slot.target.path, slot.file.text, slot.file.stamp, slot.config);
      slot.textKey = key;
      // With --fix, a note whose findings have no safe fix would come out of fixing unchanged.
      if (hit && (fix === 'none' || !hit.messages.some(hasSafeFix))) return takeCached(slot, hit, slot.file.text);
    }
    toLint.push(index);
    chars += slot.file.text.length;
    const workers = options.workerScript ? workerCount(options.concurrency ?? 'off', toLint.length, chars, cores) : 0;
    if (workers > 0 && !pool) {
      pool = new LintPool(poolOptions);
      for (const earlier of toLint) pool.add(batchFile(earlier));
    } else if (pool) pool.add(batchFile(index));
    pool?.grow(workers);
  };
  // Once the pool has as many workers as it can have, the rest of the notes go to them by path
  // and each worker reads its own: reading was most of the main thread's work while they lint.
  // With the cache, the main thread reads every note, as it must hash each to look it up.
  const most = options.concurrency === 'auto' ? cores : typeof options.concurrency === 'number' ? options.concurrency : 0;
  for (let index = 0; index < slots.length; index++) {
    if (pool && !cache && pool.size >= most) {
      for (; index < slots.length; index++) {
        toLint.push(index);
        pool.add({ index, filePath: slots[index]!.target.path, config: slots[index]!.config });
      }
      break;
    }
    read(slots[index]!, index);
    if (pool && index % READS_PER_TURN === READS_PER_TURN - 1) await nextTurn();
  }

  if (pool) {
    const outcomes = await pool.finish();
    for (const index of toLint) settle(slots[index]!, outcomes.get(index)!);
  } else {
    for (const index of toLint) slots[index]!.report = lintText(slots[index]!.file!.text, slots[index]!.target.path, slots[index]!.resolved, fix);
  }

  for (const slot of slots) {
    const change = slot.presented ?? slot.report;
    if (fix !== 'write' || change?.original === undefined) continue;
    try {
      await writeSourceFile(slot.target.path, slot.file!, change.source!);
      // A worker presented the note as written already.
      if (slot.report) slot.report.written = true;
    } catch (error) {
      slot.failure = asSourceError(error);
      // Nothing was written: report what is really on disk.
      slot.report = lintText(slot.file!.text, slot.target.path, slot.resolved, 'none');
      slot.presented = undefined;
    }
  }

  if (presentation) run.presented = [];
  for (const slot of slots) {
    if (slot.failure) run.failures.push({ filePath: slot.target.path, error: slot.failure });
    if (presentation) {
      if (slot.report) slot.presented ??= present(slot.report, presentation);
      if (slot.presented) run.presented!.push(slot.presented);
    } else if (slot.report) run.reports.push(slot.report);
    if (cache) remember(cache, slot);
  }
  return run;
}

/** Put a worker's outcome in the slot. */
function settle(slot: Slot, outcome: PoolOutcome): void {
  if ('error' in outcome) slot.failure = new SourceError(outcome.error, 'worker');
  else if ('unreadable' in outcome) slot.failure = new SourceError(outcome.unreadable.message, outcome.unreadable.kind);
  else {
    const { report } = outcome;
    if (report.read) slot.file = toSourceFile(report.read);
    const filePath = slot.target.path;
    if (report.messages) slot.report = toFileReport({ filePath, text: slot.file!.text }, { ...report, messages: report.messages });
    if (report.presented) {
      const changed = report.output !== undefined ? { original: slot.file!.text, source: report.output } : {};
      slot.presented = { filePath, ...report.presented, ...changed };
    }
  }
}

/** Record in the cache what is now known about the note on disk. */
function remember(cache: LintCache, slot: Slot): void {
  const { report } = slot;
  const filePath = slot.target.path;
  // Its entry stands as the look-up found it.
  if (slot.cached) return;
  if (!report || !slot.file) return cache.forget(filePath);
  // A fix that was written: the findings are those of the new text. A fix only previewed:
  // the findings are of a text that is not on disk, so the old entry stands.
  if (report.original === undefined) cache.store(filePath, report.source, slot.textKey ?? textKey(report.source), slot.config, report, slot.file.stamp);
  else if (report.written) cache.store(filePath, report.source, textKey(report.source), slot.config, report);
}

function asSourceError(error: unknown): SourceError {
  return error instanceof SourceError ? error : new SourceError(error instanceof Error ? error.message : String(error), 'io');
}
