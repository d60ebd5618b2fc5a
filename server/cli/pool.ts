// Lints many notes on worker threads while the main thread is still finding them: batches
// handed out from one queue to whichever worker is free, results kept by file index, and a
// worker that dies never loses a note silently.
//
// Threads rather than processes: worker processes started with V8 flags a thread cannot have
// (--single-threaded-gc --no-concurrent-recompilation, so each uses one core and no more) were
// measured against these threads on 2 cores, 10,000 notes, interleaved rounds: 8.9 s against
// 9.1 s median wall, 16.4 against 17 s of CPU, --concurrency off 9.0 s: within the noise. In
// rounds of their own, off took 8.8 to 10.5 s, those processes 8.5 to 10.1 s, and two whole CLI
// processes, each reading, linting and reporting half, 7.4 to 9.7 s with or without the flags:
// what holds the pool back is the work left to the one main thread (reading, passing batches,
// formatting the whole report after the workers end), not the workers' V8 helper threads.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { ResolvedConfig } from '../../rules/index.js';
import { WorkerDiedError, WorkerThread } from '../worker/thread.js';
import type { Presentation } from './format/present.js';
import type { FixMode } from './lint-text.js';
import { CLI_WORKER_ROLE, type BatchFile, type BatchResult, type LintBatch, type PlainReport } from './worker.js';

/** `--concurrency`: no workers, as many as pay off, or this many. */
export type Concurrency = 'off' | 'auto' | number;

/**
 * Text (in characters) each worker must have to lint before `auto` starts workers. A worker
 * takes about 0.2 s of CPU to start and warm up (it loads the whole linter), about what
 * linting 150 kB of notes costs on the main thread; with less than this per worker, the main
 * thread alone finishes about as soon, and on a busy machine sooner.
 */
export const AUTO_CHARS_PER_WORKER = 250_000;

/**
 * Each worker's young generation, in MB (V8's default is 48: 16 MB semi-spaces). Linting makes
 * many short-lived objects; with the default, two workers of one process scavenge so often that
 * their parallel scavenges contend for the same helper threads: on 2 cores, 10,000 notes took
 * 16.9 s of CPU on two workers against 11.1 s on the main thread alone. With 96 MB, 14.0 s, and
 * the run 1.20× faster than without workers instead of 1.00× (bench/cli-ab.mjs, medians of 5).
 * Resident memory stayed the same.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * How many bytes of bytecode V8's optimizing compiler may inline into one function while the
 * pool runs (V8's default is 920). Every worker optimizes the whole linter again, on cores the
 * workers themselves need: over 10,000 notes that compiling came to about a quarter of a
 * run's CPU. On 2 cores, 10,000 notes, the default report, ten pairs of runs in alternating
 * order: 14.64 -> 14.10 s mean wall (7 of 10 pairs faster) and 25.8 -> 24.8 s of user CPU,
 * the same report. Given on Node's command line for the whole process, the budget did better
 * still (six pairs, all faster: 14.2 -> 13.0 s); the main thread alone gained nothing, as its
 * compiling runs on the idle core, so the pool sets it only when workers start.
 */
export const POOL_INLINING_BUDGET = 300;

const INLINING_FLAG = '--max-inlined-bytecode-size-cumulative';

/**
 * The V8 flag that sets the pool's inlining budget, or undefined when Node was started with
 * that flag (the user's choice stands).
 */
export function inliningFlag(execArgv: readonly string[] = process.execArgv): string | undefined {
  const given = execArgv.some((arg) => arg.replace(/_/g, '-').startsWith(INLINING_FLAG));
  return given ? undefined : `${INLINING_FLAG}=${POOL_INLINING_BUDGET}`;
}

let budgetSet = false;

/**
 * Set the pool's inlining budget once, before the first worker starts: V8's flags are the
 * process's, read when a function is compiled, so the workers made after compile under it.
 * Node documents flags changed at run time as risky; this one only weighs what to inline.
 */
function setInliningBudget(): void {
  if (budgetSet) return;
  budgetSet = true;
  const flag = inliningFlag();
  if (flag) setFlagsFromString(flag);
}

/** Batches while notes are still being read: enough to make a message worth sending. */
const STREAMING_BATCH_FILES = 32;
/** Largest batch once all are read: small enough that workers finish together. */
const MAX_BATCH_FILES = 64;
const MAX_BATCH_CHARS = 256_000;

/**
 * How many worker threads to use for `files` notes totalling `chars` characters.
 * @returns 0 for the main thread alone (one worker would only add its start-up cost).
 */
export function workerCount(concurrency: Concurrency, files: number, chars: number, cores = availableParallelism()): number {
  let n: number;
  if (concurrency === 'off') n = 0;
  else if (concurrency === 'auto') n = Math.min(cores, Math.floor(chars / AUTO_CHARS_PER_WORKER));
  else n = concurrency;
  n = Math.min(n, files);
  return n >= 2 ? n : 0;
}

/** Where the pool's workers come from and what they are asked. */
export interface PoolOptions {
  /** The script each worker runs (the bundled CLI). */
  script: string;
  /** Where anything a worker prints goes (standard error: standard output carries the report). */
  output: NodeJS.WritableStream;
  fix: FixMode;
  /** Configurations by key; every key a note names must be in it when the note is added. */
  configs: ReadonlyMap<string, ResolvedConfig>;
  /** The run's report format, for workers to make each note's part of it. */
  presentation?: Presentation;
  /** Whether the messages themselves must come back. */
  messages: boolean;
}

/** A note's outcome: its report, why it could not be linted, or why its worker could not read it. */
export type PoolOutcome = { report: PlainReport } | { error: string } | { unreadable: { message: string; kind: string } };

interface Batch {
  files: BatchFile[];
  /** True for a note sent again alone after its worker died; a second death is its own. */
  retry: boolean;
}

function describeDeath(error: Error): string {
  return error.message.charAt(0).toLowerCase() + error.message.slice(1);
}

/**
 * Worker threads fed while notes are being read: `add` notes, `grow` to the number of workers
 * wanted so far, then `finish` for every note's outcome. A thread starts only when it is
 * handed its first batch, so workers are never started for work that does not come.
 */
export class LintPool {
  private readonly queue: BatchFile[] = [];
  private next = 0;
  private readonly retries: Batch[] = [];
  private readonly threads: Array<WorkerThread<LintBatch, BatchResult[]>> = [];
  private readonly serving: Array<Promise<void>> = [];
  private readonly waiting: Array<() => void> = [];
  private readonly outcomes = new Map<number, PoolOutcome>();
  private closed = false;
  private deathsInARow = 0;
  private givenUp: string | undefined;

  constructor(private readonly options: PoolOptions) {}

  /** How many worker threads serve. */
  get size(): number {
    return this.threads.length;
  }

  /** Queue a note. */
  add(file: BatchFile): void {
    this.queue.push(file);
    if (this.queue.length - this.next >= STREAMING_BATCH_FILES) this.wake();
  }

  /** Have at least `workers` threads serving. */
  grow(workers: number): void {
    if (this.threads.length < workers) setInliningBudget();
    while (this.threads.length < workers) {
      const thread = new WorkerThread<LintBatch, BatchResult[]>({
        script: this.options.script,
        workerData: { role: CLI_WORKER_ROLE, entry: this.options.script },
        output: this.options.output,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      this.threads.push(thread);
      this.serving.push(this.serve(thread));
    }
  }

  /**
   * No more notes: lint what is queued, stop the workers.
   * @returns the outcome of every note added, by its index.
   */
  async finish(): Promise<Map<number, PoolOutcome>> {
    this.closed = true;
    this.wake();
    try {
      await Promise.all(this.serving);
    } finally {
      await Promise.all(this.threads.map((t) => t.stop(new Error('the run is over'))));
    }
    for (const f of this.queue) if (!this.outcomes.has(f.index)) this.outcomes.set(f.index, { error: this.givenUp ?? 'not linted: no lint worker took it' });
    return this.outcomes;
  }

  private wake(): void {
    for (const resume of this.waiting.splice(0)) resume();
  }

  /** The next batch for a free worker; waits while notes are still coming; undefined when all are handed out. */
  private async take(): Promise<Batch | undefined> {
    for (;;) {
      if (this.givenUp !== undefined) return undefined;
      const retry = this.retries.shift();
      if (retry) return retry;
      const left = this.queue.length - this.next;
      if (left >= STREAMING_BATCH_FILES || (this.closed && left > 0)) return { files: this.cut(left), retry: false };
      if (this.closed) return undefined;
      await new Promise<void>((resume) => this.waiting.push(resume));
    }
  }

  private cut(left: number): BatchFile[] {
    // Once everything is read, smaller batches towards the end, so the workers finish together.
    const target = this.closed ? Math.min(MAX_BATCH_FILES, Math.max(1, Math.ceil(left / (this.threads.length * 4)))) : STREAMING_BATCH_FILES;
    const batch: BatchFile[] = [];
    let chars = 0;
    while (this.next < this.queue.length && batch.length < target) {
      const file = this.queue[this.next]!;
      // A note sent by its path counts as empty here: its size is known only to the worker.
      const size = file.text?.length ?? 0;
      if (batch.length > 0 && chars + size > MAX_BATCH_CHARS) break;
      chars += size;
      batch.push(file);
      this.next++;
    }
    return batch;
  }

  private message(batch: Batch): LintBatch {
    const configs: Record<string, ResolvedConfig> = {};
    for (const f of batch.files) configs[f.config] ??= this.options.configs.get(f.config)!;
    const { fix, presentation, messages } = this.options;
    return { fix, configs, files: batch.files, messages, ...(presentation ? { presentation } : {}) };
  }

  private async serve(thread: WorkerThread<LintBatch, BatchResult[]>): Promise<void> {
    for (let batch = await this.take(); batch; batch = await this.take()) {
      try {
        const results = await thread.request(this.message(batch));
        this.deathsInARow = 0;
        for (const r of results) this.outcomes.set(r.index, 'error' in r ? { error: `the linter failed on it: ${r.error}` } : r);
        for (const f of batch.files) if (!this.outcomes.has(f.index)) this.outcomes.set(f.index, { error: 'the lint worker gave no result for it' });
      } catch (error) {
        this.failed(batch, error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  private failed(batch: Batch, reason: Error): void {
    if (!(reason instanceof WorkerDiedError)) {
      for (const f of batch.files) this.outcomes.set(f.index, { error: `not linted: ${describeDeath(reason)}` });
      return;
    }
    this.deathsInARow++;
    if (batch.retry) this.outcomes.set(batch.files[0]!.index, { error: `not linted: ${describeDeath(reason)} while linting it` });
    // Which note killed it is unknown: each goes again on its own, so only the culprit fails.
    else this.retries.push(...batch.files.map((f) => ({ files: [f], retry: true })));
    this.wake();
    // Workers that keep dying (a broken install, too little memory) would otherwise be restarted
    // for every note; after this many deaths without a success the run gives up on the rest.
    if (this.deathsInARow >= Math.max(3, 2 * this.threads.length)) {
      this.givenUp = `not linted: the lint workers keep stopping (${describeDeath(reason)})`;
      this.wake();
    }
  }
}
