// Lints many notes on worker threads: batches handed out from one queue to whichever worker is
// free, results kept by file index, and a worker that dies never loses a note silently.
import { availableParallelism } from 'node:os';
import type { ResolvedConfig } from '../../rules/index.js';
import { WorkerDiedError, WorkerThread } from '../worker/thread.js';
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

/** Largest batch: small enough that workers finish together, big enough that messaging is cheap. */
const MAX_BATCH_FILES = 64;
const MAX_BATCH_CHARS = 256_000;

/**
 * How many worker threads to use for notes totalling `chars` characters.
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
  workers: number;
  /** The script each worker runs (the bundled CLI). */
  script: string;
  /** Where anything a worker prints goes (standard error: standard output carries the report). */
  output: NodeJS.WritableStream;
  fix: FixMode;
  configs: ReadonlyMap<string, ResolvedConfig>;
}

/** A note's outcome: its report, or why it could not be linted. */
export type PoolOutcome = { report: PlainReport } | { error: string };

interface Batch {
  files: BatchFile[];
  /** True for a note sent again alone after its worker died; a second death is its own. */
  retry: boolean;
}

function describeDeath(error: Error): string {
  return error.message.charAt(0).toLowerCase() + error.message.slice(1);
}

/**
 * Lint `files` on `options.workers` threads.
 * @returns each note's outcome by its index; every note given has one.
 */
export async function lintOnWorkers(files: readonly BatchFile[], options: PoolOptions): Promise<Map<number, PoolOutcome>> {
  const outcomes = new Map<number, PoolOutcome>();
  const retries: Batch[] = [];
  let next = 0;
  let deathsInARow = 0;
  // Workers that keep dying (a broken install, memory too small) would otherwise be restarted
  // for every note; after this many deaths without one success the run gives up on the rest.
  const maxDeathsInARow = Math.max(3, 2 * options.workers);
  let givenUp: string | undefined;

  const take = (): Batch | undefined => {
    if (givenUp !== undefined) return undefined;
    const retry = retries.shift();
    if (retry) return retry;
    if (next >= files.length) return undefined;
    const remaining = files.length - next;
    const target = Math.min(MAX_BATCH_FILES, Math.max(1, Math.ceil(remaining / (options.workers * 4))));
    const batch: BatchFile[] = [];
    let chars = 0;
    while (next < files.length && batch.length < target && (batch.length === 0 || chars + files[next]!.text.length <= MAX_BATCH_CHARS)) {
      chars += files[next]!.text.length;
      batch.push(files[next++]!);
    }
    return { files: batch, retry: false };
  };

  const message = (batch: Batch): LintBatch => {
    const configs: Record<string, ResolvedConfig> = {};
    for (const f of batch.files) configs[f.config] ??= options.configs.get(f.config)!;
    return { fix: options.fix, configs, files: batch.files };
  };

  const threads = Array.from(
    { length: options.workers },
    () => new WorkerThread<LintBatch, BatchResult[]>({ script: options.script, workerData: { role: CLI_WORKER_ROLE, entry: options.script }, output: options.output }),
  );

  const serve = async (thread: WorkerThread<LintBatch, BatchResult[]>): Promise<void> => {
    for (let batch = take(); batch; batch = take()) {
      try {
        const results = await thread.request(message(batch));
        deathsInARow = 0;
        for (const r of results) outcomes.set(r.index, 'error' in r ? { error: `the linter failed on it: ${r.error}` } : { report: r.report });
        for (const f of batch.files) if (!outcomes.has(f.index)) outcomes.set(f.index, { error: 'the lint worker gave no result for it' });
      } catch (error) {
        const reason = error instanceof Error ? error : new Error(String(error));
        if (!(reason instanceof WorkerDiedError)) {
          for (const f of batch.files) outcomes.set(f.index, { error: `not linted: ${describeDeath(reason)}` });
          continue;
        }
        deathsInARow++;
        if (batch.retry) outcomes.set(batch.files[0]!.index, { error: `not linted: ${describeDeath(reason)} while linting it` });
        // Which note killed it is unknown: each goes again on its own, so only the culprit fails.
        else retries.push(...batch.files.map((f) => ({ files: [f], retry: true })));
        if (deathsInARow >= maxDeathsInARow) givenUp = `not linted: the lint workers keep stopping (${describeDeath(reason)})`;
      }
    }
  };

  try {
    await Promise.all(threads.map(serve));
  } finally {
    await Promise.all(threads.map((t) => t.stop(new Error('the run is over'))));
  }
  if (givenUp !== undefined) for (const f of files) if (!outcomes.has(f.index)) outcomes.set(f.index, { error: givenUp });
  return outcomes;
}
